/**
 * People in an op-ed: the mentions of registered people (by name or alias), of per-article coreference
 * phrases ("the president"), and of people the registry lacks, found with compromise.
 *
 * Mentions are plain data with UTF-16 offsets into the text they were found in, so a remark plugin can wrap
 * them without changing a character of the source.
 */
import nlp from 'compromise';
import {splitSentences} from './sentences.ts';

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
  /** What found it: the registry name, an alias, a coreference phrase, or name detection. */
  via: 'name' | 'alias' | 'coreference' | 'detected';
}

/** Options for `createPeopleMatcher`. */
export interface PeopleMatcherOptions {
  /** Whether to look for people the registry lacks, with compromise (default: `true`). */
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
 * Compile a matcher for a registry once, so that matching a paragraph is one regex scan (plus one
 * compromise parse when detecting unregistered people) however many aliases the registry holds.
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
          if (!found || isInstitutionModifier(text, end)) continue;
          const {person, via} = found;
          registered.push({text: match[0], offset: match.index, person, registered: true, via});
        }
      }

      const detected = detectUnregistered ? detectPeople(text, registered, memory?.surnames ?? new Map()) : [];
      const named = [...registered, ...detected].sort(byOffset);

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

      return [...named, ...coreferent].sort(byOffset);
    },
  };
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
// compromise's `people()` alone misses names it reads as places ("Christopher Hill") or does not know
// ("Condoleezza Rice"), and returns fragments ("president Kim Jong", "Kim’s", "President"). So candidates
// come from three sources over compromise's tokens, then pass the same filters:
//   1. compromise's `people()` matches;
//   2. capitalised words right after a personal title ("Secretary of State Condoleezza Rice", "Dr. Rice");
//   3. two or more capitalised words led by a first name compromise's lexicon knows ("Christopher Hill").
// Filters: leading titles, lowercase words and sentence-initial common words ("Yet", "Later") are
// stripped; every word must be capitalised (lowercase particles such as "bin" or "van" may sit inside);
// acronyms ("NIE") and words the lexicon knows as countries, organisations, nationalities or dates ("Korea",
// "American") reject the candidate; a single word counts only after a title ("Dr. Rice"), so a lone "Kim"
// or "President" is dropped; anything overlapping a registered mention is dropped, as is a name used as a
// modifier of an institution noun.
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
  /** End of the whole term as compromise split it (a possessive included). */
  termEnd: number;
  /** compromise's tags in context. */
  tags: ReadonlySet<string>;
  possessive: boolean;
  sentenceStart: boolean;
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
  'minister', 'premier', 'chairman', 'chairwoman', 'ayatollah', 'sheikh', 'gen', 'adm', 'col', 'pope',
]);

// Words that extend a title ("Secretary of State", "Vice President", "Secretary General") without being part
// of the name after it.
const titleQualifiers = new Set([
  'of', 'the', 'for', 'state', 'defense', 'defence', 'treasury', 'energy', 'homeland', 'security', 'foreign',
  'affairs', 'national', 'adviser', 'advisor', 'deputy', 'assistant', 'under', 'vice', 'prime', 'supreme',
  'leader', 'general', 'special',
]);
const titleConnectors = new Set(['of', 'the', 'for']);

// Lowercase words that may sit inside a name ("Osama bin Laden", "Ursula von der Leyen").
const nameParticles = new Set(['al', 'bin', 'ibn', 'da', 'de', 'del', 'der', 'di', 'du', 'la', 'le', 'van', 'von']);

const nameSuffixes = new Set(['Jr', 'Sr', 'II', 'III', 'IV']);

const firstNameTags = ['FirstName', 'MaleName', 'FemaleName', 'Person'];
const givenNameTags = ['FirstName', 'MaleName', 'FemaleName'];
// Lexicon tags no word of a person's name carries. Cities and regions are left out on purpose: people are
// named Washington, Bolton and Paris.
const notPersonLexiconTags = [
  'Country', 'Demonym', 'Organization', 'Company', 'SportsTeam', 'Month', 'WeekDay', 'Holiday', 'Religion',
];
// Tags in context that end a run of capitalised words: the next word is not part of the name.
const runBreakingTags = [
  'Verb', 'Adverb', 'Preposition', 'Determiner', 'Conjunction', 'QuestionWord', 'Date', 'Value', 'Country',
  'City', 'Region', 'Organization',
];

const lexicon = readLexicon();

// compromise's steps after tokenizing, without its last one, the chunker (a tenth of the time), whose noun
// and verb phrases nothing here reads. `nlp()` runs every hook; the tokenizer has already run the first ones.
const tokenizerHooks = new Set(['alias', 'normal', 'machine', 'contractions']);
const taggingHooks = nlp.hooks().filter((hook: string) => hook !== 'chunks' && !tokenizerHooks.has(hook));

/** Tag a text with compromise, skipping the chunker. */
function parse(text: string): ReturnType<typeof nlp> {
  const doc = nlp.tokenize(text);
  doc.compute(taggingHooks);
  return doc;
}

function detectPeople(text: string, registered: readonly PersonMention[], surnames: Map<string, string>): PersonMention[] {
  // compromise's parse is most of the cost of tagging: give it only the sentences that can hold a name.
  const parsed = sentencesWorthParsing(text, registered, surnames);
  if (parsed === undefined) return [];
  const doc = parse(parsed);
  const tokens = readTokens(parsed, doc.json({offset: true}));
  if (tokens.length === 0) return [];
  const tokenAt = new Map(tokens.map((token, index) => [token.start, index]));
  const registeredSpans = registered.map(spanOf);
  const isRegistered = (index: number): boolean => {
    const token = tokens[index];
    return token !== undefined && registeredSpans.some((span) => overlaps(span, token));
  };

  const candidates: Candidate[] = [];
  // Where compromise starts a name; a run of capitalised words is not grown into one of these.
  const nameStarts = new Set<number>();
  for (const match of readMatches(doc.people().json({offset: true}))) {
    const first = tokenAt.get(match.start);
    const last = tokenAt.get(match.lastStart);
    if (first !== undefined && last !== undefined) {
      candidates.push({first, last, titleLed: false});
      nameStarts.add(first);
    }
  }
  tokens.forEach((token, index) => {
    if (isTitleWord(token, personalTitles)) {
      const nameStart = afterTitle(text, tokens, index);
      if (nameStart !== undefined) candidates.push({first: nameStart, last: nameStart, titleLed: true});
    } else if (isCapitalized(token.core) && lexiconHas(token.core, firstNameTags)) {
      candidates.push({first: index, last: index, titleLed: false});
    }
  });

  // At each start, the longest name; shorter ones starting inside it overlap it and are dropped below.
  const namesAt = new Map<number, Candidate>();
  for (const candidate of candidates) {
    const name = shapeName(text, tokens, candidate, isRegistered, nameStarts);
    const known = name && namesAt.get(name.first);
    if (name && (!known || name.last > known.last)) namesAt.set(name.first, name);
  }

  const mentions: PersonMention[] = [];
  const claimed: Span[] = [...registeredSpans];
  // `surnames` maps a surname to the id of the nearest full name before, so a later bare "Rice" follows
  // "Condoleezza Rice"; the caller's memory carries it across paragraphs.
  const claim = (span: Span, person: string): void => {
    const mention = text.slice(span.start, span.end);
    mentions.push({text: mention, offset: span.start, person, registered: false, via: 'detected'});
    claimed.push(span);
  };
  const isFree = (span: Span, end: number): boolean =>
    !claimed.some((other) => overlaps(other, span)) && !isInstitutionModifier(text, end);

  tokens.forEach((token, index) => {
    const name = namesAt.get(index);
    const lastToken = name && tokens[name.last];
    if (name && lastToken) {
      const span = {start: token.start, end: lastToken.end};
      if (!isFree(span, span.end)) return;
      const words = tokens.slice(name.first, name.last + 1).map((word) => word.core);
      // "Secretary Rice" after "Condoleezza Rice" is the same person.
      const known = words.length === 1 ? surnames.get(token.core) : undefined;
      const person = known ?? unregisteredPersonId(text.slice(span.start, span.end).replace(/\s+/gu, ' '));
      const surname = words.filter((word) => !nameSuffixes.has(word.replace(/\.$/, ''))).at(-1);
      if (surname !== undefined && known === undefined) surnames.set(surname, person);
      claim(span, person);
      return;
    }
    const person = surnames.get(token.core);
    if (person === undefined || isInsideLongerName(text, tokens, index)) return;
    if (isFree(token, token.end)) claim({start: token.start, end: token.end}, person);
  });
  return mentions;
}

// Words as the prefilter below reads them: letters and digits, with inner apostrophes ("O’Brien", "Bush’s").
const wordPattern = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;

/**
 * The text with every sentence that cannot hold an unregistered name blanked out (same length, so offsets
 * hold), or `undefined` when no sentence can. Judged without compromise, from the only shapes `shapeName`
 * and the surname rule accept: two joined words that may both belong to a name (capitalised, not an acronym,
 * not a country or organisation; a hyphen or a particle may join the second), a title before a capitalised
 * word ("secretary of state Rice"), or a capitalised word that may be a surname met before. Registered names
 * are masked first, since they never become part of a detected one.
 */
function sentencesWorthParsing(
  text: string,
  registered: readonly PersonMention[],
  surnames: ReadonlyMap<string, string>,
): string | undefined {
  if (!/\p{Lu}/u.test(text)) return undefined;
  let masked = text;
  for (const mention of registered) {
    masked = masked.slice(0, mention.offset) + ' '.repeat(mention.text.length) + masked.slice(mention.offset + mention.text.length);
  }
  const maybeSurnames = new Set(surnames.keys());
  const isNameWord = (word: string): boolean =>
    isCapitalized(word) && !isAcronym(word) && !lexiconHas(word, notPersonLexiconTags);
  // As `isJoined` joins words, give or take which dots it allows: a hyphen, spaces, or a dot and spaces.
  const joins = (gap: string): boolean => gap === '-' || (/^\.?\s+$/u.test(gap) && !/\n[^\S\n]*\n/u.test(gap));

  let kept = '';
  let reached = 0;
  let any = false;
  for (const sentence of splitSentences(text)) {
    const end = sentence.offset + sentence.text.length;
    const words = [...masked.slice(sentence.offset, end).matchAll(wordPattern)].map((match) => ({
      core: match[0].replace(/['’]s$/u, ''),
      start: sentence.offset + match.index,
      end: sentence.offset + match.index + match[0].length,
    }));
    const joined = (index: number): boolean => {
      const left = words[index];
      const right = words[index + 1];
      return left !== undefined && right !== undefined && joins(masked.slice(left.end, right.start));
    };
    // Every word is looked at, even after the sentence qualifies, to collect the surnames later ones may use.
    let worth = false;
    words.forEach((word, index) => {
      if (isCapitalized(word.core) && maybeSurnames.has(word.core)) worth = true;
      const next = words[index + 1];
      if (!next || !joined(index)) return;
      if (personalTitles.has(word.core.toLowerCase())) {
        let after = index + 1;
        while (joined(after) && titleQualifiers.has(words[after]!.core.toLowerCase())) after += 1;
        const name = words[after]?.core ?? '';
        if (isCapitalized(name)) {
          maybeSurnames.add(name);
          worth = true;
        }
      }
      const hyphen = masked.slice(word.end, next.start) === '-';
      if (isNameWord(word.core) && (isNameWord(next.core) || hyphen || nameParticles.has(next.core))) {
        maybeSurnames.add(next.core);
        worth = true;
      }
    });
    if (!worth) continue;
    any = true;
    // Blank what lies between kept sentences, keeping line breaks so lines and paragraphs stay as they were.
    kept += text.slice(reached, sentence.offset).replace(/[^\n]/gu, ' ') + text.slice(sentence.offset, end);
    reached = end;
  }
  if (!any) return undefined;
  return kept + text.slice(reached).replace(/[^\n]/gu, ' ');
}

/** Turn a candidate into a checked name (start and end token), or `undefined` when it is not one. */
function shapeName(
  text: string,
  tokens: readonly Token[],
  candidate: Candidate,
  isRegistered: (index: number) => boolean,
  nameStarts: ReadonlySet<number>,
): Candidate | undefined {
  let {first, last, titleLed} = candidate;
  for (;;) {
    const token = tokens[first];
    if (!token || first > last) return undefined;
    const title = isTitleWord(token, personalTitles) || (titleLed && isTitleWord(token, titleQualifiers));
    // compromise's "president Kim Jong", or a capitalised "Yet" that is only capitalised because it starts
    // a sentence.
    const notName = !isCapitalized(token.core) || (token.sentenceStart && !titleLed && isCommonWord(token.core));
    if (!title && !notName) break;
    titleLed ||= title;
    first += 1;
  }
  // compromise counts a job before a name as part of it ("Communications Director Dan Bartlett", "Security
  // Adviser Steve Hadley", "Director of Central Intelligence George Tenet"). A name whose first word is not a
  // given name but has one later starts at that given name; "Mohammed Ali" starts with one and stays whole.
  const given = tokens.slice(first, last).findIndex((token) => isGivenName(token.core));
  if (given > 0 && tokens.slice(first, first + given).every((token) => !token.tags.has('LastName') && !token.hyphenated)) {
    first += given;
  }
  // Grow to the whole run of capitalised words, so "Kim Jong" takes its "Il" and a lexicon first name its
  // surname; stop at registered names, so "Angela Merkel Met Bush" leaves Bush to the registry.
  for (;;) {
    const current = tokens[last];
    const following = tokens[last + 1];
    if (!current || !following || current.possessive || isRegistered(last + 1)) break;
    // compromise starts another name there: "Stephen Hadley⏎James S. Brady" are two.
    if (nameStarts.has(last + 1)) break;
    if (!isJoined(text, current, following)) break;
    if (runBreakingTags.some((tag) => following.tags.has(tag)) && !current.hyphenated) break;
    const continuesWord = current.hyphenated && !isInstitutionNoun(following.core);
    const capitalised = isCapitalized(following.core) && !isTitleWord(following, personalTitles);
    const particle = nameParticles.has(following.core) && isCapitalized(tokens[last + 2]?.core ?? '');
    if (!continuesWord && !capitalised && !particle) break;
    last += 1;
  }
  while (last >= first && !isCapitalized(tokens[last]?.core ?? '') && !tokens[last - 1]?.hyphenated) last -= 1;
  if (last < first) return undefined;

  const words = tokens.slice(first, last + 1);
  if (words.some((_, index) => isRegistered(first + index))) return undefined;
  if (words.some((word) => isAcronym(word.core) || lexiconHas(word.core, notPersonLexiconTags))) return undefined;
  if (words.length === 1 && !titleLed) return undefined;
  return {first, last, titleLed};
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
  const isProper = (other: Token): boolean => isCapitalized(other.core) && other.tags.has('ProperNoun');
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
  const abbreviation = /^\p{Lu}$/u.test(left.core) || left.tags.has('Abbreviation');
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

/** Known to compromise's lexicon as something other than a name ("yet", "later", "now"). */
function isCommonWord(word: string): boolean {
  const tags = lexicon.get(word.toLowerCase());
  return tags !== undefined && !tags.some((tag) => firstNameTags.includes(tag) || tag === 'LastName');
}

/** Known to compromise's lexicon as a given name ("Steve", "Condoleezza"). */
function isGivenName(word: string): boolean {
  return lexiconHas(word, givenNameTags);
}

function lexiconHas(word: string, tags: readonly string[]): boolean {
  return lexicon.get(word.toLowerCase())?.some((tag) => tags.includes(tag)) ?? false;
}

// compromise types `json()` and `model()` as `any`/`object`, so its output is read defensively: a shape this
// module does not expect yields no tokens rather than wrong offsets.

function readLexicon(): Map<string, string[]> {
  const model: unknown = nlp.model();
  const entries = new Map<string, string[]>();
  const raw = property(property(model, 'one'), 'lexicon');
  if (typeof raw !== 'object' || raw === null) return entries;
  for (const [word, tags] of Object.entries(raw)) {
    if (typeof tags === 'string') entries.set(word, [tags]);
    else if (Array.isArray(tags)) entries.set(word, tags.filter((tag): tag is string => typeof tag === 'string'));
  }
  return entries;
}

function readTokens(text: string, sentences: unknown): Token[] {
  const tokens: Token[] = [];
  if (!Array.isArray(sentences)) return tokens;
  for (const sentence of sentences) {
    const terms = property(sentence, 'terms');
    if (!Array.isArray(terms)) continue;
    terms.forEach((term, index) => {
      const raw = property(term, 'text');
      const start = property(property(term, 'offset'), 'start');
      const tags = property(term, 'tags');
      if (typeof raw !== 'string' || typeof start !== 'number' || raw === '') return;
      // compromise counts in UTF-16 code units like JavaScript; check rather than trust it.
      if (text.slice(start, start + raw.length) !== raw) return;
      const core = raw.replace(/['’]s$|(?<=s)['’]$/u, '');
      const tagSet = new Set(Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === 'string') : []);
      tokens.push({
        core,
        start,
        end: start + core.length,
        termEnd: start + raw.length,
        tags: tagSet,
        possessive: core !== raw,
        sentenceStart: index === 0,
        hyphenated: tagSet.has('Hyphenated') && text[start + raw.length] === '-',
      });
    });
  }
  return tokens.sort((a, b) => a.start - b.start);
}

/** The start of the first term and of the last term of each `people()` match. */
function readMatches(matches: unknown): {start: number; lastStart: number}[] {
  if (!Array.isArray(matches)) return [];
  return matches.flatMap((match) => {
    const terms = property(match, 'terms');
    if (!Array.isArray(terms) || terms.length === 0) return [];
    const start = property(property(terms[0], 'offset'), 'start');
    const lastStart = property(property(terms[terms.length - 1], 'offset'), 'start');
    return typeof start === 'number' && typeof lastStart === 'number' ? [{start, lastStart}] : [];
  });
}

function property(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}
