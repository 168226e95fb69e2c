/**
 * The claim ledger and the people directory: pure functions that shape the tagging model into what the
 * `/claims/` and `/people/` pages show — which notes bear on each sentence, how sentences are grouped and
 * filtered, the neighbours of a claim, the rules that classified it, and every trace of a person across
 * the text and the notes.
 *
 * A sentence can hold several checked statements with different verdicts (the op-ed's first sentence
 * has an accurate one, an inaccurate one and a judgement). The model keeps the gravest verdict on the
 * sentence (`VERDICT_SEVERITY` in labels.ts); the ledger also keeps them all, and files the sentence
 * under the gravest, so that "Inaccurate" lists every sentence that contains an inaccuracy.
 */
import { CLAIM_RULES, type ClaimType } from '../tagging/claims.ts';
import { CHECK_WORTHINESS_LABELS, CLAIM_TYPE_LABELS, VERDICT_LABELS, VERDICT_SEVERITY } from './labels.ts';
import type { ClaimRecord, EditionModel, NoteRecord, PersonMentionRecord } from '../model/model.ts';
import { CLAIM_TYPES, VERDICTS, type Person, type Source, type Verdict } from '../content/schema.ts';

/** Verdicts from most to least serious: a sentence is filed under the first of its verdicts in this list. */
export { VERDICT_SEVERITY };

/** One article, reduced to what the ledger and the people directory read. */
export interface LedgerArticle {
  /** The article's slug: its page is `/articles/<slug>/`. */
  slug: string;
  title: string;
  model: EditionModel;
}

/** The parts of a built edition the ledger and the people directory read (structurally, `site.ts`'s `Edition`). */
export interface EditionLike {
  entry: { id: string; data: { title: string; authors: readonly string[] } };
  model: EditionModel;
  annotations?: { notes: readonly NoteText[] };
}

/**
 * The ledger's view of the built editions.
 *
 * @param editions Editions, as `getEditions()` returns them.
 * @returns Slug, title and model of each.
 */
export function ledgerArticles(editions: readonly EditionLike[]): LedgerArticle[] {
  return editions.map(({ entry, model }) => ({ slug: entry.id, title: entry.data.title, model }));
}

/**
 * The people directory's view of the built editions: the ledger's, plus authors and the notes' words.
 *
 * @param editions Editions, as `getEditions()` returns them.
 * @returns One entry per edition.
 */
export function peopleArticles(editions: readonly EditionLike[]): PeopleArticle[] {
  return editions.map((edition) => ({
    ...ledgerArticles([edition])[0]!,
    authors: edition.entry.data.authors,
    noteTexts: edition.annotations?.notes ?? [],
  }));
}

/** One sentence as the ledger shows it. */
export interface LedgerClaim {
  claim: ClaimRecord;
  /** The article the sentence belongs to. */
  slug: string;
  /** The article's title, for citations. */
  title: string;
  /** The sentence's place in its article's reading order, from 1. */
  number: number;
  /** How many sentences the article has. */
  of: number;
  /** The paragraph the sentence is in, from 1. */
  paragraph: number;
  /** Every note anchored in the sentence, or spanning it, in reading order. */
  notes: NoteRecord[];
  /** The claim-layer notes among `notes`: the checks, with their verdicts. */
  checks: NoteRecord[];
  /** The distinct verdicts of the checks, most serious first. */
  verdicts: Verdict[];
  /** The most serious verdict, under which the ledger files the sentence; undefined when none is given. */
  verdict?: Verdict;
  /** The checks' sources without repeats, primary sources first. */
  sources: Source[];
}

/** Whether two half-open text ranges share at least one character. */
function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The notes that bear on a sentence: those anchored inside it, and those whose quote spans several
 * sentences (the model gives them no sentence) and covers part of this one.
 *
 * @param claim The sentence.
 * @param notes Every note of the same article.
 * @returns The notes, in reading order.
 */
export function notesForClaim(claim: ClaimRecord, notes: readonly NoteRecord[]): NoteRecord[] {
  return notes
    .filter((note) => note.claim === claim.id || (note.claim === undefined && overlaps(note, claim)))
    .sort((a, b) => a.number - b.number);
}

/**
 * Distinct verdicts, most serious first.
 *
 * @param notes Notes, any layer; those without a verdict are skipped.
 * @returns The verdicts in `VERDICT_SEVERITY` order.
 */
export function verdictsOf(notes: readonly NoteRecord[]): Verdict[] {
  const present = new Set(notes.flatMap((note) => (note.verdict ? [note.verdict] : [])));
  return VERDICT_SEVERITY.filter((verdict) => present.has(verdict));
}

/**
 * Sources listed once each (by address), primary sources first, otherwise in the order given.
 *
 * @param sources Sources, possibly repeated.
 * @returns A new list.
 */
export function uniqueSources(sources: readonly Source[]): Source[] {
  const byUrl = new Map<string, Source>();
  for (const source of sources) if (!byUrl.has(source.url)) byUrl.set(source.url, source);
  const unique = [...byUrl.values()];
  // Array.prototype.sort is stable, so sources keep their order within each kind.
  return unique.sort((a, b) => Number(b.primary ?? false) - Number(a.primary ?? false));
}

/**
 * Every sentence of every article, with the notes that bear on it, in reading order (articles in the
 * order given).
 *
 * @param articles The articles.
 * @returns One entry per sentence.
 * @throws When two articles produce the same sentence id, since `/claims/<id>/` must be unique.
 */
export function ledgerClaims(articles: readonly LedgerArticle[]): LedgerClaim[] {
  const result: LedgerClaim[] = [];
  const seen = new Map<string, string>();
  for (const { slug, title, model } of articles) {
    const claims = [...model.claims].sort((a, b) => a.start - b.start);
    claims.forEach((claim, index) => {
      const other = seen.get(claim.id);
      if (other !== undefined) {
        throw new Error(`Unexpected sentence id \`${claim.id}\` in both \`${other}\` and \`${slug}\`, expected ids unique across articles`);
      }
      seen.set(claim.id, slug);
      const notes = notesForClaim(claim, model.notes);
      const checks = notes.filter((note) => note.layer === 'claim');
      const verdicts = verdictsOf(checks);
      result.push({
        claim,
        slug,
        title,
        number: index + 1,
        of: claims.length,
        paragraph: claim.block + 1,
        notes,
        checks,
        verdicts,
        verdict: verdicts[0],
        sources: uniqueSources(checks.flatMap((note) => note.sources)),
      });
    });
  }
  return result;
}

/**
 * Totals for the ledger's introduction.
 *
 * @param claims The ledger's sentences.
 * @returns How many sentences, how many carry a verdict, and how many checks (claim notes) there are.
 */
export function ledgerTotals(claims: readonly LedgerClaim[]): { sentences: number; withVerdict: number; checks: number } {
  const checks = new Set(claims.flatMap((entry) => entry.checks.map((note) => `${entry.slug}#${note.id}`)));
  return { sentences: claims.length, withVerdict: claims.filter((entry) => entry.verdict !== undefined).length, checks: checks.size };
}

/** A section of the ledger: the sentences with one verdict, or the unverdicted ones of one type. */
export interface LedgerGroup {
  /** The section's element id: `verdict-<verdict>` or `type-<type>`. */
  id: string;
  kind: 'verdict' | 'type';
  key: Verdict | ClaimType;
  /** The heading: "Needs context", "No verdict: opinion". */
  label: string;
  /** The name in the table of contents, under "By verdict" or "No verdict yet, by type". */
  shortLabel: string;
  /** One line saying what the section holds. */
  description: string;
  claims: LedgerClaim[];
}

/**
 * The ledger's sections: one per verdict, in the method page's order, then the sentences without a
 * verdict by type. Empty sections are left out; sentences keep their reading order.
 *
 * @param claims The ledger's sentences.
 * @returns The non-empty sections.
 */
export function groupLedger(claims: readonly LedgerClaim[]): LedgerGroup[] {
  const byVerdict: LedgerGroup[] = VERDICTS.map((verdict) => ({
    id: `verdict-${verdict}`,
    kind: 'verdict',
    key: verdict,
    label: VERDICT_LABELS[verdict].label,
    shortLabel: VERDICT_LABELS[verdict].label,
    description: VERDICT_LABELS[verdict].meaning,
    claims: claims.filter((entry) => entry.verdict === verdict),
  }));
  const byType: LedgerGroup[] = CLAIM_TYPES.map((type) => ({
    id: `type-${type}`,
    kind: 'type',
    key: type,
    label: `No verdict: ${CLAIM_TYPE_LABELS[type].toLowerCase()}`,
    shortLabel: CLAIM_TYPE_LABELS[type],
    description: `Sentences the classifier or the editors call ${articleFor(type)} ${CLAIM_TYPE_LABELS[type].toLowerCase()}, with no note giving a verdict yet.`,
    claims: claims.filter((entry) => entry.verdict === undefined && entry.claim.type === type),
  }));
  return [...byVerdict, ...byType].filter((group) => group.claims.length > 0);
}

function articleFor(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/** One choice in a ledger filter, with how many sentences it matches. */
export interface FilterOption {
  value: string;
  label: string;
  count: number;
}

/** The value the verdict filter uses for sentences without a verdict. */
export const NO_VERDICT = 'none';

/**
 * The choices of the ledger's two filters. A sentence matches a verdict if any of its checks has it
 * (so counts can add up to more than the number of sentences); only verdicts that occur are offered.
 *
 * @param claims The ledger's sentences.
 * @returns Verdict options (in the method page's order, then "No verdict") and type options.
 */
export function filterOptions(claims: readonly LedgerClaim[]): { verdicts: FilterOption[]; types: FilterOption[] } {
  const verdicts = VERDICTS.map((verdict) => ({
    value: verdict as string,
    label: VERDICT_LABELS[verdict].label,
    count: claims.filter((entry) => entry.verdicts.includes(verdict)).length,
  }));
  const none = claims.filter((entry) => entry.verdicts.length === 0).length;
  if (none > 0) verdicts.push({ value: NO_VERDICT, label: 'No verdict', count: none });
  const types = CLAIM_TYPES.map((type) => ({
    value: type as string,
    label: CLAIM_TYPE_LABELS[type],
    count: claims.filter((entry) => entry.claim.type === type).length,
  }));
  return { verdicts: verdicts.filter((option) => option.count > 0), types: types.filter((option) => option.count > 0) };
}

/**
 * The values a sentence carries for the filters, space-separated (for a `data-` attribute).
 *
 * @param entry A ledger sentence.
 * @returns Its verdicts, or `none`.
 */
export function filterVerdicts(entry: LedgerClaim): string {
  return entry.verdicts.length > 0 ? entry.verdicts.join(' ') : NO_VERDICT;
}

/**
 * The sentences before and after one, within its article.
 *
 * @param claims The ledger's sentences.
 * @param at The sentence's id, or its index in `claims` (which saves a search per page when every
 * sentence's page is made in one pass).
 * @returns The neighbours, where there are any.
 */
export function claimNeighbours(claims: readonly LedgerClaim[], at: string | number): { previous?: LedgerClaim; next?: LedgerClaim } {
  const index = typeof at === 'number' ? at : claims.findIndex((entry) => entry.claim.id === at);
  if (index < 0 || index >= claims.length) return {};
  const slug = claims[index]!.slug;
  const previous = claims[index - 1];
  const next = claims[index + 1];
  return {
    previous: previous?.slug === slug ? previous : undefined,
    next: next?.slug === slug ? next : undefined,
  };
}

/** A classification rule as the claim page lists it. */
export interface FiredRule {
  id: string;
  /** The type the rule gives, as readers see it. */
  typeLabel: string;
  description: string;
}

/**
 * The rules that classified a sentence, with their descriptions, in the order they fired.
 *
 * @param ids Rule ids from `ClaimRecord.rules`.
 * @returns One entry per id; an id the rule list does not know keeps a plain description.
 */
export function firedRules(ids: readonly string[]): FiredRule[] {
  return ids.map((id) => {
    const rule = CLAIM_RULES.find((candidate) => candidate.id === id);
    return rule
      ? { id, typeLabel: CLAIM_TYPE_LABELS[rule.type], description: rule.description }
      : { id, typeLabel: '', description: 'A rule this version of the classifier no longer has.' };
  });
}

/**
 * What the classifier alone made of a sentence: the type of the first rule that fired.
 *
 * @param ids Rule ids from `ClaimRecord.rules`.
 * @returns The type, or undefined when no known rule fired.
 */
export function classifierType(ids: readonly string[]): ClaimType | undefined {
  for (const id of ids) {
    const rule = CLAIM_RULES.find((candidate) => candidate.id === id);
    if (rule) return rule.type;
  }
  return undefined;
}

/** How a sentence's classification reads: "Opinion, set by the editors (the classifier said prediction)". */
export function describeType(claim: Pick<ClaimRecord, 'type' | 'typeCurated' | 'rules'>): string {
  const label = CLAIM_TYPE_LABELS[claim.type];
  if (!claim.typeCurated) return `${label}, by the classifier`;
  const automatic = classifierType(claim.rules);
  if (automatic === undefined || automatic === claim.type) return `${label}, confirmed by the editors`;
  return `${label}, set by the editors (the classifier said ${CLAIM_TYPE_LABELS[automatic].toLowerCase()})`;
}

/** The check-worthiness class of a sentence, as readers see it. */
export function describeCheckWorthiness(claim: Pick<ClaimRecord, 'checkWorthiness'>): string {
  return CHECK_WORTHINESS_LABELS[claim.checkWorthiness];
}

/**
 * The people named in a sentence, in the order of their first mention there.
 *
 * @param claim The sentence.
 * @param model Its article's model.
 * @returns Id, name and whether each is in the register.
 */
export function claimPeople(claim: ClaimRecord, model: EditionModel): Array<{ id: string; name: string; registered: boolean }> {
  return claim.people.map((id) => {
    const person = model.people.find((candidate) => candidate.id === id);
    return { id, name: person?.name ?? id, registered: person?.registered ?? false };
  });
}

/**
 * The date phrases in a sentence, in reading order.
 *
 * @param claim The sentence.
 * @param model Its article's model.
 * @returns The date records.
 */
export function claimDates(claim: ClaimRecord, model: EditionModel): EditionModel['dates'] {
  return model.dates.filter((date) => claim.dates.includes(date.id)).sort((a, b) => a.start - b.start);
}

/* ---------- People ------------------------------------------------------------------------------------ */

/** A sentence split around a mention, so the mention can be marked in its context. */
export interface MentionContext {
  before: string;
  text: string;
  after: string;
}

/**
 * The sentence around a mention, split at the mention.
 *
 * @param mention The mention, with offsets in the article's plain text.
 * @param claim The sentence it sits in, with offsets in the same text.
 * @returns The parts; when the offsets do not fit the sentence, the first occurrence of the mention's words.
 */
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
 * Whether a text names a person: by name or alias, as whole words, capitals as written. A one-word
 * alias followed by another capitalised word is part of someone else's name ("Kim" in "Kim Il Sung"),
 * so it does not count.
 *
 * @param text Plain text or Markdown; line breaks count as spaces.
 * @param person The person's name and aliases.
 * @returns True when one of the names occurs.
 */
export function namesPerson(text: string, person: { name: string; aliases?: readonly string[] }): boolean {
  const flat = text.replace(/\s+/g, ' ');
  return namePatterns(person).some((pattern) => pattern.test(flat));
}

// One set of patterns per person, made once: the people directory asks about every note for every person.
const patterns = new WeakMap<object, RegExp[]>();

function namePatterns(person: { name: string; aliases?: readonly string[] }): RegExp[] {
  let made = patterns.get(person);
  if (!made) {
    made = [person.name, ...(person.aliases ?? [])].flatMap((name) => {
      const trimmed = name.trim();
      if (!trimmed) return [];
      const words = escapeRegExp(trimmed).replace(/\s+/g, '\\s+');
      const after = /\s/.test(trimmed) ? '(?![\\p{L}\\p{N}])' : '(?![\\p{L}\\p{N}])(?!\\s+\\p{Lu})';
      return [new RegExp(`(?<![\\p{L}\\p{N}])${words}${after}`, 'u')];
    });
    patterns.set(person, made);
  }
  return made;
}

/** One article's material for the people directory. */
export interface PeopleArticle extends LedgerArticle {
  /** Registry ids of the article's authors. */
  authors: readonly string[];
  /** The curated notes' source words. */
  noteTexts: readonly NoteText[];
}

/** A mention on a person's page: where it is and the sentence around it. */
export interface PersonMention {
  slug: string;
  title: string;
  mention: PersonMentionRecord;
  /** The sentence it sits in, when it sits in one. */
  claim?: ClaimRecord;
  context: MentionContext;
}

/** A note on a person's page: about the person (a person note) or naming them. */
export interface PersonNote {
  slug: string;
  note: NoteRecord;
  about: boolean;
}

/** Why a person is in the directory, in the order the index lists them. */
export type PersonGroup = 'text' | 'author' | 'notes' | 'unregistered' | 'register';

/** The index's sections, in order, with their headings. */
export const PERSON_GROUPS: ReadonlyArray<{ group: PersonGroup; label: string; description: string }> = [
  { group: 'text', label: 'Named in the op-ed', description: 'People the text names, in the edition’s register.' },
  { group: 'author', label: 'Authors', description: 'The people who wrote the op-ed.' },
  { group: 'notes', label: 'In the notes only', description: 'People the text does not name but the notes do, because they were part of the story.' },
  { group: 'unregistered', label: 'Not in the register', description: 'Names found in the text by the tagger that the edition has not yet researched.' },
  { group: 'register', label: 'Also in the register', description: 'People in the register whom no text or note names.' },
];

/** A person as the directory shows them. */
export interface PersonEntry {
  id: string;
  name: string;
  registered: boolean;
  group: PersonGroup;
  /** The register's entry, for registered people. */
  profile?: Person;
  mentions: PersonMention[];
  notes: PersonNote[];
  /** Slugs and titles of the articles the person wrote. */
  authored: Array<{ slug: string; title: string }>;
}

/**
 * Everyone the edition knows of: the register, plus names detected in the texts; each with their
 * mentions (in reading order, with the sentence around them), the notes about or naming them, and the
 * articles they wrote.
 *
 * @param register The people registry: id and data.
 * @param articles The articles.
 * @returns People ordered by group, then by number of mentions (most first), then by name.
 */
export function peopleDirectory(register: ReadonlyArray<{ id: string; data: Person }>, articles: readonly PeopleArticle[]): PersonEntry[] {
  const entries = new Map<string, PersonEntry>();
  const entryFor = (id: string, name: string, profile?: Person): PersonEntry => {
    let entry = entries.get(id);
    if (!entry) {
      entry = { id, name, registered: profile !== undefined, group: 'register', profile, mentions: [], notes: [], authored: [] };
      entries.set(id, entry);
    }
    return entry;
  };
  for (const person of register) entryFor(person.id, person.data.name, person.data);

  for (const { slug, title, model, authors, noteTexts } of articles) {
    const claims = new Map(model.claims.map((claim) => [claim.id, claim]));
    for (const person of model.people) {
      if (!person.registered) entryFor(person.id, person.name);
    }
    for (const mention of [...model.mentions].sort((a, b) => a.start - b.start)) {
      const claim = mention.claim === undefined ? undefined : claims.get(mention.claim);
      const entry = entries.get(mention.person) ?? entryFor(mention.person, mention.text);
      entry.mentions.push({
        slug,
        title,
        mention,
        claim,
        context: claim ? mentionContext(mention, claim) : { before: '', text: mention.text, after: '' },
      });
    }
    for (const author of authors) entries.get(author)?.authored.push({ slug, title });
    const texts = new Map(noteTexts.map((text) => [text.id, text]));
    for (const note of model.notes) {
      const words = texts.get(note.id);
      const all = words ? [words.title ?? '', words.body, words.knownThen ?? '', words.knownLater ?? ''].join('\n') : note.title ?? '';
      for (const entry of entries.values()) {
        const about = note.person === entry.id;
        if (about || (entry.profile && namesPerson(all, entry.profile))) entry.notes.push({ slug, note, about });
      }
    }
  }

  for (const entry of entries.values()) entry.group = groupOf(entry);
  const order = PERSON_GROUPS.map((group) => group.group);
  return [...entries.values()].sort(
    (a, b) =>
      order.indexOf(a.group) - order.indexOf(b.group) || b.mentions.length - a.mentions.length || a.name.localeCompare(b.name, 'en'),
  );
}

function groupOf(entry: PersonEntry): PersonGroup {
  if (!entry.registered) return 'unregistered';
  if (entry.mentions.length > 0) return 'text';
  if (entry.authored.length > 0) return 'author';
  if (entry.notes.length > 0) return 'notes';
  return 'register';
}

/**
 * People grouped for the index, in `PERSON_GROUPS` order, empty groups left out.
 *
 * @param people The directory, from `peopleDirectory`.
 * @returns Groups with their heading and people.
 */
export function groupPeople(people: readonly PersonEntry[]): Array<{ group: PersonGroup; label: string; description: string; people: PersonEntry[] }> {
  return PERSON_GROUPS.map((group) => ({ ...group, people: people.filter((person) => person.group === group.group) })).filter(
    (group) => group.people.length > 0,
  );
}
