/**
 * The timeline of an archive too big for one page: past {@link MAX_EVENTS_PER_PAGE} events `/timeline/`
 * becomes an index of years, each a page of its own, and a year over the limit is split into months.
 * An event belongs to the period of its first day, and is drawn there to its end.
 */
import { MONTH_NAMES } from '../calendar.ts';
import { cacheKey } from './cache-key.ts';
import { count, formatDay } from '../format.ts';
import { routes } from './routes.ts';
import { yearRange, type TimelineEvent } from './timeline.ts';
import { yearScale, YEAR_TICK } from './timeline-overview.ts';

/**
 * The most events one timeline page draws. Past it a page grows too heavy for a phone to lay out at once
 * and too long to scroll through for a date.
 */
export const MAX_EVENTS_PER_PAGE = 250;

export interface TimelinePeriod {
  /** `2007` or `2007-12`: the page's address under `timeline/`. */
  id: string;
  /** "2007", "December 2007"; `name` is the same within its year ("December"). */
  label: string;
  name: string;
  events: TimelineEvent[];
}

export interface TimelineYear {
  year: string;
  count: number;
  /** Its pages: the year itself, or one per month with events when it holds more than the limit. */
  periods: TimelinePeriod[];
}

export interface PeriodLink {
  id: string;
  label: string;
  count: number;
}

/** Group events by their first day's year or month, in order of the keys. */
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

/** The years with events, each with its pages; empty when every event fits on one page. */
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

export function periodLink(period: TimelinePeriod): PeriodLink {
  return { id: period.id, label: period.label, count: period.events.length };
}

/** An event id's path: `timeline/#<id>`, or `timeline/<period>/#<id>` when split; throws for an unknown id. */
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

export interface PeriodPageProps {
  period: TimelinePeriod;
  previous?: PeriodLink;
  next?: PeriodLink;
  single: boolean;
}

/** The period pages for `getStaticPaths`, each keyed by a hash of its props (cache-key.ts). */
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

/** The index's strip: one bar per year, its height the year's events, on a true-scale axis. */
export interface CountsOverview {
  width: number;
  height: number;
  ticks: Array<{ x: number; label: string }>;
  bars: Array<{ x: number; y: number; width: number; height: number; year: string; count: number }>;
  /** The line the bars stand on, from the start of the first year to the end of the last. */
  axisY: number;
  axisX0: number;
  axisX1: number;
  tickY: number;
}

const COUNTS_TOP = 4; // room above the tallest bar
const COUNTS_HEIGHT = 48; // the tallest bar

/** The events per year as bars on a true-scale axis, years without events left empty. */
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
    const gap = full >= 3 ? 1 : 0;
    // At least two units high, so a year of one event still shows.
    const height = Math.max(2, (n / most) * COUNTS_HEIGHT);
    return { x: x0 + gap / 2, y: axisY - height, width: full - gap, height, year, count: n };
  });
  const tickY = axisY + YEAR_TICK + fontSize;
  return { width, height: Math.ceil(tickY + fontSize * 0.3), ticks, bars, axisY, axisX0: x(`${first}-01-01`), axisX1: x(`${last + 1}-01-01`), tickY };
}

/** `/timeline/`'s meta description and lede, for one op-ed or an archive, whole or split into periods. */
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
