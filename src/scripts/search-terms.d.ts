/** The term groups of the edition, packed, and the verdicts' labels (src/integrations/search-terms.ts, `packTermGroups` in src/lib/search/query.ts). */
declare module 'virtual:search-terms' {
  const packed: string;
  export default packed;
  /** Every verdict's label, as the records' `verdict` filter holds them. */
  export const verdicts: string[];
}
