import { describe, expect, it } from 'vitest';
import { archiveDay, archiveLabel, archiveUrl, isArchiveUrl, parseArchiveUrl } from '../../src/lib/content/archive.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { sourceSchema, type Source } from '../../src/lib/content/schema.ts';

describe('archived addresses', () => {
  it('parses a well-formed address into its day and live address', () => {
    expect(parseArchiveUrl('https://web.archive.org/web/20071206/http://example.org/a?b=c')).toEqual({ day: '2007-12-06', original: 'http://example.org/a?b=c' });
  });

  it('refuses other hosts, impossible days, missing timestamps and non-http live addresses', () => {
    expect(isArchiveUrl('http://web.archive.org/web/20071206/http://example.org/')).toBe(false);
    expect(isArchiveUrl('https://archive.ph/web/20071206/http://example.org/')).toBe(false);
    expect(isArchiveUrl('https://web.archive.org/web/20070230/http://example.org/')).toBe(false);
    expect(isArchiveUrl('https://web.archive.org/web/2007/http://example.org/')).toBe(false);
    expect(isArchiveUrl('https://web.archive.org/web/20071206/javascript:alert(1)')).toBe(false);
  });

  it('asks for the source day, the middle of a month or year, or the fallback for an undated source', () => {
    expect(archiveDay('2007-12-06', '2026-11-29')).toBe('2007-12-06');
    expect(archiveDay('2007-12', '2026-11-29')).toBe('2007-12-15');
    expect(archiveDay('2007', '2026-11-29')).toBe('2007-07-01');
    expect(archiveDay(undefined, '2026-11-29')).toBe('2026-11-29');
    expect(archiveUrl('https://example.org/x', '2007-12-06')).toBe('https://web.archive.org/web/20071206/https://example.org/x');
  });

  it('labels the copy by the source date at its own precision', () => {
    expect(archiveLabel({ date: '2007-12-06', archived: 'https://web.archive.org/web/20071206/https://example.org/' })).toBe('archived copy, nearest to 6 December 2007');
    expect(archiveLabel({ date: '2007-12', archived: 'https://web.archive.org/web/20071215/https://example.org/' })).toBe('archived copy, nearest to December 2007');
    expect(archiveLabel({ archived: 'https://web.archive.org/web/20261129/https://example.org/' })).toBe('archived copy, nearest to 29 November 2026');
    expect(archiveLabel({ date: '2007-12-06' })).toBeUndefined();
  });

  it('the source schema refuses an archived copy of another page', () => {
    const base = { title: 'T', publisher: 'P', url: 'https://example.org/a' };
    expect(sourceSchema.safeParse({ ...base, archived: 'https://web.archive.org/web/20071206/https://example.org/a' }).success).toBe(true);
    expect(sourceSchema.safeParse({ ...base, archived: 'https://web.archive.org/web/20071206/https://example.org/b' }).success).toBe(false);
    expect(sourceSchema.safeParse({ ...base, archived: 'https://example.org/a' }).success).toBe(false);
  });
});

describe('every source of the edition', () => {
  const report = checkContent(process.cwd());
  const sources: Array<{ where: string; source: Source }> = [];
  for (const [slug, file] of report.annotations) {
    for (const note of file.notes) for (const source of note.sources) sources.push({ where: `${slug}#${note.id}`, source });
  }
  for (const [id, person] of report.registry) for (const source of person.sources) sources.push({ where: `people/${id}`, source });
  const updated = [...report.annotations.values()].map((file) => file.updated).sort().at(-1)!;

  it('the content is read without problems and has sources to check', () => {
    expect(report.problems).toEqual([]);
    expect(sources.length).toBeGreaterThan(100);
  });

  it('has a well-formed archived copy of its own address, asked for on the day nearest its date', () => {
    const wrong = sources.flatMap(({ where, source }) => {
      const parsed = source.archived === undefined ? undefined : parseArchiveUrl(source.archived);
      if (!parsed) return [`${where}: ${source.url} has no well-formed archived address`];
      if (parsed.original !== source.url) return [`${where}: archived address is of ${parsed.original}, not ${source.url}`];
      const expected = archiveDay(source.date, updated);
      return parsed.day === expected ? [] : [`${where}: ${source.url} archived on ${parsed.day}, expected ${expected}`];
    });
    expect(wrong).toEqual([]);
  });

  it('marks the report itself, the agreements and the transcripts as primary', () => {
    const primary = new Set(sources.filter(({ source }) => source.primary).map(({ source }) => source.url));
    for (const url of [
      'https://www.americanprogress.org/article/contain-and-engage-a-new-strategy-for-resolving-the-nuclear-crisis-with-iran/',
      'https://mofa.go.kr/eng/brd/m_5476/view.do?itm_seq_1=0&itm_seq_2=0&multi_itm_seq=0&seq=303806',
      'http://legacy.sandiegouniontribune.com/news/nation/20071204-0927-bush-text.html',
      'http://acronym.org.uk/old/archive/textonly/docs/0504/doc07.htm',
    ]) expect(primary.has(url), url).toBe(true);
  });
});
