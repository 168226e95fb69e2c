/**
 * People the registry lacks, found candidate-first: every run of capitalised words is a candidate, and it is
 * a person when evidence says so (`isNameEvidence`, `nameAlone`, a title, a surname known from elsewhere) and
 * nothing disproves it (`disproof`); the rest cuts text into runs and says whom a name means.
 */
import {placesOf, type ArticleFacts} from './people-article.ts';
import {isNamedAfter, isNamedThingNoun, roleOf} from './people-roles.ts';
import {
  abbreviations, addressesOther, isAcronym, isBeforeRegion, isCapitalized, isCommonWord, isEnglishWord, isForeignWord, isGivenName, isInstitutionModifier, isThingContext, nameCase,
  isNameWord, isOnlyName, personSwitches, isTitleWord, isUnlistedVerb, lexiconKey, organisationWords, overlaps, placeWords,
  skeleton, spanOf, tagsOf, titleQualifiers, tokenize, unregisteredPersonId, type PersonMention, type Span, type Token,
} from './people-words.ts';

/** A run of capitalised words: the name is `first`–`last`; `titled` when a title stood before it. */
interface Run {
  first: number;
  last: number;
  titled: boolean;
}

// Words that may sit inside a name ("Osama bin Laden", "Ursula von der Leyen").
const nameParticles = new Set(['al', 'bin', 'ibn', 'da', 'de', 'del', 'der', 'di', 'du', 'la', 'le', 'van', 'von']);

export const nameSuffixes = new Set(['Jr', 'Sr', 'II', 'III', 'IV']);

// Tags no word of a person's name carries. Not cities and regions: people are named Washington and Paris.
const notPersonTags = ['Country', 'Demonym', 'Organization', 'Company', 'SportsTeam', 'Month', 'WeekDay', 'Holiday', 'Religion', 'Date', 'Value'];
// Words that open the name of an event, not a person: "Hurricane Gustav", "Operation Iraqi Freedom".
const eventWords = new Set(['hurricane', 'storm', 'typhoon', 'cyclone', 'depression', 'operation']);
// Lexicon tags of a word that opens no name: "The Hill", "Later Rice said", "Yet Hadley".
const functionTags = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'QuestionWord', 'Adverb', 'Expression'];

export function detectPeople(
  text: string,
  registered: readonly PersonMention[],
  surnames: Map<string, string>,
  names: Map<string, string> = new Map(),
  variants: ReadonlyMap<string, string> = new Map(),
  facts: Partial<ArticleFacts> = {},
): PersonMention[] {
  if (!/\p{Lu}/u.test(text)) return [];
  const {repeated = new Set<string>(), fullNames = new Map<string, string>(), places = placesOf(text)} = facts;
  const tokens = tokenize(text);
  const registeredSpans = registered.map(spanOf);
  const isRegistered = (token: Token): boolean => registeredSpans.some((span) => overlaps(span, token));

  const mentions: PersonMention[] = [];
  const claim = (span: Span, person: string): void => {
    const mention = text.slice(span.start, span.end);
    const name = names.get(person);
    // A registered person under another spelling ("Kadafi" for "Qaddafi") is an alias the registry lacks.
    const registeredPerson = !person.startsWith('unregistered-');
    const extra = registeredPerson || !name || name === mention ? {} : {name};
    mentions.push({text: mention, offset: span.start, person, registered: registeredPerson, via: registeredPerson ? 'alias' : 'detected', ...extra});
  };
  // The person an earlier full name gave this surname, however spelt, unless a form of address says it is
  // another ("Mrs. Kohl" after "Helmut Kohl").
  const knownSurname = (token: Token, titled: boolean): string | undefined => {
    const core = nameCase(token.core);
    const key = surnames.has(core) || token.tags.size > 0 ? '' : skeleton(core);
    const similar = key === '' ? undefined : ([...surnames].find(([surname]) => skeleton(surname) === key)?.[1] ?? variants.get(key));
    // After a title, a registered person's surname is theirs ("Assistant Secretary Hill").
    const known = surnames.get(core) ?? similar ?? (titled ? variants.get(`=${core.toLowerCase()}`) : undefined) ?? fullNameOf(core);
    return known !== undefined && addressesOther(text, token.start, names.get(known) ?? '') ? undefined : known;
  };

  // The full name the article gives a surname somewhere, later too: "since Castro seized power" … "Fidel Castro".
  const fullNameOf = (surname: string): string | undefined => {
    const name = fullNames.get(surname);
    return name === undefined ? undefined : (sameAs(surnames.get(surname), name, names) ?? newPerson(name, names));
  };

  for (const run of findRuns(text, tokens, isRegistered)) {
    const words = tokens.slice(run.first, run.last + 1);
    const span = {start: words[0]!.start, end: words.at(-1)!.end};
    if (isInstitutionModifier(text, span.end) || (words.length === 1 && isBeforeRegion(text, span.end))) continue;
    const fullName = text.slice(span.start, span.end).replace(/\s+/gu, ' ').replace(/\p{Lu}{2,}/gu, nameCase);
    // "the John Smith Act" names a thing, yet still teaches the surname for a later "Smith". A given name keeps
    // a person's name ("Christopher Hill"), as it does not in compromise; a headline's verb names no thing ("Rice
    // Plans To Call"), though its gerund may ("Brady Press Briefing Room").
    const verbAfter = isHeadlineVerb(tokens[run.last + 1]) && !tokens[run.last + 1]!.core.endsWith('ing');
    if ((isNamedAfter(text, span.start, span.end) && !verbAfter) || words.some((word, at) => at > 0 && isThingWord(word) && !isGivenName(words[at - 1]!))) {
      // The person's part: given names and initials, then one surname ("James S. Brady ▸Press Briefing Room").
      let surname = 0;
      while (surname < words.length - 1 && (isGivenName(words[surname]!) || isInitial(words[surname]!))) surname += 1;
      const word = nameCase(words[surname]!.core);
      if (surname > 0 && !surnames.has(word)) surnames.set(word, newPerson(text.slice(span.start, words[surname]!.end).replace(/\s+/gu, ' '), names));
      continue;
    }
    // A role in apposition after it is a title ("Haji Shir Khan, a Taliban leader").
    run.titled ||= isApposed(text, span.end);
    // After an article a known surname is a thing's word ("the Hill voted" after "Christopher Hill").
    const article = !run.titled && tagsOf(lexiconKey(tokens[run.first - 1]?.core ?? '')).has('Determiner');
    // A full name in capitals is one when the article knows its surname ("STATEMENT BY RICHARD BOUCHER").
    const capitals = words.length > 1 && words.every((word) => isAcronym(word.core));
    const known = (words.length === 1 || capitals) && !article ? knownSurname(words.at(-1)!, run.titled) : undefined;
    // Words the article uses as a place's or a group's are no name, unless a title names them somewhere; a
    // full name keeps its surname however else the article uses it ("Kettleby Dunmore" and "the Dunmore forces").
    const placed = !run.titled && known === undefined && !words.some(isGivenName) && words.every((word) => places.has(word.core) && !repeated.has(word.core));
    if (placed || disproof(text, tokens, run, known !== undefined)) continue;
    if (words.length === 1) {
      const person = known ?? nameAlone(text, tokens, run, names, repeated);
      if (person === undefined) continue;
      const word = nameCase(words[0]!.core);
      if (!surnames.has(word) && (run.titled || repeated.has(word) || isOnlyName(words[0]!, 'family'))) surnames.set(word, person);
      claim(span, person);
      continue;
    }
    if (!run.titled && !isNameEvidence(words)) continue;
    // The surname is the last word, hyphened parts and all ("Lopez-Doriga"), which a label may give alone.
    const surname = isEastAsianName(words) ? nameCase(words[0]!.core) : fullName.split(' ').filter((word) => !nameSuffixes.has(word)).at(-1)!;
    // A transliteration of a registered name: the same skeleton, whole or in its last (hyphenated) word.
    const variant = variants.get(skeleton(fullName)) ?? variants.get(skeleton(fullName.slice(fullName.lastIndexOf(' ') + 1)));
    if (variant !== undefined) {
      claim(span, variant);
      continue;
    }
    const person = sameAs(surnames.get(surname), fullName, names) ?? unregisteredPersonId(fullName);
    surnames.set(surname, person);
    if (!names.has(person) || (names.get(person)?.length ?? 0) < fullName.length) setName(names, person, fullName);
    claim(span, person);
  }
  return mentions;
}

/**
 * Every maximal run of capitalised words, initials, particles and hyphenated parts, with a title at its start
 * cut off and remembered: "Deputy Secretary of State ▸Bob Zoellick", "Senators ▸FRIST, ▸REID".
 */
function findRuns(text: string, tokens: readonly Token[], isRegistered: (token: Token) => boolean): Run[] {
  const runs: Run[] = [];
  // A plural title ("Senators") stands before each name of the list after it.
  let listTitled = false;
  let index = 0;
  // A run, trimmed of words that are no part of a name, joins the list; its trimmed end is returned.
  const push = (first: number, last: number, titled: boolean): number => {
    while (first < last && !titled && opensNoName(tokens[first]!)) first += 1;
    // Common words before a given name are a job ("Dissident ▸Fathi Al-Jahmi"), not a name.
    const given = tokens.slice(first, last).findIndex((token) => isGivenName(token) || isForeignWord(token));
    if (!titled && given > 0 && tokens.slice(first, first + given).every((token) => isCommonWord(token) || isEnglishWord(token.core))) first += given;
    if (first <= last) runs.push({first, last, titled});
    return last;
  };
  while (index < tokens.length) {
    const start = tokens[index]!;
    // The list goes on over commas, "and", and a state after "of" ("REID of Nevada, DEMINT").
    if (start.sentenceStart || !/^[^\S\n]*,?[^\S\n]*$/u.test(text.slice(tokens[index - 1]?.termEnd ?? 0, start.start))) listTitled = false;
    if (!isCapitalized(start.core) || isRegistered(start)) {
      if (!['and', 'of'].includes(start.core)) listTitled = false;
      index += 1;
      continue;
    }
    let last = index;
    while (continuesRun(text, tokens, last, isRegistered)) last += 1;
    // "Hurricane Gustav", "Operation Phantom Thunder" name events, not people.
    if (eventWords.has(lexiconKey(start.core))) {
      index = last + 1;
      continue;
    }
    let first = index;
    let titled = listTitled && (text.slice(tokens[index - 1]?.termEnd ?? 0, start.start).includes(',') || tokens[index - 1]?.core === 'and');
    // The name begins after the last title in the run ("FEMA Administrator ▸Paulison"), and after any
    // qualifier of it ("Secretary of State ▸Rice"); a function word or a common word set at a sentence's or a
    // headline's start is no part of it ("Later ▸Rice said").
    for (let at = first; at <= last; at += 1) {
      // A word no name has (a country, an organisation, a month) or a given name after a surname starts
      // another candidate: "Ambassador to Iraq ▸Ryan Crocker", "Geoff Morrell ▸September", "Dana Perino ▸James Brady";
      // not after a hyphen, which joins one name ("Jean-Bertrand").
      const previous = tokens[at - 1]!;
      if (at > first && (hasNoNameTag(tokens[at]!) || (isGivenName(tokens[at]!) && !isGivenName(previous) && !isInitial(previous) && !previous.hyphenated && at < last))) {
        push(first, at - 1, titled);
        [first, titled] = [at, false];
      }
      if (hasNoNameTag(tokens[at]!)) {
        [first, titled] = [at + 1, false];
      } else if (isTitleAt(tokens, at)) {
        first = at + 1;
        titled = true;
        listTitled = /s$/u.test(tokens[at]!.core) && isTitleAt(tokens, at, true);
      } else if (titled && at === first && (titleQualifiers.has(lexiconKey(tokens[at]!.core)))) {
        first = at + 1;
      }
    }
    index = Math.max(push(first, last, titled), index) + 1;
  }
  return runs;
}

/** Whether the word after `index` continues its run. */
function continuesRun(text: string, tokens: readonly Token[], index: number, isRegistered: (token: Token) => boolean): boolean {
  const current = tokens[index]!;
  const next = tokens[index + 1];
  if (!next || current.possessive || isRegistered(next) || !isJoined(text, current, next)) return false;
  // In a headline every word is capitalised, so there a verb or an adverb ends the name: "Angela Merkel Met Bush";
  // never after an initial, which a surname follows ("Robert M. Gates").
  if (isHeadlineVerb(next) && !titleQualifiers.has(lexiconKey(next.core)) && !isInitial(current)) return false;
  if (current.hyphenated) return true;
  // A function word ends a name, capitalised in a headline or not: "Maliki On Blackwater", "Lauer With".
  if (!isNameWord(next) && functionTags.some((tag) => tagsOf(next.core).has(tag)) && !nameParticles.has(next.core.toLowerCase())) {
    return lexiconKey(next.core) === 'of' && isTitleAt(tokens, index, true) && isCapitalized(tokens[index + 2]?.core ?? '') && isJoined(text, next, tokens[index + 2]!);
  }
  const afterNext = tokens[index + 2];
  // "Osama bin Laden".
  if (nameParticles.has(next.core.toLowerCase())) return afterNext !== undefined && isCapitalized(afterNext.core) && isJoined(text, next, afterNext) && !isRegistered(afterNext);
  return isCapitalized(next.core) && !(isInitial(current) && text.charAt(current.termEnd) !== '.');
}

function isHeadlineVerb(token: Token | undefined): boolean {
  return token?.headline === true && !isNameWord(token) && (['Verb', 'Adverb', 'Plural'].some((tag) => token.tags.has(tag)) || isUnlistedVerb(token.core));
}

/**
 * Whether the token is a title before a name: an honorific of compromise's lexicon or one it lacks ("Dr.",
 * "Senator"), a role it knows ("Secretary", "Administrator"), or, before a name, a word its rules read as an
 * honorific there ("General Odierno", not "General Assembly"). `loose` also takes the role before a qualifier.
 */
function isTitleAt(tokens: readonly Token[], index: number, loose = false): boolean {
  const token = tokens[index]!;
  if (!isCapitalized(token.core) || isNameWord(token) || token.possessive) return false;
  const word = token.core.replace(/s$/u, '');
  if (isTitleWord(token.core) || isTitleWord(word)) return true;
  const role = token.tags.has('Actor') || tagsOf(word).has('Actor');
  const next = tokens[index + 1];
  if (loose || next === undefined) return role;
  // A role after an article names a thing's kind ("the Mayor Awards"), not a person.
  const previous = tokens[index - 1];
  const office = role && ['the', 'a', 'an'].includes(lexiconKey(previous?.core ?? ''));
  return (role && !office) || (isTitleWord(token.core, true) && (isNameWord(next) || isForeignWord(next)));
}

function hasNoNameTag(token: Token): boolean {
  return !isNameWord(token) && !isInitial(token) && notPersonTags.some((tag) => token.tags.has(tag));
}

/** A capital letter before the dot of an initial ("C. David Welch"), read as no word of the lexicon. */
function isInitial(token: Token): boolean {
  return /^\p{Lu}$/u.test(token.core);
}

function opensNoName(token: Token): boolean {
  if (isInitial(token) || isNameWord(token)) return false;
  if (/['’](?:m|re|ll|ve|d|t)$/iu.test(token.core) || functionTags.some((tag) => token.tags.has(tag))) return true;
  return (token.sentenceStart || token.headline) && isCommonWord(token);
}

/** What says a run is no person's name: a thing's, place's or event's word in it, or a word no name has. */
function disproof(text: string, tokens: readonly Token[], run: Run, knownSurname: boolean): boolean {
  const words = tokens.slice(run.first, run.last + 1);
  // A letter alone is no name: the pronoun "I", "Q" for a question. (An untitled roman numeral is capitals, below.)
  if (words.length === 1 && /^\p{Lu}$/u.test(words[0]!.core)) return true;
  // Capitals are an acronym's ("NATO", "FEMA") unless a title says they are a name ("Mr. BIDEN"), or the article
  // knows the surname of a full name in capitals.
  if (!run.titled && !(knownSurname && words.length > 1) && words.some((word) => isAcronym(word.core))) return true;
  // A word a full name made a surname is one, "Hill" or "Burns" though it be.
  if (knownSurname) return false;
  return (
    // A gerund is an event's or a thing's word ("Envoy Meeting"), though it stays in the run ("Briefing Room").
    words.some((word) => hasNoNameTag(word) || (word.tags.has('Gerund') && !isNameWord(word))) ||
    // "Deputy Commanding General", "Mr. Speaker": a title or a role where the name should be.
    words.some((word, at) => isTitleAt(tokens, run.first + at, true) || isTitleWord(word.core, true)) ||
    (words.length === 1 && roleOf(words[0]!.core) !== undefined) ||
    // Before a common noun, with no given name to open it, a run after a determiner or a possessive is a modifier
    // ("the Euro-Atlantic community"); after a verb it may be an object before another ("granted Dost Gul bail").
    (!run.titled && !isGivenName(words[0]!) && isDetermined(tokens[run.first - 1]) && modifiesNext(text, tokens, run.last)) ||
    // "North Carolina", "New York": a place's name, not a person named after one.
    (!run.titled && words.every((word) => word.tags.has('Place'))) ||
    // "Fort Jackson", "Lake Charles": a place's or an organisation's word opens it.
    (organisationWords.has(lexiconKey(words[0]!.core)) || placeWords.has(lexiconKey(words[0]!.core))) && !isNameWord(words[0]!)
  );
}

/**
 * Whether the word after `last` is a common noun that the run before it modifies ("the Mkhatshwa camp"), not a
 * verb ("Mkhatshwa said"); a word ending in "s" may be either ("Mkhatshwa visits"), and is left alone.
 */
function modifiesNext(text: string, tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  if (next === undefined || tokens[last]!.possessive || !/^[^\S\n]+$/u.test(text.slice(tokens[last]!.termEnd, next.start))) return false;
  const tags = tagsOf(next.core);
  if (!/^\p{Ll}.*[^s]$/u.test(next.core) || ['Verb', 'Date', 'Value', 'Pronoun'].some((tag) => tags.has(tag))) return false;
  return tags.has('Noun') || (tags.size === 0 && !isUnlistedVerb(next.core));
}

function isDetermined(previous: Token | undefined): boolean {
  return previous !== undefined && (previous.possessive || tagsOf(lexiconKey(previous.core)).has('Determiner'));
}

/** A family name before a given name hyphened to a part in lower case: "Ban Ki-moon", not "U-N-authorized". */
function isEastAsianName(words: readonly Token[]): boolean {
  return words.length === 3 && words[1]!.hyphenated && /^\p{Ll}/u.test(words[2]!.core) && !words.some(isInitial);
}

/** Whether a role is set after `end` in apposition: ", Haiti's interim president", ", a rebel commander". */
function isApposed(text: string, end: number): boolean {
  const words = /^,[^\S\n]+(?:an?|the|\p{Lu}\p{L}*['’]s)((?:[^\S\n]+[\p{L}'’-]+){1,4})/u.exec(text.slice(end, end + 80))?.[1]?.trim().split(/\s+/u) ?? [];
  // The head noun is the last word in lower case, neither an adjective nor a possessive, before a function word,
  // a modifier set after the noun or the comma: "a refugee ▸camp near the border", "a ▸leader responsible for".
  const stop = words.findIndex((word, at) => functionTags.some((tag) => tagsOf(word).has(tag)) || (at > 0 && /(?:ible|able|ed)$/u.test(word)));
  const noun = words.slice(0, stop < 0 ? undefined : stop).findLast((word) => /^\p{Ll}/u.test(word) && !/['’]s$/u.test(word) && !tagsOf(word).has('Adjective'));
  return noun !== undefined && (tagsOf(noun).has('Actor') || roleOf(noun) !== undefined || isTitleWord(noun, true));
}

function isThingWord(token: Token): boolean {
  return (isNamedThingNoun(token.core) && !isNameWord(token)) || eventWords.has(lexiconKey(token.core));
}

/**
 * Whether an untitled run of two words or more is a name: a known given name opens it ("Dan Fried"), or
 * every word is name-shaped (a known name, a word foreign to English, a town, an initial or a particle) and
 * one is a name or foreign ("Hu Jintao", "Jabulani Sibanda", "Paris Hilton").
 */
function isNameEvidence(words: readonly Token[]): boolean {
  const lead = words.find((word) => !isInitial(word));
  if (lead === undefined || isGivenName(lead)) return lead !== undefined;
  const particle = (word: Token): boolean => nameParticles.has(word.core.toLowerCase());
  if (isEastAsianName(words)) return true;
  // A town is a name too ("Virginia", "Paris"); a country is no part of one and has cut the run already.
  const shaped = (word: Token): boolean =>
    isNameWord(word) || personSwitches.has(lexiconKey(word.core)) || isForeignWord(word) || word.tags.has('Place') || isInitial(word) || particle(word) || word.hyphenated;
  // "Al Qaeda" is a particle and one word: too little for a name.
  return words.every(shaped) && words.some((word) => isNameWord(word) || isForeignWord(word)) && words.filter((word) => !particle(word)).length > 1;
}

/**
 * The id of a person named by one word after no title and known by no earlier name: a title makes it one;
 * else a family name known only as one ("Chavez said"), a word the article gives alone again and again, or a
 * given name that an earlier full name began (also shortened: "Chris" for "Christopher"), that is spoken to
 * ("Thank you, Matt.") or paired ("Laura and I"), or that acts ("Sean announced").
 */
function nameAlone(text: string, tokens: readonly Token[], run: Run, names: Map<string, string>, repeated: ReadonlySet<string>): string | undefined {
  const token = tokens[run.first]!;
  const word = nameCase(token.core);
  // "the Hill", "in Jackson": after an article, a conjunction or a preposition of place a word names a thing or a place.
  const previous = tokens[run.first - 1];
  const thing = previous !== undefined && isThingContext(previous.core);
  if (run.titled || (repeated.has(word) && !token.headline && !thing)) return newPerson(word, names);
  if (isOnlyName(token, 'family') && !token.sentenceStart && !thing) return newPerson(word, names);
  // The one person whose fuller name it began, though the lexicon lack it ("Bashar" after "Bashar Assad"); with
  // two ("George Bush", "George Tenet") no one.
  const starts = (given: string): boolean => given === word || (isGivenName(token) && given.length > word.length && sameGivenName(given, word));
  const earlier = peopleGiven(names, word).filter((id) => names.get(id) !== word && starts(names.get(id)!.split(' ', 1)[0]!));
  if (earlier.length > 0) return earlier.length === 1 ? earlier[0] : undefined;
  if (!isOnlyName(token, 'given')) return undefined;
  const before = text.slice(Math.max(0, token.start - 2), token.start);
  const after = text.slice(token.termEnd, token.termEnd + 12);
  const addressed = (/,\s$/u.test(before) || run.first === 0 || /\n\s*$/u.test(before)) && /^(?:[,.?!;:—]|\s+(?:--|—))/u.test(after);
  const paired = /^\s+and\s+(?:I|me)\b/u.test(after) || /\b(?:I|me)\s+and\s$/u.test(text.slice(Math.max(0, token.start - 8), token.start));
  const next = tokens[run.first + 1];
  const acts = next !== undefined && /^\s+$/u.test(text.slice(token.termEnd, next.start)) && tagsOf(next.core).has('PastTense');
  return addressed || paired || acts ? newPerson(word, names) : undefined;
}

function newPerson(name: string, names: Map<string, string>): string {
  const person = unregisteredPersonId(name);
  if (!names.has(person)) setName(names, person, name);
  return person;
}

// Each map of names by the first three letters of a given name, so that a given name alone looks up only the
// people it may begin; an id stays under an older name's key too, which the caller's test rules out.
const givenIndex = new WeakMap<Map<string, string>, Map<string, Set<string>>>();
const givenKey = (name: string): string => name.split(' ', 1)[0]!.toLowerCase().slice(0, 3);

function setName(names: Map<string, string>, person: string, name: string): void {
  names.set(person, name);
  const index = givenIndex.get(names);
  index?.set(givenKey(name), (index.get(givenKey(name)) ?? new Set()).add(person));
}

/** The ids whose given name may be `word` or a longer form of it, a short form's too ("Bob" for "Robert"). */
function peopleGiven(names: Map<string, string>, word: string): string[] {
  if (!givenIndex.has(names)) {
    givenIndex.set(names, new Map());
    for (const [person, name] of names) setName(names, person, name);
  }
  const index = givenIndex.get(names)!;
  const lower = word.toLowerCase();
  const forms = [lower, shortForms[lower] ?? '', ...Object.keys(shortForms).filter((short) => shortForms[short] === lower)];
  return [...new Set(forms.flatMap((form) => [...(index.get(givenKey(form)) ?? [])]))];
}

/**
 * The earlier person's id when a full name means the one its surname already named: known by the surname
 * alone ("President Roh" … "Roh Moo-hyun"), or by the same given name ("Stephen" … "Steve", "Robert" … "Bob").
 */
function sameAs(earlier: string | undefined, fullName: string, names: ReadonlyMap<string, string>): string | undefined {
  if (earlier === undefined) return undefined;
  const known = names.get(earlier);
  if (known === undefined || !/\s/u.test(known) || !/\s/u.test(fullName)) return earlier;
  return sameGivenName(known.split(' ')[0]!, fullName.split(' ')[0]!) ? earlier : undefined;
}

// Short forms of given names that share no first letters with them; others do ("Nick", "Chris", "Steve").
const shortForms: Readonly<Record<string, string>> = {
  bob: 'robert', bill: 'william', dick: 'richard', rick: 'richard', jim: 'james', jack: 'john', ted: 'edward',
  tony: 'anthony', chuck: 'charles', hank: 'henry', peggy: 'margaret', liz: 'elizabeth', beth: 'elizabeth',
};

/** Whether two given names may be one person's: alike in their first three letters, or a short form ("Bob", "Robert"). */
function sameGivenName(one: string, other: string): boolean {
  const [a, b] = [one.toLowerCase(), other.toLowerCase()];
  return (a.length >= 3 && b.length >= 3 && a.slice(0, 3) === b.slice(0, 3)) || shortForms[a] === b || shortForms[b] === a;
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
  const abbreviation = isInitial(left) || abbreviations.has(lexiconKey(left.core));
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
