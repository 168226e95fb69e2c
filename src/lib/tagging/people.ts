/**
 * Mentions of registered people, of per-article coreference phrases and of people the registry lacks, as
 * UTF-16 offsets into the text, so a remark plugin can wrap them without changing a character.
 */
import {findRolePhrases, findSpeakerLabels, isNamedAfter, namesAnother, titleBefore, type SpeakerLabel} from './people-roles.ts';
import {fullNamesOf, repeatedSurnames, titledSurnames} from './people-article.ts';
import {detectPeople, nameSuffixes} from './people-detect.ts';
import {
  addressesOther, escapeRegExp, isInstitutionModifier, isUnlistedVerb, nameCase, overlaps, skeleton, spanOf, tagsOf, unregisteredPersonId, wordEnd, wordStart, type PersonMention,
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
  /** `repeatedSurnames(article)`, worked out on the first call. */
  repeated?: ReadonlySet<string>;
  /** `fullNamesOf(article)`, worked out on the first call. */
  fullNames?: ReadonlyMap<string, string>;
  /** `titledSurnames(article)`, worked out on the first call. */
  titledSurnames?: ReadonlyMap<string, ReadonlySet<string>>;
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
  const coreferenceCache = new Map<string, ReturnType<typeof compileCoreference>>();

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
      if (memory?.article !== undefined) {
        memory.repeated ??= repeatedSurnames(memory.article);
        memory.fullNames ??= fullNamesOf(memory.article);
        memory.titledSurnames ??= titledSurnames(memory.article);
      }
      const labels = findSpeakerLabels(text);
      const speakers = speakerMentions(labels, registry, registered, memory?.surnames ?? new Map(), names);
      const detected = detectUnregistered
        ? detectPeople(text, [...registered, ...speakers], memory?.surnames ?? new Map(), names, variants, memory?.repeated, memory?.fullNames, memory?.article)
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
            if (namesAnother(text.slice(span.end, span.end + 40))) continue;
            coreferent.push({text: match[0], offset: match.index, person, registered: true, via: 'coreference'});
          }
        }
      }

      const inferred = memory ? inferRoles(text, labels, [...named, ...coreferent], memory) : [];
      return [...named, ...coreferent, ...inferred].sort(byOffset);
    },
  };
}

/**
 * Transcript speaker labels ("MR. SMITH:"), read as the registered person whose name ends in that surname, else
 * the person the article already named in full with it, else a new unregistered person.
 */
function speakerMentions(
  labels: readonly SpeakerLabel[],
  registry: readonly PersonEntry[],
  registered: readonly PersonMention[],
  surnames: Map<string, string>,
  names: Map<string, string>,
): PersonMention[] {
  const mentions: PersonMention[] = [];
  for (const label of labels) {
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
    const surnameKey = nameCase(label.surname);
    const display = label.name ?? surnameKey;
    const person = known ?? unregisteredPersonId(display);
    if (!known) surnames.set(surnameKey, person);
    if (!names.has(person)) names.set(person, display);
    mentions.push({text: label.text, offset: label.offset, person, registered: false, via: 'detected', name: names.get(person)!});
  }
  return mentions;
}

function lastWord(name: string): string {
  return name.trim().split(/\s+/u).filter((word) => !nameSuffixes.has(word.replace(/\.$/, ''))).at(-1)?.toLowerCase() ?? '';
}

/**
 * Roles named without a name, read as the one person the article has named with that title: "the President"
 * after "President Bush"; "Mr. President" said to the one president who is not speaking. Tagged `inferred`.
 */
function inferRoles(text: string, speakerLabels: readonly SpeakerLabel[], named: readonly PersonMention[], memory: PeopleMemory): PersonMention[] {
  const titled = (memory.titled ??= new Map<string, Set<string>>());
  // Who holds which title, learnt in reading order: a role phrase reads only the people named before it, so
  // "The President's News Conference With President Yushchenko" guesses no one.
  const titles = named.flatMap((mention) => {
    if (mention.via === 'coreference' || mention.via === 'inferred') return [];
    const label = speakerLabels.find((one) => one.offset === mention.offset);
    const role = label ? label.role : (titleBefore(text, mention.offset) ?? titleBefore(mention.text, mention.text.lastIndexOf(' ') + 1));
    return role ? [{offset: mention.offset, role, person: mention.person}] : [];
  });
  const learn = (before: number): void => {
    while (titles[0] !== undefined && titles[0].offset < before) {
      const {role, person} = titles.shift()!;
      titled.set(role, new Set([...(titled.get(role) ?? []), person]));
    }
  };
  const inferred: PersonMention[] = [];
  // Each turn of a transcript: a line opening with a label, named ("MR. SMITH:") or not ("QUESTION:").
  const turns = [...text.matchAll(/^[^\S\n]*\p{Lu}[\p{Lu}.'’ -]*(?:\([^)\n]*\))?:/gmu)].map((turn) => turn.index);
  turns.push(...speakerLabels.map((label) => label.offset));
  turns.sort((a, b) => a - b);
  const speakerAt = (turn: number): string | undefined => {
    const label = speakerLabels.find((one) => one.offset >= turn && !text.slice(turn, one.offset).includes('\n'));
    return label && named.find((mention) => mention.offset === label.offset)?.person;
  };
  let speaker = memory.speaker;
  // In lower case a role stands alone before a verb or an adverb ("the general also acknowledged").
  const beforeVerb = (word: string): boolean => ['Verb', 'Adverb'].some((tag) => tagsOf(word).has(tag)) || isUnlistedVerb(word);
  for (const phrase of findRolePhrases(text, beforeVerb)) {
    learn(phrase.offset);
    // The label of the paragraph this phrase is in says who speaks, and so who is not addressed.
    const turn = turns.filter((offset) => offset < phrase.offset).at(-1);
    if (turn !== undefined) speaker = speakerAt(turn);
    const span = {start: phrase.offset, end: phrase.offset + phrase.text.length};
    if (named.some((mention) => overlaps(span, spanOf(mention)))) continue;
    const holders = [...(titled.get(phrase.role) ?? [])].filter((person) => phrase.kind === 'bare' || person !== speaker);
    if (holders.length !== 1 || (phrase.kind === 'bare' && (memory.titledSurnames?.get(phrase.role)?.size ?? 0) > 1)) continue;
    const person = holders[0]!;
    const registered = !person.startsWith('unregistered-');
    const name = memory.names?.get(person);
    inferred.push({text: phrase.text, offset: phrase.offset, person, registered, via: 'inferred', ...(name ? {name} : {})});
  }
  learn(Infinity);
  const lastTurn = turns.at(-1);
  memory.speaker = lastTurn === undefined ? speaker : speakerAt(lastTurn);
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

function compileCoreference(coreference: readonly Coreference[]): {pattern: RegExp; persons: Map<string, string>} | undefined {
  const persons = new Map<string, string>();
  for (const {phrase, person} of coreference) {
    const key = normalizeForm(phrase).toLowerCase();
    if (key !== '' && !persons.has(key)) persons.set(key, person);
  }
  const pattern = formsPattern(persons.keys(), 'giu');
  return pattern && {pattern, persons};
}

function byOffset(a: PersonMention, b: PersonMention): number {
  return a.offset - b.offset;
}
