/** The term groups of the edition (src/integrations/search-terms.ts): each a list of phrases, each phrase its words. */
declare module 'virtual:search-terms' {
  const groups: string[][][];
  export default groups;
}
