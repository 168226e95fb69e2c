import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/lib/views/timeline.ts';
import {
  countsOverview,
  periodPages,
  timelineEventPaths,
  timelineIntro,
  timelinePeriods,
  timelineYears,
} from '../../src/lib/views/timeline-periods.ts';

/** An event starting on `start`, as collectEvents would make it (only the fields the periods read matter). */
function event(id: string, start: string, end = start): TimelineEvent {
  return { id, kind: 'mention', start, end, datetime: start, when: start, label: `Label of ${id}`, href: `articles/a/#${id}`, slug: 'a' };
}

/** `n` events spread over the days of one month, in date order. */
function month(prefix: string, yearMonth: string, n: number): TimelineEvent[] {
  return Array.from({ length: n }, (_, index) => event(`${prefix}-${index}`, `${yearMonth}-${String(1 + (index % 28)).padStart(2, '0')}`)).sort(
    (a, b) => a.start.localeCompare(b.start),
  );
}

describe('the threshold', () => {
  it('keeps a timeline of up to the limit on one page, and splits one event more', () => {
    const events = [...month('a', '2001-03', 3), ...month('b', '2003-07', 2)];
    expect(timelineYears(events, 5)).toEqual([]);
    const split = timelineYears([...events, event('c', '2004-01-01')], 5);
    expect(split.map((year) => year.year)).toEqual(['2001', '2003', '2004']);
  });
});

describe('grouping into periods', () => {
  // Three years: 1999 small, 2007 above the limit of 10 (split into months), 2010 exactly at it.
  const events = [
    ...month('early', '1999-05', 2),
    ...month('jan', '2007-01', 4),
    ...month('mar', '2007-03', 3),
    event('year-span', '2007-09-01', '2008-02-10'),
    ...month('dec', '2007-12', 5),
    ...month('full', '2010-06', 10),
  ];
  const years = timelineYears(events, 10);

  it('gives every year with events its count, in order', () => {
    expect(years.map(({ year, count }) => [year, count])).toEqual([
      ['1999', 2],
      ['2007', 13],
      ['2010', 10],
    ]);
  });

  it('makes a year one period, and a year above the limit one period per month with events', () => {
    expect(timelinePeriods(years).map((period) => [period.id, period.label])).toEqual([
      ['1999', '1999'],
      ['2007-01', 'January 2007'],
      ['2007-03', 'March 2007'],
      ['2007-09', 'September 2007'],
      ['2007-12', 'December 2007'],
      ['2010', '2010'],
    ]);
    expect(years[1]!.periods.map((period) => period.name)).toEqual(['January', 'March', 'September', 'December']);
  });

  it('puts every event in exactly one period, that of its first day, in the order given', () => {
    const periods = timelinePeriods(years);
    expect(periods.flatMap((period) => period.events)).toEqual(events);
    for (const period of periods) for (const item of period.events) expect(item.start.startsWith(period.id), `${item.id} in ${period.id}`).toBe(true);
    // A span that runs into the next year is drawn on the page of its first day.
    expect(periods.find((period) => period.events.some((item) => item.id === 'year-span'))!.id).toBe('2007-09');
  });

  it('sums the year counts to every event', () => {
    expect(years.reduce((total, year) => total + year.count, 0)).toBe(events.length);
  });

  it('links each event to its period’s page, or to the one page when there are no periods', () => {
    const path = timelineEventPaths(years);
    expect(path('early-1')).toBe('timeline/1999/#early-1');
    expect(path('dec-0')).toBe('timeline/2007-12/#dec-0');
    expect(path('full-9')).toBe('timeline/2010/#full-9');
    expect(() => path('nowhere')).toThrow(/Unexpected event `nowhere`/);
    expect(timelineEventPaths([])('early-1')).toBe('timeline/#early-1');
  });
});

describe('the period pages', () => {
  const events = [...month('a', '2001-02', 3), ...month('b', '2002-05', 4), ...month('c', '2003-08', 2), ...month('d', '2004-11', 2)];
  const pages = periodPages(timelineYears(events, 5), false);
  const keyOf = (list: typeof pages, id: string) => list.find((page) => page.params.period === id)!.cacheKey;

  it('has a page per period, each linking to its neighbours with their counts', () => {
    expect(pages.map((page) => page.params.period)).toEqual(['2001', '2002', '2003', '2004']);
    expect(pages[0]!.props.previous).toBeUndefined();
    expect(pages[0]!.props.next).toEqual({ id: '2002', label: '2002', count: 4 });
    expect(pages[2]!.props.previous).toEqual({ id: '2002', label: '2002', count: 4 });
    expect(pages[3]!.props.next).toBeUndefined();
    expect(pages[1]!.props.period.events.map((item) => item.id)).toEqual(['b-0', 'b-1', 'b-2', 'b-3']);
  });

  it('gives each page a cache key of what it shows: the same for the same data, another for other data', () => {
    expect(new Set(pages.map((page) => page.cacheKey)).size).toBe(pages.length);
    for (const page of pages) expect(page.cacheKey).toMatch(/^[0-9a-f]{40}$/);
    expect(periodPages(timelineYears(events, 5), false).map((page) => page.cacheKey)).toEqual(pages.map((page) => page.cacheKey));
  });

  it('changes a page’s key when one of its events changes, and only the pages that show it', () => {
    const edited = events.map((item) => (item.id === 'b-2' ? { ...item, label: 'A corrected label' } : item));
    const after = periodPages(timelineYears(edited, 5), false);
    expect(keyOf(after, '2002')).not.toBe(keyOf(pages, '2002'));
    for (const id of ['2001', '2003', '2004']) expect(keyOf(after, id), id).toBe(keyOf(pages, id));
  });

  it('changes a page’s key when a neighbour’s count changes, since the page shows it', () => {
    const more = [...events, event('c-new', '2003-08-20')].sort((a, b) => a.start.localeCompare(b.start));
    const after = periodPages(timelineYears(more, 5), false);
    for (const id of ['2002', '2003', '2004']) expect(keyOf(after, id), id).not.toBe(keyOf(pages, id));
    expect(keyOf(after, '2001')).toBe(keyOf(pages, '2001'));
  });

  it('changes every key when the wording does (one article or several)', () => {
    const single = periodPages(timelineYears(events, 5), true);
    for (const [index, page] of single.entries()) expect(page.cacheKey).not.toBe(pages[index]!.cacheKey);
  });
});

describe('the events per year at true scale', () => {
  const years = [
    { year: '1990', count: 10 },
    { year: '1991', count: 1 },
    { year: '1995', count: 40 },
  ];
  const overview = countsOverview(years, 840);

  it('draws one bar per year with events, as tall as its count, the tallest 48 units and none under 2', () => {
    expect(overview.bars.map((bar) => bar.year)).toEqual(['1990', '1991', '1995']);
    expect(overview.bars[2]!.height).toBe(48);
    expect(overview.bars[0]!.height).toBeCloseTo(12);
    expect(overview.bars[1]!.height).toBe(2);
    for (const bar of overview.bars) expect(bar.y + bar.height).toBe(overview.axisY);
  });

  it('places the years at true scale: empty years leave their room, no bar overlaps another or leaves the strip', () => {
    const [first, second, third] = overview.bars;
    const step = second!.x - first!.x;
    // Five years on, give or take the width of a leap day.
    expect(Math.abs(third!.x - first!.x - 5 * step)).toBeLessThan((2 * step) / 365);
    for (const bar of overview.bars) {
      expect(bar.width).toBeGreaterThan(0);
      expect(bar.width).toBeLessThan(step);
      expect(bar.x).toBeGreaterThanOrEqual(overview.axisX0);
      expect(bar.x + bar.width).toBeLessThanOrEqual(overview.axisX1);
    }
    for (const [index, bar] of overview.bars.slice(1).entries()) expect(bar.x).toBeGreaterThan(overview.bars[index]!.x + overview.bars[index]!.width);
    expect(overview.axisX1).toBeLessThanOrEqual(840);
    expect(overview.ticks.map((tick) => tick.label)).toContain('1995');
    expect(overview.height).toBeGreaterThan(overview.tickY);
  });

  it('is empty without years', () => {
    expect(countsOverview([], 360)).toMatchObject({ bars: [], ticks: [], height: 0 });
  });
});

describe('what /timeline/ says of itself', () => {
  const few = [...month('a', '2001-03', 3), ...month('b', '2003-07', 2)];

  it('speaks of the op-ed, or of the articles, when every event is drawn', () => {
    const one = timelineIntro(few, [], 1);
    expect(one.description).toBe('The dates the op-ed mentions and what happened before and after, from 2001 to today, each linked to its place in the text.');
    expect(one.lede).toMatch(/^The dates the op-ed mentions, read against its publication/);
    const two = timelineIntro(few, [], 2);
    expect(two.description).toBe('The dates 2 articles mention and the events their notes describe, from 2001 to 2003, each linked to its place in the text.');
    expect(two.lede).toMatch(/^The dates the articles mention, each article’s publication/);
  });

  it('counts the events of a split timeline, and names months only when a year is split into them', () => {
    const years = timelineYears(few, 4);
    expect(timelineIntro(few, years, 2).lede).toBe(
      'The dates the articles mention, each article’s publication and the events the notes describe: 5 events from 2001 to 2003, too many for one page. Each year has a page of its own, where every event links to its place in the text.',
    );
    const busy = timelineYears(few, 2);
    expect(busy.some((year) => year.periods[0]!.id !== year.year)).toBe(true);
    expect(timelineIntro(few, busy, 2).lede).toContain('Each year, or each month of the busiest years, has a page of its own');
  });
});

