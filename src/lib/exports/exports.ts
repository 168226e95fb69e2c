/**
 * The edition's machine-readable exports, built as plain data from the tagging model: the claims dataset
 * (`claims.json`), the notes as W3C Web Annotations (`annotations.jsonld`), schema.org ClaimReview and
 * NewsArticle JSON-LD for the pages, and the sitemap.
 *
 * Addresses follow the site's base; they are absolute only when the public origin (SITE_URL) is known,
 * and root-relative otherwise (a JSON-LD processor resolves those against the document's own address).
 */
import { notesForClaim } from '../views/ledger.ts';
import { schemaCorrections, type CorrectionEntry } from './corrections.ts';
import { fromHtml } from 'hast-util-from-html';
import type { Nodes } from 'hast';
import { withBase, routes } from '../views/routes.ts';
import { CLAIM_TYPE_LABELS, VERDICT_LABELS } from '../views/labels.ts';
import type { ClaimRecord, EditionModel, NoteRecord } from '../model/model.ts';
import type { Article, Layer, Person, Source, Verdict } from '../content/schema.ts';
import type { CheckWorthiness, ClaimType } from '../tagging/claims.ts';

/** The edition's name, as the page frame shows it; it is the author of the reviews and notes. */
export const EDITION_NAME = 'The Annotated Op-Ed';

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

// Elements whose text stands apart from its neighbours: note paragraphs are spans (they sit inside the
// article's paragraphs), so they are named here along with the usual blocks.
const BLOCK_TAGS = new Set(['p', 'div', 'li', 'br', 'blockquote']);

/**
 * The plain text of a rendered note (or any HTML fragment), paragraphs separated by a space.
 *
 * @param html Trusted HTML from the note renderer.
 * @returns Its text with whitespace collapsed.
 */
export function plainText(html: string): string {
  const parts: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'text') parts.push(node.value);
    else if (node.type === 'element') {
      const classes = node.properties.className;
      const block = BLOCK_TAGS.has(node.tagName) || (Array.isArray(classes) && classes.includes('note-p'));
      if (block) parts.push(' ');
      for (const child of node.children) walk(child);
      if (block) parts.push(' ');
    } else if (node.type === 'root') for (const child of node.children) walk(child);
  };
  walk(fromHtml(html, { fragment: true }));
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * The years a claim is about: those its dates cover, or the publication year when it names none.
 *
 * @param claim The sentence.
 * @param model The article's model (for the date records and the publication day).
 * @returns Four-digit years, ascending, without repeats.
 */
export function claimYears(claim: ClaimRecord, model: EditionModel): string[] {
  const years = new Set<number>();
  for (const id of claim.dates) {
    const date = model.dates.find((record) => record.id === id);
    if (!date) continue;
    const first = Number(date.startDay.slice(0, 4));
    const last = Number(date.endDay.slice(0, 4));
    // A span longer than a decade ("since the 1990s") would flood the year filter; keep its ends only.
    if (last - first > 10) years.add(first).add(last);
    else for (let year = first; year <= last; year++) years.add(year);
  }
  if (years.size === 0) years.add(Number(model.published.slice(0, 4)));
  return [...years].sort((a, b) => a - b).map(String);
}


/** The claim note that gives a sentence its verdict, if there is one. */
export function verdictNote(claim: ClaimRecord, notes: NoteRecord[]): NoteRecord | undefined {
  return notesForClaim(claim, notes).find((note) => note.layer === 'claim' && note.verdict === claim.verdict && note.verdict !== undefined);
}

/** One claim in `claims.json`. */
export interface ClaimExport {
  id: string;
  text: string;
  type: ClaimType;
  typeLabel: string;
  checkWorthiness: CheckWorthiness;
  verdict?: Verdict;
  verdictLabel?: string;
  /** The sentence in the reading page: the page's address plus `#<id>`. */
  url: string;
  /** The claim's own page. */
  page: string;
  /** Where the sentence sits in the article's plain text (blocks joined by a blank line). */
  position: { block: number; start: number; end: number };
  /** Registry ids (or detected-name ids) of the people it mentions; names are in the article's `people`. */
  people: string[];
  dates: Array<{ text: string; value: string; start: string; end: string; label: string }>;
  /** The years it is about (see `claimYears`). */
  years: string[];
  /** Ids of the notes on it; the notes are in the article's `notes`. */
  notes: string[];
}

/** One note in `claims.json`. */
export interface NoteExport {
  id: string;
  number: number;
  layer: Layer;
  title?: string;
  verdict?: Verdict;
  /** The note's address in the reading page. */
  url: string;
  quote: { exact: string; prefix?: string; suffix?: string };
  /** The note, known-then and what-happened-next, as plain text. */
  text: string;
  knownThen?: string;
  knownLater?: string;
  person?: string;
  sources: Source[];
}

/** One article in `claims.json`. */
export interface ArticleExport {
  slug: string;
  title: string;
  dek?: string;
  authors: string[];
  publisher: string;
  published: string;
  language: string;
  /** The publisher's address for the piece. */
  source: string;
  /** The annotated reading page. */
  url: string;
  people: Array<{ id: string; name: string; registered: boolean; mentions: number }>;
  claims: ClaimExport[];
  notes: NoteExport[];
}

/** The whole `claims.json`. */
export interface ClaimsExport {
  /** Bumped when a field changes meaning. */
  version: 1;
  edition: { name: string; url: string };
  articles: ArticleExport[];
  /** The register of people, for names, roles and Wikidata ids. */
  people: Array<{ id: string; name: string; aliases: string[]; roleThen: string; rolesLater: string[]; summary?: string; wikidata?: string; url: string }>;
}

/**
 * The claims dataset: every sentence of every article, classified, with its verdict, people, dates and notes.
 *
 * @param articles The articles, newest first.
 * @param people The register of people.
 * @param address Where the site lives.
 * @returns Plain JSON-ready data.
 */
export function claimsExport(articles: ExportArticle[], people: RegistryPerson[], address: SiteAddress): ClaimsExport {
  return {
    version: 1,
    edition: { name: EDITION_NAME, url: siteUrl(address, '') },
    articles: articles.map(({ slug, article, authors, model }) => {
      const page = siteUrl(address, routes.article(slug));
      return {
        slug,
        title: article.title,
        ...(article.dek ? { dek: article.dek } : {}),
        authors: authors.map((author) => author.name),
        publisher: article.publisher,
        published: article.published,
        language: article.language,
        source: article.source,
        url: page,
        people: model.people.map(({ id, name, registered, mentions }) => ({ id, name, registered, mentions })),
        claims: model.claims.map((claim) => ({
          id: claim.id,
          text: claim.text,
          type: claim.type,
          typeLabel: CLAIM_TYPE_LABELS[claim.type],
          checkWorthiness: claim.checkWorthiness,
          ...(claim.verdict ? { verdict: claim.verdict, verdictLabel: VERDICT_LABELS[claim.verdict].label } : {}),
          url: `${page}#${claim.id}`,
          page: siteUrl(address, routes.claim(claim.id)),
          position: { block: claim.block, start: claim.start, end: claim.end },
          people: claim.people,
          dates: claim.dates.flatMap((id) => {
            const date = model.dates.find((record) => record.id === id);
            return date ? [{ text: date.text, value: date.value, start: date.startDay, end: date.endDay, label: date.label }] : [];
          }),
          years: claimYears(claim, model),
          notes: notesForClaim(claim, model.notes).map((note) => note.id),
        })),
        notes: model.notes.map((note) => ({
          id: note.id,
          number: note.number,
          layer: note.layer,
          ...(note.title ? { title: note.title } : {}),
          ...(note.verdict ? { verdict: note.verdict } : {}),
          url: `${page}#${note.id}`,
          quote: note.quote,
          text: plainText(note.html),
          ...(note.knownThenHtml ? { knownThen: plainText(note.knownThenHtml) } : {}),
          ...(note.knownLaterHtml ? { knownLater: plainText(note.knownLaterHtml) } : {}),
          ...(note.person ? { person: note.person } : {}),
          sources: note.sources,
        })),
      };
    }),
    people: people.map((person) => ({
      id: person.id,
      name: person.name,
      aliases: person.aliases,
      roleThen: person.roleThen,
      rolesLater: person.rolesLater,
      ...(person.summary ? { summary: person.summary } : {}),
      ...(person.wikidata ? { wikidata: person.wikidata } : {}),
      url: siteUrl(address, routes.person(person.id)),
    })),
  };
}

// W3C recommends enough context to make a quote unique; 32 characters either side is what the
// Hypothesis client uses, and it is plenty for one op-ed.
const CONTEXT_LENGTH = 32;

/** A W3C TextQuoteSelector: the exact words and the context either side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** A W3C TextPositionSelector: offsets in the plain text, end exclusive. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/**
 * A TextQuoteSelector and a TextPositionSelector for a range of the article's plain text.
 *
 * @param text The model's `text` (blocks joined by "\n\n").
 * @param start Start offset.
 * @param end End offset, exclusive.
 * @returns Both selectors, the quote with up to 32 characters of context either side.
 */
export function textSelectors(text: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

// What each layer does, in the Web Annotation vocabulary of motivations.
const MOTIVATIONS: Record<Layer, string> = {
  claim: 'assessing',
  person: 'identifying',
  date: 'describing',
  context: 'commenting',
};

/**
 * The notes as a W3C Web Annotation collection: one page holding one Annotation per note, each targeting
 * its words with both a TextQuoteSelector and a TextPositionSelector against the model's `text`.
 *
 * @param articles The articles.
 * @param address Where the site lives.
 * @returns An `AnnotationCollection` (JSON-LD, `http://www.w3.org/ns/anno.jsonld` context).
 */
export function annotationCollection(articles: ExportArticle[], address: SiteAddress) {
  const id = siteUrl(address, 'annotations.jsonld');
  const creator = { type: 'Organization', name: EDITION_NAME, homepage: siteUrl(address, '') };
  const items = articles.flatMap(({ slug, article, model, review }) => {
    const page = siteUrl(address, routes.article(slug));
    return model.notes.map((note) => {
      const body: Array<Record<string, string>> = [
        { type: 'TextualBody', purpose: MOTIVATIONS[note.layer], format: 'text/html', language: article.language, value: note.html },
      ];
      if (note.verdict) body.push({ type: 'TextualBody', purpose: 'assessing', language: 'en', value: VERDICT_LABELS[note.verdict].label });
      if (note.knownThenHtml) body.push({ type: 'TextualBody', purpose: 'describing', format: 'text/html', language: 'en', value: `<p><strong>Known then:</strong></p>${note.knownThenHtml}` });
      if (note.knownLaterHtml) body.push({ type: 'TextualBody', purpose: 'describing', format: 'text/html', language: 'en', value: `<p><strong>What happened next:</strong></p>${note.knownLaterHtml}` });
      for (const source of note.sources) body.push({ id: source.url, type: 'Text', purpose: 'linking' });
      return {
        id: `${page}#${note.id}`,
        type: 'Annotation',
        motivation: MOTIVATIONS[note.layer],
        ...(note.title ? { label: note.title } : {}),
        creator,
        ...(review ? { modified: review.updated } : {}),
        body,
        target: { source: page, type: 'Text', language: article.language, selector: textSelectors(model.text, note.start, note.end) },
      };
    });
  });
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'AnnotationCollection',
    label: `Notes of ${EDITION_NAME}`,
    creator,
    total: items.length,
    first: { id: `${id}#page-1`, type: 'AnnotationPage', partOf: id, startIndex: 0, items },
    last: `${id}#page-1`,
  };
}

// Verdicts on the 1–5 scale Google's fact-check guidance uses; opinions have no number, only a name.
const RATING_VALUES: Partial<Record<Verdict, number>> = {
  accurate: 5,
  'held-up': 5,
  'needs-context': 3,
  misleading: 2,
  unsupported: 2,
  inaccurate: 1,
  'did-not-hold-up': 1,
};

/** The op-ed's authors as schema.org people. */
function schemaAuthors(authors: ExportArticle['authors']) {
  return authors.map((author) => ({ '@type': 'Person', name: author.name }));
}

/** The publisher as a schema.org organisation. */
function schemaPublisher(name: string) {
  return { '@type': 'Organization', name };
}

/**
 * schema.org ClaimReview for a claim that has a verdict.
 *
 * @param claim The sentence.
 * @param note The claim note that gives the verdict.
 * @param article The article the sentence comes from.
 * @param address Where the site lives.
 * @returns A ClaimReview object, or `undefined` when the claim has no verdict.
 */
export function claimReview(claim: ClaimRecord, note: NoteRecord | undefined, article: ExportArticle, address: SiteAddress) {
  const verdict = note?.verdict ?? claim.verdict;
  if (!verdict) return undefined;
  const value = RATING_VALUES[verdict];
  const correction = note ? schemaCorrections(article.review?.corrections ?? [], note.id) : [];
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: siteUrl(address, routes.claim(claim.id)),
    claimReviewed: claim.text,
    ...(note?.title ? { name: note.title } : {}),
    ...(note ? { reviewBody: plainText(note.html) } : {}),
    ...(article.review ? { datePublished: article.review.updated } : {}),
    ...(correction.length > 0 ? { correction } : {}),
    author: { '@type': 'Organization', name: EDITION_NAME, url: siteUrl(address, '') },
    reviewRating: {
      '@type': 'Rating',
      alternateName: VERDICT_LABELS[verdict].label,
      ratingExplanation: VERDICT_LABELS[verdict].meaning,
      ...(value === undefined ? {} : { ratingValue: value, bestRating: 5, worstRating: 1 }),
    },
    itemReviewed: {
      '@type': 'Claim',
      author: schemaAuthors(article.authors),
      datePublished: article.article.published,
      appearance: {
        '@type': 'OpinionNewsArticle',
        url: article.article.source,
        headline: article.article.title,
        datePublished: article.article.published,
        publisher: schemaPublisher(article.article.publisher),
      },
    },
  };
}

/**
 * schema.org NewsArticle for the op-ed on its reading page.
 *
 * @param article The article.
 * @param address Where the site lives.
 * @returns A NewsArticle object describing the original piece; the reading page is its `mainEntityOfPage`.
 */
export function newsArticle(article: ExportArticle, address: SiteAddress) {
  const { title, dek, publisher, published, source, language } = article.article;
  const correction = schemaCorrections(article.review?.corrections ?? []);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    ...(dek ? { description: dek } : {}),
    genre: 'Opinion',
    author: schemaAuthors(article.authors),
    datePublished: published,
    publisher: schemaPublisher(publisher),
    url: source,
    inLanguage: language,
    mainEntityOfPage: siteUrl(address, routes.article(article.slug)),
    ...(correction.length > 0 ? { correction } : {}),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` block: `<` is escaped so no value can close the element.
 *
 * @param data Any JSON-ready value.
 * @returns Its JSON text, safe inside a script element.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * The site paths a page file builds: its static path, or one path per set of `getStaticPaths` params.
 *
 * @param file The page file relative to `src/pages`, as `import.meta.glob` names it (`./claims/[id].astro`).
 * @param params The params of each page for a dynamic route; ignored for a static one.
 * @returns Paths relative to the base (`claims/x/`, `` for the home page), with a trailing slash.
 */
export function routePaths(file: string, params: Array<Record<string, string | number | undefined>> = []): string[] {
  const route = file.replace(/^\.\//, '').replace(/\.astro$/, '').replace(/(^|\/)index$/, '');
  const toPath = (value: string) => (value === '' ? '' : `${value.replace(/\/+$/, '')}/`);
  if (!/\[[^\]]+\]/.test(route)) return [toPath(route)];
  return params.map((set) =>
    toPath(
      route
        .replace(/\[\.\.\.([^\]]+)\]/g, (_, name: string) => String(set[name] ?? ''))
        .replace(/\[([^\]]+)\]/g, (_, name: string) => encodeURIComponent(String(set[name] ?? '')))
        .replace(/\/{2,}/g, '/'),
    ),
  );
}

/** Escape text for an XML element. */
function xmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A sitemap (sitemaps.org protocol) of the given pages.
 *
 * @param paths Paths relative to the base.
 * @param address Where the site lives; without an origin the addresses are root-relative and the file says so.
 * @param lastModified Optional last-modified day per path.
 * @returns The XML document.
 */
export function sitemapXml(paths: string[], address: SiteAddress, lastModified: Record<string, string> = {}): string {
  const entries = [...new Set(paths)].sort().map((path) => {
    const lastmod = lastModified[path] ? `<lastmod>${xmlText(lastModified[path])}</lastmod>` : '';
    return `  <url><loc>${xmlText(siteUrl(address, path))}</loc>${lastmod}</url>`;
  });
  const note = address.site
    ? ''
    : '<!-- SITE_URL was not set at build time, so these addresses are relative to the host; crawlers need absolute ones: rebuild with SITE_URL=https://your.host -->\n';
  return `<?xml version="1.0" encoding="UTF-8"?>\n${note}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`;
}
