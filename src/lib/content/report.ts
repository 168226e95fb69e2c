/**
 * What the content check hands on: the people registry, the articles read from disk, and the report of the
 * whole content folder with the problems found in it.
 */
import type { VFileMessage } from 'vfile-message';
import type { Annotations, Article, Person } from './schema.ts';

/** The people registry: id → person. */
export type Registry = Map<string, Person>;

/** An article read from disk: its checked frontmatter and its body with the body's first line number. */
export interface ArticleFile {
  slug: string;
  file: string;
  data: Article;
  /** The frontmatter's YAML, to position problems found in its fields. */
  frontmatter: string;
  body: string;
  /** 1-based line of the body's first line in the file, to position problems found in the body. */
  bodyLine: number;
}

/** Everything `checkContent` read, plus the problems it found. */
export interface ContentReport {
  problems: VFileMessage[];
  registry: Registry;
  articles: ArticleFile[];
  annotations: Map<string, Annotations>;
  /** Each annotation file's path and text, by article slug, to place problems found later. */
  annotationFiles: Map<string, { path: string; text: string }>;
  /** How many article bodies were read from the cache file rather than parsed. */
  bodiesReused: number;
}
