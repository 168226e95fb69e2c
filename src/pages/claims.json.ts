/** /claims.json: every claim of every article, classified, with its verdict, people, dates and notes. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getEditions } from '../site.ts';
import { claimsExport, exportArticle } from '../lib/exports.ts';

/** The claims dataset (the search index is built from this file, too). */
export const GET: APIRoute = async ({ site }) => {
  const editions = await getEditions();
  const people = (await getCollection('people')).map((entry) => ({ id: entry.id, ...entry.data }));
  const data = claimsExport(editions.map(exportArticle), people, { base: import.meta.env.BASE_URL, site: site?.href });
  return new Response(`${JSON.stringify(data, null, 1)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
