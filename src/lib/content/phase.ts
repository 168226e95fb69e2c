/**
 * Then and later sit on the right side of the publication day. When it is a range (`publishedCertainty`),
 * both sides count from its earliest day: the piece may have gone out on it, so "known then" is only what
 * was public by then, and news inside the window is later.
 */
import { findDates } from '../tagging/dates.ts';
import { spanOf } from '../calendar.ts';
import type { Article, Note } from './schema.ts';

/** The days the op-ed may have appeared on, YYYY-MM-DD, inclusive. */
export interface PublicationWindow {
  earliest: string;
  latest: string;
}

export interface PhaseProblem {
  path: Array<string | number>;
  reason: string;
  ruleId: string;
  hint: string;
}

/** The days the article may have appeared on: its `publishedCertainty` range, or its one day. */
export function publicationWindow(article: Pick<Article, 'published' | 'publishedCertainty'>): PublicationWindow {
  const certainty = article.publishedCertainty;
  return certainty ? { earliest: certainty.earliest, latest: certainty.latest } : { earliest: article.published, latest: article.published };
}

/**
 * Check a note's events, knownThen and knownLater against the window: `then` events may not start after
 * its earliest day, `later` events may not end before it, knownThen may name no later date, and knownLater
 * not only earlier days. Relative dates ("the next day") are ignored: they count from another date.
 * Each problem's path is below `notes.<index>`.
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
