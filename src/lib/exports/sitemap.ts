/** `sitemap.xml`: every built page, with the day its content last changed. */
import { type SiteAddress, siteUrl } from './exports.ts';

/**
 * The paths, relative to the base and with a trailing slash, that a page file (`./claims/[id].astro`, as
 * `import.meta.glob` names it) builds: its static path, or one per set of `getStaticPaths` params.
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

/** A sitemaps.org document of the given paths; without an origin the addresses are root-relative and it says so. */
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
