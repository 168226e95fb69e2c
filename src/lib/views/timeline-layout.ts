/**
 * The timeline laid out as a vertical SVG at build time. Events cluster within weeks of a publication while
 * others lie decades apart, so each gets a row and a gap grows with the logarithm of its days, capped; long
 * gaps break the axis, and the overview strip shows true scale. Range bars run from first row to last.
 */
import { dayOf } from '../calendar.ts';
import { count } from '../format.ts';
import type { TimelineEvent } from './timeline.ts';
import { textWidth, wrapText, wrapWhen } from './timeline-text.ts';
import { overviewScale, type TimelineOverview } from './timeline-overview.ts';

/** Sizes of one layout, in SVG user units (pixels at 100% zoom). */
export interface TimelineMetrics {
  /** Width of the drawing. */
  width: number;
  /** Width of a date column left of the label; 0 puts the date on its own line above the label. */
  whenWidth: number;
  /** Font size of the date. */
  whenSize: number;
  /** Font size of the label. */
  labelSize: number;
  /** Distance between lines of text. */
  lineHeight: number;
  /** Room at the left for the year labels. */
  yearWidth: number;
  /** Width of one lane of range bars. */
  laneWidth: number;
  /** Pixels per doubling of the days between two dates (the logarithmic part of the scale). */
  pixelsPerDoubling: number;
  /** The most a gap between two dates can add. */
  maxGap: number;
}

/** The layout for wide screens: the date in a column of its own, the label beside it. */
export const WIDE_METRICS: TimelineMetrics = {
  width: 840, // the page's full width, so most labels fit on one line
  whenWidth: 150, // "17 September 2007" at 14 px, with room to spare
  whenSize: 14,
  labelSize: 16,
  lineHeight: 22,
  yearWidth: 46,
  laneWidth: 10,
  pixelsPerDoubling: 4.5, // a month adds about 22 px, a decade about 56 (the cap)
  maxGap: 56,
};

/** The layout for phones: a 360-unit drawing, shown at about its own size on a 390 px screen. */
export const NARROW_METRICS: TimelineMetrics = {
  width: 360,
  whenWidth: 0,
  whenSize: 13,
  labelSize: 15,
  lineHeight: 19,
  yearWidth: 38,
  laneWidth: 8,
  pixelsPerDoubling: 4, // a month adds about 20 px, a decade about 48 (the cap)
  maxGap: 48,
};

// Fixed parts of a row and of the drawing, in user units.
const TOP = 6; // room above the first row's mark for its ring
const BOTTOM = 16; // room below the last row's text
const ROW_GAP = 10; // between one row's last line and the next row's first
const WHEN_TO_LABEL = 4; // between a date on its own line and the label's first line
const WHEN_GAP = 12; // between the date column and the label
const AXIS_GAP = 8; // between the nearest lane and the axis
const LABEL_GAP = 14; // between the axis and the text
const RIGHT = 4; // keeps the longest line off the drawing's edge
const MID_X_HEIGHT = 0.35; // the middle of lower-case letters, above the baseline, as a fraction of the font size
const BOX_PAD = 6; // a row's focus box reaches this far left of the text, and half as far above and below
const ASCENT = 0.8; // from a line's top to its baseline, as a fraction of the font size
const BREAK_AFTER_DAYS = 366; // gaps longer than this are drawn as a broken axis

/** One row: an event, where it sits and its wrapped label. */
export interface TimelineRow {
  event: TimelineEvent;
  /** Top of the row's box. */
  top: number;
  /** Height of the row's box, up to the next row's top when nothing separates them. */
  height: number;
  /** Where the event sits on the axis (the middle of its date line). */
  markY: number;
  /** The date's lines and their baselines, at `labelX`. */
  whenLines: string[];
  whenYs: number[];
  /** Where the label's lines start. */
  textX: number;
  /** The label's lines and their baselines. */
  lines: string[];
  lineYs: number[];
  /** The row's area for pointing and focus: the text column, the row's height without the gap below. */
  box: { x: number; y: number; width: number; height: number };
  /** For spans: the bar's lane (0 beside the axis) and its x, and where the bar ends. */
  lane?: number;
  laneX?: number;
  endY?: number;
}

/** The whole drawing. */
export interface TimelineLayout {
  metrics: TimelineMetrics;
  width: number;
  height: number;
  axisX: number;
  labelX: number;
  /** Where text may run to. */
  labelRight: number;
  rows: TimelineRow[];
  /** The axis, as solid and broken (dotted) pieces from top to bottom. */
  axis: Array<{ y0: number; y1: number; broken: boolean }>;
  /** Long gaps, with their length in words and where to write it. */
  gaps: Array<{ top: number; bottom: number; labelY: number; label: string }>;
  /** A year written at the left of the first row of each year. */
  years: Array<{ y: number; label: string }>;
  /** Top of the first row on or after the publication, when there is exactly one (and shading is not turned off): the shaded "after". */
  afterY?: number;
}

/** The pixels a gap of `days` (≥ 1) adds between two dates: strictly increasing up to the cap. */
export function gapFor(days: number, metrics: Pick<TimelineMetrics, 'pixelsPerDoubling' | 'maxGap'>): number {
  return Math.min(metrics.maxGap, metrics.pixelsPerDoubling * Math.log2(1 + Math.max(0, days)));
}

/** A long gap in words: "21 months later", "7 years later". */
export function describeGap(days: number): string {
  if (days < 730) {
    const months = Math.max(1, Math.round(days / 30.44));
    return `${count(months, 'month')} later`;
  }
  return `${Math.round(days / 365.25)} years later`;
}

/** One drawing of a timeline: its rows and its overview strip. */
export interface TimelineDrawingData {
  layout: TimelineLayout;
  overview: TimelineOverview;
}

/** The two drawings of a timeline, for wide screens and phones, of events as `collectEvents` sorts them. */
export function drawTimeline(events: readonly TimelineEvent[], options: { shadeAfter?: boolean; months?: boolean } = {}): { wide: TimelineDrawingData; narrow: TimelineDrawingData } {
  const draw = (metrics: TimelineMetrics) => ({
    layout: layoutTimeline(events, metrics, { shadeAfter: options.shadeAfter }),
    overview: overviewScale(events, metrics.width, 12, { months: options.months }),
  });
  return { wide: draw(WIDE_METRICS), narrow: draw(NARROW_METRICS) };
}

/**
 * Give each span a lane beside the axis so that no two bars in one lane overlap: greedily, in order of
 * first day, the lane nearest the axis whose last bar ended on an earlier day. Returns each span's lane.
 */
export function assignLanes(spans: ReadonlyArray<{ start: string; end: string }>): number[] {
  const laneEnds: string[] = [];
  return spans.map((span) => {
    let lane = laneEnds.findIndex((end) => end < span.start);
    if (lane < 0) lane = laneEnds.push(span.end) - 1;
    else laneEnds[lane] = span.end;
    return lane;
  });
}

/**
 * Lay the events out, one row each in date order, on the compressed scale above. `shadeAfter: false` leaves
 * a lone publication unshaded: on a period page of many articles it is no turning point.
 */
export function layoutTimeline(events: readonly TimelineEvent[], metrics: TimelineMetrics, options: { shadeAfter?: boolean } = {}): TimelineLayout {
  const spans = events.filter((event) => event.end !== event.start);
  const lanes = assignLanes(spans);
  const laneCount = lanes.length > 0 ? Math.max(...lanes) + 1 : 0;
  const axisX = metrics.yearWidth + laneCount * metrics.laneWidth + AXIS_GAP;
  const labelX = axisX + LABEL_GAP;
  const labelRight = metrics.width - RIGHT;
  const inline = metrics.whenWidth > 0;
  const textX = inline ? labelX + metrics.whenWidth + WHEN_GAP : labelX;
  const labelWidth = labelRight - textX;
  const whenWidth = inline ? metrics.whenWidth : labelRight - labelX;
  const labelMeasure = (text: string) => textWidth(text, metrics.labelSize);
  const whenMeasure = (text: string) => textWidth(text, metrics.whenSize);

  // Every first day and every last day is a stop on the axis; a stop's rows are the events starting then.
  const stopDays = [...new Set(events.flatMap((event) => [event.start, event.end]))].sort();
  const rowsByDay = new Map<string, TimelineEvent[]>();
  for (const event of events) rowsByDay.set(event.start, [...(rowsByDay.get(event.start) ?? []), event]);

  const rows: TimelineRow[] = [];
  const stopMarks = new Map<string, { first: number; last: number }>();
  const gaps: TimelineLayout['gaps'] = [];
  let y = TOP;
  stopDays.forEach((day, index) => {
    // A stop with no rows (a span's last day) sits where a row's mark would.
    const first = y + metrics.labelSize * (ASCENT - MID_X_HEIGHT);
    for (const event of rowsByDay.get(day) ?? []) {
      const whenLines = wrapWhen(event.when, whenWidth, whenMeasure);
      const lines = wrapText(event.label, labelWidth, labelMeasure);
      const firstBaseline = y + (inline ? metrics.labelSize : metrics.whenSize) * ASCENT;
      const whenYs = whenLines.map((_, line) => firstBaseline + line * metrics.lineHeight);
      const labelTop = inline ? firstBaseline : whenYs[whenYs.length - 1]! + WHEN_TO_LABEL + metrics.lineHeight;
      const lineYs = lines.map((_, line) => labelTop + line * metrics.lineHeight);
      const textBottom = Math.max(whenYs[whenYs.length - 1]!, lineYs[lineYs.length - 1] ?? 0);
      // The row ends a line's descent below its last baseline, plus the gap to the next row.
      const height = textBottom - y + metrics.lineHeight * (1 - ASCENT) + ROW_GAP;
      // The mark sits level with the middle of the first line's lower-case letters.
      const markY = firstBaseline - (inline ? metrics.labelSize : metrics.whenSize) * MID_X_HEIGHT;
      const box = { x: labelX - BOX_PAD, y: y - BOX_PAD / 2, width: labelRight - labelX + BOX_PAD + RIGHT / 2, height: height - ROW_GAP + BOX_PAD };
      rows.push({ event, top: y, height, markY, whenLines, whenYs, textX, lines, lineYs, box });
      y += height;
    }
    const dayRows = rows.filter((row) => row.event.start === day);
    stopMarks.set(day, {
      first: dayRows[0]?.markY ?? first,
      last: dayRows[dayRows.length - 1]?.markY ?? first,
    });
    const next = stopDays[index + 1];
    if (next === undefined) return;
    const days = dayOf(next) - dayOf(day);
    const gap = gapFor(days, metrics);
    if (days > BREAK_AFTER_DAYS) {
      // The gap's words sit in the middle of the empty band between the two rows.
      const top = y - ROW_GAP;
      const bottom = y + gap;
      gaps.push({ top, bottom, labelY: (top + bottom) / 2 + metrics.whenSize * MID_X_HEIGHT, label: describeGap(days) });
    }
    y += gap;
  });

  spans.forEach((span, index) => {
    const row = rows.find((candidate) => candidate.event === span)!;
    row.lane = lanes[index]!;
    row.laneX = axisX - AXIS_GAP - (row.lane + 0.5) * metrics.laneWidth;
    row.endY = stopMarks.get(span.end)!.last;
  });

  const firstMark = rows[0]?.markY ?? 0;
  const lastMark = Math.max(0, ...rows.map((row) => row.endY ?? row.markY));
  const axis: TimelineLayout['axis'] = [];
  let from = firstMark;
  for (const gap of gaps) {
    axis.push({ y0: from, y1: gap.top, broken: false }, { y0: gap.top, y1: gap.bottom, broken: true });
    from = gap.bottom;
  }
  axis.push({ y0: from, y1: lastMark, broken: false });

  const years: TimelineLayout['years'] = [];
  let year = '';
  for (const row of rows) {
    if (row.event.start.slice(0, 4) === year) continue;
    year = row.event.start.slice(0, 4);
    years.push({ y: row.whenYs[0]!, label: year });
  }

  const publications = rows.filter((row) => row.event.kind === 'publication');
  const afterY = publications.length === 1 && options.shadeAfter !== false ? publications[0]!.top - ROW_GAP / 2 : undefined;
  const last = rows[rows.length - 1];
  const height = Math.ceil((last ? last.top + last.height - ROW_GAP : 0) + BOTTOM);

  return {
    metrics,
    width: metrics.width,
    height,
    axisX,
    labelX,
    labelRight,
    rows,
    axis: axis.filter((piece) => piece.y1 > piece.y0),
    gaps,
    years,
    afterY,
  };
}
