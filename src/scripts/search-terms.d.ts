/** The term groups of the edition, packed (src/integrations/search-terms.ts, `packTermGroups` in src/lib/search/query.ts). */
declare module 'virtual:search-terms' {
  const packed: string;
  export default packed;
}
