/**
 * The edition's collections. The field-by-field schemas (each field documented) live in
 * `src/lib/content/schema.ts`, shared with the content check that runs before the build.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articlesLoader } from './loader/articles-loader.ts';
import { annotationsSchema, articleSchema, personSchema } from './lib/content/schema.ts';

/**
 * The op-eds, one Markdown file each: frontmatter about the piece, then its text word for word. Rendered
 * by the edition's loader, whose cache key covers every file an article's output depends on.
 */
const articles = defineCollection({
  loader: articlesLoader(),
  schema: articleSchema,
});

/** The people registry, one YAML file per person; the file name is the id. */
const people = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: './content/people' }),
  schema: personSchema,
});

/** Curated notes, one YAML file per article, named after the article. */
const annotations = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: './content/annotations' }),
  schema: annotationsSchema,
});

export const collections = { articles, people, annotations };
