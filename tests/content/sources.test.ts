import { describe, expect, it } from 'vitest';
import { archiveDay, parseArchiveUrl } from '../../src/lib/content/archive.ts';
import { checkContent } from '../../src/loader/check.ts';
import type { Source } from '../../src/lib/content/schema.ts';

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
