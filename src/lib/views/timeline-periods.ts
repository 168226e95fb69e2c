/**
 * The timeline of an archive too big for one page, in periods.
 *
 * One op-ed has a few dozen dated events and `/timeline/` draws them all. A newsroom's archive has
 * thousands (a thousand generated articles: 11,000, a 43 MB page), so above
 * {@link MAX_EVENTS_PER_PAGE} events `/timeline/` becomes an index instead: the number of events per
 * year at true scale, and a list of periods, each a page of its own (`/timeline/<period>/`) drawn the
 * way the one-page timeline is. A period is a year; a year that alone holds more events than the limit
 * is split into its months, so no page grows with the size of the archive unless one month does.
 *
 * An event belongs to the period of its first day; a span that runs into the next period is drawn on
 * its first one's page, to its end.
 */
import { MONTH_NAMES } from '../calendar.ts';
import { cacheKey } from './cache-key.ts';
import { count, formatDay } from '../format.ts';
import { routes } from './routes.ts';
import { yearRange, type TimelineEvent } from './timeline.ts';
import { yearScale, YEAR_TICK } from './timeline-overview.ts';

/**
 * The most events one timeline page draws: above it the timeline is split into periods, and a year
 * above it into months.
 *
 * Every event costs a page two drawn rows (the wide and the narrow drawing) and a list item: about 25
 * elements and 2 to 4 KB of HTML. At 250 events a page stays under about a megabyte and 7,000
 * elements, which a phone lays out without a pause, and the drawing about ten screens long, which a
 * reader can still scroll through to find a date. The op-ed's own timeline (36 events) is far below
 * it, so its page does not change.
 */
export const MAX_EVENTS_PER_PAGE = 250;

/** One page of the timeline: a year, or a month of a year too full for one page. */
export interface TimelinePeriod {
  /** `2007` for a year, `2007-12` for a month: the page's address under `timeline/`. */
  id: string;
  /** How it reads: "2007", "December 2007". */
  label: string;
  /** How it reads within its year, in the index: "2007", "December". */
  name: string;
  /** Its events, in the order `collectEvents` gives them. */
  events: TimelineEvent[];
}

/** One year of the timeline's index. */
export interface TimelineYear {
  /** Four digits. */
  year: string;
  /** How many events start in it. */
  count: number;
  /** Its pages: one, the year itself, or, when it holds more than the limit, one per month with events. */
  periods: TimelinePeriod[];
}

/** A period named in another page: on the index, in a neighbour's links. */
export interface PeriodLink {
  id: string;
  label: string;
  count: number;
}

/** Group events by a key of their first day (its year, or its month), in order of the keys. */
function groupByStart(events: readonly TimelineEvent[], length: number): Map<string, TimelineEvent[]> {
  const groups = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    const key = event.start.slice(0, length);
    const group = groups.get(key);
    if (group) group.push(event);
    else groups.set(key, [event]);
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * The timeline's periods, or none when every event fits on one page.
 *
 * @param events Every event, as `collectEvents` sorts them.
 * @param limit The most events a page draws.
 * @returns The years with events, in order, each with its pages; empty when `events` fit on one page.
 */
export function timelineYears(events: readonly TimelineEvent[], limit = MAX_EVENTS_PER_PAGE): TimelineYear[] {
  if (events.length <= limit) return [];
  return [...groupByStart(events, 4)].map(([year, inYear]) => ({
    year,
    count: inYear.length,
    periods:
      inYear.length <= limit
        ? [{ id: year, label: year, name: year, events: inYear }]
        : [...groupByStart(inYear, 7)].map(([month, inMonth]) => ({ id: month, label: formatDay(month), name: MONTH_NAMES[Number(month.slice(5)) - 1]!, events: inMonth })),
  }));
}

/** Every page of a split timeline, in date order. */
export function timelinePeriods(years: readonly TimelineYear[]): TimelinePeriod[] {
  return years.flatMap((year) => year.periods);
}

/** A period as other pages name it. */
export function periodLink(period: TimelinePeriod): PeriodLink {
  return { id: period.id, label: period.label, count: period.events.length };
}

/**
 * Where each event is drawn: a function from an event id to its site path, `timeline/#<id>` on a
 * one-page timeline, `timeline/<period>/#<id>` on a split one.
 *
 * @param years The periods, from {@link timelineYears}; empty for a one-page timeline.
 * @returns The function; it throws for an id that is on no page.
 */
export function timelineEventPaths(years: readonly TimelineYear[]): (eventId: string) => string {
  if (years.length === 0) return (eventId) => routes.timeline(eventId);
  const periodOf = new Map<string, string>();
  for (const period of timelinePeriods(years)) for (const event of period.events) periodOf.set(event.id, period.id);
  return (eventId) => {
    const period = periodOf.get(eventId);
    if (period === undefined) throw new Error(`Unexpected event \`${eventId}\` on no page of the timeline, expected an id collectEvents made`);
    return routes.timelinePeriod(period, eventId);
  };
}

/** What a period's page shows, and all it shows: its props. */
export interface PeriodPageProps {
  period: TimelinePeriod;
  previous?: PeriodLink;
  next?: PeriodLink;
  /** The site has one article: its wording says "the op-ed". */
  single: boolean;
}

/**
 * The period pages as `getStaticPaths` returns them. Each `cacheKey` is a hash of the page's props —
 * everything the page renders from — so it changes whenever the page would (Astro's incremental build
 * skips a page whose key and code are unchanged).
 *
 * @param years The periods, from {@link timelineYears}.
 * @param single Whether the site has one article.
 * @returns One entry per period.
 */
export function periodPages(
  years: readonly TimelineYear[],
  single: boolean,
): Array<{ params: { period: string }; props: PeriodPageProps; cacheKey: string }> {
  const periods = timelinePeriods(years);
  return periods.map((period, index) => {
    const before = periods[index - 1];
    const after = periods[index + 1];
    const props: PeriodPageProps = {
      period,
      ...(before && { previous: periodLink(before) }),
      ...(after && { next: periodLink(after) }),
      single,
    };
    return { params: { period: period.id }, props, cacheKey: cacheKey(props) };
  });
}

/** The index's strip: one bar per year, its height the year's events, on a true-scale axis of years. */
export interface CountsOverview {
  width: number;
  height: number;
  ticks: Array<{ x: number; label: string }>;
  bars: Array<{ x: number; y: number; width: number; height: number; year: string; count: number }>;
  /** The line the bars stand on and the ticks hang from: from the start of the first year to the end of the last. */
  axisY: number;
  axisX0: number;
  axisX1: number;
  /** The baseline of the tick labels. */
  tickY: number;
}

const COUNTS_TOP = 4; // room above the tallest bar
const COUNTS_HEIGHT = 48; // the tallest bar

/**
 * The events per year as bars on a true-scale axis from the first year to the last, years without
 * events left empty: a few dozen shapes however many events there are.
 *
 * @param years Years and their counts, in order.
 * @param width Width of the strip.
 * @param fontSize Font size of the tick labels.
 * @returns Bar and tick positions.
 */
export function countsOverview(years: ReadonlyArray<{ year: string; count: number }>, width: number, fontSize = 12): CountsOverview {
  if (years.length === 0) return { width, height: 0, ticks: [], bars: [], axisY: 0, axisX0: 0, axisX1: 0, tickY: 0 };
  const first = Number(years[0]!.year);
  const last = Number(years[years.length - 1]!.year);
  const { x, ticks } = yearScale(first, last, width, fontSize);
  const most = Math.max(...years.map((year) => year.count));
  const axisY = COUNTS_TOP + COUNTS_HEIGHT;
  const bars = years.map(({ year, count: n }) => {
    const x0 = x(`${year}-01-01`);
    const full = x(`${Number(year) + 1}-01-01`) - x0;
    // A unit between neighbouring bars where there is room for one.
    const gap = full >= 3 ? 1 : 0;
    // At least two units high, so a year of one event still shows.
    const height = Math.max(2, (n / most) * COUNTS_HEIGHT);
    return { x: x0 + gap / 2, y: axisY - height, width: full - gap, height, year, count: n };
  });
  const tickY = axisY + YEAR_TICK + fontSize;
  return { width, height: Math.ceil(tickY + fontSize * 0.3), ticks, bars, axisY, axisX0: x(`${first}-01-01`), axisX1: x(`${last + 1}-01-01`), tickY };
}

/**
 * What `/timeline/` says of itself: its meta description, and its lede, for one op-ed or an archive, drawn
 * whole or, above the limit, an index of periods.
 *
 * @param events Every event, as `collectEvents` gives them.
 * @param years The periods, from {@link timelineYears}; empty when one page draws every event.
 * @param articles How many articles the site has.
 * @param theText What one article is called ("the op-ed", "the editorial": src/lib/views/wording.ts).
 */
export function timelineIntro(events: readonly TimelineEvent[], years: readonly TimelineYear[], articles: number, theText = 'the op-ed'): { description: string; lede: string } {
  const single = articles === 1;
  const { first, last } = yearRange(events);
  const description = single
    ? `The dates ${theText} mentions and what happened before and after, from ${first} to today, each linked to its place in the text.`
    : `The dates ${articles} articles mention and the events their notes describe, from ${first} to ${last}, each linked to its place in the text.`;
  if (years.length === 0) {
    return {
      description,
      lede: single
        ? `The dates ${theText} mentions, read against its publication, and the events the notes describe — before it and after. Each one links to its place in the text.`
        : 'The dates the articles mention, each article’s publication, and the events the notes describe. Each one links to its place in the text.',
    };
  }
  const split = years.some((year) => year.periods[0]!.id !== year.year);
  const lede = [
    `The dates ${single ? `${theText} mentions, its publication` : 'the articles mention, each article’s publication'} and the events the notes describe:`,
    `${count(events.length, 'event')} from ${first} to ${last}, too many for one page.`,
    `Each ${split ? 'year, or each month of the busiest years,' : 'year'} has a page of its own, where every event links to its place in the text.`,
  ].join(' ');
  return { description, lede };
}
