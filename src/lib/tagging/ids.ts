/**
 * Ids for what readers link to, made from a thing's own words, never its position: editing one sentence
 * leaves every other sentence's id, and every link to it, as it was.
 */

// Letters that Unicode decomposition does not reduce to ASCII.
const LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D',
  þ: 'th', Þ: 'TH', ı: 'i',
};

// Articles carry no meaning in an id and would only use up its few words.
const ARTICLES = new Set(['a', 'an', 'the']);

// How many words of the sentence an id starts with, and the length that makes a sixth or fifth word too many.
const MOST_WORDS = 6;
const FEWEST_WORDS = 4;
const LONGEST_SLUG = 40;

const FOUR_BASE36_DIGITS = 36 ** 4;

/** The words of `text`, ASCII-folded and lower-cased: accents, apostrophes and quotes gone, dashes as breaks. */
function asciiWords(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæÆœŒøØłŁđĐðÐþÞı]/gu, (letter) => LETTERS[letter] ?? letter)
    // "Korea’s" should read "koreas", not "korea-s".
    .replace(/['’‘ʼ`]/gu, '')
    .toLowerCase();
  return folded.split(/[^a-z0-9]+/).filter((word) => word !== '');
}

/** Kebab-case ASCII slug of any text; empty if it has no letters or digits. */
export function slugify(text: string): string {
  return asciiWords(text).join('-');
}

/** Stable 32-bit FNV-1a hash of the text's UTF-8 bytes (as other implementations give it), in base 36. */
export function hashText(text: string): string {
  return fnv1a(text).toString(36);
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * A sentence's id, such as `bush-once-called-him-pygmy-3k9f`: the slug of its first words, then four
 * base-36 characters of its hash, so two sentences that open alike still differ. `scope` ('' for the first
 * edition's ids) is hashed too.
 */
export function claimId(sentence: string, scope = ''): string {
  const normalised = sentence.replace(/\s+/g, ' ').trim();
  const words = asciiWords(normalised).filter((word) => !ARTICLES.has(word));
  let lead = words.slice(0, MOST_WORDS);
  while (lead.length > FEWEST_WORDS && lead.join('-').length > LONGEST_SLUG) lead = lead.slice(0, -1);
  // The scope keeps two articles that share a sentence from sharing its id.
  const hash = (fnv1a(scope === '' ? normalised : `${scope}\u001f${normalised}`) % FOUR_BASE36_DIGITS).toString(36).padStart(4, '0');
  // A sentence with no letters or digits (a lone dash, say) still needs a readable start.
  const slug = lead.length > 0 ? lead.join('-') : 'claim';
  return `${slug}-${hash}`;
}

/** The id prefix of a block outside every sentence (a heading), scoped like claim ids; `block` counts from 0. */
export function blockId(scope: string, block: number): string {
  return `${scope === '' ? '' : `${scope}-`}block-${block + 1}`;
}

/** `id` if free in `taken`, else the first free `id-2`, `id-3` …; the result is added to `taken`. */
export function uniqueId(id: string, taken: Set<string>): string {
  let candidate = id;
  if (taken.has(candidate)) {
    // Ids are only ever added to `taken`, so the suffixes below the last one reached are still taken: start
    // there, and a text repeating one sentence thousands of times stays linear.
    let next = nextSuffix.get(taken);
    if (!next) nextSuffix.set(taken, (next = new Map()));
    let suffix = next.get(id) ?? 2;
    do candidate = `${id}-${suffix++}`;
    while (taken.has(candidate));
    next.set(id, suffix);
  }
  taken.add(candidate);
  return candidate;
}

/** For each set of taken ids, the next suffix to try per id (see {@link uniqueId}). */
const nextSuffix = new WeakMap<Set<string>, Map<string, number>>();
