/**
 * People in an op-ed: the mentions of registered people (by name or alias), of per-article coreference
 * phrases ("the president"), and of people the registry lacks, found with compromise's lexicon.
 *
 * Mentions are plain data with UTF-16 offsets into the text they were found in, so a remark plugin can wrap
 * them without changing a character of the source.
 */
import nlp from 'compromise';
import {splitSentences} from './sentences.ts';
import {findRolePhrases, findSpeakerLabels, isNamedAfter, titleBefore} from './people-roles.ts';

/** One person in the registry (`content/people/<id>`). */
export interface PersonEntry {
  /** Kebab-case id, e.g. `george-w-bush`. */
  id: string;
  /** The name as the edition prints it, e.g. `George W. Bush`. */
  name: string;
  /** Other ways a text names the person, matched case-sensitively, e.g. `Bush`, `President Bush`. */
  aliases: string[];
}

/** A phrase that, in one article only, stands for a registered person, e.g. `the president` for Bush. */
export interface Coreference {
  /** The phrase, matched case-insensitively at word boundaries. */
  phrase: string;
  /** The registry id it stands for. */
  person: string;
}

/** One place where a text names a person. */
export interface PersonMention {
  /**
   * The matched text as it stands, e.g. `President Bush`, `Kim Jong Il`, `the president`; a possessive
   * suffix stays outside (`Bush’s` is tagged as `Bush`), so the tag wraps the name and not the grammar.
   */
  text: string;
  /** UTF-16 index into the input: `text === input.slice(offset, offset + text.length)`. */
  offset: number;
  /** The registry id, or `unregistered-<slug>` for a person the registry lacks. */
  person: string;
  /** Whether `person` is a registry id. */
  registered: boolean;
  /**
   * What found it: the registry name, an alias, a coreference phrase, name detection, or `inferred`: a role
   * ("the President", "Mr. Ambassador") read as the one person the text names with that title, for an editor
   * to confirm.
   */
  via: 'name' | 'alias' | 'coreference' | 'detected' | 'inferred';
  /** For a person the registry lacks, the fullest name the text has given so far ("John Warner" for "Warner"). */
  name?: string;
}

/** Options for `createPeopleMatcher`. */
export interface PeopleMatcherOptions {
  /** Whether to look for people the registry lacks, with compromise's lexicon (default: `true`). */
  detectUnregistered?: boolean;
}

/** A matcher compiled for one registry. */
export interface PeopleMatcher {
  /**
   * Find the people a text mentions.
   *
   * @param text One paragraph (or any run of text) of an article.
   * @param coreference The article's own coreference phrases; none are applied unless passed.
   * @param memory What earlier paragraphs of the same article taught (see `PeopleMemory`); without it,
   *   each call stands alone.
   * @returns Mentions sorted by offset, never overlapping.
   */
  find(text: string, coreference?: readonly Coreference[], memory?: PeopleMemory): PersonMention[];
}

/**
 * What a matcher carries from one paragraph of an article to the next, so that “Hadley said” in paragraph
 * three still follows “Steve Hadley” in paragraph one. Make one per article (`{surnames: new Map()}`) and
 * pass it to every `find` call for that article, in reading order.
 */
export interface PeopleMemory {
  /** Surname → id of the nearest unregistered full name detected before it. */
  surnames: Map<string, string>;
  /** Id → the fullest name detected for a person the registry lacks. */
  names?: Map<string, string>;
  /** Role (`president`, `secretary`…) → ids of the people named with that title so far. */
  titled?: Map<string, Set<string>>;
  /** The id of the speaker of the latest transcript label ("MR. SMITH:"), who is not the one addressed. */
  speaker?: string;
}

/**
 * Nouns that turn a name before them into a modifier of an institution or period rather than a mention of
 * the person ("the Bush administration", "the Bush doctrine", "Bush-era", "the Kim regime"); plurals count.
 */
export const institutionNouns: readonly string[] = [
  'administration',
  'doctrine',
  'regime',
  'government',
  'White House',
  'era',
  'team',
  'family',
  'dynasty',
  'years',
  'presidency',
  'policy',
  'camp',
  'campaign',
];

/**
 * The id given to a person the registry lacks: `unregistered-` and the name as kebab-case ASCII.
 *
 * @param name The name as detected, e.g. `Condoleezza Rice`.
 * @returns e.g. `unregistered-condoleezza-rice`.
 */
export function unregisteredPersonId(name: string): string {
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
}

/**
 * Compile a matcher for a registry once, so that matching a paragraph is one regex scan (plus one scan of its
 * words against compromise's lexicon when detecting unregistered people) however many aliases the registry
 * holds.
 *
 * @param registry The people registry; when two entries share a form, the first entry keeps it.
 * @param options `detectUnregistered` (default `true`).
 * @returns A matcher whose `find` returns a text's person mentions.
 */
export function createPeopleMatcher(
  registry: readonly PersonEntry[],
  options: PeopleMatcherOptions = {},
): PeopleMatcher {
  const detectUnregistered = options.detectUnregistered ?? true;
  const forms = new Map<string, {person: string; via: 'name' | 'alias'}>();
  const addForm = (form: string, person: string, via: 'name' | 'alias'): void => {
    const key = normalizeForm(form);
    if (key !== '' && !forms.has(key)) forms.set(key, {person, via});
  };
  // Names before aliases, so a form that is one person's name and another's alias stays the name.
  for (const entry of registry) addForm(entry.name, entry.id, 'name');
  for (const entry of registry) for (const alias of entry.aliases) addForm(alias, entry.id, 'alias');
  // Longest first, so that at any position the alternation takes "President Bush" before "Bush".
  const alternatives = [...forms.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(formPattern);
  // Each registered person under the skeleton of every name and alias and of their last words, so that a
  // spelling the registry lacks ("Ahmadi-Nejad", "Qaddafi") still finds its person.
  const variants = new Map<string, string>();
  for (const entry of registry) {
    for (const form of [entry.name, ...entry.aliases]) {
      for (const key of [skeleton(form), skeleton(lastWord(form))]) if (key !== '' && !variants.has(key)) variants.set(key, entry.id);
    }
  }
  const namePattern =
    alternatives.length === 0 ? undefined : new RegExp(`${wordStart}(?:${alternatives.join('|')})${wordEnd}`, 'gu');
  // Keyed by content, not by array identity, so a caller may rebuild or mutate its list between calls.
  const coreferenceCache = new Map<string, CompiledCoreference | undefined>();

  return {
    find(text, coreference, memory) {
      const registered: PersonMention[] = [];
      if (namePattern) {
        for (const match of text.matchAll(namePattern)) {
          const found = forms.get(normalizeForm(match[0]));
          const end = match.index + match[0].length;
          if (!found || isInstitutionModifier(text, end) || isNamedAfter(text, match.index, end)) continue;
          // "Kim" is someone else in "Kim Gye-gwan": a one-word form before a hyphenated given name.
          if (!/\s/u.test(match[0].trim()) && /^[^\S\n]+\p{Lu}\p{L}*-\p{L}/u.test(text.slice(end))) continue;
          const {person, via} = found;
          registered.push({text: match[0], offset: match.index, person, registered: true, via});
        }
      }

      const names = memory?.names ?? new Map<string, string>();
      if (memory && !memory.names) memory.names = names;
      const speakers = speakerMentions(text, registry, registered, memory?.surnames ?? new Map(), names);
      const detected = detectUnregistered
        ? detectPeople(text, [...registered, ...speakers], memory?.surnames ?? new Map(), names, variants)
        : [];
      const named = [...registered, ...speakers, ...detected].sort(byOffset);

      const coreferent: PersonMention[] = [];
      if (coreference && coreference.length > 0) {
        const key = JSON.stringify(coreference.map(({phrase, person}) => [phrase, person]));
        if (!coreferenceCache.has(key)) coreferenceCache.set(key, compileCoreference(coreference));
        const compiled = coreferenceCache.get(key);
        if (compiled) {
          for (const match of text.matchAll(compiled.pattern)) {
            const person = compiled.persons.get(normalizeForm(match[0]).toLowerCase());
            const span = {start: match.index, end: match.index + match[0].length};
            if (!person || named.some((mention) => overlaps(span, spanOf(mention)))) continue;
            if (isTitleBeforeName(text, span.end, named)) continue;
            coreferent.push({text: match[0], offset: match.index, person, registered: true, via: 'coreference'});
          }
        }
      }

      const inferred = memory ? inferRoles(text, [...named, ...coreferent], memory) : [];
      return [...named, ...coreferent, ...inferred].sort(byOffset);
    },
  };
}

/**
 * Transcript speaker labels ("MR. SMITH:"), read as the registered person whose name ends in that surname, else
 * the person the article already named in full with it, else a new unregistered person.
 */
function speakerMentions(
  text: string,
  registry: readonly PersonEntry[],
  registered: readonly PersonMention[],
  surnames: Map<string, string>,
  names: Map<string, string>,
): PersonMention[] {
  const mentions: PersonMention[] = [];
  for (const label of findSpeakerLabels(text)) {
    const span = {start: label.offset, end: label.offset + label.text.length};
    if (registered.some((mention) => overlaps(span, spanOf(mention)))) continue;
    const surname = label.surname.toLowerCase();
    // The article's own full names first ("Chun Young-woo" before a registered "Pak Ui Chun"), then the registry.
    const known = [...surnames].find(([word]) => word.toLowerCase() === surname)?.[1];
    const entry = known === undefined ? registry.find((person) => lastWord(person.name) === surname) : undefined;
    if (entry) {
      mentions.push({text: label.text, offset: label.offset, person: entry.id, registered: true, via: 'alias'});
      continue;
    }
    const display = label.surname.charAt(0) + label.surname.slice(1).toLowerCase();
    const person = known ?? unregisteredPersonId(display);
    if (!known) surnames.set(display, person);
    if (!names.has(person)) names.set(person, display);
    const name = names.get(person);
    mentions.push({text: label.text, offset: label.offset, person, registered: false, via: 'detected', ...(name ? {name} : {})});
  }
  return mentions;
}

/**
 * A spelling-blind key for a name, so that transliterations meet ("Gadhafi", "Qaddafi", "Kadafi" → `kdf`;
 * "Ahmadi-Nejad", "Ahmadinejad"): ASCII letters, the first kept, then consonants only, with q, c and g read as
 * k and doubled letters single. Empty for names under five letters, where such keys would collide.
 */
function skeleton(name: string): string {
  const letters = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
  if (letters.length < 5) return '';
  return (letters.charAt(0) + letters.slice(1).replace(/ph/g, 'f').replace(/[aeiouyhw]/g, ''))
    .replace(/[qgc]/g, 'k')
    .replace(/(.)\1+/g, '$1');
}

function lastWord(name: string): string {
  return name.trim().split(/\s+/u).filter((word) => !nameSuffixes.has(word.replace(/\.$/, ''))).at(-1)?.toLowerCase() ?? '';
}

/**
 * Roles named without a name, read as the one person the article has named with that title: "the President"
 * after "President Bush"; "Mr. President" said to the one president who is not speaking. Tagged `inferred`.
 */
function inferRoles(text: string, named: readonly PersonMention[], memory: PeopleMemory): PersonMention[] {
  const titled = memory.titled ?? new Map<string, Set<string>>();
  memory.titled = titled;
  const speakerLabels = findSpeakerLabels(text);
  for (const mention of named) {
    if (mention.via === 'coreference' || mention.via === 'inferred') continue;
    const label = speakerLabels.find((one) => one.offset === mention.offset);
    const role = label ? label.role : (titleBefore(text, mention.offset) ?? titleBefore(mention.text, mention.text.lastIndexOf(' ') + 1));
    if (!role) continue;
    const holders = titled.get(role) ?? new Set<string>();
    holders.add(mention.person);
    titled.set(role, holders);
  }
  const inferred: PersonMention[] = [];
  let speaker = memory.speaker;
  for (const phrase of findRolePhrases(text)) {
    // The label of the paragraph this phrase is in says who speaks, and so who is not addressed.
    const label = speakerLabels.filter((one) => one.offset < phrase.offset).at(-1);
    if (label) speaker = named.find((mention) => mention.offset === label.offset)?.person ?? speaker;
    const span = {start: phrase.offset, end: phrase.offset + phrase.text.length};
    if (named.some((mention) => overlaps(span, spanOf(mention)))) continue;
    const holders = [...(titled.get(phrase.role) ?? [])].filter((person) => phrase.kind === 'bare' || person !== speaker);
    if (holders.length !== 1) continue;
    const person = holders[0]!;
    const registered = !person.startsWith('unregistered-');
    const name = memory.names?.get(person);
    inferred.push({text: phrase.text, offset: phrase.offset, person, registered, via: 'inferred', ...(name ? {name} : {})});
  }
  const lastLabel = speakerLabels.at(-1);
  if (lastLabel) memory.speaker = named.find((mention) => mention.offset === lastLabel.offset)?.person ?? memory.speaker;
  else if (speaker) memory.speaker = speaker;
  return inferred;
}

interface Span {
  start: number;
  end: number;
}

interface CompiledCoreference {
  pattern: RegExp;
  persons: Map<string, string>;
}

// Letters, digits and underscores continue a word; apostrophes and hyphens do not, so possessives
// ("Bush’s") and compounds ("Kim Jong Il—Bush") still match.
const wordStart = '(?<![\\p{L}\\p{N}_])';
const wordEnd = '(?![\\p{L}\\p{N}_])';

const institutionPattern = new RegExp(
  `(?:\\s+|-)(?:${institutionNouns.map(nounPattern).join('|')})${wordEnd}`,
  'iuy',
);

// A coreference phrase followed by "of <Name>" names some other office holder ("the president of Iran").
const otherOfficePattern = /\s+of\s+\p{Lu}/uy;

function nounPattern(noun: string): string {
  const words = escapeRegExp(noun).replace(/ /g, '\\s+');
  return words.endsWith('y') ? `${words.slice(0, -1)}(?:y|ies)` : `${words}s?`;
}

/** Same key for a form however the text spaces it or which apostrophe it uses. */
function normalizeForm(form: string): string {
  return form.trim().replace(/\s+/gu, ' ').replace(/'/g, '’');
}

function formPattern(form: string): string {
  return escapeRegExp(form).replace(/ /g, '\\s+').replace(/’/g, "['’]");
}

function escapeRegExp(value: string): string {
  // Only syntax characters: the `u` flag rejects needless escapes such as `\-`.
  return value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function compileCoreference(coreference: readonly Coreference[]): CompiledCoreference | undefined {
  const persons = new Map<string, string>();
  for (const {phrase, person} of coreference) {
    const key = normalizeForm(phrase).toLowerCase();
    if (key !== '' && !persons.has(key)) persons.set(key, person);
  }
  if (persons.size === 0) return undefined;
  const alternatives = [...persons.keys()].sort((a, b) => b.length - a.length).map(formPattern);
  return {pattern: new RegExp(`${wordStart}(?:${alternatives.join('|')})${wordEnd}`, 'giu'), persons};
}

function isInstitutionModifier(text: string, end: number): boolean {
  institutionPattern.lastIndex = end;
  return institutionPattern.test(text);
}

/** "the president Kim Jong Il" uses the phrase as a title for the name after it, not for the article's person. */
function isTitleBeforeName(text: string, end: number, named: readonly PersonMention[]): boolean {
  otherOfficePattern.lastIndex = end;
  if (otherOfficePattern.test(text)) return true;
  const next = named.find((mention) => mention.offset >= end);
  return next !== undefined && /^\s+$/u.test(text.slice(end, next.offset));
}

function spanOf(mention: PersonMention): Span {
  return {start: mention.offset, end: mention.offset + mention.text.length};
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function byOffset(a: PersonMention, b: PersonMention): number {
  return a.offset - b.offset;
}

// ---------------------------------------------------------------------------------------------------------
// Detecting people the registry lacks.
//
// Without a parse: compromise's full parse tags every word of every sentence in context, and cost about 30 ms
// an article, three quarters of all tagging, while the rules below only ask a few things of capitalised words
// (a given name? a family name? a country? a verb?). compromise's lexicon, read once, answers those; one regex
// finds the words. What the parse added in context comes from compromise's own rules, applied where they
// matter: a word before a name it knows is part of the name (how `people()` finds "Saddam Hussein"); an
// organisation or place word ("Foundation", "Airport") takes the capitalised words before it; its patterns
// guess family names it does not list ("O’Keeffe"); and its phrases name wholes ("North Korea", "Paris
// Hilton").
//
// Candidates come from three sources, then pass the same filters:
//   1. capitalised words right after a personal title ("Secretary of State Condoleezza Rice", "Dr. Rice");
//   2. a capitalised word the lexicon knows as a given name ("Christopher", "Clinton"), or as a family name
//      before a word it does not know ("Hu Jintao");
//   3. a capitalised word right before a known name ("Saddam Hussein", "Bill Clinton").
// Each grows into the whole run of capitalised words after it, so "Christopher" takes its "Hill" and
// "Kim Jong" its "Il"; the run ends at a word that cannot be part of a name (a function word, a date, a
// country; in a headline also a verb), at an organisation's or place's name, or at a line break before a
// given name ("Stephen Hadley⏎James S. Brady").
// Filters: leading titles, lowercase words and sentence-initial common words ("Yet", "Later") are stripped,
// as is a job before a given name ("Communications Director ▸Dan Bartlett"); every word must be capitalised
// (lowercase particles such as "bin" or "van" may sit inside); acronyms ("NIE") and words the lexicon knows
// as countries, organisations, nationalities or dates ("Korea", "American") reject the candidate; a single
// word counts only after a title ("Dr. Rice"), so a lone "Kim" or "President" is dropped; anything
// overlapping a registered mention is dropped, as is a name used as a modifier of an institution noun.
// A detected full name also claims later bare mentions of its surname in the same text ("Condoleezza Rice …
// Rice said" → `unregistered-condoleezza-rice`), unless the surname is part of a longer proper name
// ("Capitol Hill", "Susan Rice"); with two full names sharing a surname, the nearest one before wins.
// ---------------------------------------------------------------------------------------------------------

interface Token {
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

interface Candidate {
  first: number;
  last: number;
  titleLed: boolean;
}

const personalTitles = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'professor', 'sen', 'senator', 'rep', 'representative', 'congressman',
  'congresswoman', 'gov', 'governor', 'mayor', 'president', 'secretary', 'ambassador', 'envoy', 'chancellor',
  'minister', 'premier', 'chairman', 'chairwoman', 'ayatollah', 'sheikh', 'gen', 'adm', 'col', 'pope', 'director',
]);

// Words that extend a title ("Secretary of State", "Vice President", "Secretary General") without being part
// of the name after it.
const titleQualifiers = new Set([
  'of', 'the', 'for', 'state', 'defense', 'defence', 'treasury', 'energy', 'homeland', 'security', 'foreign',
  'affairs', 'national', 'adviser', 'advisor', 'deputy', 'assistant', 'under', 'vice', 'prime', 'supreme',
  'leader', 'general', 'special', 'central', 'intelligence', 'budget', 'management',
]);
const titleConnectors = new Set(['of', 'the', 'for']);

// Words that may sit inside a name ("Osama bin Laden", "Ursula von der Leyen", "Jean-Marie Le Pen").
const nameParticles = new Set(['al', 'bin', 'ibn', 'da', 'de', 'del', 'der', 'di', 'du', 'la', 'le', 'van', 'von']);

const nameSuffixes = new Set(['Jr', 'Sr', 'II', 'III', 'IV']);

// Lexicon tags no word of a person's name carries. Cities and regions are left out on purpose: people are
// named Washington, Bolton and Paris.
const notPersonLexiconTags = [
  'Country', 'Demonym', 'Organization', 'Company', 'SportsTeam', 'Month', 'WeekDay', 'Holiday', 'Religion',
];
// Lexicon tags of a capitalised word that end a run of capitalised words before it: the word is not part of
// the name. Not verbs or adverbs in running text, where a capitalised "Will", "Said" or "Hunt" after a given
// name is a surname; nor cities and regions ("George Washington").
const runBreakingTags = [
  'Preposition', 'Determiner', 'Conjunction', 'QuestionWord', 'Date', 'Value', 'Country', 'Organization',
];
const headlineBreakingTags = ['Verb', 'Adverb', 'Plural'];
// Lexicon tags of a word that is not the first word of the name after it: verbs, adjectives and function
// words ("Met Angela", "Democratic Clinton", "The Hill"). Nouns may be ("Bill Clinton").
const notNameStartTags = [
  'Verb', 'Adjective', 'Adverb', 'Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'QuestionWord', 'Date',
  'Value', 'Expression',
];

const {
  lexicon,
  phrases,
  phraseLengths,
  abbreviations,
  organisationWords,
  placeWords,
  personSwitches,
  surnamePatterns,
  surnameTags,
} = readModel();

/**
 * The words of a text, with what compromise's lexicon knows of each. Words are runs of letters and digits
 * with inner apostrophes ("O’Brien") or, for dotted abbreviations, inner dots ("U.S"); a hyphen splits a
 * compound into words ("Moo-hyun") and marks the first as hyphenated, as compromise does.
 */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(tokenPattern)) {
    const raw = match[0];
    const start = match.index;
    const core = raw.replace(/['’]s$/u, '');
    let termEnd = start + raw.length;
    // "the Clintons’ foundation": a plural possessive's apostrophe follows the word.
    if (core.endsWith('s') && isApostrophe(text.charAt(termEnd)) && !isWordCharacter(text.charAt(termEnd + 1))) {
      termEnd += 1;
    }
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
      hyphenated: text.charAt(termEnd) === '-' && isWordCharacter(text.charAt(termEnd + 1)),
    });
  }
  markPhrases(text, tokens);
  markSentences(text, tokens);
  return tokens;
}

const tokenPattern = /\p{L}(?:\.\p{L})+(?![\p{L}\p{M}\p{N}])|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

function isApostrophe(character: string): boolean {
  return character === '’' || character === "'";
}

function isWordCharacter(character: string): boolean {
  return /^[\p{L}\p{N}]$/u.test(character);
}

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

function detectPeople(
  text: string,
  registered: readonly PersonMention[],
  surnames: Map<string, string>,
  names: Map<string, string> = new Map(),
  variants: ReadonlyMap<string, string> = new Map(),
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
    if (isTitleWord(token, personalTitles)) {
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
    const name = names.get(person);
    mentions.push({text: mention, offset: span.start, person, registered: false, via: 'detected', ...(name && name !== mention ? {name} : {})});
    claimed.push(span);
  };
  const isFree = (span: Span, end: number): boolean =>
    !claimed.some((other) => overlaps(other, span)) && !isInstitutionModifier(text, end);

  tokens.forEach((token, index) => {
    const name = namesAt.get(index);
    const lastToken = name && tokens[name.last];
    if (name && lastToken) {
      const span = {start: token.start, end: lastToken.end};
      // "the John Smith Act", "USS John Smith": a thing named after the person. Its given name and surname
      // still teach the surname, so a later "Smith" is the person.
      // In a headline a verb after the name is not the noun of a thing named after it ("Rice Plans To Call").
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
      if (variant !== undefined) {
        mentions.push({text: text.slice(span.start, span.end), offset: span.start, person: variant, registered: true, via: 'alias'});
        claimed.push(span);
        return;
      }
      const earlier = surname === undefined ? undefined : surnames.get(surname);
      const known = words.length === 1 ? surnames.get(token.core) : sameAs(earlier, fullName, names);
      const person = known ?? unregisteredPersonId(fullName);
      if (surname !== undefined && known === undefined) surnames.set(surname, person);
      if (!names.has(person) || (names.get(person)?.length ?? 0) < fullName.length) names.set(person, fullName);
      claim(span, person);
      return;
    }
    const person = surnames.get(token.core);
    if (person === undefined || isInsideLongerName(text, tokens, index)) return;
    if (isFree(token, token.end)) claim({start: token.start, end: token.end}, person);
  });
  return mentions;
}

/**
 * When a detected run of capitalised words is the name of a thing called after a person ("John Smith National
 * Defense Act", or "John Smith" after "USS"), the person's name inside it: its given names and the surname after
 * them. Otherwise `undefined`.
 */
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
 * Whether a full name is the person an earlier mention with the same surname meant: one known only by that
 * surname ("President Roh" … "Roh Moo-hyun"), or by a full name whose given name starts the same way
 * ("Stephen Hadley" … "Steve Hadley", "Christopher R. Hill" … "Christopher Hill").
 *
 * @returns The earlier person's id, or `undefined` for a different person.
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
    const title = isTitleWord(token, personalTitles) || (titleLed && isTitleWord(token, titleQualifiers));
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
    // A given name on the next line starts another name: "Stephen Hadley⏎James S. Brady" are two, and
    // "Pacific Affairs⏎Kerry Center Hotel" is a line of an address before another.
    if (isGivenName(following) && text.slice(current.termEnd, following.start).includes('\n')) break;
    // A name of two words or more is whole at the end of a line: "Michael B. Enzi⏎Senate Budget Committee".
    if (last > first && text.slice(current.termEnd, following.start).includes('\n')) break;
    const continuesWord = current.hyphenated && !isInstitutionNoun(following.core);
    const afterNext = tokens[last + 2];
    const particle =
      nameParticles.has(following.core.toLowerCase()) &&
      afterNext !== undefined &&
      isCapitalized(afterNext.core) &&
      isJoined(text, following, afterNext);
    if (!continuesWord && !particle) {
      if (!isCapitalized(following.core) || isTitleWord(following, personalTitles)) break;
      // "Brady Press Briefing Room": a gerund before a place's, organisation's or building's word is part of its name.
      const word = lexiconKey(following.core);
      const beforeNamedPlace =
        word.endsWith('ing') && (isOrganisationOrPlaceWord(tokens[last + 2]) || isNamedAfter(text, following.start, following.end));
      if (endsRun(following) && !beforeNamedPlace) break;
      // compromise's rule for organisations and places: a word such as "Foundation", "Center" or "Airport"
      // after a capitalised word makes the words before it part of the organisation's or place's name
      // ("Clinton Foundation", "Reagan National Airport", "Woodrow ▸Wilson Center"), so the person's name
      // ends before them. Unlike compromise, a given name stays a person's: "Christopher Hill", "Samantha Power".
      if ((organisationWords.has(word) || placeWords.has(word)) && !isGivenName(current)) {
        while (last >= first && !isGivenName(tokens[last]!)) last -= 1;
        break;
      }
    }
    last += 1;
  }
  while (last >= first && !isCapitalized(tokens[last]?.core ?? '') && !tokens[last - 1]?.hyphenated) last -= 1;
  if (last < first) return undefined;
  // A job before a name, read as part of it ("Communications Director Dan Bartlett", "Security Adviser Steve
  // Hadley", "Director of Central Intelligence George Tenet"): a name whose first word is not a given name but
  // has one before its last word starts at that given name. "Mohammed Ali" starts with one and "Saddam
  // Hussein" has its given name last, so both stay whole; so do "Jean-Marie" and a first word that is a
  // surname or a place people are named after ("Virginia Cassidy Blythe").
  const given = tokens.slice(first, last).findIndex(isGivenName);
  const isJob = (token: Token): boolean => !token.hyphenated && !isNameWord(token) && !isPlaceName(token);
  if (given > 0 && tokens.slice(first, first + given).every(isJob)) first += given;

  const words = tokens.slice(first, last + 1);
  if (words.some((_, index) => isRegistered(first + index))) return undefined;
  if (words.some((word) => isAcronym(word.core) || notPersonLexiconTags.some((tag) => word.tags.has(tag)))) {
    return undefined;
  }
  if (words.length === 1 && !titleLed) return undefined;
  return {first, last, titleLed};
}

function isOrganisationOrPlaceWord(token: Token | undefined): boolean {
  const word = token === undefined ? '' : lexiconKey(token.core);
  return organisationWords.has(word) || placeWords.has(word);
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
 * Whether a capitalised word may start a name: a given name ("Christopher", "Clinton"); a family name, or a
 * word compromise says may be a name ("Dick", "Ray"), before a word the lexicon does not know or knows as a
 * name ("Hu Jintao", "Jackson Pollock", "Dick Cheney", but not "Jackson Hole" or "Kennedy Center"); or a word
 * before a known name, as compromise's `people()` reads one ("Saddam Hussein", "Bill Clinton", "Jean-Marie").
 */
function startsName(text: string, tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token || !isCapitalized(token.core)) return false;
  if (isGivenName(token) || (isNameWord(token) && !token.tags.has('LastName'))) return true;
  const next = tokens[index + 1];
  if (!next || token.possessive || !isCapitalized(next.core) || !isJoined(text, token, next)) return false;
  // A family name before a hyphenated given name whose second part is lower case: "Ban Ki-moon", "Roh Moo-hyun".
  const afterNext = tokens[index + 2];
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
  if (!isNameWord(next) || isTitleWord(next, personalTitles)) return false;
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
    if (!isTitleWord(following, personalTitles) && !isTitleWord(following, titleQualifiers)) {
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
    isCapitalized(other.core) && !(other.sentenceStart && isCommonWord(other));
  return (
    (before !== undefined && !before.possessive && isJoined(text, before, token) && isProper(before)) ||
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
  if (/\n[^\S\n]*\n/u.test(gap)) return false;
  if (/^\s+$/u.test(gap)) return true;
  const abbreviation = /^\p{Lu}$/u.test(left.core) || abbreviations.has(lexiconKey(left.core));
  return abbreviation && /^\.\s+$/u.test(gap);
}

function isTitleWord(token: Token, words: ReadonlySet<string>): boolean {
  return words.has(lowerWord(token));
}

function lowerWord(token: Token): string {
  return token.core.toLowerCase().replace(/\.$/, '');
}

function isInstitutionNoun(word: string): boolean {
  institutionPattern.lastIndex = 0;
  return institutionPattern.test(` ${word}`);
}

function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

function isAcronym(word: string): boolean {
  return word.length > 1 && !/\p{Ll}/u.test(word);
}

/** Known to compromise's lexicon as a person's name, given or family ("Steve", "Clinton", "Hu"), not a title. */
function isNameWord(token: Token): boolean {
  return token.tags.has('Person') && !token.tags.has('Honorific');
}

/** Known to compromise's lexicon as a city or region, which people are named after too ("Virginia"). */
function isPlaceName(token: Token): boolean {
  return token.tags.has('Place') && !token.tags.has('Country');
}

/** Known to compromise's lexicon as something other than a name ("yet", "later", "now"). */
function isCommonWord(token: Token): boolean {
  return token.tags.size > 0 && !isNameWord(token);
}

/** Known to compromise's lexicon as a given name ("Steve", "Christopher"). */
function isGivenName(token: Token): boolean {
  return token.tags.has('FirstName');
}

// compromise types `model()` as `object`, so it is read defensively: a shape this module does not expect
// yields an empty lexicon (fewer names found) rather than an error.

interface Model {
  /** Word → its lexicon tags with the tags they imply. */
  lexicon: Map<string, ReadonlySet<string>>;
  /** Phrases of several words (`north korea`, `goldman sachs`) → their tags. */
  phrases: Map<string, ReadonlySet<string>>;
  /** First word of a phrase → words in the longest phrase it starts. */
  phraseLengths: Map<string, number>;
  /** Words written with a dot that does not end a sentence ("Dr.", "Sen.", "Gen."). */
  abbreviations: ReadonlySet<string>;
  /** Words that end an organisation's name ("Foundation", "Institute"). */
  organisationWords: ReadonlySet<string>;
  /** Words that end a place's name ("Airport", "Hill", "Street"). */
  placeWords: ReadonlySet<string>;
  /** Words compromise reads as a person's name or as something else, by context ("Dick", "Ray", "Frank"). */
  personSwitches: ReadonlySet<string>;
  /** compromise's guesses at family names it does not list ("O’Keeffe", "McDonald", "Kasparov", "Kowalski"). */
  surnamePatterns: readonly RegExp[];
  /** The tags of a word such a guess matches. */
  surnameTags: ReadonlySet<string>;
}

function readModel(): Model {
  const model: unknown = nlp.model();
  const one = property(model, 'one');
  const tagSet = property(one, 'tagSet');
  // Each tag with its parents, so `MaleName` also answers to `FirstName`, `Person` and `Noun`.
  const implied = new Map<string, ReadonlySet<string>>();
  const expand = (tags: readonly string[]): ReadonlySet<string> => {
    const key = tags.join(',');
    let set = implied.get(key);
    if (!set) {
      set = new Set(tags.flatMap((tag) => [tag, ...stringsOf(property(property(tagSet, tag), 'parents'))]));
      implied.set(key, set);
    }
    return set;
  };
  const lexicon = new Map<string, ReadonlySet<string>>();
  const phrases = new Map<string, ReadonlySet<string>>();
  const phraseLengths = new Map<string, number>();
  const raw = property(one, 'lexicon');
  for (const [word, tags] of Object.entries(typeof raw === 'object' && raw !== null ? raw : {})) {
    const set = expand(typeof tags === 'string' ? [tags] : stringsOf(tags));
    if (!word.includes(' ')) {
      lexicon.set(word, set);
    } else {
      phrases.set(word, set);
      const words = word.split(' ');
      phraseLengths.set(words[0]!, Math.max(phraseLengths.get(words[0]!) ?? 0, words.length));
    }
  }
  const abbreviations = new Set(Object.keys(objectOf(property(one, 'abbreviations'))));
  for (const [word, tags] of lexicon) if (tags.has('Abbreviation')) abbreviations.add(word);
  const two = property(model, 'two');
  const organisationWords = new Set(Object.keys(objectOf(property(two, 'orgWords'))));
  const placeWords = new Set(Object.keys(objectOf(property(two, 'placeWords'))));
  const personSwitches = new Set(
    Object.entries(objectOf(property(two, 'switches'))).flatMap(([word, kinds]) =>
      typeof kinds === 'string' && kinds.split('|').includes('Person') ? [word] : [],
    ),
  );
  // Rules are `[pattern, tag, example]`, in one list and in lists by last letter.
  const rules = [property(two, 'regexNormal'), ...Object.values(objectOf(property(two, 'endsWith')))].flatMap((list) =>
    Array.isArray(list) ? list : [],
  );
  // Copied without `g` or `y`, whose `lastIndex` would make `test` depend on the call before.
  const surnamePatterns = rules.flatMap((rule) =>
    Array.isArray(rule) && rule[0] instanceof RegExp && rule[1] === 'LastName'
      ? [new RegExp(rule[0].source, rule[0].flags.replace(/[gy]/g, ''))]
      : [],
  );
  const surnameTags = expand(['LastName']);
  return {
    lexicon,
    phrases,
    phraseLengths,
    abbreviations,
    organisationWords,
    placeWords,
    personSwitches,
    surnamePatterns,
    surnameTags,
  };
}

const noTags: ReadonlySet<string> = new Set();

function tagsOf(word: string): ReadonlySet<string> {
  const key = lexiconKey(word);
  const known = lexicon.get(key);
  if (known) return known;
  return surnamePatterns.some((pattern) => pattern.test(key)) ? surnameTags : noTags;
}

const verbGuesses = new Map<string, boolean>();

/**
 * Whether compromise reads a word its lexicon does not list as a verb or adverb ("Plans", "Visits",
 * "Attending"): its tagger conjugates and guesses from endings. Asked only of headline words, and remembered.
 */
function isUnlistedVerb(word: string): boolean {
  const key = lexiconKey(word);
  if (lexicon.has(key)) return false;
  let verb = verbGuesses.get(key);
  if (verb === undefined) {
    verb = nlp(key).has('(#Verb|#Adverb)');
    verbGuesses.set(key, verb);
  }
  return verb;
}

/** The lexicon's spelling of a word: lowercase, straight apostrophes. */
function lexiconKey(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function objectOf(value: unknown): object {
  return typeof value === 'object' && value !== null ? value : {};
}

function property(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}
