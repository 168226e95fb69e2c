/** What the content check hands on: the register, the articles, the annotations and every problem. */
import type { VFileMessage } from 'vfile-message';
import type { Annotations, Article, Person } from './schema.ts';

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

export interface ContentReport {
  problems: VFileMessage[];
  registry: Registry;
  articles: ArticleFile[];
  annotations: Map<string, Annotations>;
  /** Each annotation file's path and text, by article slug, to place problems found later. */
  annotationFiles: Map<string, { path: string; text: string }>;
  bodiesReused: number;
}
