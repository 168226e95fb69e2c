/** What a claim page shows of a sentence: its classification and why, its people and dates. */
import { CLAIM_RULES, type ClaimType } from '../tagging/claims.ts';
import { CHECK_WORTHINESS_LABELS, CLAIM_TYPE_LABELS } from './labels.ts';
import type { ClaimRecord, EditionModel, PersonMentionRecord } from '../model/model.ts';

/** A classification rule as the claim page lists it. */
export interface FiredRule {
  id: string;
  /** The type the rule gives, as readers see it. */
  typeLabel: string;
  description: string;
}

/** The rules that classified a sentence, in firing order; an unknown id gets a plain description. */
export function firedRules(ids: readonly string[]): FiredRule[] {
  return ids.map((id) => {
    const rule = CLAIM_RULES.find((candidate) => candidate.id === id);
    return rule
      ? { id, typeLabel: CLAIM_TYPE_LABELS[rule.type], description: rule.description }
      : { id, typeLabel: '', description: 'A rule this version of the classifier no longer has.' };
  });
}

/** The type of the first known rule that fired: what the classifier alone made of a sentence. */
export function classifierType(ids: readonly string[]): ClaimType | undefined {
  return ids.map((id) => CLAIM_RULES.find((rule) => rule.id === id)).find((rule) => rule !== undefined)?.type;
}

/** How a sentence's classification reads: "Opinion, set by the editors (the classifier said prediction)". */
export function describeType(claim: Pick<ClaimRecord, 'type' | 'typeCurated' | 'rules'>): string {
  const label = CLAIM_TYPE_LABELS[claim.type];
  if (!claim.typeCurated) return `${label}, by the classifier`;
  const automatic = classifierType(claim.rules);
  if (automatic === undefined || automatic === claim.type) return `${label}, confirmed by the editors`;
  return `${label}, set by the editors (the classifier said ${CLAIM_TYPE_LABELS[automatic].toLowerCase()})`;
}

export function describeCheckWorthiness(claim: Pick<ClaimRecord, 'checkWorthiness'>): string {
  return CHECK_WORTHINESS_LABELS[claim.checkWorthiness];
}

/** The people named in a sentence, in order of first mention. */
export function claimPeople(claim: ClaimRecord, model: EditionModel): Array<{ id: string; name: string; registered: boolean }> {
  return claim.people.map((id) => {
    const person = model.people.find((candidate) => candidate.id === id);
    return { id, name: person?.name ?? id, registered: person?.registered ?? false };
  });
}

/** The date phrases in a sentence, in reading order. */
export function claimDates(claim: ClaimRecord, model: EditionModel): EditionModel['dates'] {
  return model.dates.filter((date) => claim.dates.includes(date.id)).sort((a, b) => a.start - b.start);
}

/* ---------- People ------------------------------------------------------------------------------------ */

export interface MentionContext {
  before: string;
  text: string;
  after: string;
}

/** The sentence split at a mention; when the offsets do not fit, at the first occurrence of its words. */
export function mentionContext(mention: Pick<PersonMentionRecord, 'text' | 'start' | 'end'>, claim: Pick<ClaimRecord, 'text' | 'start'>): MentionContext {
  let from = mention.start - claim.start;
  if (claim.text.slice(from, from + mention.text.length) !== mention.text) from = claim.text.indexOf(mention.text);
  if (from < 0) return { before: claim.text, text: '', after: '' };
  return {
    before: claim.text.slice(0, from),
    text: mention.text,
    after: claim.text.slice(from + mention.text.length),
  };
}

/** A curated note's words, for finding the people it names (Markdown source, not HTML). */
export interface NoteText {
  id: string;
  title?: string;
  body: string;
  knownThen?: string;
  knownLater?: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether a text names a person, as whole words, capitals as written. A one-word alias followed by another
 * capitalised word is part of someone else's name ("Kim" in "Kim Il Sung"), so it does not count.
 */
export function namesPerson(text: string, person: { name: string; aliases?: readonly string[] }): boolean {
  const flat = text.replace(/\s+/g, ' ');
  return nameForms(person).some((form) => form.pattern.test(flat));
}

/** A text's words, to rule out at once the people it cannot name. */
export function wordSetOf(text: string): Set<string> {
  return new Set(text.match(/[\p{L}\p{N}]+/gu) ?? []);
}

/**
 * Whether a text may name a person: whether the first word of a name or alias is among its words. `false`
 * is certain; `true` means asking {@link namesPerson}, which spares the directory most pattern searches.
 */
export function mayNamePerson(words: ReadonlySet<string>, person: { name: string; aliases?: readonly string[] }): boolean {
  return nameForms(person).some((form) => form.firstWord === undefined || words.has(form.firstWord));
}

interface NameForm {
  pattern: RegExp;
  firstWord?: string;
}

// Made once per person: the people directory asks about every note for every person.
const forms = new WeakMap<object, NameForm[]>();

function nameForms(person: { name: string; aliases?: readonly string[] }): NameForm[] {
  let made = forms.get(person);
  if (!made) {
    made = [person.name, ...(person.aliases ?? [])].flatMap((name) => {
      const trimmed = name.trim();
      if (!trimmed) return [];
      const words = escapeRegExp(trimmed).replace(/\s+/g, '\\s+');
      const after = /\s/.test(trimmed) ? '(?![\\p{L}\\p{N}])' : '(?![\\p{L}\\p{N}])(?!\\s+\\p{Lu})';
      return [{ pattern: new RegExp(`(?<![\\p{L}\\p{N}])${words}${after}`, 'u'), firstWord: /[\p{L}\p{N}]+/u.exec(trimmed)?.[0] }];
    });
    forms.set(person, made);
  }
  return made;
}
