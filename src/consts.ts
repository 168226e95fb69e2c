/**
 * The site's name and description: set here once, read by the page frame, the home page, the exports and
 * the dev server's error page. Words about the articles themselves ("the op-ed", "the editorial", "the
 * archive") come from each article's `kind` (src/lib/views/wording.ts).
 */

/** The site's name: the page titles, the header, and the author of the notes in the exports. */
export const SITE_NAME = 'The Annotated Op-Ed';

/** One sentence about the site, for the home page's description and link previews. */
export const SITE_DESCRIPTION =
  'An annotated edition of a 2007 op-ed on diplomacy with North Korea and Iran: every claim, person and date explained and sourced.';
