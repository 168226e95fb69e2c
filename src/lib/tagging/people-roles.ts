/**
 * People rules on the shape of a text, not on names: speaker labels ("MR. SMITH:"), titles and roles ("the
 * President"), and things named after people ("USS Smith"), which are not mentions. `people.ts` says who.
 */
import {abbreviations, escapeRegExp, organisationWords, placeWords, remembered, tagsOf} from './people-words.ts';

/** Roles a person is named by, before the name and alone; longest first, so "Prime Minister" beats "Minister". */
const roleTitles: readonly string[] = [
  'secretary-general', 'vice president', 'prime minister', 'president', 'secretary', 'ambassador', 'senator',
  'governor', 'minister', 'chairman', 'chairwoman', 'director', 'general', 'admiral', 'speaker', 'chancellor',
  'premier', 'envoy', 'colonel', 'commander', 'mayor',
];

// A rank or title abbreviated before a name ("Gen.", "Sec.", "Cmdr.") is the shortest role that keeps its letters
// in order; not a form of address ("Mr." is no mayor, "Dr." no director).
const shortestFirst = [...roleTitles].sort((a, b) => a.length - b.length);
const expandRole = (word: string): string =>
  (abbreviations.has(word) && word.length > 2 ? shortestFirst.find((role) => new RegExp(`^${[...word].join('.*')}`, 'u').test(role)) : undefined) ?? word;

/**
 * Nouns that, ending a run of capitalised words after a name, name a thing after the person ("the Smith Prize"):
 * compromise's words for organisations and places ("Foundation", "Airport") and these, which it lacks.
 */
const namedThingNouns: readonly string[] = [
  'act', 'law', 'bill', 'amendment', 'treaty', 'plan', 'rule', 'prize', 'award', 'medal', 'fellowship', 'scholarship',
  'lecture', 'institution', 'highway', 'tunnel', 'plaza', 'station', 'base', 'room', 'theatre', 'reservoir', 'boulevard', 'square',
];

/** Words before a name that make it a ship's ("USS Ronald Reagan", "the carrier Abraham Lincoln"). */
const shipPrefix = /(?:\b(?:USS|USNS|USCGC|HMS|RMS|SS)\s+|\b(?:carrier|destroyer|frigate|cruiser|submarine|ship|vessel)\s+)$/u;

// Little words that may sit inside the name of a law or a building ("Act for Fiscal Year 2007", "Hall of Fame").
const connectors = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'to', '&']);

const namedThings = new Set(namedThingNouns.flatMap((noun) => [noun, `${noun}s`, noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : noun]));

/** A noun that names a thing after a person ("Act", "Rooms", "Foundation"). */
export function isNamedThingNoun(word: string): boolean {
  const key = word.toLowerCase();
  return namedThings.has(key) || organisationWords.has(key) || placeWords.has(key);
}

/** Whether the name at `start`–`end` is part of a thing's: a ship's prefix before it, or a thing's noun after. */
export function isNamedAfter(text: string, start: number, end: number): boolean {
  if (shipPrefix.test(text.slice(Math.max(0, start - 24), start))) return true;
  // The words after a space: a possessive ("Smith’s Act") is the person's, not a name.
  const words = text.slice(end).match(/^(?:[^\S\n]+(?:[\p{Lu}][\p{L}\p{N}'’.-]*|\d+|of|for|and|the|on|in|to|&))+/u)?.[0].trim().split(/\s+/u) ?? [];
  // Two little words in a row start another phrase: "Uribe and the Counternarcotics Award" names no thing.
  for (const [index, word] of words.slice(0, 10).entries()) {
    const bare = word.replace(/[.,;:]+$/u, '');
    const lower = bare.toLowerCase();
    // compromise's words for places and organisations only in the capitalised words right after the name:
    // "Reagan National Airport", not "Welch Travel and Meetings in Region".
    if (namedThings.has(lower) || (isNamedThingNoun(lower) && !words.slice(0, index).some((one) => connectors.has(one)))) return true;
    // A given name starts another person, whom the thing may be named after ("Dana Perino James Brady Room").
    if (index > 0 && tagsOf(bare).has('FirstName')) return false;
    // The thing's words follow the name at once: "Smith Act for Fiscal Year 2007", not "Smith and Bill Jones".
    if ((index === 0 || !connectors.has(lower)) && !/^\p{Lu}/u.test(bare) && !/^\d+$/u.test(bare)) return false;
    if (/^\p{Ll}/u.test(bare) && /^\p{Ll}/u.test(words[index - 1] ?? '')) return false;
  }
  return false;
}

/**
 * A turn of a transcript: a line opening with a label and a colon ("MR. SMITH:", "QUESTION:"), or, in some
 * archives, with a name in ordinary case and a full stop ("President Bush. Thank you.").
 */
export interface SpeakerLabel {
  /** The label as it stands, without the colon or an office in brackets, e.g. `MR. SMITH`. */
  text: string;
  offset: number;
}

// The label may carry the speaker's office in brackets: "BRYAN WHITMAN (Pentagon spokesman):".
const speakerPattern = /^[^\S\n]*(\p{Lu}[\p{Lu}.'’ -]*?)[^\S\n]*(?:\([^)\n]*\)[^\S\n]*)?:/gmu;
const plainSpeakerPattern = /^[^\S\n]*(Q|(?:\p{Lu}[\p{Ll}'’-]*\.?[^\S\n]+){1,3}\p{Lu}[\p{L}'’-]+)\.(?=[^\S\n]+\p{Lu})/gmu;

/** The turns of a transcript, in order. */
export function findSpeakerLabels(text: string): SpeakerLabel[] {
  return [...text.matchAll(speakerPattern), ...text.matchAll(plainSpeakerPattern)]
    .map((match) => ({text: match[1]!, offset: match.index + match[0].indexOf(match[1]!)}))
    .sort((a, b) => a.offset - b.offset);
}

/**
 * The longest of `roleTitles` that ends a title ("Secretary of State" → `secretary`), if any. An assistant's,
 * deputy's or under-secretary's office is another one: "the Secretary" is not "Assistant Secretary Welch".
 */
export const roleOf = remembered((title: string): string | undefined => {
  const words = title
    .toLowerCase()
    .replace(/\./gu, '')
    .replace(/\s+of\s+.*$/u, '')
    .trim()
    .replace(/\p{L}+$/u, expandRole);
  const role = roleTitles.find((one) => words === one || words.endsWith(` ${one}`));
  return role === undefined || subordinate.test(words) ? undefined : role;
});

const subordinate = /\b(?:assistant|deputy|under|associate)\s/iu;

/** The title just before a position in a text ("… Secretary ▸Rice"), as lower-case words, or undefined. */
export function titleBefore(text: string, offset: number): string | undefined {
  const before = text.slice(Math.max(0, offset - 40), offset);
  // A full stop only after an abbreviation ("Gen."): "The President. Thank you" gives "Thank" no title. An
  // office may follow the title ("Secretary of State ▸Condoleezza Rice").
  const match = /((?:(?:\p{Lu}[\p{L}-]*|\p{Lu}\p{L}{0,3}\.|of)[^\S\n]+){1,4})$/u.exec(before);
  if (!match) return undefined;
  if (subordinate.test(match[1]!)) return undefined;
  const words = match[1]!.trim().split(/\s+/u);
  // Given names and initials before a surname are the name's own ("President George W. ▸Bush").
  while (words.length > 1 && (tagsOf(words.at(-1)!).has('FirstName') || /^\p{Lu}\.$/u.test(words.at(-1)!))) words.pop();
  // The longest run of title words that ends right before the name.
  for (let first = 0; first < words.length; first += 1) {
    const role = roleOf(words.slice(first).join(' '));
    if (role) return role;
  }
  // Before a name, a word compromise knows for what a person does is a title too ("FEMA Administrator ▸Paulison").
  return tagsOf(words.at(-1)!).has('Actor') ? words.at(-1)!.toLowerCase() : undefined;
}

/** A role named without a name ("the President", "Mr. Ambassador"), to be read as the one person holding it. */
export interface RolePhrase {
  text: string;
  offset: number;
  role: string;
  /** `address` for "Mr. Ambassador" said to someone, `bare` for "the Ambassador". */
  kind: 'address' | 'bare';
}

const roleAlternatives = roleTitles.map((role) => role.replace(/ /gu, '\\s+').replace(/-/gu, '[-\\s]')).join('|');
// "Mr. President", "the President", or a capitalised role alone ("welcoming Chancellor and Dr. Sauer"), of the
// roles above or of others an article gives ("Administrator Smith"), `|` between them.
const rolePattern = remembered(
  (others: string) => new RegExp(`(?<![\\p{L}'’.-])(?:(Mr|Mister|Madam|Madame)\\.?\\s+|(the)\\s+)?(${roleAlternatives}${others})(?![\\p{L}-])`, 'giu'),
  16,
);

/** Whether a role is followed by what makes it another's: "of Iran", or a name ("the President Kim"). */
export function namesAnother(after: string): boolean {
  return /^(?:\s+of\s+\p{Lu}|[^\S\n]+\p{Lu})/u.test(after);
}

/**
 * Roles named without a name ("Mr. President", "the President"), in order. A role before "of Iran" or before
 * a name ("the President Kim") means someone else, and is left out.
 */
export function findRolePhrases(text: string, isRoleBefore: (word: string) => boolean = () => false, roles: readonly string[] = []): RolePhrase[] {
  const phrases: RolePhrase[] = [];
  const others = [...new Set(roles)].filter((role) => !roleTitles.includes(role)).sort();
  for (const match of text.matchAll(rolePattern(others.map((role) => `|${escapeRegExp(role)}`).join('')))) {
    const [phrase, address, article] = match;
    const title = match[3]!;
    const role = title.toLowerCase().replace(/\s+/gu, ' ').replace('secretary general', 'secretary-general');
    const after = text.slice(match.index + phrase.length);
    if (address === undefined && namesAnother(after)) continue;
    if (article !== undefined) {
      // "the general public", "the director's cut": in lower case a role stands alone only before a word the
      // caller accepts (a verb: "the general also said"), or before punctuation; "president" always.
      const next = /^[^\S\n]+(\p{L}+)/u.exec(after)?.[1];
      const alone = next === undefined ? /^[,.;:!?)]/u.test(after) : isRoleBefore(next);
      // A role only an article gave, from what a person does, stands alone capitalised ("the Administrator").
      if (!/^\p{Lu}/u.test(title) && ((role !== 'president' && !alone) || others.includes(role))) continue;
    } else if (address === undefined) {
      // Capitalised, and neither an office ("Ambassador to Japan") nor part of a longer word.
      if (!/^\p{Lu}/u.test(title) || /^(?:\s+(?:of|to|for|at|in)\b|['’]?\p{L})/u.test(after)) continue;
      // After a lower-case word, but not "our President", "a Secretary" or "the rank of Ambassador", an unnamed
      // holder or the office; or spoken to, opening a sentence before a comma ("General, thank you").
      const before = /(\p{L}+)[,;]?[^\S\n]+$/u.exec(text.slice(Math.max(0, match.index - 20), match.index))?.[1];
      const office = before === 'of' || before === 'as' || ['Determiner', 'Possessive'].some((tag) => tagsOf(before ?? '').has(tag));
      const inText = before !== undefined && /^\p{Ll}/u.test(before) && !office;
      const spokenTo = /(?:^|[.!?:][^\S\n]+|\n[^\S\n]*)$/u.test(text.slice(Math.max(0, match.index - 3), match.index)) && after.startsWith(',');
      if (!inText && !spokenTo) continue;
    }
    phrases.push({text: phrase, offset: match.index, role, kind: address === undefined ? 'bare' : 'address'});
  }
  return phrases;
}
