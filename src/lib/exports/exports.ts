/**
 * What every export shares: the edition's name, where the site lives, and an article as the exports see
 * it. The exports themselves have a module each: claims-json.ts, web-annotations.ts, schema-org.ts,
 * sitemap.ts and search-records.ts.
 *
 * Addresses follow the site's base; they are absolute only when the public origin (SITE_URL) is known,
 * and root-relative otherwise (a JSON-LD processor resolves those against the document's own address).
 */
import type { CorrectionEntry } from './corrections.ts';
import { SITE_NAME } from '../../consts.ts';
import { withBase } from '../views/routes.ts';
import type { EditionModel } from '../model/model.ts';
import type { Article, Person } from '../content/schema.ts';

/** The edition's name, as the page frame shows it; it is the author of the reviews and notes. */
export const EDITION_NAME = SITE_NAME;

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

/**
 * The exports' view of one edition as `getEditions()` gives it.
 *
 * @param edition An entry (id and frontmatter), its authors, its model and its annotation file.
 * @returns The plain data the builders below take.
 */
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

/**
 * The address of a site path: `/edition/claims/x/`, or `https://example.org/edition/claims/x/` with an origin.
 *
 * @param address The base and optional origin.
 * @param path A path relative to the base (`claims/x/`, `` for the home page).
 * @returns A root-relative path, or an absolute URL when `address.site` is set.
 */
export function siteUrl(address: SiteAddress, path: string): string {
  const local = withBase(address.base, path);
  return address.site ? new URL(local, address.site).href : local;
}
