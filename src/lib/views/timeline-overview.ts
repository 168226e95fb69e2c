/**
 * The timeline's events at true scale: a horizontal strip of whole years with a mark per event.
 */
import { dayOf, MONTH_NAMES } from '../calendar.ts';
import { yearRange, type TimelineEvent, type TimelineKind } from './timeline.ts';
import { textWidth } from './timeline-text.ts';

/** The small true-scale strip above the timeline. */
export interface TimelineOverview {
  width: number;
  height: number;
  /** Year ticks: x and label. */
  ticks: Array<{ x: number; label: string }>;
  /** One mark per event: a dot for a day, a bar for a span; `row` stacks bars that would overlap. */
  marks: Array<{ x0: number; x1: number; kind: TimelineKind; row: number }>;
  /**
   * When asked for and the strip spans one or two years (a period's page), the months: a short tick at
   * each month's first day and its initial in the middle of the month, on a line of its own above the
   * years. Empty otherwise.
   */
  months: Array<{ x: number; labelX: number; label: string }>;
  /** The line the ticks hang from. */
  axisY: number;
  /** The baseline of the month initials, when there are months. */
  monthY: number;
  /** The baseline of the tick labels. */
  tickY: number;
}

const OVERVIEW_ROW = 6; // vertical step between stacked marks
const OVERVIEW_TOP = 8; // room above the first row for a dot's radius
/** Length of a year tick below a strip's axis, in the overview and in an archive's counts. */
export const YEAR_TICK = 4;

/**
 * The events at true scale on a horizontal strip, from the start of the first year to the end of the
 * last, with year ticks far enough apart for their labels. `months: true` adds the months to a strip of one
 * or two years; their styles are in timeline-periods.css, which only the period pages load.
 */
export function overviewScale(events: readonly TimelineEvent[], width: number, fontSize = 12, options: { months?: boolean } = {}): TimelineOverview {
  if (events.length === 0) return { width, height: 0, ticks: [], marks: [], months: [], axisY: 0, monthY: 0, tickY: 0 };
  const range = yearRange(events);
  const firstYear = Number(range.first);
  const lastYear = Number(range.last);
  const { x, ticks } = yearScale(firstYear, lastYear, width, fontSize);

  // Points share the top row; spans stack below, each in the first row where it fits.
  const rowEnds: number[] = [];
  const marks = events.map((event) => {
    const x0 = x(event.start);
    const x1 = Math.max(x0, x(event.end));
    if (event.start === event.end) return { x0, x1, kind: event.kind, row: 0 };
    let row = rowEnds.findIndex((end) => end < x0 - 2);
    if (row < 0) row = rowEnds.push(x1) - 1;
    else rowEnds[row] = x1;
    return { x0, x1, kind: event.kind, row: row + 1 };
  });
  const rowsUsed = Math.max(0, ...marks.map((mark) => mark.row)) + 1;
  const axisY = overviewRowY(rowsUsed);
  const months: TimelineOverview['months'] = [];
  if (options.months && lastYear - firstYear < 2) {
    for (let year = firstYear; year <= lastYear; year++) {
      MONTH_INITIALS.forEach((label, index) => {
        const first = x(`${year}-${String(index + 1).padStart(2, '0')}-01`);
        const next = index === 11 ? x(`${year + 1}-01-01`) : x(`${year}-${String(index + 2).padStart(2, '0')}-01`);
        months.push({ x: first, labelX: (first + next) / 2, label });
      });
    }
  }
  const monthY = months.length > 0 ? axisY + YEAR_TICK + fontSize : 0;
  const tickY = (months.length > 0 ? monthY + 2 : axisY) + YEAR_TICK + fontSize;
  return { width, height: Math.ceil(tickY + fontSize * 0.3), ticks, marks, months, axisY, monthY, tickY };
}

const MONTH_INITIALS = MONTH_NAMES.map((name) => name[0]!);

/** A true-scale horizontal axis of whole years: where a day falls, and year ticks that leave room for their labels. */
export interface YearScale {
  /** The x of a day, YYYY-MM-DD. */
  x: (day: string) => number;
  ticks: Array<{ x: number; label: string }>;
}

/**
 * An axis from the start of `firstYear` to the end of `lastYear` across `width`, with ticks every 1, 2,
 * 5, 10, 20, 50 or 100 years: the smallest step that leaves two labels' width between ticks.
 */
export function yearScale(firstYear: number, lastYear: number, width: number, fontSize: number): YearScale {
  const from = dayOf(`${firstYear}-01-01`);
  const to = dayOf(`${lastYear + 1}-01-01`);
  const labelWidth = textWidth('0000', fontSize);
  // Tick labels are centred on their tick: half a label (and a little) keeps the end ones inside.
  const pad = Math.ceil(labelWidth / 2) + 2;
  const x = (day: string) => pad + ((dayOf(day) - from) / (to - from)) * (width - 2 * pad);

  // The smallest step whose ticks leave at least two labels' width between them.
  const yearWidth = (width - 2 * pad) / (lastYear + 1 - firstYear);
  const step = [1, 2, 5, 10, 20, 50].find((candidate) => candidate * yearWidth >= labelWidth * 2) ?? 100;
  const ticks: YearScale['ticks'] = [];
  for (let tick = Math.ceil(firstYear / step) * step; tick <= lastYear + 1; tick += step) {
    ticks.push({ x: x(`${tick}-01-01`), label: String(tick) });
  }
  return { x, ticks };
}

/** The vertical position of a mark's row in the overview strip. */
export function overviewRowY(row: number): number {
  return OVERVIEW_TOP + row * OVERVIEW_ROW;
}
