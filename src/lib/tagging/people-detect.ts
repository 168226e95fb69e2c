/**
 * People the registry lacks, from the shape of the words around capitalised names. No full compromise parse:
 * the rules ask only a few things of capitalised words, which its lexicon answers, and its context rules are
 * applied where they matter (a word before a known name joins it; "Foundation" takes the words before it).
 * A candidate follows a title, is a known given name, or precedes a known name; it grows over the run of
 * capitalised words, and a single word counts only after a title or as `nameAlone` says.
 */
import {isNamedAfter} from './people-roles.ts';
import {
  abbreviations, addressesOther, isAcronym, isBeforeRegion, isCapitalized, isCommonWord, isGivenName, isInstitutionModifier, isInstitutionNoun,
  isNameWord, isOnlyName, isOrganisationOrPlaceWord, isPlaceName, isTitleWord, titleQualifiers, isUnlistedVerb, lexiconKey, organisationWords, overlaps,
  personSwitches, placeWords, skeleton, spanOf, tagsOf, tokenize, unregisteredPersonId, type PersonMention, type Span, type Token,
} from './people-words.ts';

export interface Candidate {
  first: number;
  last: number;
  titleLed: boolean;
}

const titleConnectors = new Set(['of', 'the', 'for']);

// Words that may sit inside a name ("Osama bin Laden", "Ursula von der Leyen").
const nameParticles = new Set(['al', 'bin', 'ibn', 'da', 'de', 'del', 'der', 'di', 'du', 'la', 'le', 'van', 'von']);

export const nameSuffixes = new Set(['Jr', 'Sr', 'II', 'III', 'IV']);

// Tags no word of a person's name carries. Not cities and regions: people are named Washington and Paris.
const notPersonLexiconTags = [
  'Country', 'Demonym', 'Organization', 'Company', 'SportsTeam', 'Month', 'WeekDay', 'Holiday', 'Religion',
];
// Tags of a capitalised word that ends a name's run. Not verbs in running text, where "Will" or "Hunt" after a
// given name is a surname, nor cities ("George Washington").
const runBreakingTags = [
  'Preposition', 'Determiner', 'Conjunction', 'QuestionWord', 'Date', 'Value', 'Country', 'Organization',
];
const headlineBreakingTags = ['Verb', 'Adverb', 'Plural'];
// Tags of a word that cannot start the name after it ("Met Angela", "The Hill"); nouns may ("Bill Clinton").
const notNameStartTags = [
  'Verb', 'Adjective', 'Adverb', 'Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'QuestionWord', 'Date',
  'Value', 'Expression',
];

export function detectPeople(
  text: string,
  registered: readonly PersonMention[],
  surnames: Map<string, string>,
  names: Map<string, string> = new Map(),
  variants: ReadonlyMap<string, string> = new Map(),
  repeated: ReadonlySet<string> = new Set(),
): PersonMention[] {
  if (!/\p{Lu}/u.test(text)) return [];
  const tokens = tokenize(text);
  const registeredSpans = registered.map(spanOf);
  const isRegistered = (index: number): boolean => {
    const token = tokens[index];
    return token !== undefined && registeredSpans.some((span) => overlaps(span, token));
  };

  const candidates: Candidate[] = [];
  tokens.forEach((token, index) => {
    // A role ("Secretary") is a title only before a name, an unknown word or a singular noun, so "Human
    // Rights" and "Revolutionary Guards" are not names.
    const next = tokens[index + 1];
    const nameLike = next !== undefined && (isNameWord(next) || next.tags.size === 0 || (next.tags.has('Noun') && !next.tags.has('Plural')));
    // compromise's rule, "General Dan McNeill" but not "General Assembly": such a title only before a known name.
    const ruleTitle = next !== undefined && isNameWord(next) && isCapitalized(token.core) && isTitleWord(token.core, true);
    if (isTitle(token) || (isRoleTitle(token) && nameLike) || ruleTitle) {
      const nameStart = afterTitle(text, tokens, index);
      if (nameStart !== undefined) candidates.push({first: nameStart, last: nameStart, titleLed: true});
    } else if (startsName(text, tokens, index)) {
      candidates.push({first: index, last: index, titleLed: false});
    }
  });

  // At each start, the longest name; shorter ones starting inside it overlap it and are dropped below.
  const namesAt = new Map<number, Candidate>();
  for (const candidate of candidates) {
    const name = shapeName(text, tokens, candidate, isRegistered);
    const known = name && namesAt.get(name.first);
    if (name && (!known || name.last > known.last)) namesAt.set(name.first, name);
  }

  const mentions: PersonMention[] = [];
  const claimed: Span[] = [...registeredSpans];
  // `surnames` maps a surname to the id of the nearest full name before, so a later bare "Rice" follows
  // "Condoleezza Rice"; the caller's memory carries it across paragraphs.
  const claim = (span: Span, person: string): void => {
    const mention = text.slice(span.start, span.end);
    claimed.push(span);
    const name = names.get(person);
    // A registered person under another spelling ("Kadafi" for "Qaddafi") is an alias the registry lacks.
    const registered = !person.startsWith('unregistered-');
    const extra = registered || !name || name === mention ? {} : {name};
    mentions.push({text: mention, offset: span.start, person, registered, via: registered ? 'alias' : 'detected', ...extra});
  };
  // The person an earlier full name gave this surname, however spelt, unless a form of address says it is
  // another ("Mrs. Kohl" after "Helmut Kohl").
  const knownSurname = (token: Token): string | undefined => {
    // Spelt another way ("Tsvangarai" after "Morgan Tsvangirai"), by the spelling-blind key, if no other word.
    const key = surnames.has(token.core) || !isCapitalized(token.core) || token.tags.size > 0 ? '' : skeleton(token.core);
    const similar = key === '' ? undefined : ([...surnames].find(([surname]) => skeleton(surname) === key)?.[1] ?? variants.get(key));
    const known = surnames.get(token.core) ?? similar;
    return known !== undefined && addressesOther(text, token.start, names.get(known) ?? '') ? undefined : known;
  };
  // A lone word before ", Texas" is a town; "Larry Smith, Iowa" is a person and the state he stands for.
  const isFree = (span: Span, end: number): boolean =>
    !claimed.some((other) => overlaps(other, span)) &&
    !isInstitutionModifier(text, end) &&
    !(isBeforeRegion(text, end) && !/\s/u.test(text.slice(span.start, end)));

  tokens.forEach((token, index) => {
    const name = namesAt.get(index);
    const lastToken = name && tokens[name.last];
    if (name && lastToken) {
      const span = {start: token.start, end: lastToken.end};
      // "the John Smith Act" names a thing, yet still teaches the surname for a later "Smith". In a headline
      // a verb after the name is no such thing ("Rice Plans To Call").
      const next = tokens[name.last + 1];
      const verbNext = next?.headline === true && (headlineBreakingTags.some((tag) => next.tags.has(tag)) || isUnlistedVerb(next.core));
      const thing = verbNext ? undefined : thingNamedAfter(text, tokens, name);
      if (thing) {
        if (!surnames.has(thing.surname)) {
          const person = unregisteredPersonId(thing.name);
          surnames.set(thing.surname, person);
          names.set(person, thing.name);
        }
        claimed.push(span);
        return;
      }
      if (!isFree(span, span.end)) return;
      const words = tokens.slice(name.first, name.last + 1).map((word) => word.core);
      // "Secretary Rice" after "Condoleezza Rice" is the same person.
      // East Asian names put the family name first, before a hyphenated given name ("Chun Young-woo").
      const surname =
        words.length === 3 && tokens[name.last - 1]?.hyphenated
          ? words[0]
          : words.filter((word) => !nameSuffixes.has(word.replace(/\.$/, ''))).at(-1);
      const fullName = text.slice(span.start, span.end).replace(/\s+/gu, ' ');
      // A transliteration of a registered name: the same skeleton, whole or in its last (hyphenated) word.
      const nameTokens = tokens.slice(name.first, name.last + 1);
      let compound = nameTokens.length - 1;
      while (compound > 0 && nameTokens[compound - 1]!.hyphenated) compound -= 1;
      const lastCompound = text.slice(nameTokens[compound]!.start, span.end);
      const variant = variants.get(skeleton(fullName)) ?? variants.get(skeleton(lastCompound));
      if (variant !== undefined) return claim(span, variant);
      const earlier = surname === undefined ? undefined : surnames.get(surname);
      const known = words.length === 1 ? knownSurname(token) : sameAs(earlier, fullName, names);
      const person = known ?? unregisteredPersonId(fullName);
      // A surname alone keeps the full name it follows: "Mr. Howard" after "Mrs. Howard" is still John Howard.
      if (surname !== undefined && known === undefined && (words.length > 1 || !surnames.has(surname))) surnames.set(surname, person);
      if (!names.has(person) || (names.get(person)?.length ?? 0) < fullName.length) names.set(person, fullName);
      claim(span, person);
      return;
    }
    const known = knownSurname(token);
    const alone = repeated.has(token.core) && !token.headline;
    if (known === undefined && !alone && !isOnlyName(token, 'family') && !isOnlyName(token, 'given')) return;
    if (isInsideLongerName(text, tokens, index) || !isFree(token, token.end)) return;
    const person = known ?? nameAlone(text, tokens, index, names, alone);
    if (person === undefined) return;
    if (!surnames.has(token.core) && (alone || isOnlyName(token, 'family'))) surnames.set(token.core, person);
    claim({start: token.start, end: token.end}, person);
  });
  return mentions;
}

/**
 * The id of a person named by one word and no title: a family name known only as one ("Chavez said"), or a
 * given name that an earlier full name began, or that is spoken to ("Thank you, Matt.") or paired ("Laura and
 * I"). A family name at a sentence start is left out, since its capital may be the sentence's.
 */
function nameAlone(text: string, tokens: readonly Token[], index: number, names: Map<string, string>, repeated: boolean): string | undefined {
  const token = tokens[index]!;
  // "the House", "in Jackson": after an article or a preposition a word names a thing or a place.
  const previous = tokens[index - 1];
  const thing = previous !== undefined && ['Determiner', 'Preposition', 'Conjunction'].some((tag) => tagsOf(previous.core).has(tag));
  if (repeated && !thing) return newPerson(token.core, names);
  if (isOnlyName(token, 'family') && !token.sentenceStart && !thing) return newPerson(token.core, names);
  if (!isOnlyName(token, 'given')) return undefined;
  // The one person whose fuller name it began; with two ("George Bush", "George Tenet") no one.
  const earlier = [...names].filter(([, name]) => name.split(' ')[0] === token.core && name !== token.core);
  if (earlier.length > 0) return earlier.length === 1 ? earlier[0]![0] : undefined;
  const before = text.slice(Math.max(0, token.start - 2), token.start);
  const after = text.slice(token.termEnd, token.termEnd + 12);
  const addressed = (/,\s$/u.test(before) || index === 0 || /\n\s*$/u.test(before)) && /^(?:[,.?!;:—]|\s+(?:--|—))/u.test(after);
  const paired = /^\s+and\s+(?:I|me)\b/u.test(after) || /\b(?:I|me)\s+and\s$/u.test(text.slice(Math.max(0, token.start - 8), token.start));
  // Or it does something: "Sean announced today".
  const next = tokens[index + 1];
  const acts = next !== undefined && /^\s+$/u.test(text.slice(token.termEnd, next.start)) && tagsOf(next.core).has('PastTense');
  return addressed || paired || acts ? newPerson(token.core, names) : undefined;
}

function newPerson(name: string, names: Map<string, string>): string {
  const person = unregisteredPersonId(name);
  if (!names.has(person)) names.set(person, name);
  return person;
}

/** The person's name (given names and surname) inside the name of a thing called after them ("USS John Smith"). */
function thingNamedAfter(
  text: string,
  tokens: readonly Token[],
  name: Candidate,
): {name: string; surname: string} | undefined {
  const first = tokens[name.first];
  if (!first) return undefined;
  // The person's part: given names and initials, then one surname.
  let last = name.first;
  while (last < name.last && (isGivenName(tokens[last]!) || /^\p{Lu}$/u.test(tokens[last]!.core))) last += 1;
  const surnameToken = tokens[last]!;
  if (last === name.first && name.first !== name.last) return undefined;
  const inside = name.last > last && isNamedAfter(text, first.start, surnameToken.end);
  if (!inside && !isNamedAfter(text, first.start, tokens[name.last]!.end)) return undefined;
  return {name: text.slice(first.start, surnameToken.end).replace(/\s+/gu, ' '), surname: surnameToken.core};
}

/**
 * The earlier person's id when a full name means the one its surname already named: known by the surname
 * alone ("President Roh" … "Roh Moo-hyun"), or by a given name that starts alike ("Stephen" … "Steve").
 */
function sameAs(earlier: string | undefined, fullName: string, names: ReadonlyMap<string, string>): string | undefined {
  if (earlier === undefined) return undefined;
  const known = names.get(earlier);
  if (known === undefined || !/\s/u.test(known)) return earlier;
  const given = (name: string) => name.split(' ')[0]!.toLowerCase();
  const [a, b] = [given(known), given(fullName)];
  return a.length >= 3 && b.length >= 3 && a.slice(0, 3) === b.slice(0, 3) ? earlier : undefined;
}

/** Turn a candidate into a checked name (start and end token), or `undefined` when it is not one. */
function shapeName(
  text: string,
  tokens: readonly Token[],
  candidate: Candidate,
  isRegistered: (index: number) => boolean,
): Candidate | undefined {
  let {first, last, titleLed} = candidate;
  for (;;) {
    const token = tokens[first];
    if (!token || first > last) return undefined;
    const title = isRoleTitle(token) || (titleLed && isQualifier(token));
    // A capitalised "Yet" that is only capitalised because it starts a sentence.
    const notName = !isCapitalized(token.core) || (token.sentenceStart && !titleLed && isCommonWord(token));
    if (!title && !notName) break;
    titleLed ||= title;
    first += 1;
  }
  // Grow to the whole run of capitalised words, so "Kim Jong" takes its "Il" and a first name its surname;
  // stop at registered names, so "Angela Merkel met Bush" leaves Bush to the registry.
  for (;;) {
    const current = tokens[last];
    const following = tokens[last + 1];
    if (!current || !following || current.possessive || isRegistered(last + 1)) break;
    if (!isJoined(text, current, following)) break;
    const continuesWord = current.hyphenated && !isInstitutionNoun(following.core);
    const afterNext = tokens[last + 2];
    const particle =
      nameParticles.has(following.core.toLowerCase()) &&
      afterNext !== undefined &&
      isCapitalized(afterNext.core) &&
      isJoined(text, following, afterNext);
    if (!continuesWord && !particle) {
      if (!isCapitalized(following.core) || isTitle(following)) break;
      // "Brady Press Briefing Room": a gerund before a place's, organisation's or building's word is part of its name.
      const word = lexiconKey(following.core);
      const beforeNamedPlace =
        word.endsWith('ing') && (isOrganisationOrPlaceWord(tokens[last + 2]) || isNamedAfter(text, following.start, following.end));
      if (endsRun(following) && !beforeNamedPlace) break;
      // compromise's rule: "Foundation" or "Airport" takes the words before it ("Clinton Foundation"), so the
      // name ends there. Unlike compromise, a given name stays a person's ("Samantha Power").
      if ((organisationWords.has(word) || placeWords.has(word)) && !isGivenName(current)) {
        while (last >= first && !isGivenName(tokens[last]!)) last -= 1;
        break;
      }
    }
    last += 1;
  }
  while (last >= first && !isCapitalized(tokens[last]?.core ?? '') && !tokens[last - 1]?.hyphenated) last -= 1;
  if (last < first) return undefined;
  // A job read into a name ("Communications Director Dan Bartlett"): start at a given name before the last
  // word when every word before it is a job, not a name or a place ("Virginia Cassidy Blythe" stays whole).
  const given = tokens.slice(first, last).findIndex(isGivenName);
  const isJob = (token: Token): boolean => !token.hyphenated && !isNameWord(token) && !isPlaceName(token) && token.core.length > 1;
  if (given > 0 && tokens.slice(first, first + given).every(isJob)) first += given;

  const words = tokens.slice(first, last + 1);
  if (words.some((_, index) => isRegistered(first + index))) return undefined;
  if (words.some((word) => isAcronym(word.core) || notPersonLexiconTags.some((tag) => word.tags.has(tag)))) {
    return undefined;
  }
  if (words.length === 1 && !titleLed) return undefined;
  return {first, last, titleLed};
}

/** Whether a capitalised word after a name's last word is no part of the name. */
function endsRun(following: Token): boolean {
  if (isNameWord(following)) return false;
  // In a headline every word is capitalised, so there a verb, an adverb or a plural (a verb's third person)
  // ends it: "Angela Merkel Met Bush", "Ahmadi-Nejad Visits", "Natsios Attending".
  if (following.headline && (headlineBreakingTags.some((tag) => following.tags.has(tag)) || isUnlistedVerb(following.core))) return true;
  return runBreakingTags.some((tag) => following.tags.has(tag));
}

/**
 * A capitalised word may start a name if it is a given name; a family name or maybe-name before an unknown word
 * or a name ("Hu Jintao", not "Jackson Hole"); or a word before a known name ("Saddam Hussein").
 */
function startsName(text: string, tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token || !isCapitalized(token.core)) return false;
  if (isGivenName(token) || (isNameWord(token) && !token.tags.has('LastName'))) return true;
  const next = tokens[index + 1];
  if (!next || token.possessive || !isCapitalized(next.core) || !isJoined(text, token, next)) return false;
  // An initial before a given name and a surname opens the name: "C. David Welch", not "Plan B. Matt said".
  const afterNext = tokens[index + 2];
  if (/^\p{Lu}$/u.test(token.core) && isGivenName(next) && afterNext && isCapitalized(afterNext.core) && isJoined(text, next, afterNext)) return true;
  // A family name before a hyphenated given name whose second part is lower case: "Ban Ki-moon", "Roh Moo-hyun".
  if (
    next.hyphenated &&
    afterNext !== undefined &&
    /^\p{Ll}+$/u.test(afterNext.core) &&
    !token.sentenceStart &&
    !notPersonLexiconTags.some((tag) => token.tags.has(tag) || next.tags.has(tag))
  ) {
    return true;
  }
  if (isNameWord(token) || personSwitches.has(lexiconKey(token.core))) return next.tags.size === 0 || isNameWord(next);
  if (!isNameWord(next) || isTitle(next)) return false;
  // "Fort Jackson", "Lake Charles" and "Bank Julius Baer" are places and organisations, not people.
  const word = lexiconKey(token.core);
  if (organisationWords.has(word) || placeWords.has(word) || notNameStartTags.some((tag) => token.tags.has(tag))) {
    return false;
  }
  if (token.tags.size === 0 || token.hyphenated || isPlaceName(token)) return true;
  // A known common word before a given name is a job or another phrase's end ("Director Dan", "Storm
  // Allison", "Affairs⏎Kerry"), and a job before a family name is a title ("Judge Roberts").
  return !isGivenName(next) && !token.tags.has('Actor');
}

/** The first name token after a title and its qualifiers ("Secretary of State ▸Condoleezza"), if any. */
function afterTitle(text: string, tokens: readonly Token[], titleIndex: number): number | undefined {
  let index = titleIndex;
  for (;;) {
    const current = tokens[index];
    const following = tokens[index + 1];
    if (!current || !following || current.possessive || !isJoined(text, current, following)) return undefined;
    if (!isTitle(following) && !isQualifier(following)) {
      // "President of Iran" is not followed by a name.
      if (titleConnectors.has(lowerWord(current))) return undefined;
      return isCapitalized(following.core) ? index + 1 : undefined;
    }
    index += 1;
  }
}

/** A bare surname next to another capitalised proper noun is part of a different name ("Capitol Hill"). */
function isInsideLongerName(text: string, tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token) return false;
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  // Capitalised for being a name, not for starting a sentence ("Later Rice said").
  const isProper = (other: Token): boolean =>
    isCapitalized(other.core) && !((other.sentenceStart || other.headline) && isCommonWord(other));
  // A title before it ("General Votel") makes no longer name.
  const title = before !== undefined && (isRoleTitle(before) || isTitleWord(before.core, true));
  return (
    (before !== undefined && !title && !before.possessive && isJoined(text, before, token) && isProper(before)) ||
    (after !== undefined && !token.possessive && isJoined(text, token, after) && isProper(after))
  );
}

/**
 * Whether two words belong to one name: separated by spaces only, by the dot of an initial or abbreviation
 * ("George W. Bush", "Dr. Rice"), or by the hyphen of a compound ("Ki-moon").
 */
function isJoined(text: string, left: Token, right: Token): boolean {
  const gap = text.slice(left.termEnd, right.start);
  if (left.hyphenated && gap === '-') return true;
  if (/\n[^\S\n]*\n/u.test(gap) || (gap.includes('\n') && isHeadingLine(text, left.termEnd))) return false;
  if (/^\s+$/u.test(gap)) return true;
  const abbreviation = /^\p{Lu}$/u.test(left.core) || abbreviations.has(lexiconKey(left.core));
  return abbreviation && /^\.\s+$/u.test(gap);
}

/**
 * Whether the line that ends at `end` is set like a heading or a line of an index or address, with no word of
 * four letters or more in lower case: a name never runs from it into the next line ("Deputy Spokesman⏎
 * Washington", "Stephen Hadley⏎James S. Brady"), as it may in wrapped prose.
 */
function isHeadingLine(text: string, end: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', end - 1) + 1, end);
  return !/(?<!\p{L})\p{Ll}\p{L}{3}/u.test(line);
}

/** A title before a name ("Dr.", "Gen.", "Sergeant", "Senator"), as `isTitleWord` says. */
function isTitle(token: Token): boolean {
  return isCapitalized(token.core) && isTitleWord(token.core);
}

/** A title, or a capitalised role that is not also a name, so "Baker" and "Bishop" stay surnames. */
function isRoleTitle(token: Token): boolean {
  return isTitle(token) || (token.tags.has('Actor') && !isNameWord(token) && isCapitalized(token.core));
}

function isQualifier(token: Token): boolean {
  return titleQualifiers.has(lowerWord(token));
}

function lowerWord(token: Token): string {
  return token.core.toLowerCase().replace(/\.$/, '');
}

