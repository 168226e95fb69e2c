/**
 * The claim ledger: what `/claims/` shows. A sentence may hold checks with different verdicts; the ledger
 * keeps them all and files the sentence under the gravest, so "Inaccurate" lists every sentence that holds
 * an inaccuracy.
 */
import type { ClaimType } from '../tagging/claims.ts';
import { CLAIM_TYPE_LABELS, VERDICT_LABELS } from './labels.ts';
import { VERDICT_SEVERITY, type ClaimRecord, type EditionModel, type NoteRecord } from '../model/model.ts';
import { CLAIM_TYPES, VERDICTS, type Source, type Verdict } from '../content/schema.ts';
import type { NoteText } from './claim-detail.ts';
import { count } from '../format.ts';

export interface LedgerArticle {
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

/** The ledger's view of the built editions. */
export function ledgerArticles(editions: readonly EditionLike[]): LedgerArticle[] {
  return editions.map(({ entry, model }) => ({ slug: entry.id, title: entry.data.title, model }));
}

export interface LedgerClaim {
  claim: ClaimRecord;
  slug: string;
  title: string;
  /** The sentence's place in its article's reading order, from 1. */
  number: number;
  of: number;
  /** The paragraph the sentence is in, from 1. */
  paragraph: number;
  notes: NoteRecord[];
  /** The claim-layer notes among `notes`: the checks, with their verdicts. */
  checks: NoteRecord[];
  verdicts: Verdict[];
  /** The gravest verdict, which files the sentence. */
  verdict?: Verdict;
  sources: Source[];
  /** Whether the sentence has a page of its own: see {@link hasClaimPage}. */
  page: boolean;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The notes anchored in a sentence, and those spanning sentences that cover part of it, in reading order. */
export function notesForClaim(claim: ClaimRecord, notes: readonly NoteRecord[]): NoteRecord[] {
  return notes
    .filter((note) => note.claim === claim.id || (note.claim === undefined && overlaps(note, claim)))
    .sort((a, b) => a.number - b.number);
}

/**
 * Whether a sentence gets a page of its own: when a note bears on it, since a page holds what the editors
 * wrote. This keeps an archive's page count near its article count.
 */
export function hasClaimPage(claim: ClaimRecord, notes: readonly NoteRecord[]): boolean {
  return notesForClaim(claim, notes).length > 0;
}

/** Distinct verdicts of notes, most serious first. */
export function verdictsOf(notes: readonly NoteRecord[]): Verdict[] {
  const present = new Set(notes.flatMap((note) => (note.verdict ? [note.verdict] : [])));
  return VERDICT_SEVERITY.filter((verdict) => present.has(verdict));
}

/** Sources once each (by address), primary first, otherwise in the order given (the sort is stable). */
export function uniqueSources(sources: readonly Source[]): Source[] {
  const byUrl = new Map<string, Source>();
  for (const source of sources) if (!byUrl.has(source.url)) byUrl.set(source.url, source);
  const unique = [...byUrl.values()];
  return unique.sort((a, b) => Number(b.primary ?? false) - Number(a.primary ?? false));
}

/**
 * Every sentence of every article with the notes on it, in reading order; throws when two articles share
 * a sentence id, since `/claims/<id>/` must be unique.
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

/** Totals for the ledger's introduction: sentences, those with a verdict, and checks. */
export function ledgerTotals(claims: readonly LedgerClaim[]): { sentences: number; withVerdict: number; checks: number } {
  const checks = new Set(claims.flatMap((entry) => entry.checks.map((note) => `${entry.slug}#${note.id}`)));
  return { sentences: claims.length, withVerdict: claims.filter((entry) => entry.verdict !== undefined).length, checks: checks.size };
}

/**
 * The most sentences the ledger lists one by one. Past it (an archive), the page lists only sentences with
 * a page and counts the others by type, sending readers to search.
 */
export const MAX_LEDGER_CLAIMS = 500;

export interface LedgerListing {
  listed: LedgerClaim[];
  /** The sentences left out, by type, in the method page's order; empty when every sentence is listed. */
  counted: FilterOption[];
}

/** Which sentences the ledger lists: all up to `max`, else those with a page, the others counted by type. */
export function ledgerListing(claims: readonly LedgerClaim[], max = MAX_LEDGER_CLAIMS): LedgerListing {
  if (claims.length <= max) return { listed: [...claims], counted: [] };
  return { listed: claims.filter((entry) => entry.page), counted: filterOptions(claims.filter((entry) => !entry.page)).types };
}

export function unlistedCount(counted: readonly FilterOption[]): number {
  return counted.reduce((total, option) => total + option.count, 0);
}

/** The ledger page's meta description and lede. */
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

export interface LedgerGroup {
  id: string;
  kind: 'verdict' | 'type';
  key: Verdict | ClaimType;
  label: string;
  shortLabel: string;
  description: string;
  claims: LedgerClaim[];
}

/**
 * The ledger's sections: one per verdict in the method page's order, then the unverdicted by type. Empty
 * sections are left out; sentences keep their reading order.
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

export interface FilterOption {
  value: string;
  label: string;
  count: number;
}

export const NO_VERDICT = 'none';

/**
 * The choices of the ledger's two filters, only those that occur. A sentence counts under its gravest
 * verdict, so counts agree with the sections, the front page and search.
 */
export function filterOptions(claims: readonly LedgerClaim[]): { verdicts: FilterOption[]; types: FilterOption[] } {
  const verdicts = VERDICTS.map((verdict) => ({
    value: verdict as string,
    label: VERDICT_LABELS[verdict].label,
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

/** The verdict a sentence is filed under, for the filter's `data-` attribute, or `none`. */
export function filterVerdicts(entry: LedgerClaim): string {
  return entry.verdict ?? NO_VERDICT;
}

/** The sentences before and after one (by id, or index in `claims`), within its article. */
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
