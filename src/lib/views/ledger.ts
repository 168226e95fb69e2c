/**
 * The claim ledger: pure functions that shape the tagging model into what `/claims/` shows — which notes
 * bear on each sentence, how sentences are grouped and filtered, and the neighbours of a claim. What a
 * claim page adds is in claim-detail.ts; the people directory is in people.ts.
 *
 * A sentence can hold several checked statements with different verdicts (the op-ed's first sentence
 * has an accurate one, an inaccurate one and a judgement). The model keeps the gravest verdict on the
 * sentence (`VERDICT_SEVERITY` in model.ts); the ledger also keeps them all, and files the sentence
 * under the gravest, so that "Inaccurate" lists every sentence that contains an inaccuracy.
 */
import type { ClaimType } from '../tagging/claims.ts';
import { CLAIM_TYPE_LABELS, VERDICT_LABELS } from './labels.ts';
import { VERDICT_SEVERITY, type ClaimRecord, type EditionModel, type NoteRecord } from '../model/model.ts';
import { CLAIM_TYPES, VERDICTS, type Source, type Verdict } from '../content/schema.ts';
import type { NoteText } from './claim-detail.ts';
import { count } from '../format.ts';

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
  /** Whether the sentence has a page of its own (`/claims/<id>/`): see {@link hasClaimPage}. */
  page: boolean;
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
 * Whether a sentence gets a page of its own (`/claims/<id>/`): when a note bears on it. A page holds what
 * the editors wrote about the sentence — verdicts, what was known then and later, sources — so a sentence
 * no note touches has nothing to add to its ledger entry, and its entry links to its place in the text
 * instead. This keeps an archive's page count near its article count (a thousand op-eds of ten sentences,
 * a tenth of them annotated, make a hundred claim pages, not ten thousand). Every sentence with a verdict
 * has a page, since only notes give verdicts.
 *
 * @param claim The sentence.
 * @param notes Every note of the same article.
 */
export function hasClaimPage(claim: ClaimRecord, notes: readonly NoteRecord[]): boolean {
  return notesForClaim(claim, notes).length > 0;
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
        // hasClaimPage, from the notes already found.
        page: notes.length > 0,
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

/**
 * The most sentences the ledger page lists one by one. An op-ed has a few dozen; a newsroom's archive of a
 * thousand has ten thousand, which made a 12 MB page no reader could use. Above this the page lists the
 * sentences a note bears on (each has a page of its own: the checked claims, which are what a ledger is
 * for) and counts the others by type, sending readers to search, whose filters span the archive.
 */
export const MAX_LEDGER_CLAIMS = 500;

/** What the ledger page lists one by one, and how many sentences of each type it only counts. */
export interface LedgerListing {
  listed: LedgerClaim[];
  /** The sentences left out, by type, in the method page's order; empty when every sentence is listed. */
  counted: FilterOption[];
}

/**
 * Which sentences the ledger page lists: all of them up to {@link MAX_LEDGER_CLAIMS}, else those with a
 * page of their own, the others counted by type.
 *
 * @param claims Every sentence of the site, in reading order.
 * @param max The most sentences listed in full.
 */
export function ledgerListing(claims: readonly LedgerClaim[], max = MAX_LEDGER_CLAIMS): LedgerListing {
  if (claims.length <= max) return { listed: [...claims], counted: [] };
  return { listed: claims.filter((entry) => entry.page), counted: filterOptions(claims.filter((entry) => !entry.page)).types };
}

/** How many sentences a listing leaves out, from its counts by type. */
export function unlistedCount(counted: readonly FilterOption[]): number {
  return counted.reduce((total, option) => total + option.count, 0);
}

/**
 * What the ledger page says of itself: its meta description, and its lede (what it lists, and how many
 * sentences have a verdict).
 *
 * @param listing What the page lists.
 * @param totals Counts over every sentence (`ledgerTotals`).
 */
export function ledgerIntro(listing: LedgerListing, totals: ReturnType<typeof ledgerTotals>): { description: string; lede: string } {
  const unlisted = unlistedCount(listing.counted);
  const verdicts = `${totals.withVerdict === totals.sentences ? `All ${count(totals.sentences, 'sentence')}` : `${totals.withVerdict} of the ${count(totals.sentences, 'sentence')}`} have a verdict, from ${count(totals.checks, 'check')}.`;
  return unlisted === 0
    ? {
        description: 'Every sentence of the text, classified as fact, opinion, recommendation or prediction, with the edition’s verdicts and sources.',
        lede: `Every sentence of the text, with its type, whether it is worth checking, what was known then and what happened next. ${verdicts}`,
      }
    : {
        description: 'The sentences the edition’s notes bear on, classified as fact, opinion, recommendation or prediction, with their verdicts and sources.',
        lede: `The ${count(listing.listed.length, 'sentence')} that notes bear on, with their type, whether they are worth checking, what was known then and what happened next; the other ${count(unlisted, 'sentence')} are counted at the end. ${verdicts}`,
      };
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
 * The choices of the ledger's two filters. A sentence matches the verdict it is filed under, its gravest,
 * so the counts add up to the number of sentences and agree with the sections, the front page and search;
 * only verdicts that occur are offered.
 *
 * @param claims The ledger's sentences.
 * @returns Verdict options (in the method page's order, then "No verdict") and type options.
 */
export function filterOptions(claims: readonly LedgerClaim[]): { verdicts: FilterOption[]; types: FilterOption[] } {
  const verdicts = VERDICTS.map((verdict) => ({
    value: verdict as string,
    label: VERDICT_LABELS[verdict].label,
    // Under its gravest verdict only, as its section lists it and the front page and search count it.
    count: claims.filter((entry) => entry.verdict === verdict).length,
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
 * The verdict a sentence carries for the filter (for a `data-` attribute): the one it is filed under.
 *
 * @param entry A ledger sentence.
 * @returns Its gravest verdict, or `none`.
 */
export function filterVerdicts(entry: LedgerClaim): string {
  return entry.verdict ?? NO_VERDICT;
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
