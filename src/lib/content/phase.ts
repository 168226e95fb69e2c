/**
 * Then and later: what a note says was known when the op-ed appeared, and what happened afterwards, must
 * sit on the right side of its publication day. When the publisher printed no date the day is a range
 * (`publishedCertainty`), and both sides are taken from its earliest possible day: "known then" is only
 * what was public on or before that day, since the piece may have gone out on it; what came inside the
 * window may be later news, never earlier. "Before publication", for knownLater, is before that day too.
 */
import { findDates } from '../tagging/dates.ts';
import { spanOf } from '../calendar.ts';
import type { Article, Note } from './schema.ts';

/** Which side of the publication day an event falls on. */
export type Phase = 'then' | 'later';

/** The days the op-ed may have appeared on, YYYY-MM-DD, inclusive. */
export interface PublicationWindow {
  earliest: string;
  latest: string;
}

/** A phase problem in one note: the YAML path it concerns, and the message parts. */
export interface PhaseProblem {
  path: Array<string | number>;
  reason: string;
  ruleId: string;
  hint: string;
}

/**
 * The publication window of an article: its `publishedCertainty` range, or its one day.
 *
 * @param article The article's frontmatter.
 * @returns The earliest and latest possible days.
 */
export function publicationWindow(article: Pick<Article, 'published' | 'publishedCertainty'>): PublicationWindow {
  const certainty = article.publishedCertainty;
  return certainty ? { earliest: certainty.earliest, latest: certainty.latest } : { earliest: article.published, latest: article.published };
}

/**
 * The phase a date falls in when a note does not give one: later when it starts after the earliest
 * possible publication day, then otherwise.
 *
 * @param date YYYY-MM-DD, YYYY-MM or YYYY.
 * @param window The publication window.
 * @returns `then` or `later`.
 */
export function derivePhase(date: string, window: PublicationWindow): Phase {
  return spanOf(date).start > window.earliest ? 'later' : 'then';
}

/**
 * Check one note's events and its knownThen / knownLater text against the publication window.
 *
 * - An event marked `then` must not start after the earliest possible publication day.
 * - An event marked `later` must not end before the earliest possible publication day.
 * - knownThen must not name a day (or month, or year) that starts after the earliest possible publication day.
 * - knownLater must not be dated only by days before publication: when every exact day it names falls before
 *   the earliest possible publication day, it repeats what was known then.
 *
 * Dates in the text are found by the same date tagger the article uses; phrases that need the publication
 * day to resolve ("the next day") are ignored, since they count from another date.
 *
 * @param note The note.
 * @param window The publication window of its article.
 * @param published The article's publication day (for the date tagger).
 * @returns Problems, each with the YAML path below `notes.<index>` that it concerns.
 */
export function checkNotePhases(note: Note, window: PublicationWindow, published: string): PhaseProblem[] {
  const problems: PhaseProblem[] = [];
  note.events.forEach((event, index) => {
    const span = spanOf(event.date);
    if (event.phase === 'then' && span.start > window.earliest) {
      problems.push({
        path: ['events', index, 'phase'],
        reason: `Unexpected phase \`then\` for the event of ${event.date} in note \`${note.id}\`, expected \`later\`: it falls after ${window.earliest}, the earliest possible publication day`,
        ruleId: 'annotate/phase-then-after-publication',
        hint: 'Mark the event `phase: later` (or leave the phase out to derive it from the date), and tell it in knownLater.',
      });
    }
    if (event.phase === 'later' && span.end < window.earliest) {
      problems.push({
        path: ['events', index, 'phase'],
        reason: `Unexpected phase \`later\` for the event of ${event.date} in note \`${note.id}\`, expected \`then\`: it falls before ${window.earliest}, the earliest possible publication day`,
        ruleId: 'annotate/phase-later-before-publication',
        hint: 'Mark the event `phase: then` (or leave the phase out), and tell it in knownThen: it was known when the op-ed appeared.',
      });
    }
  });
  const absolute = (text: string) => findDates(text, published).filter((mention) => !mention.relative);
  if (note.knownThen !== undefined) {
    for (const mention of absolute(note.knownThen)) {
      if (mention.start > window.earliest) {
        problems.push({
          path: ['knownThen'],
          reason: `Unexpected “${mention.text}” in knownThen of note \`${note.id}\`, expected only what was known by ${window.earliest}, the earliest possible publication day`,
          ruleId: 'annotate/known-then-after-publication',
          hint: 'Move what happened after publication to knownLater.',
        });
      }
    }
  }
  if (note.knownLater !== undefined) {
    const days = absolute(note.knownLater).filter((mention) => mention.precision === 'day');
    if (days.length > 0 && days.every((mention) => mention.end < window.earliest)) {
      problems.push({
        path: ['knownLater'],
        reason: `Unexpected knownLater of note \`${note.id}\` dated only before publication (${days.map((mention) => `“${mention.text}”`).join(', ')}), expected what happened from ${window.earliest} on`,
        ruleId: 'annotate/known-later-before-publication',
        hint: 'Move what was known by publication to knownThen, and say in knownLater what happened next.',
      });
    }
  }
  return problems;
}
