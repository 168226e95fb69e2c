/**
 * schema.org JSON-LD for the pages: NewsArticle for an article, ClaimReview for a checked sentence.
 */
import { linkedCorrections, schemaCorrections } from './corrections.ts';
import { routes } from '../views/routes.ts';
import { VERDICT_LABELS } from '../views/labels.ts';
import type { ClaimRecord, NoteRecord } from '../model/model.ts';
import type { Verdict } from '../content/schema.ts';
import { type ExportArticle, type SiteAddress, siteUrl } from './exports.ts';
import { SITE_NAME } from '../../consts.ts';
import { noteText } from '../render/note-markdown.ts';

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
    ...(note ? { reviewBody: noteText(note.body) } : {}),
    ...(article.review ? { datePublished: article.review.updated } : {}),
    ...(correction.length > 0 ? { correction } : {}),
    author: { '@type': 'Organization', name: SITE_NAME, url: siteUrl(address, '') },
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
        publisher: { '@type': 'Organization', name: article.article.publisher },
      },
    },
  };
}

/**
 * schema.org NewsArticle for the op-ed on its reading page.
 *
 * @param article The article.
 * @param address Where the site lives.
 * @returns A NewsArticle object describing the original piece; the reading page is its `mainEntityOfPage`,
 *   and its corrections point at the page's log.
 */
export function newsArticle(article: ExportArticle, address: SiteAddress) {
  const { title, dek, publisher, published, source, language } = article.article;
  const page = siteUrl(address, routes.article(article.slug));
  const correction = linkedCorrections(article.review?.corrections ?? [], `${page}#corrections`);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    ...(dek ? { description: dek } : {}),
    genre: 'Opinion',
    author: schemaAuthors(article.authors),
    datePublished: published,
    publisher: { '@type': 'Organization', name: publisher },
    url: source,
    inLanguage: language,
    mainEntityOfPage: page,
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
