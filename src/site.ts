/** Helpers for the pages: links under the base, and the editions read once per state of the content. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { withBase } from './lib/views/routes.ts';
import { isPersonId } from './loader/check.ts';
import type { EditionModel } from './lib/model/model.ts';
import { renderingOf } from './loader/rendered-files.ts';
import { noteHtml } from './lib/render/note-markdown.ts';
import { claimsExport, type ClaimsExport } from './lib/exports/claims-json.ts';
import { exportArticle } from './lib/exports/exports.ts';
import { ledgerArticles, ledgerClaims, type LedgerClaim } from './lib/views/ledger.ts';
import { collectEvents, type TimelineEvent } from './lib/views/timeline.ts';
import { timelineYears, type TimelineYear } from './lib/views/timeline-periods.ts';
import { peopleArticles, peopleDirectory, type PersonEntry } from './lib/views/people.ts';
import { editionWords, type EditionWords } from './lib/views/wording.ts';

/** A path under the site's base: `url(routes.claims())` → `/edition/claims/` when BASE_PATH=/edition/. */
export function url(path = ''): string {
  return withBase(import.meta.env.BASE_URL, path);
}

export interface Edition {
  entry: CollectionEntry<'articles'>;
  model: EditionModel;
  /** The article's text as the pipeline rendered and sanitised it. */
  html: string;
  annotations?: CollectionEntry<'annotations'>['data'];
  /** The editor's introduction, rendered safely to HTML. */
  introductionHtml?: string;
  /** Authors as display names, with the registry id where there is one. */
  authors: Array<{ name: string; id?: string }>;
}

let editions: { key: string; value: Promise<Edition[]> } | undefined;

const derived = new WeakMap<readonly Edition[], Map<string, unknown>>();

/**
 * A value drawn from the editions, computed once per state of the content: the sitemap runs every route's
 * `getStaticPaths` again. A new state is a new editions array, so nothing is served stale.
 */
export function fromEditions<T>(all: readonly Edition[], name: string, compute: () => T): T {
  let values = derived.get(all);
  if (!values) derived.set(all, (values = new Map()));
  if (!values.has(name)) values.set(name, compute());
  return values.get(name) as T;
}

/** All articles, newest first, keyed on every entry's digest: the dev server keeps this module alive. */
export async function getEditions(): Promise<Edition[]> {
  const [articles, people, annotationFiles] = await Promise.all([
    getCollection('articles'),
    getCollection('people'),
    getCollection('annotations'),
  ]);
  const key = [...articles, ...people, ...annotationFiles].map((entry) => `${entry.collection}/${entry.id}@${entry.digest ?? ''}`).join('\n');
  if (editions?.key !== key) {
    const value = buildEditions(articles, people, annotationFiles);
    editions = { key, value };
    // A failure is not kept: the dev server tries again on the next request.
    value.catch(() => {
      if (editions?.value === value) editions = undefined;
    });
  }
  return editions.value;
}

async function buildEditions(
  articles: CollectionEntry<'articles'>[],
  people: CollectionEntry<'people'>[],
  annotationFiles: CollectionEntry<'annotations'>[],
): Promise<Edition[]> {
  const names = new Map(people.map((person) => [person.id, person.data.name]));
  const result = articles.map((entry) => {
    const rendered = renderingOf(entry);
    const model = rendered.model;
    const authors = entry.data.authors.map((author) => (isPersonId(author) ? { name: names.get(author) ?? author, id: author } : { name: author }));
    const annotations = annotationFiles.find((file) => file.id === entry.id)?.data;
    const introductionHtml = annotations?.introduction ? noteHtml(annotations.introduction) : undefined;
    return { entry, model, html: rendered.html, annotations, introductionHtml, authors };
  });
  return result.sort((a, b) => b.entry.data.published.localeCompare(a.entry.data.published));
}

/** How the pages speak of the articles ("the editorial", "the articles"), from their kinds. */
export function wordsOf(all: readonly Edition[]): EditionWords {
  return editionWords(all.map((edition) => edition.entry.data.kind));
}

/** Every sentence as the ledger lists it, once per state of the content. */
export function ledgerClaimsOf(all: readonly Edition[]): LedgerClaim[] {
  return fromEditions(all, 'ledger claims', () => ledgerClaims(ledgerArticles(all)));
}

/** Every event of the timeline, once per state of the content. */
export function timelineEventsOf(all: readonly Edition[]): TimelineEvent[] {
  return fromEditions(all, 'timeline events', () => collectEvents(ledgerArticles(all), wordsOf(all).theText));
}

/** The timeline's years and periods, once per state of the content; none when one page holds every event. */
export function timelineYearsOf(all: readonly Edition[]): TimelineYear[] {
  return fromEditions(all, 'timeline years', () => timelineYears(timelineEventsOf(all)));
}

/** The people directory, once per state of the content: the index and each person's page read it. */
export async function getPeopleDirectory(): Promise<PersonEntry[]> {
  const [all, register] = await Promise.all([getEditions(), getCollection('people')]);
  // The editions change with the register (getEditions), so they key the register's directory too.
  return fromEditions(all, 'people directory', () => peopleDirectory(register, peopleArticles(all)));
}

/** The claims dataset (`claims.json` and the search records), once per state of the content and origin. */
export async function getClaimsExport(site?: string): Promise<ClaimsExport> {
  const [editions, register] = await Promise.all([getEditions(), getCollection('people')]);
  // The editions change with the register (getEditions), so they key the export too.
  return fromEditions(editions, `claims export ${site ?? ''}`, () =>
    claimsExport(editions.map(exportArticle), register.map((entry) => ({ id: entry.id, ...entry.data })), { base: import.meta.env.BASE_URL, site }),
  );
}
