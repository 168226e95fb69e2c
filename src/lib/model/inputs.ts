/**
 * What the pipeline knows of an article besides its text. Everything an article's output depends on
 * arrives here, as data: the plugins read no file.
 */
import type { Annotations, Person } from '../content/schema.ts';
import type { ArticleFile, ContentReport } from '../content/report.ts';

export interface EditionInputs {
  /** Slug of the article. */
  slug: string;
  /** Publication day, YYYY-MM-DD: relative dates resolve against it. */
  published: string;
  /** The people register. */
  registry: ReadonlyMap<string, Person>;
  /** The article's curated notes and coreference phrases, if it has an annotation file. */
  annotations?: Annotations;
  /**
   * What the article's ids are hashed with, so articles that share a sentence never share an id
   * (default: none, as in the first edition).
   */
  idScope?: string;
  /** The annotation file's project-relative path and text, so a note's problem is placed in it. */
  annotationsFile?: { path: string; text: string };
  /** Look for names the register lacks (default: true). */
  detectUnregistered?: boolean;
}

/** The inputs of one article of a checked content folder. */
export function articleInputs(report: Pick<ContentReport, 'registry' | 'annotations' | 'annotationFiles'>, article: Pick<ArticleFile, 'slug' | 'data'>): EditionInputs {
  return {
    slug: article.slug,
    published: article.data.published,
    registry: report.registry,
    annotations: report.annotations.get(article.slug),
    annotationsFile: report.annotationFiles.get(article.slug),
    idScope: article.data.idScope ?? article.slug,
  };
}
