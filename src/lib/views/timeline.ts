/**
 * The timeline's events: the dates an op-ed mentions, the events its notes describe and each article's
 * publication, collected from the model in date order. `timeline-layout.ts` lays them out as a vertical
 * SVG, `timeline-overview.ts` as a true-scale strip.
 */
import { formatDay, formatSpan } from './labels.ts';
import type { LedgerArticle } from './ledger.ts';
import { spanOf } from '../calendar.ts';
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

/** The timeline id of a date of the text: its list item's id, the fragment links to it name. */
export function dateEventId(dateId: string): string {
  return `event-${dateId}`;
}

const KIND_ORDER: Record<TimelineKind, number> = { event: 0, mention: 1, publication: 2 };

/**
 * A span of days in words, naming a whole month or year as such: "October 2006", "2007",
 * "3–5 December 2007", "9 October 2006".
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
 * "The op-ed says “…”" (`theText`, from wording.ts); with several, its article is named.
 */
export function collectEvents(articles: readonly LedgerArticle[], theText = 'the op-ed'): TimelineEvent[] {
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

/** The first and the last year the events touch (`YYYY`); empty strings for no events. */
export function yearRange(events: readonly TimelineEvent[]): { first: string; last: string } {
  if (events.length === 0) return { first: '', last: '' };
  const first = events.reduce((min, event) => (event.start < min ? event.start : min), events[0]!.start);
  const last = events.reduce((max, event) => (event.end > max ? event.end : max), events[0]!.end);
  return { first: first.slice(0, 4), last: last.slice(0, 4) };
}
