import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { collectEvents, formatWhen, type TimelineEvent } from '../../src/lib/views/timeline.ts';
import { assignLanes, describeGap, gapFor, layoutTimeline, NARROW_METRICS, WIDE_METRICS, type TimelineLayout } from '../../src/lib/views/timeline-layout.ts';
import { overviewScale } from '../../src/lib/views/timeline-overview.ts';
import { textWidth, wrapText, wrapWhen } from '../../src/lib/views/timeline-text.ts';
import { dayOf, spanOf } from '../../src/lib/calendar.ts';
import { emptyModel, type DateRecord, type EditionModel, type NoteRecord } from '../../src/lib/model/model.ts';
import { tagArticle } from '../support/pipeline.ts';

function date(id: string, words: string, startDay: string, endDay: string, value: string): DateRecord {
  return { id, text: words, value, startDay, endDay, precision: 'day', relative: false, modifier: null, block: 0, start: 0, end: 0 };
}

function noteWithEvents(id: string, events: Array<{ date: string; label: string }>): NoteRecord {
  return { id, layer: 'claim', number: 1, quote: { exact: 'x' }, body: '', events, sources: [], block: 0, start: 0, end: 0 };
}

// The op-ed's own shape: a few events years apart and a dense cluster around publication, with the
// vague dates of the text as spans that overlap it.
function model(): EditionModel {
  return {
    ...emptyModel('about-face', '2007-12-06'),
    dates: [
      date('s1--date-october-2006', 'October 2006', '2006-10-01', '2006-10-31', '2006-10'),
      date('s7--date-earlier-this-year', 'earlier this year', '2007-01-01', '2007-12-05', '2007'),
      date('s3--date-in-recent-months', 'in recent months', '2007-09-01', '2007-12-06', '2007'),
      date('s2--date-earlier-this-month', 'earlier this month', '2007-12-01', '2007-12-05', '2007-12'),
      date('s6--date-earlier-this-week', 'earlier this week', '2007-12-03', '2007-12-05', '2007-W49'),
      date('s1--date-the-end-of-2007', 'the end of 2007', '2007-12-01', '2007-12-31', '2007'),
    ],
    notes: [
      noteWithEvents('kim-title', [{ date: '1998-09-05', label: 'North Korea makes the National Defense Commission chairmanship its highest post and re-elects Kim Jong Il' }]),
      noteWithEvents('nk-test-2006', [
        { date: '2006-10-09', label: 'North Korea conducts its first nuclear test' },
        { date: '2009-05-25', label: 'North Korea conducts its second nuclear test' },
      ]),
      noteWithEvents('letter-sent', [
        { date: '2007-12-01', label: 'Bush signs letters to Kim Jong Il and the other six-party leaders' },
        { date: '2007-12-05', label: 'Christopher Hill hands Bush’s letter to Foreign Minister Pak Ui Chun in Pyongyang' },
        { date: '2007-12-06', label: 'North Korea’s news agency discloses the letter; the White House confirms it' },
      ]),
      noteWithEvents('nie-released', [{ date: '2007-12-03', label: 'Key judgments of the NIE on Iran’s nuclear program are released' }]),
      noteWithEvents('libya-success', [{ date: '2011-03', label: 'North Korea cites Libya as a warning against nuclear disarmament' }]),
      noteWithEvents('strikes', [{ date: '2025-06-21', label: 'United States bombs Iranian nuclear sites at Fordow, Natanz and Isfahan' }]),
    ],
  };
}

const events = collectEvents([{ slug: 'about-face', title: 'A Diplomatic About-Face', model: model() }]);

// Every piece of text in a layout as a box: rows (date and label), year labels and gap labels.
function textBoxes(layout: TimelineLayout): Array<{ what: string; x0: number; x1: number; y0: number; y1: number }> {
  const { metrics } = layout;
  const width = textWidth;
  const boxes = [];
  for (const row of layout.rows) {
    // From the first line's cap height to the last line's descent.
    const baselines = [...row.whenYs, ...row.lineYs];
    boxes.push({
      what: row.event.id,
      x0: layout.labelX,
      x1: Math.max(...row.whenLines.map((line) => layout.labelX + width(line, metrics.whenSize)), ...row.lines.map((line) => row.textX + width(line, metrics.labelSize))),
      y0: Math.min(...baselines) - metrics.labelSize * 0.8,
      y1: Math.max(...baselines) + metrics.labelSize * 0.25,
    });
  }
  for (const year of layout.years) boxes.push({ what: `year ${year.label}`, x0: 0, x1: width(year.label, metrics.whenSize), y0: year.y - metrics.whenSize * 0.8, y1: year.y + metrics.whenSize * 0.25 });
  for (const gap of layout.gaps) {
    boxes.push({ what: `gap ${gap.label}`, x0: layout.labelX, x1: layout.labelX + width(gap.label, metrics.whenSize), y0: gap.labelY - metrics.whenSize * 0.8, y1: gap.labelY + metrics.whenSize * 0.25 });
  }
  return boxes;
}

describe('collecting the events', () => {
  it('takes every date of the text, every note event and the publication, each linking to its place in the article', () => {
    expect(events).toHaveLength(6 + 9 + 1);
    const byId = new Map(events.map((event) => [event.id, event]));
    expect(byId.get('event-s6--date-earlier-this-week')).toMatchObject({
      kind: 'mention',
      start: '2007-12-03',
      end: '2007-12-05',
      datetime: '2007-W49',
      when: '3–5 December 2007',
      label: 'The op-ed says “earlier this week”',
      href: 'articles/about-face/#s6--date-earlier-this-week',
    });
    expect(byId.get('event-letter-sent-2')).toMatchObject({ kind: 'event', start: '2007-12-05', end: '2007-12-05', href: 'articles/about-face/#letter-sent' });
    expect(byId.get('published-about-face')).toMatchObject({ kind: 'publication', start: '2007-12-06', href: 'articles/about-face/' });
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
  });

  it('sorts by first day, longer spans first, note events before the text’s dates before the publication', () => {
    const order = events.map((event) => event.id);
    expect(order.indexOf('event-s1--date-the-end-of-2007')).toBeLessThan(order.indexOf('event-s2--date-earlier-this-month'));
    expect(order.indexOf('event-s2--date-earlier-this-month')).toBeLessThan(order.indexOf('event-letter-sent-1'));
    expect(order.indexOf('event-letter-sent-3')).toBeLessThan(order.indexOf('published-about-face'));
    const starts = events.map((event) => event.start);
    expect(starts).toEqual([...starts].sort());
  });

  it('reads a month or a year as a span and names whole months and years as such', () => {
    expect(spanOf('2011-03')).toEqual({ start: '2011-03-01', end: '2011-03-31' });
    expect(spanOf('2008-02')).toEqual({ start: '2008-02-01', end: '2008-02-29' });
    expect(spanOf('2007')).toEqual({ start: '2007-01-01', end: '2007-12-31' });
    expect(formatWhen('2006-10-01', '2006-10-31')).toBe('October 2006');
    expect(formatWhen('2007-01-01', '2007-12-31')).toBe('2007');
    expect(formatWhen('2007-12-03', '2007-12-05')).toBe('3–5 December 2007');
    expect(formatWhen('2007-01-01', '2007-12-05')).toBe('1 January – 5 December 2007');
    expect(formatWhen('2007-12-05', '2007-12-05')).toBe('5 December 2007');
  });
});

describe('the compressed scale', () => {
  it('adds space that grows with the time between dates, up to a cap', () => {
    const gaps = [1, 2, 7, 30, 365, 3650].map((days) => gapFor(days, WIDE_METRICS));
    for (let index = 1; index < gaps.length; index++) expect(gaps[index]!).toBeGreaterThanOrEqual(gaps[index - 1]!);
    expect(gaps[0]!).toBeGreaterThan(0);
    expect(gapFor(100_000, WIDE_METRICS)).toBe(WIDE_METRICS.maxGap);
  });

  it('says how long a broken gap is', () => {
    expect(describeGap(650)).toBe('21 months later');
    expect(describeGap(2600)).toBe('7 years later');
  });
});

for (const metrics of [WIDE_METRICS, NARROW_METRICS]) {
  describe(`the ${metrics.width}-unit layout`, () => {
    const layout = layoutTimeline(events, metrics);

    it('places events top to bottom in date order, later days strictly lower', () => {
      for (let index = 1; index < layout.rows.length; index++) {
        const previous = layout.rows[index - 1]!;
        const row = layout.rows[index]!;
        expect(row.markY).toBeGreaterThan(previous.markY);
        expect(row.top).toBeGreaterThanOrEqual(previous.top + previous.height);
        expect(dayOf(row.event.start)).toBeGreaterThanOrEqual(dayOf(previous.event.start));
      }
    });

    it('draws each span from the row of its first day to the row of its last, covering every event inside it', () => {
      const spans = layout.rows.filter((row) => row.event.start !== row.event.end);
      expect(spans.length).toBe(7);
      for (const span of spans) {
        expect(span.endY!).toBeGreaterThan(span.markY);
        // Rows of the span's own first day that come before it (longer spans) sit above it.
        for (const row of layout.rows.slice(layout.rows.indexOf(span) + 1)) {
          if (row.event.start <= span.event.end) {
            expect(row.markY, `${row.event.id} inside ${span.event.id}`).toBeGreaterThanOrEqual(span.markY);
            expect(row.markY, `${row.event.id} inside ${span.event.id}`).toBeLessThanOrEqual(span.endY!);
          }
        }
      }
      // "earlier this week" (3–5 December) ends level with the last event of 5 December.
      const week = spans.find((row) => row.event.id === 'event-s6--date-earlier-this-week')!;
      const handOver = layout.rows.find((row) => row.event.id === 'event-letter-sent-2')!;
      expect(week.endY).toBe(handOver.markY);
    });

    it('never draws two bars in one lane over each other', () => {
      const spans = layout.rows.filter((row) => row.lane !== undefined);
      for (const a of spans) {
        for (const b of spans) {
          if (a === b || a.lane !== b.lane) continue;
          expect(a.endY! < b.markY || b.endY! < a.markY, `${a.event.id} / ${b.event.id}`).toBe(true);
        }
        expect(a.laneX!).toBeGreaterThan(metrics.yearWidth);
        expect(a.laneX!).toBeLessThan(layout.axisX);
      }
    });

    it('lets no two pieces of text overlap, and keeps every line inside the drawing', () => {
      const boxes = textBoxes(layout);
      for (const [index, a] of boxes.entries()) {
        expect(a.x1, a.what).toBeLessThanOrEqual(layout.width);
        expect(a.y0, a.what).toBeGreaterThanOrEqual(0);
        expect(a.y1, a.what).toBeLessThanOrEqual(layout.height);
        for (const b of boxes.slice(index + 1)) {
          const apart = a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;
          expect(apart, `${a.what} overlaps ${b.what}`).toBe(true);
        }
      }
    });

    it('breaks the axis at every gap of over a year and labels it, and writes each year once', () => {
      expect(layout.gaps.map((gap) => gap.label)).toEqual(['8 years later', '17 months later', '21 months later', '14 years later']);
      expect(layout.axis.filter((piece) => piece.broken)).toHaveLength(4);
      for (let index = 1; index < layout.axis.length; index++) expect(layout.axis[index]!.y0).toBe(layout.axis[index - 1]!.y1);
      expect(layout.years.map((year) => year.label)).toEqual(['1998', '2006', '2007', '2009', '2011', '2025']);
    });

    it('shades what came after the publication', () => {
      const publication = layout.rows.find((row) => row.event.kind === 'publication')!;
      expect(layout.afterY!).toBeLessThan(publication.top);
      expect(layout.afterY!).toBeGreaterThan(layout.rows[layout.rows.indexOf(publication) - 1]!.top);
    });

    it('shades nothing when told not to (a period of an archive), and lays the rows out the same', () => {
      const unshaded = layoutTimeline(events, metrics, { shadeAfter: false });
      expect(unshaded.afterY).toBeUndefined();
      expect({ ...unshaded, afterY: layout.afterY }).toEqual(layout);
    });
  });
}

describe('wrapping and lanes', () => {
  it('wraps at spaces within the limit and cuts only a word longer than a line', () => {
    const lines = wrapText('Christopher Hill hands Bush’s letter to Foreign Minister Pak Ui Chun in Pyongyang', 200, (text) => textWidth(text, 15));
    expect(lines.join(' ')).toBe('Christopher Hill hands Bush’s letter to Foreign Minister Pak Ui Chun in Pyongyang');
    for (const line of lines) expect(textWidth(line, 15)).toBeLessThanOrEqual(200);
    expect(textWidth('mmmm', 10)).toBeGreaterThan(textWidth('iiii', 10));
    expect(wrapText('North Korea conducts its first nuclear test', 16)).toEqual(['North Korea', 'conducts its', 'first nuclear', 'test']);
    expect(wrapText('Supercalifragilistic', 8)).toEqual(['Supercal', 'ifragili', 'stic']);
    expect(wrapWhen('1 September – 6 December 2007', 20)).toEqual(['1 September –', '6 December 2007']);
  });

  it('puts a span in the lane nearest the axis that is free by its first day', () => {
    expect(
      assignLanes([
        { start: '2007-01-01', end: '2007-12-05' },
        { start: '2007-09-01', end: '2007-12-06' },
        { start: '2007-10-01', end: '2007-10-31' },
        { start: '2007-12-01', end: '2007-12-31' },
        { start: '2007-12-06', end: '2007-12-07' },
      ]),
    ).toEqual([0, 1, 2, 2, 0]);
  });
});

describe('the true-scale strip', () => {
  const strip = overviewScale(events, 360);

  it('spans whole years, with ticks far enough apart for their labels, left to right', () => {
    const half = textWidth('2000', 12) / 2;
    expect(strip.ticks[0]!.x - half).toBeGreaterThanOrEqual(0);
    expect(strip.ticks[strip.ticks.length - 1]!.x + half).toBeLessThanOrEqual(360);
    for (let index = 1; index < strip.ticks.length; index++) {
      expect(strip.ticks[index]!.x - strip.ticks[index - 1]!.x).toBeGreaterThan(4 * 12 * 0.62);
    }
  });

  it('places marks in date order and never stacks two spans over each other', () => {
    const sorted = [...events].sort((a, b) => a.start.localeCompare(b.start));
    const marks = sorted.map((event) => strip.marks[events.indexOf(event)]!);
    for (let index = 1; index < marks.length; index++) expect(marks[index]!.x0).toBeGreaterThanOrEqual(marks[index - 1]!.x0);
    const spans = strip.marks.filter((mark) => mark.row > 0);
    for (const a of spans) for (const b of spans) if (a !== b && a.row === b.row) expect(a.x1 < b.x0 || b.x1 < a.x0).toBe(true);
  });

  it('marks no months on a strip of many years, even when asked', () => {
    expect(strip.months).toEqual([]);
    expect(overviewScale(events, 360, 12, { months: true }).months).toEqual([]);
  });

  it('marks the months of a strip of one year when asked, each initial inside its month, above the years', () => {
    const year = events.filter((event) => event.start.startsWith('2007') && event.end.startsWith('2007'));
    expect(overviewScale(year, 360).months).toEqual([]);
    const months = overviewScale(year, 360, 12, { months: true });
    expect(months.months.map((month) => month.label).join('')).toBe('JFMAMJJASOND');
    const [start, end] = [months.ticks[0]!.x, months.ticks[months.ticks.length - 1]!.x];
    expect(months.months[0]!.x).toBe(start);
    for (const [index, month] of months.months.entries()) {
      const next = months.months[index + 1]?.x ?? end;
      expect(month.labelX).toBeGreaterThan(month.x + textWidth(month.label, 12) / 2);
      expect(month.labelX).toBeLessThan(next - textWidth(month.label, 12) / 2);
    }
    expect(months.monthY).toBeGreaterThan(months.axisY);
    expect(months.tickY).toBeGreaterThan(months.monthY + 12);
    expect(months.height).toBeGreaterThan(months.tickY);
  });
});

// A guard that the event list and the layout agree: one row per event.
it('gives every event exactly one row', () => {
  const layout = layoutTimeline(events, WIDE_METRICS);
  expect(layout.rows.map((row) => row.event)).toEqual(events satisfies TimelineEvent[]);
});

describe('the wording of a timeline of several articles', () => {
  it('names the article a date comes from, where the op-ed’s own timeline says “the op-ed”', async () => {
    const { model } = await tagArticle(join(process.cwd(), 'tests/fixtures/sites/many'), 'report-1');
    const one = collectEvents([{ slug: 'report-1', title: 'Report one', model }]);
    const two = collectEvents([
      { slug: 'report-1', title: 'Report one', model },
      { slug: 'report-2', title: 'Report two', model: { ...model, dates: [], notes: [] } },
    ]);
    const mentions = (events: TimelineEvent[]) => events.filter((item) => item.kind === 'mention').map((item) => item.label);
    expect(mentions(one).length).toBeGreaterThan(0);
    for (const label of mentions(one)) expect(label).toMatch(/^The op-ed says “/);
    for (const label of mentions(two)) expect(label).toMatch(/^“Report one” says “/);
  });
});
