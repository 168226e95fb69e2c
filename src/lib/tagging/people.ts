/**
 * Mentions of registered people, of per-article coreference phrases and of people the registry lacks, as
 * UTF-16 offsets into the text, so a remark plugin can wrap them without changing a character.
 */
import {findRolePhrases, findSpeakerLabels, isNamedAfter, namesAnother, roleOf, titleBefore, type SpeakerLabel} from './people-roles.ts';
import {readArticle, type ArticleFacts} from './people-article.ts';
import {detectPeople, nameSuffixes} from './people-detect.ts';
import {
  addressesOther, escapeRegExp, isInstitutionModifier, isUnlistedVerb, nameCase, overlaps, remembered, skeleton, spanOf, tagsOf, wordEnd, wordStart, type PersonMention,
} from './people-words.ts';

export type { PersonMention };

export {institutionNouns, unregisteredPersonId} from './people-words.ts';

/** One person in the registry (`content/people/<id>`). */
export interface PersonEntry {
  id: string;
  name: string;
  /** Matched case-sensitively, e.g. `Bush`, `President Bush`. */
  aliases: string[];
}

/** A phrase that, in one article only, stands for a registered person, e.g. `the president` for Bush. */
export interface Coreference {
  /** Matched case-insensitively at word boundaries. */
  phrase: string;
  person: string;
}

export interface PeopleMatcherOptions {
  /** Look for people the registry lacks, with compromise's lexicon (default `true`). */
  detectUnregistered?: boolean;
}

export interface PeopleMatcher {
  /** A paragraph's mentions, sorted by offset and never overlapping; without `memory` each call stands alone. */
  find(text: string, coreference?: readonly Coreference[], memory?: PeopleMemory): PersonMention[];
}

/**
 * What a matcher carries between paragraphs, so “Hadley said” follows an earlier “Steve Hadley”. One per
 * article, passed to every `find` call in reading order.
 */
export interface PeopleMemory {
  /** Surname → id of the nearest unregistered full name detected before it. */
  surnames: Map<string, string>;
  /** Id → the registry's name, or the fullest name detected for a person the registry lacks. */
  names?: Map<string, string>;
  /** Role (`president`, `secretary`…) → ids of the people named with that title so far. */
  titled?: Map<string, Set<string>>;
  /** The latest transcript label's speaker ("MR. SMITH:"), who is not the one addressed. */
  speaker?: string;
  /** The whole article, so that a surname given alone in several paragraphs is known from the first. */
  article?: string;
  /** `readArticle(article)`, worked out on the first call. */
  facts?: ArticleFacts;
}

/**
 * Compile once, so matching a paragraph is one regex scan however many aliases the registry holds. When two
 * entries share a form, the first keeps it.
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
  // Each registered person under the skeleton of every name and alias and of their last words, so that a
  // spelling the registry lacks ("Ahmadi-Nejad", "Qaddafi") still finds its person; and under `=` and the
  // surname itself, which a title before it makes theirs ("Assistant Secretary Hill").
  const variants = new Map<string, string>();
  for (const entry of registry) {
    for (const form of [entry.name, ...entry.aliases]) {
      for (const key of [skeleton(form), skeleton(lastWord(form)), `=${lastWord(form)}`]) if (key !== '' && !variants.has(key)) variants.set(key, entry.id);
    }
  }
  // Registered people whose name starts with a given name, so that one alone ("Thank you, George.") may be
  // theirs; not "Kim Jong Il", whose first word the registry uses as a surname ("Chairman Kim").
  const givenFirst = registry.flatMap((entry): Array<[string, string]> => {
    const first = entry.name.split(/\s+/u)[0]!.toLowerCase();
    return entry.aliases.some((alias) => lastWord(alias) === first) ? [] : [[entry.id, entry.name]];
  });
  const namePattern = formsPattern(forms.keys(), 'gu');
  // Keyed by content, not by array identity, so a caller may rebuild or mutate its list between calls.
  const compiledCoreference = remembered((key: string) => compileCoreference(JSON.parse(key) as Array<[string, string]>), 16);

  return {
    find(text, coreference, memory) {
      const registered: PersonMention[] = [];
      for (const match of namePattern ? text.matchAll(namePattern) : []) {
        const found = forms.get(normalizeForm(match[0]));
        const end = match.index + match[0].length;
        if (!found || isInstitutionModifier(text, end) || isNamedAfter(text, match.index, end)) continue;
        if (addressesOther(text, match.index, registry.find((entry) => entry.id === found.person)?.name ?? '')) continue;
        // "Kim" is someone else in "Kim Gye-gwan": a one-word form before a hyphenated given name.
        if (!/\s/u.test(match[0].trim()) && /^[^\S\n]+\p{Lu}\p{L}*-\p{L}/u.test(text.slice(end))) continue;
        registered.push({text: match[0], offset: match.index, ...found, registered: true});
      }

      const names = memory ? (memory.names ??= new Map(givenFirst)) : new Map(givenFirst);
      if (memory?.article !== undefined) memory.facts ??= readArticle(memory.article);
      // A transcript's label in capitals ("MR. SMITH:", "BRYAN WHITMAN:") is read as a name in prose, in ordinary
      // case; its mention keeps the label's own letters and its title.
      const labels = findSpeakerLabels(text);
      let prose = text;
      for (const {text: label, offset} of labels) {
        const cased = label.replace(/\p{L}+/gu, nameCase);
        if (/\s/u.test(label) && cased.length === label.length) prose = prose.slice(0, offset) + cased + prose.slice(offset + label.length);
      }
      const detected = detectUnregistered
        ? detectPeople(prose, registered, memory?.surnames ?? new Map(), names, variants, memory?.facts)
        : [];
      const inLabel = (label: SpeakerLabel, mention: PersonMention): boolean =>
        label.offset <= mention.offset && mention.offset < label.offset + label.text.length;
      for (const mention of detected) {
        const label = labels.find((one) => inLabel(one, mention));
        if (!label) continue;
        const name = mention.name || mention.registered ? {} : {name: mention.text};
        // A label of two names ("SECRETARY OKAFOR AND MINISTER LAVROV") leaves each its own span and letters.
        const alone = detected.every((other) => other === mention || !inLabel(label, other));
        const span = alone ? {text: label.text, offset: label.offset} : {text: text.slice(mention.offset, mention.offset + mention.text.length)};
        Object.assign(mention, span, name);
      }
      const named = [...registered, ...detected].sort(byOffset);

      const coreferent: PersonMention[] = [];
      const compiled = compiledCoreference(JSON.stringify((coreference ?? []).map(({phrase, person}) => [phrase, person])));
      for (const match of compiled ? text.matchAll(compiled.pattern) : []) {
        const person = compiled?.persons.get(normalizeForm(match[0]).toLowerCase());
        const span = {start: match.index, end: match.index + match[0].length};
        if (!person || named.some((mention) => overlaps(span, spanOf(mention)))) continue;
        if (namesAnother(text.slice(span.end, span.end + 40))) continue;
        coreferent.push({text: match[0], offset: match.index, person, registered: true, via: 'coreference'});
      }

      const inferred = memory ? inferRoles(text, labels, [...named, ...coreferent], memory) : [];
      return [...named, ...coreferent, ...inferred].sort(byOffset);
    },
  };
}

function lastWord(name: string): string {
  return name.trim().split(/\s+/u).filter((word) => !nameSuffixes.has(word.replace(/\.$/, ''))).at(-1)?.toLowerCase() ?? '';
}

/**
 * Roles named without a name, read as the one person the article names with that title ("the President" after
 * "President Bush") or declares holds it ("the president" in its annotation file); "Mr. President" is said to
 * the one holder who is not speaking. Tagged `inferred`.
 */
function inferRoles(text: string, speakerLabels: readonly SpeakerLabel[], named: readonly PersonMention[], memory: PeopleMemory): PersonMention[] {
  const titled = (memory.titled ??= new Map<string, Set<string>>());
  // Who holds which title, learnt in reading order: a role phrase reads only the people named before it, so
  // "The President's News Conference With President Yushchenko" guesses no one.
  const titles = named.flatMap((mention) => {
    if (mention.via === 'inferred') return [];
    const role = mention.via === 'coreference' ? roleOf(mention.text) : (titleBefore(text, mention.offset) ?? titleBefore(mention.text, mention.text.lastIndexOf(' ') + 1));
    return role ? [{offset: mention.offset, role, person: mention.person}] : [];
  });
  const inferred: PersonMention[] = [];
  // Each turn's label, named ("MR. SMITH:") or not ("QUESTION:"), says who speaks in it.
  const speakerAt = (turn: SpeakerLabel): string | undefined => named.find((mention) => mention.offset === turn.offset)?.person;
  // In lower case a role stands alone before a verb or an adverb ("the general also acknowledged").
  const beforeVerb = (word: string): boolean => ['Verb', 'Adverb'].some((tag) => tagsOf(word).has(tag)) || isUnlistedVerb(word);
  for (const phrase of findRolePhrases(text, beforeVerb, [...titled.keys(), ...titles.map((one) => one.role)])) {
    // The label of the paragraph this phrase is in says who speaks, and so who is not addressed.
    const turn = speakerLabels.filter((label) => label.offset < phrase.offset).at(-1);
    const speaker = turn === undefined ? memory.speaker : speakerAt(turn);
    const span = {start: phrase.offset, end: phrase.offset + phrase.text.length};
    if (named.some((mention) => overlaps(span, spanOf(mention)))) continue;
    const before = titles.filter((one) => one.offset < phrase.offset && one.role === phrase.role).map((one) => one.person);
    const holders = [...new Set([...(titled.get(phrase.role) ?? []), ...before])].filter((person) => phrase.kind === 'bare' || person !== speaker);
    if (holders.length !== 1 || (phrase.kind === 'bare' && (memory.facts?.titledSurnames.get(phrase.role)?.size ?? 0) > 1)) continue;
    const person = holders[0]!;
    const registered = !person.startsWith('unregistered-');
    const name = memory.names?.get(person);
    inferred.push({text: phrase.text, offset: phrase.offset, person, registered, via: 'inferred', ...(name ? {name} : {})});
  }
  for (const {role, person} of titles) titled.set(role, new Set([...(titled.get(role) ?? []), person]));
  const lastTurn = speakerLabels.at(-1);
  if (lastTurn !== undefined) memory.speaker = speakerAt(lastTurn);
  return inferred;
}

/** Same key for a form however the text spaces it or which apostrophe it uses. */
function normalizeForm(form: string): string {
  return form.trim().replace(/\s+/gu, ' ').replace(/'/g, '’');
}

/** One pattern for many forms, longest first, so that at any position it takes "President Bush" before "Bush". */
function formsPattern(forms: Iterable<string>, flags: string): RegExp | undefined {
  const alternatives = [...forms]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((form) => escapeRegExp(form).replace(/ /g, '\\s+').replace(/’/g, "['’]"));
  return alternatives.length === 0 ? undefined : new RegExp(`${wordStart}(?:${alternatives.join('|')})${wordEnd}`, flags);
}

function compileCoreference(coreference: ReadonlyArray<[string, string]>): {pattern: RegExp; persons: Map<string, string>} | undefined {
  const persons = new Map<string, string>();
  for (const [phrase, person] of coreference) {
    const key = normalizeForm(phrase).toLowerCase();
    if (key !== '' && !persons.has(key)) persons.set(key, person);
  }
  const pattern = formsPattern(persons.keys(), 'giu');
  return pattern && {pattern, persons};
}

function byOffset(a: PersonMention, b: PersonMention): number {
  return a.offset - b.offset;
}
