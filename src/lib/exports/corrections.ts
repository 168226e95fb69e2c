/**
 * The corrections log as schema.org data: each entry a `CorrectionComment` with its day and its text, for
 * the `correction` property of the NewsArticle and of the ClaimReview whose note it changed.
 */

/** One entry of the log, as the annotation file gives it. */
export interface CorrectionEntry {
  date: string;
  text: string;
  /** Ids of the notes it changed. */
  notes?: string[] | undefined;
}

/** A schema.org CorrectionComment. */
export interface SchemaCorrection {
  '@type': 'CorrectionComment';
  datePublished: string;
  text: string;
}

/**
 * The log's entries as schema.org corrections, oldest first.
 *
 * @param corrections The log.
 * @param noteId When given, only the entries that changed this note (for one claim's review).
 * @returns `CorrectionComment` objects; empty when nothing applies.
 */
export function schemaCorrections(corrections: readonly CorrectionEntry[], noteId?: string): SchemaCorrection[] {
  return corrections
    .filter((entry) => noteId === undefined || (entry.notes ?? []).includes(noteId))
    .map((entry) => ({ '@type': 'CorrectionComment', datePublished: entry.date, text: entry.text }));
}
