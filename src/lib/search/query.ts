/**
 * What a reader's query asks for: the words that matter, each as a concept with the other names the register
 * and `content/synonyms.yaml` give it. Pure: the build makes the term groups, the browser parses with them.
 */

/** A set of phrases that name one thing, each phrase as its {@link normalWords}. */
export type TermGroup = string[][];

/** One thing the query asks for: the words typed, and every phrase that names it (the typed one first). */
export interface Concept {
  typed: string;
  alternatives: string[][];
}

/** A query as the search runs it. */
export interface ParsedQuery {
  concepts: Concept[];
  /** Every distinct word of every alternative, to look up in the index; stop words only if nothing else. */
  words: string[];
}

/**
 * Words set aside: question words and the commonest function words, which nearly every sentence holds and
 * which say nothing of what the reader wants. Kept when a query is made of nothing else.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor of to in on at by for with from into onto about as than then so if ' +
    'is are was were be been being am do does did done has have had having can could should would will shall may might must ' +
    'what who whom whose when where why how which that this these those there here ' +
    'it its he him his she her they them their we our you your i me my ' +
    'say says said tell told really any some all also just very please ever'
  ).split(' '),
);

/**
 * A text's words as search compares them: lower case, split at anything that is not a letter or digit
 * (hyphens and dashes too), with dots inside abbreviations dropped ("U.S." is "us"), curly apostrophes
 * straightened and a possessive 's dropped.
 */
export function normalWords(text: string): string[] {
  const lowered = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    // "U.S." and "U.N." as one word each.
    .replace(/\b(\p{L})\.(?=\p{L}\b\.?)/gu, '$1')
    .replace(/(\p{L})\.(?=\s|$)/gu, '$1 ');
  const words: string[] = [];
  for (const match of lowered.matchAll(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu)) {
    const word = match[0].replace(/'s$/, '').replace(/'/g, '');
    if (word) words.push(word);
  }
  return words;
}

/** A crude English stem, for comparing a query word with a word of the text: plurals, -ed and -ing. */
export function stem(word: string): string {
  for (const [suffix, replacement] of [
    ['ies', 'y'],
    ['ing', ''],
    ['ed', ''],
    ['es', ''],
    ['s', ''],
  ] as const) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3 && !word.endsWith('ss')) return word.slice(0, -suffix.length) + replacement;
  }
  return word;
}

/**
 * How well a word of the text answers a query word: 1 for the same word or stem, 0.6 when the text's word
 * extends a query word of four letters or more (as Pagefind's prefix matching finds "sanction" in
 * "sanctioned"), else 0. Words of the text are {@link normalWords} already.
 */
export function wordMatch(queryWord: string, textWord: string): number {
  if (queryWord === textWord) return 1;
  const stemmed = stem(queryWord);
  if (stemmed === stem(textWord)) return 1;
  if (queryWord.length >= 4 && textWord.startsWith(stemmed) && textWord.length - stemmed.length <= 4) return 0.6;
  return 0;
}

/**
 * The term groups of the edition: each synonym set, and each person's name with their aliases; phrases
 * normalised, duplicates dropped, and groups that name one thing one way only left out (they change nothing).
 */
export function termGroups(synonyms: readonly (readonly string[])[], people: ReadonlyArray<{ name: string; aliases?: readonly string[] }>): TermGroup[] {
  const groups: TermGroup[] = [];
  const add = (phrases: readonly string[]) => {
    const seen = new Set<string>();
    const group: string[][] = [];
    for (const phrase of phrases) {
      const words = normalWords(phrase);
      const key = words.join(' ');
      if (words.length === 0 || seen.has(key)) continue;
      seen.add(key);
      group.push(words);
    }
    if (group.length > 1) groups.push(group);
  };
  for (const set of synonyms) add(set);
  for (const person of people) add([person.name, ...(person.aliases ?? [])]);
  return groups;
}

/**
 * Term groups as one short string for the browser (a group a line, its phrases apart by `|`, words by
 * spaces): the search script carries it, so it should cost few bytes. {@link unpackTermGroups} reads it.
 */
export function packTermGroups(groups: readonly TermGroup[]): string {
  return groups.map((group) => group.map((phrase) => phrase.join(' ')).join('|')).join('\n');
}

/** The term groups of a string {@link packTermGroups} made. */
export function unpackTermGroups(packed: string): TermGroup[] {
  return packed === '' ? [] : packed.split('\n').map((group) => group.split('|').map((phrase) => phrase.split(' ')));
}

/**
 * Read a query: its words, phrases the term groups know (the longest first, wherever they start) made one
 * concept with all their names, a compound typed with hyphens one concept, then every other word a concept
 * of its own, stop words set aside unless nothing else is left. A word that several groups hold (say "Kim"
 * and "Kim Jong Il") takes every name of every one of them.
 */
export function parseQuery(query: string, groups: readonly TermGroup[] = []): ParsedQuery {
  // Each word, and how many words the typed token it starts holds ("face-to-face" three, then 0 and 0).
  const tokens = query.split(/\s+/).map((token) => normalWords(token));
  const words = tokens.flat();
  const compound = tokens.flatMap((parts) => parts.map((_, index) => (index === 0 ? parts.length : 0)));
  const concepts: Concept[] = [];
  let at = 0;
  while (at < words.length) {
    let length = 0;
    let matched: TermGroup[] = [];
    for (const group of groups) {
      for (const phrase of group) {
        if (phrase.length < length || phrase.length > words.length - at) continue;
        if (!phrase.every((word, index) => words[at + index] === word)) continue;
        if (phrase.length > length) {
          length = phrase.length;
          matched = [group];
        } else if (!matched.includes(group)) matched.push(group);
      }
    }
    if (length > 0) {
      const typed = words.slice(at, at + length);
      const alternatives = [typed, ...matched.flat().filter((phrase) => phrase.join(' ') !== typed.join(' '))];
      concepts.push({ typed: typed.join(' '), alternatives: dedupe(alternatives) });
      at += length;
    } else if (compound[at]! > 1) {
      // A compound typed with hyphens ("war-mongers") is one concept: its words in a row, or run together.
      const typed = words.slice(at, at + compound[at]!);
      concepts.push({ typed: typed.join(' '), alternatives: [typed, [typed.join('')]] });
      at += typed.length;
    } else {
      concepts.push({ typed: words[at]!, alternatives: [[words[at]!]] });
      at += 1;
    }
  }
  // Question and stop words out, unless that leaves nothing, or the word is part of a known phrase.
  const meaningful = concepts.filter((concept) => concept.alternatives.length > 1 || !STOP_WORDS.has(concept.typed));
  const kept = meaningful.length > 0 ? meaningful : concepts;
  // The same concept typed twice counts once.
  const unique = kept.filter((concept, index) => kept.findIndex((other) => other.typed === concept.typed) === index);
  // Stop words inside a phrase ("face to face") are not looked up: nearly every record holds them.
  const all = [...new Set(unique.flatMap((concept) => concept.alternatives.flat()))];
  const looked = all.filter((word) => !STOP_WORDS.has(word));
  return { concepts: unique, words: looked.length > 0 ? looked : all };
}

function dedupe(phrases: string[][]): string[][] {
  const seen = new Set<string>();
  return phrases.filter((phrase) => {
    const key = phrase.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
