/**
 * The edition's Markdown pipeline, in the order it must run: set up the model, mark sentences
 * (outermost), anchor the curated notes, then mark people and dates inside them.
 */
import type { RemarkPlugins, RehypePlugins } from '@astrojs/markdown-remark';
import remarkEdition from './remark-edition.ts';
import remarkTagClaims from './remark-tag-claims.ts';
import remarkAnnotate from './remark-annotate.ts';
import remarkTagPeople from './remark-tag-people.ts';
import remarkTagDates from './remark-tag-dates.ts';

/** remark plugins for `markdown.processor`. */
export const remarkPlugins: RemarkPlugins = [remarkEdition, remarkTagClaims, remarkAnnotate, remarkTagPeople, remarkTagDates];

/** rehype plugins for `markdown.processor` (none yet: everything is tagged in mdast). */
export const rehypePlugins: RehypePlugins = [];
