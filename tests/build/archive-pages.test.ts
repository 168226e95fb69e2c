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
 * in the articles, to each other and back, with every event on some page. The expected events and periods
 * come from claims.json and the limit, not from the timeline code: every date of every sentence (the
 * generated notes have no dated events) and every article's publication.
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
import { findBrokenLinks, formatBrokenLink } from '../support/links.ts';
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

/** A page of the split timeline as the test expects it: a year, or a month of a year above the limit. */
interface ExpectedPeriod {
  id: string;
  year: string;
  events: Expected[];
}

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

  /** The events grouped by the first `length` characters of their first day, in order of the groups. */
  const groupBy = (events: Expected[], length: number) => {
    const groups = new Map<string, Expected[]>();
    for (const event of [...events].sort((a, b) => a.start.localeCompare(b.start))) {
      const key = event.start.slice(0, length);
      groups.set(key, [...(groups.get(key) ?? []), event]);
    }
    return groups;
  };

  /** The years with events, in order, and how many each has. */
  const expectedYears = () => new Map([...groupBy(expected, 4)].map(([year, events]) => [year, events.length]));

  /** Every page of the split timeline, in order: each year, or each month of a year above the limit. */
  const expectedPeriods = (): ExpectedPeriod[] =>
    [...groupBy(expected, 4)].flatMap(([year, events]) =>
      events.length <= MAX_EVENTS_PER_PAGE ? [{ id: year, year, events }] : [...groupBy(events, 7)].map(([month, inMonth]) => ({ id: month, year, events: inMonth })),
    );

  /** A period page's list items as `slug|words`, read from each item's link and label. */
  const listed = (path: string) =>
    findAll(page(path), (element) => element.tagName === 'li' && classes(element).includes('timeline-list-item')).map((item) => {
      const link = findAll(item, (element) => element.tagName === 'a')[0]!;
      const slug = /articles\/([^/]+)\//.exec(href(link))?.[1];
      if (classes(item).includes('timeline-kind-publication')) return `${slug}|published`;
      return `${slug}|${/ says “(.+)”$/.exec(text(link))?.[1]}`;
    });

  it('has more events than one page draws (the fixture is big enough)', () => {
    expect(expected.length).toBeGreaterThan(MAX_EVENTS_PER_PAGE);
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
    const periods = expectedPeriods();
    expect(shown).toEqual(
      [...expectedYears()].map(([year, count]) => {
        const pages = periods.filter((period) => period.year === year);
        const whole = pages.length === 1 && pages[0]!.id === year;
        return [year, `${count} ${count === 1 ? 'event' : 'events'}${whole ? '' : ', by month:'}`, pages.map((period) => `/${routes.timelinePeriod(period.id)}`)];
      }),
    );
    expect(findAll(index, (element) => classes(element).includes('timeline-list-item'))).toEqual([]);
    expect(text(findAll(index, (element) => classes(element).includes('lede'))[0]!)).toContain(`${expected.length} events`);
    // A few dozen bars and links, not thousands of rows.
    expect(statSync(join(site.dist, routes.timeline(), 'index.html')).size).toBeLessThan(60_000);
  });

  it('splits the one year above the limit into its months, with no page for the year itself', () => {
    const full = [...expectedYears()].filter(([, count]) => count > MAX_EVENTS_PER_PAGE).map(([year]) => year);
    expect(full).toEqual([String(YEAR)]);
    expect(existsSync(join(site.dist, routes.timelinePeriod(String(YEAR))))).toBe(false);
    const months = expectedPeriods().filter((period) => period.year === String(YEAR));
    expect(months.length).toBeGreaterThan(1);
    for (const month of months) {
      const name = new Date(`${month.id}-01T00:00:00Z`).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
      const heading = findAll(page(routes.timelinePeriod(month.id)), (element) => element.tagName === 'h1')[0]!;
      expect(text(heading), month.id).toBe(`${name} ${YEAR} (${month.events.length} ${month.events.length === 1 ? 'event' : 'events'})`);
    }
  });

  it('gives every period a page holding exactly its events, and every event is on one page', () => {
    const all: string[] = [];
    for (const period of expectedPeriods()) {
      const items = listed(routes.timelinePeriod(period.id));
      expect([...items].sort(), period.id).toEqual(period.events.map((event) => event.key).sort());
      all.push(...items);
    }
    expect(all.sort()).toEqual(expected.map((event) => event.key).sort());
  });

  it('draws on each page the same links as its list, in both drawings', () => {
    for (const period of expectedPeriods()) {
      const tree = page(routes.timelinePeriod(period.id));
      const ol = findAll(tree, (element) => element.tagName === 'ol' && classes(element).includes('timeline-list'))[0]!;
      const list = findAll(ol, (element) => element.tagName === 'a');
      expect(list.length, period.id).toBe(period.events.length);
      for (const variant of ['wide', 'narrow']) {
        const svg = findAll(tree, (element) => element.tagName === 'svg' && classes(element).includes(`timeline-drawing-${variant}`) && !classes(element).includes('timeline-overview'))[0]!;
        const drawn = findAll(svg, (element) => element.tagName === 'a').map(href);
        expect(drawn.sort(), `${period.id} ${variant}`).toEqual(list.map(href).sort());
      }
    }
  });

  it('links each period page back to the index and to its neighbours, in order', () => {
    const ids = expectedPeriods().map((period) => period.id);
    ids.forEach((id, index) => {
      const links = findAll(page(routes.timelinePeriod(id)), (element) => element.tagName === 'a');
      const rel = (value: string) => [...new Set(links.filter((link) => String(link.properties.rel ?? '') === value).map(href))];
      expect(rel('prev'), id).toEqual(index > 0 ? [`/${routes.timelinePeriod(ids[index - 1]!)}`] : []);
      expect(rel('next'), id).toEqual(index < ids.length - 1 ? [`/${routes.timelinePeriod(ids[index + 1]!)}`] : []);
      expect(links.map(href), id).toContain(`/${routes.timeline()}`);
    });
    expect(existsSync(join(site.dist, 'timeline', String(Number(ids[0]!.slice(0, 4)) - 1)))).toBe(false);
  });

  it('resolves every link of the site: period pages into the articles, claim pages to their dates’ period pages', () => {
    expect(findBrokenLinks(site.dist).map(formatBrokenLink)).toEqual([]);
    const sitemap = readFileSync(join(site.dist, 'sitemap.xml'), 'utf8');
    for (const period of expectedPeriods()) expect(sitemap).toContain(`/${routes.timelinePeriod(period.id)}<`);
  });

  it('writes the index and every period page as valid HTML (html-validate, the project’s rules)', async () => {
    const config = JSON.parse(readFileSync(join(process.cwd(), '.htmlvalidaterc.json'), 'utf8')) as ConfigData;
    const validator = new HtmlValidate(new StaticConfigLoader(config));
    const errors: string[] = [];
    for (const path of [routes.timeline(), ...expectedPeriods().map((period) => routes.timelinePeriod(period.id))]) {
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
