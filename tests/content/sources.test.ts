import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/loader/check.ts';
import { archiveLinkOf, checkArchived } from '../../src/lib/content/archive.ts';
import type { Source } from '../../src/lib/content/schema.ts';

const report = checkContent(process.cwd());
const sources: Array<{ where: string; source: Source }> = [];
for (const [slug, file] of report.annotations) {
  for (const note of file.notes) for (const source of note.sources) sources.push({ where: `${slug}#${note.id}`, source });
}
for (const [id, person] of report.registry) for (const source of person.sources) sources.push({ where: `people/${id}`, source });

describe('every source of the edition', () => {
  it('the content is read without problems and has sources to check', () => {
    expect(report.problems).toEqual([]);
    expect(sources.length).toBeGreaterThan(100);
  });

  it('holds no archived address but a capture of its address, taken on or after its date', () => {
    const wrong = sources.flatMap(({ where, source }) => {
      const problem = checkArchived(source);
      return problem ? [`${where}: ${problem.reason}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('leads to the archive: its recorded capture, or the list of captures of the address it had then', () => {
    for (const { where, source } of sources) {
      const link = archiveLinkOf(source);
      if (source.archived === undefined) expect(link.href, where).toBe(`https://web.archive.org/web/*/${source.urlThen ?? source.url}`);
      else expect(link.href, where).toBe(source.archived);
    }
  });

  it('cites no staging or preview host', () => {
    const hosts = sources.filter(({ source }) => /^https?:\/\/(staging|preview|dev)\./.test(source.url)).map(({ where, source }) => `${where}: ${source.url}`);
    expect(hosts).toEqual([]);
  });

  it('marks as the editors’ description each title the audit found was not a headline', () => {
    // Wire reports on a portal, a repost and excerpts that carry no headline of their own.
    const described = [
      'http://china.org.cn/international/news/2007-12/15/content_1235800.htm',
      'http://english.china.org.cn/international/news/2008-06/28/content_15901228.htm',
      'http://interestingtimes.blogspot.com/2002/12/id-forgotten-about-this-given-below-is.html',
      'http://acronym.org.uk/old/archive/textonly/docs/0504/doc07.htm',
      'http://www.autonomoussource.com/2007/05/the_case_against_iran.html',
    ];
    const unmarked = sources.filter(({ source }) => described.includes(source.url) && !source.titleIsDescription).map(({ where, source }) => `${where}: ${source.title}`);
    expect(unmarked).toEqual([]);
    expect(sources.filter(({ source }) => described.includes(source.url)).length).toBeGreaterThanOrEqual(described.length);
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
