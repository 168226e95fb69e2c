/**
 * Days found by chrono-node (written dates, weekdays, "yesterday"), fitted to the edition's boundaries and
 * values. Periods stay with the edition's rules, which read the context a bare month or year needs.
 */
import * as chrono from 'chrono-node';
import { calendarDay, dayNumber, isoDay, isoWeekday, WEEKDAY_NAMES } from '../calendar.ts';
import { clauseTense } from './date-tense.ts';
import { tagsOf } from './people-words.ts';
import { dayPeriod, describeDay, matchBefore, occurrence, resolved, spanPeriod, whichOf, type Found } from './date-periods.ts';

// chrono's English parser without what the edition's rules read better or not at all: times of day, durations
// and counts ("in 3 days", "last week", "two years ago"), months alone, a month and year slashed ("12/07"), and the
// refiners that join a day to the relative phrase or time beside it.
const LEFT_OUT = new Set([
  'ENTimeExpressionParser', 'ENTimeUnitWithinFormatParser', 'ENTimeUnitLaterFormatParser',
  'ENTimeUnitCasualRelativeFormatParser', 'ENRelativeDateFormatParser', 'ENTimeUnitAgoFormatParser',
  'ENEndOfCurrentMonthParser', 'ENSlashMonthFormatParser', 'ENMonthNameParser',
  'ENMergeRelativeAfterDateRefiner', 'ENMergeRelativeFollowByDateRefiner', 'ENEndOfPeriodRefiner',
]);
const parser = chrono.casual.clone();
const kept = <T extends object>(parts: T[]) => parts.filter((part) => !LEFT_OUT.has(part.constructor.name));
const found = new Set([...parser.parsers, ...parser.refiners].map((part) => part.constructor.name));
// An upgrade that renames a part would otherwise keep it in silence.
for (const name of LEFT_OUT) if (!found.has(name)) throw new Error(`chrono-node has no part ${name} to leave out; check the upgrade`);
parser.parsers = kept(parser.parsers);
parser.refiners = kept(parser.refiners);

// A time of day is no part of the phrase ("March 2, 2007 at 3:35 P.M. EST"), nor is a line after it.
const TIME_OR_LINE = /,?\s+(?:at\s+)?\d{1,2}(?::\d{2}|\s*[ap]\.?m\.?)|\n/i;
// Durations and story-relative counts ("in 3 days", "three months later") are not days of the calendar,
// and a time or part of day alone ("Now", "Good afternoon") names no day.
const NOT_A_DAY = /\b(?:in|within|for|after|later|hours?|minutes?|seconds?|days|weeks?|months?|years?)\b|^(?:now|noon|midnight|morning|afternoon|evening|night)$/i;

const dayOf = (date: Date) => dayNumber(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());

// Days of one month listed or joined ("December 2nd and 3rd", "May 3, 4 and 5", "March 5 through 9, 2007") are the
// range chrono reads with "to". A bare last number must end the phrase, so "December 2 and 3 people" is no pair.
const DAY_PAIR = /(\b[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?)((?:,\s*\d{1,2}(?:st|nd|rd|th)?)*,?\s+(?:and|or|through|until|till)\s+)(?=\d{1,2}(?:st|nd|rd|th|,?\s+\d{4}|\s*[.,;:)]|$))/g;

/**
 * The days chrono finds in `text`, resolved against day number `published`, as candidates for `dates.ts` to
 * choose among. A written date whose weekday is wrong comes back impossible.
 */
export function chronoDays(text: string, published: number): Found[] {
  // Each change keeps the text's length, so offsets stay: dashes become hyphens ("December 3–5" is a range), a part
  // of the day ends at a stop ("Good morning. Sunday, …" is no Sunday morning), and a comma before a small number is
  // no year's ("December 2, 15 people").
  const read = text
    .replace(/[–—]/g, '-')
    .replace(/\b(morning|afternoon|evening|night)[.,](?=\s)/gi, '$1;')
    .replace(DAY_PAIR, (_, day: string, joiner: string) => day + ' to'.padEnd(joiner.length))
    .replace(/,(?<=\d(?:st|nd|rd|th)?,)(?=\s*\d{1,2}(?![\d:]))/g, ';');
  const results = parser.parse(read, { instant: new Date(`${isoDay(published)}T12:00:00Z`), timezone: 0 });
  return results.flatMap(({ index, text: found, start, end }): Found[] => {
    let phrase = text.slice(index, index + found.length);
    const cut = phrase.search(TIME_OR_LINE);
    const lead = /^(?:on|in|at|by|since|until|from|of)\s+/i.exec(phrase)?.[0].length ?? 0;
    phrase = phrase.slice(lead, cut < 0 ? undefined : cut).replace(/[\s,;:]+$/, '');
    // "today evening" is today; only "yesterday" and "tomorrow" take a part of the day.
    phrase = phrase.replace(/^(today|tonight|this\s+(?:morning|afternoon|evening))\s.*$/is, '$1');
    // A time before the day is no part of it either ("midnight on Sunday", "noon tomorrow").
    const time = /^(?:midnight|noon|midday)\s+(?:on\s+)?/i.exec(phrase)?.[0].length ?? 0;
    phrase = phrase.slice(time);
    let offset = index + lead + time;
    const after = text.slice(offset + phrase.length);
    const dayKnown = start.isCertain('day');
    const weekdayOnly = start.isCertain('weekday') && !dayKnown;
    // A slashed day names its year ("2/24/04"): "9/11" is no day of this year.
    if (phrase.includes('/') && !start.isCertain('year')) return [];
    // Months are capitalised ("this may 2.1" is no day), and a day is no part of a decimal ("5.2 may").
    if (/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/.test(phrase) || matchBefore(/\d\.$/, text, index) !== null || /^\.\d/.test(text.slice(index + found.length))) return [];
    if (cut === 0 || (NOT_A_DAY.test(phrase) && !/^(?:the\s+day|yesterday|tomorrow|tonight|today|last\s+night)/i.test(phrase))) return [];
    // A number before a unit of time counts it ("in November, 10 years after").
    if (/\d$/.test(phrase) && /^\s+(?:days|weeks|months|years)\b/i.test(after)) return [];
    // A day inside a name is no day: a day word capitalised after a word ("USA Today", "the Party of Tomorrow"), unless
    // all words before it on the line are capitalised, as in a headline; or a written day between "the" and a
    // capitalised word that ends a name ("the March 14th Movement marched"), not one that qualifies a noun after it.
    const headline = matchBefore(/(?:^|\n)(?:\p{Lu}\S*\s+)+$/u, text, offset) !== null;
    if (/^(?:Today|Tonight|Tomorrow|Yesterday)$/.test(phrase) && matchBefore(/\p{L}\s+$/u, text, offset) !== null && !headline) return [];
    const [following, next = 'of'] = /^\s+\p{Lu}\p{Ll}+(?:\s+(\p{Ll}+))?/u.exec(after) ?? [];
    const nameEnds = !tagsOf(next).has('Gerund') && (/ed$/.test(next) || ['Preposition', 'Conjunction', 'Determiner', 'Verb'].some((tag) => tagsOf(next).has(tag)));
    if (/^\p{Lu}/u.test(phrase) && dayKnown && following && nameEnds && matchBefore(/\bthe\s+$/i, text, offset) !== null) return [];
    // So is a weekday after a capitalised adjective ("Good Friday", "Super Tuesday"), but for "Early" and "Late", and
    // unless the adjective ends a name ("Gordon Brown Monday"), after a capitalised word that is no preposition.
    const [, name = 'on', named = 'early'] = matchBefore(/(?<!\p{L})(?:(\p{Lu}\p{Ll}*)\s+)?(\p{Lu}\p{Ll}+)\s+$/u, text, offset) ?? [];
    const adjective = !/^(?:early|late)$/i.test(named) && tagsOf(named.toLowerCase()).has('Adjective');
    if (weekdayOnly && adjective && ['Preposition', 'Determiner'].some((tag) => tagsOf(name.toLowerCase()).has(tag))) return [];
    // A weekday alone is capitalised ("he sat down" names no Saturday) and keeps a part of the day after it ("Monday
    // night"); a part of the day alone needs "this".
    if (weekdayOnly ? !/\b\p{Lu}\p{Ll}+\.?(?:\s+(?:morning|afternoon|evening|night))?$/u.test(phrase) : !dayKnown && !/^this\b/i.test(phrase)) return [];
    // "the 3rd of December", "this past Monday" and "this coming Monday": chrono leaves the first words outside.
    const extra = /^(?:\d|past\b)/i.test(phrase) ? matchBefore(/\b(?:the|this)\s+$/i, text, offset) : matchBefore(/\bthis\s+coming\s+$/i, text, offset);
    if (extra) [offset, phrase] = [offset - extra[0].length, extra[0] + phrase];
    const n = dayOf(start.date());
    const relative = !/\b\d{4}\b|\/\d{2}$/.test(phrase);
    const weekday = ((start.get('weekday') ?? 0) + 6) % 7 + 1;
    if (dayKnown && start.isCertain('weekday') && weekday !== isoWeekday(n)) {
      const { year, month, day } = calendarDay(n);
      return [{ offset, text: phrase, outcome: { impossible: `${describeDay(relative ? null : year, month, day)} was a ${WEEKDAY_NAMES[isoWeekday(n) - 1]}, not a ${WEEKDAY_NAMES[weekday - 1]}` } }];
    }
    if (!weekdayOnly) {
      const last = end && dayKnown ? dayOf(end.date()) : null;
      // A range that runs backwards ("December 5–3") is no span of days.
      if (last !== null && last < n) return [];
      return [{ offset, text: phrase, outcome: resolved(last !== null ? spanPeriod(n, last) : dayPeriod(n), relative) }];
    }
    // A weekday alone points by its clause's tense, and back (the news default) when it says nothing.
    const word = /^(this\s+past|this\s+coming|last|this|next)\s/i.exec(phrase)?.[1];
    const days = [-14, -7, 0, 7, 14].map((week) => dayPeriod(published - isoWeekday(published) + weekday + week));
    const target = occurrence(days, word === undefined ? (clauseTense(text, offset, offset + phrase.length) ?? 'past') : whichOf(word), published);
    return target ? [{ offset, text: phrase, outcome: resolved(target, true) }] : [];
  });
}
