/**
 * The notes as a W3C Web Annotation collection (`annotations.jsonld`), anchored by quote and by position.
 */
import { routes } from '../views/routes.ts';
import { noteHtml } from '../render/note-markdown.ts';
import { VERDICT_LABELS } from '../views/labels.ts';
import type { Layer } from '../content/schema.ts';
import { type ExportArticle, type SiteAddress, siteUrl } from './exports.ts';
import { SITE_NAME } from '../../consts.ts';

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
  const creator = { type: 'Organization', name: SITE_NAME, homepage: siteUrl(address, '') };
  const items = articles.flatMap(({ slug, article, model, review }) => {
    const page = siteUrl(address, routes.article(slug));
    return model.notes.map((note) => {
      const body: Array<Record<string, string>> = [
        { type: 'TextualBody', purpose: MOTIVATIONS[note.layer], format: 'text/html', language: article.language, value: noteHtml(note.body) },
      ];
      if (note.verdict) body.push({ type: 'TextualBody', purpose: 'assessing', language: 'en', value: VERDICT_LABELS[note.verdict].label });
      if (note.knownThen) body.push({ type: 'TextualBody', purpose: 'describing', format: 'text/html', language: 'en', value: `<p><strong>Known then:</strong></p>${noteHtml(note.knownThen)}` });
      if (note.knownLater) body.push({ type: 'TextualBody', purpose: 'describing', format: 'text/html', language: 'en', value: `<p><strong>What happened next:</strong></p>${noteHtml(note.knownLater)}` });
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
    label: `Notes of ${SITE_NAME}`,
    creator,
    total: items.length,
    first: { id: `${id}#page-1`, type: 'AnnotationPage', partOf: id, startIndex: 0, items },
    last: `${id}#page-1`,
  };
}
