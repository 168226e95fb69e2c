/** /claims.json: every claim of every article, classified, with its verdict, people, dates and notes. */
import type { APIRoute } from 'astro';
import { getClaimsExport } from '../site.ts';

/** The claims dataset (the search index is built from this file, too). */
export const GET: APIRoute = async ({ site }) => {
  const data = await getClaimsExport(site?.href);
  return new Response(`${JSON.stringify(data, null, 1)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
