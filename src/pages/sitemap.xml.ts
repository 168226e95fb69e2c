/**
 * /sitemap.xml: every page the build makes, found the way Astro finds them — each page file, and for a
 * dynamic route the params its `getStaticPaths` returns — so the list cannot drift from the site.
 * Addresses are absolute when SITE_URL is set; otherwise root-relative, and the file says so.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEditions } from '../site.ts';
import { routePaths, sitemapXml } from '../lib/exports/sitemap.ts';
import { routes } from '../lib/views/routes.ts';

// Pages with nothing to crawl: the 404 page, and search results (an empty form to a crawler).
const LEFT_OUT = /^\.\/(404|search)\.astro$/;

const pages = import.meta.glob<{ getStaticPaths?: GetStaticPaths }>('./**/*.astro');

/** The sitemap. */
export const GET: APIRoute = async ({ site }) => {
  const paths: string[] = [];
  for (const [file, load] of Object.entries(pages)) {
    if (LEFT_OUT.test(file)) continue;
    const page = await load();
    const entries = page.getStaticPaths
      ? await page.getStaticPaths({ paginate: () => [], routePattern: file } as unknown as Parameters<GetStaticPaths>[0])
      : [];
    paths.push(...routePaths(file, entries.map((entry) => entry.params)));
  }
  const updated = Object.fromEntries(
    (await getEditions()).flatMap((edition) => (edition.annotations ? [[routes.article(edition.entry.id), edition.annotations.updated]] : [])),
  );
  return new Response(sitemapXml(paths, { base: import.meta.env.BASE_URL, site: site?.href }, updated), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
};
