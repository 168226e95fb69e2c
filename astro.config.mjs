// @ts-check
import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/content-check.ts';
import search from './src/integrations/search.ts';
import staleFiles from './src/integrations/stale-files.ts';
import offline from './src/integrations/offline.ts';
import { normaliseBase } from './src/lib/views/routes.ts';

// Where the site is served from: BASE_PATH=/edition/ builds every link and asset under that sub-path.
const base = normaliseBase(process.env.BASE_PATH);
// The public origin, used for canonical links, the sitemap and JSON-LD; optional.
const site = process.env.SITE_URL || undefined;

export default defineConfig({
  // Separate caches let several builds (tests, fixture sites) run side by side.
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  base,
  site,
  trailingSlash: 'always',
  // Styles and scripts as files, never inline: the content security policy allows only 'self'.
  // Four pages at a time: each page is written twice (dist/ and the incremental cache), and one at a time
  // the build waits on the disk.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // dist/ is kept between builds, so the incremental build leaves an unchanged page where it is instead of
  // copying it back from its cache; the stale-files integration removes what no longer belongs.
  vite: { build: { assetsInlineLimit: 0, emptyOutDir: false } },
  // Plain files only: no dev toolbar, no prefetch, nothing that phones home.
  devToolbar: { enabled: false },
  // Rebuilds render only pages whose `cacheKey` (src/lib/views/cache-key.ts) or code changed.
  experimental: { incrementalBuild: true },
  // Order matters: what an earlier build left is removed first; the search index and its word list are
  // written before the offline integration lists the files to precache.
  integrations: [contentCheck(), staleFiles(), search(), offline()],
});
