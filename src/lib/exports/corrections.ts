/**
 * The corrections log as schema.org data: each entry a `CorrectionComment` with its day, and either its text
 * (the ClaimReview whose note it changed) or the address where the page shows it (the NewsArticle, whose
 * page already prints the whole log).
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

/**
 * The whole log as schema.org corrections, oldest first, each with its day and the address of the page's
 * log, where its text is: the reading page shows every entry, so its JSON-LD does not repeat them.
 *
 * @param corrections The log.
 * @param url The address of the log on the page (`…#corrections`).
 * @returns `CorrectionComment` objects; empty for an empty log.
 */
export function linkedCorrections(corrections: readonly CorrectionEntry[], url: string): SchemaCorrection[] {
  return corrections.map((entry) => ({ '@type': 'CorrectionComment', datePublished: entry.date, url }));
}
