/** The edition's collections; their schemas are shared with the content check (`lib/content/schema.ts`). */
import { defineCollection } from 'astro:content';
import { articlesLoader } from './loader/articles-loader.ts';
import { annotationsLoader, peopleLoader } from './loader/report-loaders.ts';
import { annotationsSchema, articleSchema, personSchema } from './lib/content/schema.ts';

/** The op-eds, one Markdown file each, rendered by the edition's loader. */
const articles = defineCollection({
  loader: articlesLoader(),
  schema: articleSchema,
});

/** The people registry, one YAML file per person named by its id: the content check's reading, so each file is parsed once. */
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
