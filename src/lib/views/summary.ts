/** Counts that introduce an article on the front page. */
import type { EditionModel } from '../model/model.ts';
import type { ClaimType } from '../tagging/claims.ts';
import type { Source, Verdict } from '../content/schema.ts';
import { CLAIM_TYPES, VERDICTS } from '../content/schema.ts';

export interface EditionSummary {
  sentences: number;
  notes: number;
  people: number;
  dates: number;
  /** Sentences per type, in the schema's order; types with none are left out. */
  types: Array<{ type: ClaimType; count: number }>;
  /** Sentences per verdict, each under its gravest (as the ledger files them), in the scale's order. */
  verdicts: Array<{ verdict: Verdict; count: number }>;
}

/** How many notes each layer has. */
export function notesPerLayer(model: EditionModel): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const note of model.notes) counts[note.layer] = (counts[note.layer] ?? 0) + 1;
  return counts;
}

export function summariseEdition(model: EditionModel): EditionSummary {
  const typeCounts = new Map<ClaimType, number>();
  const verdictCounts = new Map<Verdict, number>();
  for (const claim of model.claims) {
    typeCounts.set(claim.type, (typeCounts.get(claim.type) ?? 0) + 1);
    if (claim.verdict) verdictCounts.set(claim.verdict, (verdictCounts.get(claim.verdict) ?? 0) + 1);
  }
  return {
    sentences: model.claims.length,
    notes: model.notes.length,
    people: model.people.length,
    dates: model.dates.length,
    types: CLAIM_TYPES.filter((type) => typeCounts.has(type)).map((type) => ({ type, count: typeCounts.get(type)! })),
    verdicts: VERDICTS.filter((verdict) => verdictCounts.has(verdict)).map((verdict) => ({ verdict, count: verdictCounts.get(verdict)! })),
  };
}

export interface CitedSource extends Source {
  /** Ids of the notes citing it, in note order. */
  notes: string[];
}

/** Every distinct source the notes cite (by URL), primary sources first, then by date, newest last. */
export function citedSources(model: EditionModel): CitedSource[] {
  const byUrl = new Map<string, CitedSource>();
  for (const note of model.notes) {
    for (const source of note.sources) {
      const known = byUrl.get(source.url);
      if (known) {
        if (!known.notes.includes(note.id)) known.notes.push(note.id);
        known.primary = known.primary || source.primary;
      } else {
        byUrl.set(source.url, { ...source, notes: [note.id] });
      }
    }
  }
  return [...byUrl.values()].sort(
    (a, b) => Number(b.primary ?? false) - Number(a.primary ?? false) || (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.title.localeCompare(b.title),
  );
}
