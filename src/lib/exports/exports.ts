/**
 * What every export shares: where the site lives, and an article as the exports see it. Addresses are
 * absolute only when SITE_URL is known, else root-relative (JSON-LD resolves them against the page).
 */
import type { CorrectionEntry } from './corrections.ts';
import { withBase } from '../views/routes.ts';
import type { EditionModel } from '../model/model.ts';
import type { Article, Person } from '../content/schema.ts';

/** Where the site lives: its base path and, when known, its public origin. */
export interface SiteAddress {
  /** The base path, `/` or `/edition/`. */
  base: string;
  /** The public origin (SITE_URL), e.g. `https://example.org`; unset for relative addresses. */
  site?: string | undefined;
}

/** One article as the exports need it: its frontmatter, authors, model and the annotation file's byline. */
export interface ExportArticle {
  slug: string;
  article: Pick<Article, 'title' | 'publisher' | 'published' | 'source' | 'language'> & { dek?: string | undefined };
  /** Display names, with the registry id where there is one. */
  authors: Array<{ name: string; id?: string | undefined }>;
  model: EditionModel;
  /** From the annotation file: who wrote the notes, when they were last updated, and the corrections log. */
  review?: { byline: string; updated: string; corrections?: CorrectionEntry[] | undefined } | undefined;
}

/** A registered person: the registry file's id and its fields. */
export type RegistryPerson = Person & { id: string };

/** The exports' plain view of one edition as `getEditions()` gives it. */
export function exportArticle(edition: {
  entry: { id: string; data: Article };
  authors: Array<{ name: string; id?: string }>;
  model: EditionModel;
  annotations?: { byline: string; updated: string; corrections?: CorrectionEntry[] | undefined } | undefined;
}): ExportArticle {
  const { entry, authors, model, annotations } = edition;
  return {
    slug: entry.id,
    article: entry.data,
    authors,
    model,
    review: annotations ? { byline: annotations.byline, updated: annotations.updated, corrections: annotations.corrections } : undefined,
  };
}

/** The address of a path relative to the base (`claims/x/`): `/edition/claims/x/`, or absolute with an origin. */
export function siteUrl(address: SiteAddress, path: string): string {
  const local = withBase(address.base, path);
  return address.site ? new URL(local, address.site).href : local;
}
