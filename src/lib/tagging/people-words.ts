/** The words of a text as the people rules see them, with what compromise's lexicon knows of each. */
import englishWordList from 'an-array-of-english-words/index.json' with {type: 'json'};
import nlp from 'compromise';
import {splitSentences} from './sentences.ts';

/** One place where a text names a person. */
export interface PersonMention {
  /** The text as it stands; a possessive suffix stays outside (`Bush’s` is tagged `Bush`). */
  text: string;
  /** UTF-16 index into the input: `text === input.slice(offset, offset + text.length)`. */
  offset: number;
  /** The registry id, or `unregistered-<slug>` for a person the registry lacks. */
  person: string;
  registered: boolean;
  /** `inferred`: a role ("the President") read as the one person named with that title, for an editor to confirm. */
  via: 'name' | 'alias' | 'coreference' | 'detected' | 'inferred';
  /** For a person the registry lacks, the fullest name the text has given so far ("John Warner" for "Warner"). */
  name?: string;
}

/** Nouns that make a name before them a modifier, not a mention ("the Bush administration"); plurals count. */
export const institutionNouns: readonly string[] = [
  'administration', 'doctrine', 'regime', 'government', 'White House', 'era', 'team', 'family', 'dynasty', 'years',
  'presidency', 'policy', 'camp', 'campaign',
];

/** The id of a person the registry lacks: `unregistered-condoleezza-rice` for `Condoleezza Rice`. */
export const unregisteredPersonId = remembered((name: string): string => {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // A name in a script with no ASCII letters still needs a stable, distinct id.
  const fallback = Array.from(name.trim(), (character) => character.codePointAt(0)?.toString(16)).join('-');
  return `unregistered-${slug || fallback}`;
});

export interface Span {
  start: number;
  end: number;
}

// Letters, digits and underscores continue a word; apostrophes and hyphens do not, so possessives
// ("Bush’s") and compounds ("Kim Jong Il—Bush") still match.
export const wordStart = '(?<![\\p{L}\\p{N}_])';
export const wordEnd = '(?![\\p{L}\\p{N}_])';

const institutionPattern = new RegExp(
  `(?:\\s+|-)(?:${institutionNouns.map(nounPattern).join('|')})${wordEnd}`,
  'iuy',
);

function nounPattern(noun: string): string {
  const words = escapeRegExp(noun).replace(/ /g, '\\s+');
  return words.endsWith('y') ? `${words.slice(0, -1)}(?:y|ies)` : `${words}s?`;
}

export function escapeRegExp(value: string): string {
  // Only syntax characters: the `u` flag rejects needless escapes such as `\-`.
  return value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export function isInstitutionModifier(text: string, end: number): boolean {
  institutionPattern.lastIndex = end;
  const match = institutionPattern.exec(text);
  // Across a line end only in wrapped prose, not into the capitalised next line of an index ("Myers⏎Policies").
  return match !== null && !/\n\s*\p{Lu}/u.test(match[0]);
}

/** Whether a comma and a state, region or country end the phrase at `end` ("Crawford, Texas."): it names a town. */
export function isBeforeRegion(text: string, end: number): boolean {
  const region = /^,[^\S\n]+(\p{Lu}\p{L}+)(?=[,.;:)]|\s*$|\n)/u.exec(text.slice(end, end + 40))?.[1];
  return region !== undefined && ['Region', 'Country'].some((tag) => tagsOf(region).has(tag));
}

// Forms of address that say whether a man or a woman is meant.
const addressGender: Readonly<Record<string, 'MaleName' | 'FemaleName'>> = {
  mr: 'MaleName', sir: 'MaleName', mrs: 'FemaleName', ms: 'FemaleName', miss: 'FemaleName', madam: 'FemaleName', madame: 'FemaleName', lady: 'FemaleName',
};

/**
 * Whether the form of address before a registered surname names someone else of that name: "Mrs. Bush" is not
 * George W. Bush, whose given name compromise knows as a man's, nor "Mr. Rice" Condoleezza Rice.
 */
export function addressesOther(text: string, offset: number, name: string): boolean {
  const address = /(\p{L}+)\.?[^\S\n]+$/u.exec(text.slice(Math.max(0, offset - 10), offset))?.[1]?.toLowerCase();
  const gender = address === undefined ? undefined : addressGender[address];
  if (gender === undefined) return false;
  const given = tagsOf(name.split(/\s+/u)[0] ?? '');
  return given.has(gender === 'MaleName' ? 'FemaleName' : 'MaleName') && !given.has(gender);
}

export function spanOf(mention: {offset: number; text: string}): Span {
  return {start: mention.offset, end: mention.offset + mention.text.length};
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * A spelling-blind key for a name, so that transliterations meet ("Gadhafi", "Qaddafi", "Kadafi" → `kdf`;
 * "Ahmadi-Nejad", "Ahmadinejad"): ASCII letters, the first kept, then consonants only, with q, c and g read as
 * k and doubled letters single. Empty for names under five letters, where such keys would collide.
 */
export const skeleton = remembered((name: string): string => {
  const letters = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
  if (letters.length < 5) return '';
  return (letters.charAt(0) + letters.slice(1).replace(/ph/g, 'f').replace(/[aeiouyhw]/g, ''))
    .replace(/[qgc]/g, 'k')
    .replace(/(.)\1+/g, '$1');
});

/**
 * A pure look-up, remembered per word: the same words recur through a text and an archive. Past `limit` answers
 * the oldest is forgotten, so a look-up per article or per list stays small however many articles pass.
 */
export function remembered<T>(lookUp: (word: string) => T, limit = Infinity): (word: string) => T {
  const known = new Map<string, T>();
  return (word) => {
    let value = known.get(word);
    if (value === undefined && !known.has(word)) known.set(word, (value = lookUp(word)));
    if (known.size > limit) known.delete(known.keys().next().value!);
    return value as T;
  };
}

export interface Token {
  /** The word without a possessive suffix. */
  core: string;
  start: number;
  /** End of `core`, so a possessive suffix stays outside the mention. */
  end: number;
  /** End of the whole word (a possessive included). */
  termEnd: number;
  /** What compromise's lexicon knows the word as, with the tags those imply (`MaleName` → `FirstName`…). */
  tags: ReadonlySet<string>;
  possessive: boolean;
  sentenceStart: boolean;
  /** Whether its sentence is set in title case, like a headline, where verbs are capitalised too. */
  headline: boolean;
  hyphenated: boolean;
}

const model = readModel();
const {lexicon, phrases, phraseLengths} = model;
export const {abbreviations, organisationWords, placeWords, personSwitches, surnameTags, givenNameTags} = model;

// Words that extend a title ("Secretary of State") without being part of the name after it.
export const titleQualifiers: ReadonlySet<string> = new Set([
  'of', 'the', 'for', 'state', 'defense', 'defence', 'treasury', 'energy', 'homeland', 'security', 'foreign',
  'affairs', 'national', 'adviser', 'advisor', 'deputy', 'assistant', 'under', 'vice', 'prime', 'supreme',
  'leader', 'general', 'special', 'central', 'intelligence', 'budget', 'management', 'spokesman', 'spokeswoman',
]);
// Titles compromise knows neither as an honorific nor by its rules ("Senator Warner", "Sheikh Ahmed").
const titlesBeyondLexicon = new Set([
  'senator', 'representative', 'governor', 'ambassador', 'envoy', 'premier', 'ayatollah', 'sheikh', 'imam', 'mullah',
  'pope', 'cardinal', 'col', 'madam', 'madame',
]);

/**
 * A word that makes the capitalised word after it a name: an honorific of compromise's lexicon ("Dr.", "Gen.",
 * "Lieutenant General") or one it lacks. With `beforeName`, also a word compromise's rules read as an honorific
 * only before a name ("General McNeill", not "General Assembly"; "Sergeant", "Private").
 */
export function isTitleWord(word: string, beforeName = false): boolean {
  const key = lexiconKey(word).replace(/\.$/u, '');
  return tagsOf(key).has('Honorific') || titlesBeyondLexicon.has(key) || (beforeName && model.honorificWords.has(key));
}

/**
 * The words of a text with their lexicon tags. Inner apostrophes ("O’Brien") and an abbreviation's dots ("U.S")
 * stay inside a word; a hyphen splits a compound ("Moo-hyun") and marks the first part, as compromise does.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(tokenPattern)) {
    const raw = match[0];
    const start = match.index;
    const core = raw.replace(/['’]s$/u, '');
    const termEnd = start + raw.length;
    tokens.push({
      core,
      start,
      end: start + core.length,
      termEnd,
      // Every rule reads the lexicon for capitalised words only; most words are not, and skip the look-up.
      tags: isCapitalized(core) ? tagsOf(core) : noTags,
      possessive: termEnd !== start + core.length,
      sentenceStart: false,
      headline: false,
      hyphenated: text.charAt(termEnd) === '-' && /^[\p{L}\p{N}]/u.test(text.charAt(termEnd + 1)),
    });
  }
  markPhrases(text, tokens);
  markSentences(text, tokens);
  return tokens;
}

const tokenPattern = /\p{L}(?:\.\p{L})+(?![\p{L}\p{M}\p{N}])|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

/** Give the words of a phrase the lexicon knows as a whole ("North Korea", "Goldman Sachs") its tags. */
function markPhrases(text: string, tokens: Token[]): void {
  tokens.forEach((token, index) => {
    if (!isCapitalized(token.core)) return;
    let key = lexiconKey(token.core);
    const longest = phraseLengths.get(key);
    if (longest === undefined) return;
    for (let next = index + 1; next < index + longest && next < tokens.length; next += 1) {
      const word = tokens[next]!;
      const gap = text.slice(tokens[next - 1]!.termEnd, word.start);
      if (gap !== '-' && !/^[^\S\n]+$/u.test(gap)) return;
      key += ` ${lexiconKey(word.core)}`;
      const tags = phrases.get(key);
      if (tags === undefined) continue;
      for (const covered of tokens.slice(index, next + 1)) covered.tags = new Set([...covered.tags, ...tags]);
    }
  });
}

/** Mark each sentence's first word, and the words of sentences set in title case. */
function markSentences(text: string, tokens: Token[]): void {
  let index = 0;
  for (const sentence of splitSentences(text)) {
    const end = sentence.offset + sentence.text.length;
    while (index < tokens.length && tokens[index]!.end <= sentence.offset) index += 1;
    const first = index;
    while (index < tokens.length && tokens[index]!.start < end) index += 1;
    const words = tokens.slice(first, index);
    const opening = words[0];
    if (opening) opening.sentenceStart = true;
    // In running text some word of four letters or more is lowercase ("said", "with"); in a headline none is.
    const headline = words.length > 1 && !words.some((word) => word.core.length >= 4 && /^\p{Ll}/u.test(word.core));
    if (headline) for (const word of words) word.headline = true;
  }
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

export function isAcronym(word: string): boolean {
  return word.length > 1 && !/\p{Ll}/u.test(word);
}

/** Known to compromise's lexicon as a person's name, given or family ("Steve", "Clinton", "Hu"), not a title. */
export function isNameWord(token: Token): boolean {
  return token.tags.has('Person') && !token.tags.has('Honorific');
}

/** Known to compromise's lexicon as something other than a name ("yet", "later", "now"). */
export function isCommonWord(token: Token): boolean {
  return token.tags.size > 0 && !isNameWord(token);
}

/** Known to compromise's lexicon as a given name ("Steve", "Christopher"). */
export function isGivenName(token: Token): boolean {
  return token.tags.has('FirstName');
}

/**
 * A capitalised word that neither compromise's lexicon nor an English word list knows ("Sibanda", "Naisse"):
 * foreign to English, as most names from abroad are. Acronyms are not words.
 */
export function isForeignWord(token: Token): boolean {
  return token.tags.size === 0 && !isAcronym(token.core) && token.core.length > 1 && !isEnglishWord(token.core);
}

/** A word as a name is written in prose: "BIDEN" → "Biden"; "Rice" and "McCormack" as they are. */
export function nameCase(word: string): string {
  return isAcronym(word) ? word.charAt(0) + word.slice(1).toLowerCase() : word;
}

/** In the English word list: a common word, whether compromise's lexicon lists it or leaves it to its rules. */
export function isEnglishWord(word: string): boolean {
  // A binary search of the sorted list: a set of its quarter of a million words costs more than the look-ups.
  const key = lexiconKey(word);
  let low = 0;
  for (let high = englishWordList.length; low < high; ) {
    const middle = (low + high) >>> 1;
    if (englishWordList[middle]! < key) low = middle + 1;
    else high = middle;
  }
  return englishWordList[low] === key;
}

/** Known only as a given name ("Matt") or only as a family name ("Chavez"), not also as "June" or "Will" are. */
export function isOnlyName(token: Token, kind: 'given' | 'family'): boolean {
  const allowed = kind === 'given' ? givenNameTags : surnameTags;
  return token.tags.has(kind === 'given' ? 'FirstName' : 'LastName') && [...token.tags].every((tag) => allowed.has(tag));
}

/** The parts of compromise's model the people rules read (its types give `model()` as a bare `object`). */
interface CompromiseModel {
  one: {
    tagSet: Record<string, {parents: string[]}>;
    lexicon: Record<string, string | string[]>;
    abbreviations: Record<string, unknown>;
  };
  two: {
    orgWords: Record<string, unknown>;
    placeWords: Record<string, unknown>;
    switches: Record<string, string>;
    matches: Array<{match: string; tag?: string | string[]}>;
  };
}

function readModel() {
  const {one, two} = nlp.model() as CompromiseModel;
  // Each tag with its parents, so `MaleName` also answers to `FirstName`, `Person` and `Noun`.
  // One set per list of tags, however many words share it.
  const expand = remembered(
    (tags: string): ReadonlySet<string> => new Set(tags.split(',').flatMap((tag) => [tag, ...(one.tagSet[tag]?.parents ?? [])])),
  );
  const lexicon = new Map<string, ReadonlySet<string>>();
  const phrases = new Map<string, ReadonlySet<string>>();
  const phraseLengths = new Map<string, number>();
  for (const [word, tags] of Object.entries(one.lexicon)) {
    const set = expand([tags].flat().join(','));
    if (!word.includes(' ')) {
      lexicon.set(word, set);
    } else {
      phrases.set(word, set);
      const words = word.split(' ');
      phraseLengths.set(words[0]!, Math.max(phraseLengths.get(words[0]!) ?? 0, words.length));
    }
  }
  const abbreviations = new Set(Object.keys(one.abbreviations));
  for (const [word, tags] of lexicon) if (tags.has('Abbreviation')) abbreviations.add(word);
  // compromise's rules that read a word as an honorific before a name: "[(sergeant|captain|…)+] #ProperNoun".
  const honorificWords = new Set(
    two.matches.flatMap(({match, tag}) =>
      [tag].flat().includes('Honorific') ? (/^\[\(([a-z|]+)\)\+?\]/u.exec(match)?.[1]?.split('|') ?? []) : [],
    ),
  );
  return {
    lexicon,
    phrases,
    /** First word of a phrase → words in the longest phrase it starts. */
    phraseLengths,
    /** Words whose dot does not end a sentence ("Dr.", "Gen."). */
    abbreviations,
    organisationWords: new Set(Object.keys(two.orgWords)),
    placeWords: new Set(Object.keys(two.placeWords)),
    /** Words compromise reads as a name or not by context ("Dick", "Ray"). */
    personSwitches: new Set(Object.entries(two.switches).flatMap(([word, kinds]) => (kinds.split('|').includes('Person') ? [word] : []))),
    honorificWords,
    surnameTags: expand('LastName'),
    givenNameTags: new Set([...expand('MaleName'), ...expand('FemaleName'), ...expand('FirstName')]),
  };
}

const noTags: ReadonlySet<string> = new Set();

/** A word's lexicon tags, none for a word the lexicon lacks. */
export const tagsOf = remembered((word: string): ReadonlySet<string> => lexicon.get(lexiconKey(word)) ?? noTags);

/** Whether compromise's tagger guesses an unlisted word is a verb or adverb ("Visits"); remembered per word. */
export const isUnlistedVerb = remembered((word: string): boolean => {
  const key = lexiconKey(word);
  return !lexicon.has(key) && nlp(key).has('(#Verb|#Adverb)');
});

/**
 * Whether a capitalised word after this one names a place or a thing: after an article, a possessive, a
 * conjunction or a preposition of place ("the Taliban", "our Founders", "in Darfur"), not "with", "by" or "for".
 */
export function isThingContext(word: string): boolean {
  const key = lexiconKey(word);
  return ['Determiner', 'Possessive', 'Conjunction'].some((tag) => tagsOf(key).has(tag)) || (tagsOf(key).has('Preposition') && !['with', 'by', 'for'].includes(key));
}

/** The lexicon's spelling of a word: lowercase, straight apostrophes. */
export function lexiconKey(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}
