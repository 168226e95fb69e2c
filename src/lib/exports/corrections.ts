/**
 * The corrections log as schema.org `CorrectionComment`s: with its text for a ClaimReview, or with the
 * address of the page's log for the NewsArticle, whose page already prints it.
 */

/** One entry of the log, as the annotation file gives it. */
export interface CorrectionEntry {
  date: string;
  text: string;
  /** Ids of the notes it changed. */
  notes?: string[] | undefined;
}

/** A schema.org CorrectionComment. */
export type SchemaCorrection = { '@type': 'CorrectionComment'; datePublished: string } & ({ text: string } | { url: string });

/** The log's entries with their text, oldest first; with `noteId`, only those that changed that note. */
export function schemaCorrections(corrections: readonly CorrectionEntry[], noteId?: string): SchemaCorrection[] {
  return corrections
    .filter((entry) => noteId === undefined || (entry.notes ?? []).includes(noteId))
    .map((entry) => ({ '@type': 'CorrectionComment', datePublished: entry.date, text: entry.text }));
}

/** The whole log, oldest first, each entry pointing at the page's log (`…#corrections`) instead of repeating it. */
export function linkedCorrections(corrections: readonly CorrectionEntry[], url: string): SchemaCorrection[] {
  return corrections.map((entry) => ({ '@type': 'CorrectionComment', datePublished: entry.date, url }));
}
