/**
 * Scoring the taggers against hand labels (precision, recall, F1; dates also by resolved interval).
 *
 * Labels say what a text contains, not where, so scoring counts: per key (a mention's text and person, or
 * a date's text) the tagger earns `min(tagged, labelled)` true positives. A tag inside a `not` phrase is a
 * false positive whatever the labels say, so a tag in the wrong place never earns a missed one's credit.
 * Mention texts compare without case, possessive or leading titles, since the registry's aliases keep
 * titles and detected names drop them; people compare by name, ASCII-folded.
 */
import { z } from 'zod';
import { dayNumber, dayOf, isoDay, isoWeekday, spanOf, weeksInIsoYear } from '../calendar.ts';

/** One labelled person mention: its text, whose it is, and how often it occurs. */
export interface PersonLabel {
  text: string;
  name: string;
  count: number;
}

/** One labelled date: its text, the days it means (ISO value or `START/END`), and how often it occurs. */
export interface DateLabel {
  text: string;
  resolved: string;
  count: number;
}

/** The labels of one text (`<name>.labels.json`). */
export interface Labels {
  people: PersonLabel[];
  dates: DateLabel[];
  /** Phrases that contain no mention and no date: anything tagged inside them is a false positive. */
  not: string[];
  /** Coreference phrases the tagger is given, as an article's annotation file would declare them. */
  coreference: Array<{ phrase: string; person: string }>;
}

const isoValue = /^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?$/;

const registerId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Unexpected person, expected a register id such as george-w-bush');

/** The schema of a labels file; `coreference` is this project's addition to the three documented keys. */
export const labelsSchema = z.strictObject({
  people: z
    .array(z.strictObject({ text: z.string().min(1), name: z.string().min(1), count: z.number().int().positive() }))
    .default([]),
  dates: z
    .array(
      z.strictObject({
        text: z.string().min(1),
        resolved: z.string().refine((value) => labelInterval(value) !== null, {
          message: 'Unexpected `resolved`, expected an ISO value (2007, 2007-12, 2007-12-03, 2007-W49) or START/END',
        }),
        count: z.number().int().positive(),
      }),
    )
    .default([]),
  not: z.array(z.string().min(1)).default([]),
  coreference: z.array(z.strictObject({ phrase: z.string().min(1), person: registerId })).default([]),
});

/** A mention as the tagger gave it, with its offsets in the article's plain text. */
export interface TaggedMention {
  text: string;
  /** The person's name (registry name, or the detected full name). */
  name: string;
  start: number;
  end: number;
}

/** A date as the tagger gave it, with its offsets and the days it resolved to (YYYY-MM-DD, inclusive). */
export interface TaggedDate {
  text: string;
  start: number;
  end: number;
  startDay: string;
  endDay: string;
}

/** Precision, recall and F1 from counts; a ratio with nothing to divide is 1 when nothing was missed or invented. */
export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

/** A key the tagger got wrong, with how many times. */
export interface Miss {
  text: string;
  name?: string;
  count: number;
}

/** How the people tags of one text score. */
export interface PeopleScore {
  /** Right text and right person. */
  score: Score;
  /** Right text, whoever the tagger said it was. */
  textOnly: Score;
  /** Tags inside a `not` phrase. */
  notHits: number;
  /** Labelled mentions the tagger did not give (strict). */
  missed: Miss[];
  /** Tags no label accounts for (strict), `not` hits included. */
  spurious: Miss[];
}

/** How the date tags of one text score. */
export interface DatesScore {
  score: Score;
  notHits: number;
  /** Matched dates whose days lie inside the labelled interval. */
  withinInterval: number;
  /** Matched dates whose days are exactly the labelled interval. */
  exactInterval: number;
  /** Matched dates that resolved outside the labelled interval: text, what the tagger said, the label. */
  wrongResolutions: Array<{ text: string; tagged: string; labelled: string }>;
  missed: Miss[];
  spurious: Miss[];
}

/** Precision, recall and F1 (0–1) with the counts; with no tags precision is 1, with no labels recall is 1. */
export function score(truePositives: number, falsePositives: number, falseNegatives: number): Score {
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, falsePositives, falseNegatives, precision, recall, f1 };
}

/** Sum the counts of several scores (micro-average) and recompute the ratios. */
export function sumScores(scores: readonly Score[]): Score {
  const total = (key: 'truePositives' | 'falsePositives' | 'falseNegatives') => scores.reduce((sum, one) => sum + one[key], 0);
  return score(total('truePositives'), total('falsePositives'), total('falseNegatives'));
}

// Titles before a name, ignored when mention texts are compared.
const TITLE_WORDS = new Set([
  'the', 'mr', 'mrs', 'ms', 'dr', 'prof', 'president', 'vice', 'secretary', 'assistant', 'deputy', 'under', 'of',
  'for', 'state', 'defense', 'national', 'security', 'adviser', 'advisor', 'ambassador', 'senator', 'sen', 'rep',
  'representative', 'governor', 'gov', 'general', 'gen', 'prime', 'foreign', 'minister', 'chairman', 'director',
  'director-general', 'special', 'envoy', 'leader', 'supreme', 'former', 'press', 'spokesman', 'ayatollah',
  'army', 'navy', 'marine', 'corps', 'air', 'force', 'brig', 'brigadier', 'maj', 'major', 'lt', 'lieutenant', 'col', 'colonel',
  'capt', 'captain', 'adm', 'admiral', 'sgt', 'sergeant', 'cpl', 'corporal', 'pfc', 'spc', 'chancellor',
  'king', 'queen', 'prince', 'sheikh', 'judge', 'justice', 'chief', 'congressman', 'congresswoman',
  'acting', 'administrator', 'commissioner', 'attorney', 'sec', 'amb', 'speaker', 'mayor', 'commander',
]);

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The form of a mention that scoring compares: `bush` for “President Bush’s”, `president` for “The president”. */
export function mentionKey(text: string): string {
  // An agency's initials before a title belong to the title: “FEMA Administrator Paulison”.
  const initials = /^\p{Lu}{2,}\s+(\p{Lu}\p{Ll}+)/u.exec(text);
  const untitled = initials && TITLE_WORDS.has(fold(initials[1]!)) ? text.slice(initials[0].length - initials[1]!.length) : text;
  const words = fold(untitled).replace(/'s?$/, '').replace(/\.(?=\s)/g, '').split(' ').filter((word) => word !== '');
  while (words.length > 1 && TITLE_WORDS.has(words[0]!)) words.shift();
  return words.join(' ');
}

/** The form of a person's name that scoring compares: ASCII letters and digits, lower case, single spaces. */
export function nameKey(name: string): string {
  return fold(name).replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Every occurrence of each `not` phrase in the text, as offsets. */
function notSpans(text: string, not: readonly string[]): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const phrase of not) {
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) spans.push({ start: at, end: at + phrase.length });
  }
  return spans;
}

function inside(tag: { start: number; end: number }, spans: ReadonlyArray<{ start: number; end: number }>): boolean {
  return spans.some((span) => span.start <= tag.start && tag.end <= span.end);
}

/** Match tagged keys against labelled keys by count. */
function matchCounts(tagged: ReadonlyMap<string, number>, labelled: ReadonlyMap<string, number>) {
  let truePositives = 0;
  const matched = new Map<string, number>();
  for (const [key, count] of tagged) {
    const hits = Math.min(count, labelled.get(key) ?? 0);
    truePositives += hits;
    matched.set(key, hits);
  }
  const taggedTotal = [...tagged.values()].reduce((sum, count) => sum + count, 0);
  const labelledTotal = [...labelled.values()].reduce((sum, count) => sum + count, 0);
  return { truePositives, falsePositives: taggedTotal - truePositives, falseNegatives: labelledTotal - truePositives, matched };
}

function countBy<T>(items: readonly T[], key: (item: T) => string, weight: (item: T) => number = () => 1): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + weight(item));
  return counts;
}

/** The first original text seen for each key, to show misses as written. */
function firstText<T>(items: readonly T[], key: (item: T) => string, text: (item: T) => string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const item of items) if (!texts.has(key(item))) texts.set(key(item), text(item));
  return texts;
}

const SEPARATOR = '\u0000';

/** Keys counted more often than matched, as misses: the first text written for each, and how many are left. */
function unmatched(counts: ReadonlyMap<string, number>, matched: ReadonlyMap<string, number>, texts: ReadonlyMap<string, string>): Miss[] {
  const misses: Miss[] = [];
  for (const [key, count] of counts) {
    const left = count - (matched.get(key) ?? 0);
    // A person's key is text and name; a date's is its text alone.
    const name = key.split(SEPARATOR)[1];
    if (left > 0) misses.push({ text: texts.get(key) ?? key, ...(name !== undefined && { name }), count: left });
  }
  return misses;
}

/** Score the person mentions of one text; `text` is the plain text the offsets and `not` phrases refer to. */
export function scorePeople(text: string, tagged: readonly TaggedMention[], labels: Pick<Labels, 'people' | 'not'>): PeopleScore {
  const excluded = notSpans(text, labels.not);
  const notHit = tagged.filter((mention) => inside(mention, excluded));
  const candidates = tagged.filter((mention) => !inside(mention, excluded));

  const strictKey = (mention: { text: string; name: string }) => `${mentionKey(mention.text)}${SEPARATOR}${nameKey(mention.name)}`;
  const textKey = (mention: { text: string }) => mentionKey(mention.text);
  const labelled = countBy(labels.people, strictKey, (label) => label.count);
  const strict = matchCounts(countBy(candidates, strictKey), labelled);
  const loose = matchCounts(countBy(candidates, textKey), countBy(labels.people, textKey, (label) => label.count));

  const missed = unmatched(labelled, strict.matched, firstText(labels.people, strictKey, (label) => label.text));
  const spurious = unmatched(countBy(candidates, strictKey), strict.matched, firstText(candidates, strictKey, (mention) => mention.text));
  for (const [key, count] of countBy(notHit, strictKey)) {
    spurious.push({ text: `${firstText(notHit, strictKey, (mention) => mention.text).get(key)} (inside a \`not\` phrase)`, name: key.split(SEPARATOR)[1], count });
  }

  return {
    score: score(strict.truePositives, strict.falsePositives + notHit.length, strict.falseNegatives),
    textOnly: score(loose.truePositives, loose.falsePositives + notHit.length, loose.falseNegatives),
    notHits: notHit.length,
    missed,
    spurious,
  };
}

/** Score the dates of one text: detection by text, then resolution of the matched ones. */
export function scoreDates(text: string, tagged: readonly TaggedDate[], labels: Pick<Labels, 'dates' | 'not'>): DatesScore {
  const excluded = notSpans(text, labels.not);
  const notHit = tagged.filter((date) => inside(date, excluded));
  const candidates = tagged.filter((date) => !inside(date, excluded));
  const key = (date: { text: string }) => fold(date.text);
  const labelled = countBy(labels.dates, key, (label) => label.count);
  const counts = matchCounts(countBy(candidates, key), labelled);

  let withinInterval = 0;
  let exactInterval = 0;
  const wrongResolutions: DatesScore['wrongResolutions'] = [];
  const used = new Map<string, number>();
  for (const date of candidates) {
    const k = key(date);
    const seen = used.get(k) ?? 0;
    if (seen >= (counts.matched.get(k) ?? 0)) continue;
    used.set(k, seen + 1);
    const label = labels.dates.find((candidate) => key(candidate) === k);
    const interval = label && labelInterval(label.resolved);
    if (!label || !interval) continue;
    if (interval.start <= date.startDay && date.endDay <= interval.end) withinInterval++;
    else wrongResolutions.push({ text: date.text, tagged: `${date.startDay}/${date.endDay}`, labelled: label.resolved });
    if (interval.start === date.startDay && interval.end === date.endDay) exactInterval++;
  }

  const missed = unmatched(labelled, counts.matched, firstText(labels.dates, key, (label) => label.text));
  const spurious = unmatched(countBy(candidates, key), counts.matched, firstText(candidates, key, (date) => date.text));
  for (const date of notHit) spurious.push({ text: `${date.text} (inside a \`not\` phrase)`, count: 1 });

  return {
    score: score(counts.truePositives, counts.falsePositives + notHit.length, counts.falseNegatives),
    notHits: notHit.length,
    withinInterval,
    exactInterval,
    wrongResolutions,
    missed,
    spurious,
  };
}

/** The first and last day of one ISO value (`2007`, `2007-12`, `2007-12-03`, `2007-W49`), or null. */
function valueInterval(value: string): { start: string; end: string } | null {
  if (!isoValue.test(value)) return null;
  const year = Number(value.slice(0, 4));
  const week = /-W(\d{2})$/.exec(value);
  if (week) {
    const number = Number(week[1]);
    if (number < 1 || number > weeksInIsoYear(year)) return null;
    // ISO week 1 is the week holding 4 January.
    const january4 = dayNumber(year, 1, 4);
    const monday = january4 - isoWeekday(january4) + 1 + (number - 1) * 7;
    return { start: isoDay(monday), end: isoDay(monday + 6) };
  }
  const [, month, day] = value.split('-').map(Number);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && isoDay(dayOf(value)) !== value) return null;
  return spanOf(value);
}

/**
 * The days a label's `resolved` means, as YYYY-MM-DD: one ISO value's whole span, or `START/END` from
 * START's first day to END's last; null for any other form, or an interval that ends before it starts.
 */
export function labelInterval(resolved: string): { start: string; end: string } | null {
  const parts = resolved.trim().split('/');
  if (parts.length > 2) return null;
  const first = valueInterval(parts[0]!);
  const last = valueInterval(parts[1] ?? parts[0]!);
  if (!first || !last || last.end < first.start) return null;
  return { start: first.start, end: last.end };
}
