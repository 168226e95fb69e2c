/** /annotations.jsonld: the notes as a W3C Web Annotation collection, anchored by quote and by position. */
import type { APIRoute } from 'astro';
import { getEditions } from '../site.ts';
import { annotationCollection } from '../lib/exports/web-annotations.ts';
import { exportArticle } from '../lib/exports/exports.ts';

/** The annotation collection. */
export const GET: APIRoute = async ({ site }) => {
  const editions = await getEditions();
  const data = annotationCollection(editions.map(exportArticle), { base: import.meta.env.BASE_URL, site: site?.href });
  return new Response(`${JSON.stringify(data, null, 1)}\n`, {
    headers: { 'content-type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
  });
};
