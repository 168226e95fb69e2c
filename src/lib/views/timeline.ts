/**
 * The timeline: the dates an op-ed mentions and the events its notes describe, collected from the model
 * and laid out as a vertical SVG at build time.
 *
 * The scale is compressed, not proportional. The op-ed's events run from 1998 to 2025, but a dozen of
 * them fall within two weeks of December 2007, so at true scale they would sit on one pixel. Instead
 * every event gets a row of its own, in date order, and the space between two consecutive dates grows
 * with the logarithm of the time between them: a day adds a few pixels, a month about twenty, a year
 * about forty, and no gap more than about sixty. Gaps of more than a year are drawn as a dotted stretch
 * of the axis with their length written beside it. The order of events is exact and the spacing still
 * hints at time, while a small strip above the timeline shows the same events at true scale. Ranges
 * ("in recent months", "earlier this year") are bars beside the axis from the row of their first day to
 * the row of their last, so a bar spans exactly the events that fall within it.
 */
import { formatDay, formatSpan } from './labels.ts';
import type { EditionModel } from '../model/model.ts';
import { dayOf, MONTH_NAMES, spanOf } from '../calendar.ts';
import { count } from '../format.ts';
import { routes } from './routes.ts';

/** What a row on the timeline stands for. */
export type TimelineKind = 'mention' | 'event' | 'publication';

/** One dated thing on the timeline. */
export interface TimelineEvent {
  /** Unique on the timeline page: `event-<date mention id>`, `event-<note id>-<n>` or `published-<slug>`. */
  id: string;
  kind: TimelineKind;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, YYYY-MM-DD; the same as `start` for a single day. */
  end: string;
  /** The most precise HTML `datetime` value the source supports (`2007-12-03`, `2007-W49`, `2011-03`). */
  datetime: string;
  /** How the date reads: "3–5 December 2007". */
  when: string;
  /** What happened, or what the op-ed says (with several articles: what the article of that title says). */
  label: string;
  /** The place in the article it links to, as a site path: `articles/<slug>/#<id>`. */
  href: string;
  /** The article it comes from. */
  slug: string;
}

/** One article, reduced to what the timeline reads. */
export interface TimelineArticle {
  slug: string;
  title: string;
  model: EditionModel;
}

/** The timeline id of a date of the text: its list item's id, the fragment links to it name. */
export function dateEventId(dateId: string): string {
  return `event-${dateId}`;
}

const KIND_ORDER: Record<TimelineKind, number> = { event: 0, mention: 1, publication: 2 };

/**
 * A span of days in words, naming a whole month or year as such: "October 2006", "2007",
 * "3–5 December 2007", "9 October 2006".
 *
 * @param start First day, YYYY-MM-DD.
 * @param end Last day, YYYY-MM-DD.
 * @returns The words.
 */
export function formatWhen(start: string, end: string): string {
  const month = start.slice(0, 7);
  if (start.endsWith('-01-01') && end === `${start.slice(0, 4)}-12-31`) return start.slice(0, 4);
  if (start.endsWith('-01') && end === spanOf(month).end) return formatDay(month);
  return formatSpan(start, end);
}

/**
 * Every dated thing in the articles: the date phrases of the text at their resolved spans, the events
 * the notes describe, and each article's publication; sorted by first day, longer spans first, then
 * note events before the text's dates before the publication. With one article a date of the text reads
 * "The op-ed says “…”"; with several, its article is named: "“Title” says “…”".
 *
 * @param articles The articles.
 * @param theText What one article is called ("the op-ed", "the editorial": src/lib/views/wording.ts).
 * @returns The events.
 */
export function collectEvents(articles: readonly TimelineArticle[], theText = 'the op-ed'): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const { slug, title, model } of articles) {
    const page = routes.article(slug);
    const speaker = articles.length === 1 ? theText.charAt(0).toUpperCase() + theText.slice(1) : `“${title}”`;
    for (const date of model.dates) {
      events.push({
        id: dateEventId(date.id),
        kind: 'mention',
        start: date.startDay,
        end: date.endDay,
        datetime: date.value,
        when: formatWhen(date.startDay, date.endDay),
        label: `${speaker} says “${date.text}”`,
        href: `${page}#${date.id}`,
        slug,
      });
    }
    for (const note of model.notes) {
      note.events.forEach((event, index) => {
        events.push({
          id: `event-${note.id}-${index + 1}`,
          kind: 'event',
          ...spanOf(event.date),
          datetime: event.date,
          when: formatWhen(spanOf(event.date).start, spanOf(event.date).end),
          label: event.label,
          href: `${page}#${note.id}`,
          slug,
        });
      });
    }
    events.push({
      id: `published-${slug}`,
      kind: 'publication',
      start: model.published,
      end: model.published,
      datetime: model.published,
      when: formatDay(model.published),
      label: `“${title}” is published`,
      href: page,
      slug,
    });
  }
  return events.sort(
    (a, b) => a.start.localeCompare(b.start) || b.end.localeCompare(a.end) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind],
  );
}

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
  /** Gaps longer than this many days are drawn as a broken axis. */
  breakAfterDays: number;
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
  breakAfterDays: 366,
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
  breakAfterDays: 366,
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


/**
 * The space a gap of `days` adds between two dates: grows with the logarithm of the days, capped.
 *
 * @param days Days between two consecutive dates (≥ 1).
 * @param metrics The layout's sizes.
 * @returns Pixels, strictly increasing in `days` up to the cap.
 */
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

// Advance widths of DejaVu Sans in ems, the widest of the common system sans faces (and the one Linux
// falls back to): wrapping by them keeps lines inside the drawing in narrower faces too.
const NARROW_CHARS: Record<string, number> = {
  ' ': 0.318, '.': 0.318, ',': 0.318, ':': 0.337, ';': 0.337, '’': 0.318, "'": 0.275, '!': 0.4, '|': 0.337,
  '(': 0.39, ')': 0.39, '-': 0.361, '/': 0.337, i: 0.278, j: 0.278, l: 0.278, f: 0.352, t: 0.392, r: 0.411,
  I: 0.295, J: 0.295,
};
const WIDE_CHARS: Record<string, number> = { m: 0.974, w: 0.818, M: 0.863, W: 0.989, '—': 1, '&': 0.78, '%': 0.95, '@': 1 };

/**
 * The first and the last year the events touch (`YYYY`); empty strings for no events.
 *
 * @param events The events.
 */
export function yearRange(events: readonly TimelineEvent[]): { first: string; last: string } {
  if (events.length === 0) return { first: '', last: '' };
  const first = events.reduce((min, event) => (event.start < min ? event.start : min), events[0]!.start);
  const last = events.reduce((max, event) => (event.end > max ? event.end : max), events[0]!.end);
  return { first: first.slice(0, 4), last: last.slice(0, 4) };
}

/** One drawing of a timeline: its rows and its overview strip. */
export interface TimelineDrawingData {
  layout: TimelineLayout;
  overview: TimelineOverview;
}

/**
 * The two drawings of a timeline, for wide screens and for phones.
 *
 * @param events The events, as `collectEvents` sorts them.
 * @param options `shadeAfter` as `layoutTimeline` takes it; `months` as `overviewScale` takes it.
 */
export function drawTimeline(events: readonly TimelineEvent[], options: { shadeAfter?: boolean; months?: boolean } = {}): { wide: TimelineDrawingData; narrow: TimelineDrawingData } {
  const draw = (metrics: TimelineMetrics) => ({
    layout: layoutTimeline(events, metrics, { shadeAfter: options.shadeAfter }),
    overview: overviewScale(events, metrics.width, 12, { months: options.months }),
  });
  return { wide: draw(WIDE_METRICS), narrow: draw(NARROW_METRICS) };
}

/**
 * The width of a line of text in the timeline's sans face, estimated from DejaVu Sans's widths.
 *
 * @param text The line.
 * @param fontSize The font size, in pixels.
 * @returns Its width in pixels.
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char);
  return ems * fontSize;
}

const CHAR_WIDTHS = new Map<string, number>();

/** The width of one character in ems. */
function charWidth(char: string): number {
  let width = CHAR_WIDTHS.get(char);
  if (width === undefined) {
    // Capitals and digits run wider than lower case (DejaVu: about 0.7 and 0.64 em against 0.6).
    width = NARROW_CHARS[char] ?? WIDE_CHARS[char] ?? (/[A-Z]/.test(char) ? 0.72 : /[0-9]/.test(char) ? 0.637 : 0.62);
    CHAR_WIDTHS.set(char, width);
  }
  return width;
}

/**
 * Whether a width is within `maxWidth`. Widths added up piece by piece can differ from the width of the
 * whole in the last bits of a float; within a hair of the limit, the whole is measured, so a line breaks
 * exactly where measuring each line would break it.
 */
function fits(width: number, maxWidth: number, whole: () => number): boolean {
  return Math.abs(width - maxWidth) < 1e-6 ? whole() <= maxWidth : width <= maxWidth;
}

/**
 * Break a label into lines no wider than `maxWidth`, at spaces; a word longer than a line is cut.
 *
 * @param text The label.
 * @param maxWidth The widest a line may be, in the units `measure` returns.
 * @param measure The width of a piece of text; by default, its number of characters. It must add up: the
 *   width of two pieces joined is the sum of theirs (so each word is measured once, not each line again).
 * @returns The lines.
 */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number = (part) => part.length): string[] {
  const lines: string[] = [];
  const space = measure(' ');
  let line = '';
  let lineWidth = 0;
  for (let word of text.split(/\s+/).filter(Boolean)) {
    let wordWidth = measure(word);
    while (wordWidth > maxWidth && word.length > 1) {
      // Cut the longest head of the word that fits (at least one character, so the loop ends).
      let cut = word.length - 1;
      while (cut > 1 && measure(word.slice(0, cut)) > maxWidth) cut -= 1;
      if (line) lines.push(line);
      lines.push(word.slice(0, cut));
      word = word.slice(cut);
      wordWidth = measure(word);
      line = '';
      lineWidth = 0;
    }
    if (!line) {
      line = word;
      lineWidth = wordWidth;
    } else if (fits(lineWidth + space + wordWidth, maxWidth, () => measure(`${line} ${word}`))) {
      line += ` ${word}`;
      lineWidth += space + wordWidth;
    } else {
      lines.push(line);
      line = word;
      lineWidth = wordWidth;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Break a date into lines, at the dash of a span first ("1 September –" / "6 December 2007").
 *
 * @param when The date in words.
 * @param maxWidth The widest a line may be.
 * @param measure The width of a piece of text; by default, its number of characters.
 * @returns The lines.
 */
export function wrapWhen(when: string, maxWidth: number, measure: (text: string) => number = (part) => part.length): string[] {
  if (measure(when) <= maxWidth || !when.includes(' – ')) return wrapText(when, maxWidth, measure);
  const [first, ...rest] = when.split(' – ');
  return [...wrapText(`${first} –`, maxWidth, measure), ...wrapText(rest.join(' – '), maxWidth, measure)];
}

/**
 * Give each span a lane beside the axis so that no two bars in one lane overlap: greedily, in order of
 * first day, the lane nearest the axis whose last bar ended on an earlier day.
 *
 * @param spans Spans with first and last day, in the order to assign.
 * @returns The lane of each span, by index.
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
 * Lay the events out: one row each, top to bottom in date order, with the compressed scale described
 * at the top of this file.
 *
 * @param events Events, as `collectEvents` sorts them.
 * @param metrics The sizes of the layout.
 * @param options `shadeAfter: false` leaves the time after a publication unshaded even when the events
 *   hold just one: a page of one period of many articles, where one publication is no turning point.
 * @returns Positions of every row, bar, axis piece, gap and year label.
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
    if (days > metrics.breakAfterDays) {
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
 * last, with year ticks far enough apart for their labels.
 *
 * @param events The events.
 * @param width Width of the strip.
 * @param fontSize Font size of the tick labels.
 * @param options `months: true` adds the months to a strip of one or two years (see `months` below);
 *   their styles are in timeline-periods.css, which the period pages load.
 * @returns Tick and mark positions.
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
 *
 * @param firstYear The first year.
 * @param lastYear The last year (the axis runs to the start of the next).
 * @param width Width of the strip.
 * @param fontSize Font size of the tick labels.
 * @returns The scale.
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
