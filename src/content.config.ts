/**
 * The edition's collections. The field-by-field schemas (each field documented) live in
 * `src/lib/content/schema.ts`, shared with the content check that runs before the build.
 */
import { defineCollection } from 'astro:content';
import { articlesLoader } from './loader/articles-loader.ts';
import { annotationsLoader, peopleLoader } from './loader/report-loaders.ts';
import { annotationsSchema, articleSchema, personSchema } from './lib/content/schema.ts';

/**
 * The op-eds, one Markdown file each: frontmatter about the piece, then its text word for word. Rendered
 * by the edition's loader, whose cache key covers every file an article's output depends on.
 */
const articles = defineCollection({
  loader: articlesLoader(),
  schema: articleSchema,
});

/**
 * The people registry, one YAML file per person; the file name is the id. Its entries are the content
 * check's reading of the files, as the articles loader's are, so each file is parsed once.
 */
const people = defineCollection({
  loader: peopleLoader(),
  schema: personSchema,
});

/** Curated notes, one YAML file per article, named after the article; read by the content check too. */
const annotations = defineCollection({
  loader: annotationsLoader(),
  schema: annotationsSchema,
});

export const collections = { articles, people, annotations };
