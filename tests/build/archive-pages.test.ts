/**
 * An archive too big for one timeline page and one ledger page. The fixture is the benchmark's generated
 * archive (scripts/bench-scale.ts), just big enough to pass both limits: 51 articles of ten sentences (510,
 * above the ledger's 500) and about eleven dated events each (above the timeline's 250). All are published
 * in one year, so that year holds more events than one page draws (each article's publication and the
 * sentences dated "earlier this week": about six each) and the five before it fewer (the sentences dated
 * "in <month> <year>").
 *
 * The site must build `/timeline/` as an index of years with their counts, one page per year holding
 * exactly that year's events, and, for the full year, one page per month instead, linked to their places
 * in the articles, to each other and back, with every event on some page. The events are read from
 * claims.json: every date of every sentence (the generated notes have no dated events) and every article's
 * publication. The years and pages they make are written out below: the generator is seeded, so they are
 * the same on every run.
 *
 * The ledger must list the sentences notes bear on (those with a page of their own, as claims.json says) and
 * count the others by kind, each count leading to the search page filtered by that kind.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element } from 'hast';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { generateContent } from '../../scripts/bench-scale.ts';
import { createFixtureSite, type FixtureSite } from '../support/fixture-site.ts';
import { findAll, readPage } from '../support/html.ts';
import { findBrokenLinks } from '../support/links.ts';
import { MAX_EVENTS_PER_PAGE } from '../../src/lib/views/timeline-periods.ts';
import { MAX_LEDGER_CLAIMS } from '../../src/lib/views/ledger.ts';
import { routes } from '../../src/lib/views/routes.ts';

/** The fewest generated articles whose sentences pass the ledger's limit (ten each); their events pass the timeline's. */
const ARTICLES = 51;
/** The year all of them are published in. */
const YEAR = 2019;

interface ClaimsJson {
  articles: Array<{
    slug: string;
    title: string;
    published: string;
    claims: Array<{ id: string; typeLabel: string; page?: string; dates: Array<{ text: string; start: string }> }>;
  }>;
}

/** One event as both sides can tell it: the article, and the date's words or "published"; and its first day. */
interface Expected {
  start: string;
  key: string;
}

/** The events of the generated archive: each year with its count. */
const YEARS: Array<[year: string, count: number]> = [['2014', 53], ['2015', 59], ['2016', 41], ['2017', 43], ['2018', 55], ['2019', 310]];

/** The pages of the split timeline, with their counts: each year, and each month of 2019 (310 events, above 250). */
const PERIODS: Array<[id: string, count: number]> = [
  ['2014', 53], ['2015', 59], ['2016', 41], ['2017', 43], ['2018', 55],
  ['2019-01', 6], ['2019-02', 14], ['2019-03', 22], ['2019-04', 43], ['2019-05', 35], ['2019-06', 27],
  ['2019-07', 31], ['2019-08', 9], ['2019-09', 28], ['2019-10', 29], ['2019-11', 32], ['2019-12', 34],
];

const classes = (element: Element) => (Array.isArray(element.properties.className) ? element.properties.className.map(String) : []);
const text = (element: Element): string =>
  element.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? text(child) : '')).join('');
const href = (element: Element) => String(element.properties.href ?? '');

describe(`an archive of ${ARTICLES} generated articles, past the limits of one timeline page and one ledger page`, () => {
  let content: string;
  let site: FixtureSite;
  let expected: Expected[];
  let data: ClaimsJson;
  const page = (path: string) => readPage(join(site.dist, path, 'index.html'));

  beforeAll(async () => {
    content = mkdtempSync(join(tmpdir(), 'timeline-periods-'));
    generateContent(content, ARTICLES, { firstYear: YEAR, years: 1 });
    site = createFixtureSite(join(content, 'content'));
    const { code, output } = await site.build();
    expect(code, output).toBe(0);
    data = JSON.parse(readFileSync(join(site.dist, 'claims.json'), 'utf8')) as ClaimsJson;
    expected = data.articles.flatMap((article) => [
      { start: article.published, key: `${article.slug}|published` },
      ...article.claims.flatMap((claim) => claim.dates.map((date) => ({ start: date.start, key: `${article.slug}|${date.text}` }))),
    ]);
  });
  afterAll(() => {
    site?.remove();
    if (content) rmSync(content, { recursive: true, force: true });
  });

  /** The events of one page of the split timeline: those whose first day lies in its year or month. */
  const eventsOf = (period: string) => expected.filter((event) => event.start.startsWith(period));
  const periodIds = PERIODS.map(([id]) => id);

  /** A period page's list items as `slug|words`, read from each item's link and label. */
  const listed = (path: string) =>
    findAll(page(path), (element) => element.tagName === 'li' && classes(element).includes('timeline-list-item')).map((item) => {
      const link = findAll(item, (element) => element.tagName === 'a')[0]!;
      const slug = /articles\/([^/]+)\//.exec(href(link))?.[1];
      if (classes(item).includes('timeline-kind-publication')) return `${slug}|published`;
      return `${slug}|${/ says “(.+)”$/.exec(text(link))?.[1]}`;
    });

  it('has the events counted above, more than one page draws (the fixture is big enough)', () => {
    expect(expected.length).toBe(561);
    expect(expected.length).toBeGreaterThan(MAX_EVENTS_PER_PAGE);
    expect(PERIODS.map(([id]) => eventsOf(id).length)).toEqual(PERIODS.map(([, count]) => count));
  });

  it('makes /timeline/ an index: every year with its count, linking to its page or its months’ pages, and no event drawn', () => {
    const index = page(routes.timeline());
    const rows = findAll(index, (element) => element.tagName === 'li' && classes(element).includes('timeline-period'));
    // A year's own label and count come before its months' (document order).
    const shown = rows.map((row) => [
      text(findAll(row, (element) => classes(element).includes('timeline-period-year'))[0]!),
      text(findAll(row, (element) => classes(element).includes('timeline-period-count'))[0]!),
      findAll(row, (element) => element.tagName === 'a').map(href),
    ]);
    const months = periodIds.filter((id) => id.startsWith(`${YEAR}-`)).map((id) => `/${routes.timelinePeriod(id)}`);
    expect(shown).toEqual([
      ['2014', '53 events', [`/${routes.timelinePeriod('2014')}`]],
      ['2015', '59 events', [`/${routes.timelinePeriod('2015')}`]],
      ['2016', '41 events', [`/${routes.timelinePeriod('2016')}`]],
      ['2017', '43 events', [`/${routes.timelinePeriod('2017')}`]],
      ['2018', '55 events', [`/${routes.timelinePeriod('2018')}`]],
      ['2019', '310 events, by month:', months],
    ]);
    expect(findAll(index, (element) => classes(element).includes('timeline-list-item'))).toEqual([]);
    expect(text(findAll(index, (element) => classes(element).includes('lede'))[0]!)).toContain('561 events');
    // A few dozen bars and links, not thousands of rows.
    expect(statSync(join(site.dist, routes.timeline(), 'index.html')).size).toBeLessThan(60_000);
  });

  it('splits the one year above the limit into its months, with no page for the year itself', () => {
    expect(YEARS.filter(([, count]) => count > MAX_EVENTS_PER_PAGE)).toEqual([[String(YEAR), 310]]);
    expect(existsSync(join(site.dist, routes.timelinePeriod(String(YEAR))))).toBe(false);
    const headings = PERIODS.filter(([id]) => id.startsWith(`${YEAR}-`)).map(([id]) => text(findAll(page(routes.timelinePeriod(id)), (element) => element.tagName === 'h1')[0]!));
    expect(headings).toEqual([
      'January 2019 (6 events)', 'February 2019 (14 events)', 'March 2019 (22 events)', 'April 2019 (43 events)',
      'May 2019 (35 events)', 'June 2019 (27 events)', 'July 2019 (31 events)', 'August 2019 (9 events)',
      'September 2019 (28 events)', 'October 2019 (29 events)', 'November 2019 (32 events)', 'December 2019 (34 events)',
    ]);
  });

  it('gives every period a page holding exactly its events, and every event is on one page', () => {
    const all: string[] = [];
    for (const id of periodIds) {
      const items = listed(routes.timelinePeriod(id));
      expect([...items].sort(), id).toEqual(eventsOf(id).map((event) => event.key).sort());
      all.push(...items);
    }
    expect(all.sort()).toEqual(expected.map((event) => event.key).sort());
  });

  it('draws on each page the same links as its list, in both drawings', () => {
    for (const [id, count] of PERIODS) {
      const tree = page(routes.timelinePeriod(id));
      const ol = findAll(tree, (element) => element.tagName === 'ol' && classes(element).includes('timeline-list'))[0]!;
      const list = findAll(ol, (element) => element.tagName === 'a');
      expect(list.length, id).toBe(count);
      for (const variant of ['wide', 'narrow']) {
        const svg = findAll(tree, (element) => element.tagName === 'svg' && classes(element).includes(`timeline-drawing-${variant}`) && !classes(element).includes('timeline-overview'))[0]!;
        const drawn = findAll(svg, (element) => element.tagName === 'a').map(href);
        expect(drawn.sort(), `${id} ${variant}`).toEqual(list.map(href).sort());
      }
    }
  });

  it('links each period page back to the index and to its neighbours, in order', () => {
    const ids = periodIds;
    ids.forEach((id, index) => {
      const links = findAll(page(routes.timelinePeriod(id)), (element) => element.tagName === 'a');
      const rel = (value: string) => [...new Set(links.filter((link) => String(link.properties.rel ?? '') === value).map(href))];
      expect(rel('prev'), id).toEqual(index > 0 ? [`/${routes.timelinePeriod(ids[index - 1]!)}`] : []);
      expect(rel('next'), id).toEqual(index < ids.length - 1 ? [`/${routes.timelinePeriod(ids[index + 1]!)}`] : []);
      expect(links.map(href), id).toContain(`/${routes.timeline()}`);
    });
    expect(existsSync(join(site.dist, 'timeline', String(Number(ids[0]!.slice(0, 4)) - 1)))).toBe(false);
  });

  it('resolves every link of the site: period pages into the articles, claim pages to their dates’ period pages', async () => {
    expect(await findBrokenLinks(site.dist)).toEqual([]);
    const sitemap = readFileSync(join(site.dist, 'sitemap.xml'), 'utf8');
    for (const id of periodIds) expect(sitemap).toContain(`/${routes.timelinePeriod(id)}<`);
  });

  it('writes the index and every period page as valid HTML (html-validate, the project’s rules)', async () => {
    const config = JSON.parse(readFileSync(join(process.cwd(), '.htmlvalidaterc.json'), 'utf8')) as ConfigData;
    const validator = new HtmlValidate(new StaticConfigLoader(config));
    const errors: string[] = [];
    for (const path of [routes.timeline(), ...periodIds.map((id) => routes.timelinePeriod(id))]) {
      const report = await validator.validateFile(join(site.dist, path, 'index.html'));
      for (const message of report.results.flatMap((result) => result.messages)) {
        if (message.severity >= 2) errors.push(`${path}:${message.line}:${message.column}: ${message.message} [${message.ruleId}]`);
      }
    }
    expect(errors).toEqual([]);
  });

  it('links a claim page’s dates to the period page that draws them', () => {
    const claims = findAll(page(routes.claims()), (element) => element.tagName === 'a' && /\/claims\/[^/]+\/$/.test(href(element)));
    const first = page(href(claims[0]!).slice(1));
    const links = findAll(first, (element) => element.tagName === 'a' && text(element) === 'on the timeline').map(href);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^\/timeline\/\d{4}(-\d{2})?\/#event-/);
  });

  it('lists in the ledger the sentences notes bear on, and counts the others by kind, each a filtered search', () => {
    const claims = data.articles.flatMap((article) => article.claims);
    expect(claims.length).toBeGreaterThan(MAX_LEDGER_CLAIMS);
    const ledger = page(routes.claims());
    const cards = findAll(ledger, (element) => element.properties.dataClaimCard !== undefined);
    const withPages = claims.filter((claim) => claim.page !== undefined);
    expect(withPages.length).toBeGreaterThan(0);
    expect(cards.map((card) => String(card.properties.id)).sort()).toEqual(withPages.map((claim) => claim.id).sort());
    const linked = new Set(findAll(ledger, (element) => element.tagName === 'a' && /^\/claims\/[^/]+\/$/.test(href(element))).map((link) => href(link).split('/')[2]));
    expect([...linked].sort()).toEqual(withPages.map((claim) => claim.id).sort());
    const others = new Map<string, number>();
    for (const claim of claims) if (claim.page === undefined) others.set(claim.typeLabel, (others.get(claim.typeLabel) ?? 0) + 1);
    const section = findAll(ledger, (element) => element.properties.id === 'unlisted')[0]!;
    const rows = findAll(section, (element) => element.tagName === 'li').map((item) => {
      const link = findAll(item, (element) => element.tagName === 'a')[0]!;
      return [text(link), href(link), text(item).replace(/^.*: /, '')];
    });
    expect(rows.sort()).toEqual(
      [...others].map(([label, count]) => [label, `/${routes.search(undefined, { type: [label] })}`, `${count.toLocaleString('en-GB')} ${count === 1 ? 'sentence' : 'sentences'}`]).sort(),
    );
    // The search page offers each of those kinds as a filter, under the name the link uses.
    const boxes = findAll(page(routes.search()), (element) => element.tagName === 'input' && element.properties.name === 'type').map((box) => String(box.properties.value));
    for (const label of others.keys()) expect(boxes).toContain(label);
  });
});
