/**
 * Astro integration: write the service worker (`sw.js` at the root of the base) with the list of files to
 * keep offline. A site under {@link PRECACHE_BUDGET} (the op-ed: about 2 MB) is kept whole — pages, CSS, JS,
 * fonts and the whole Pagefind bundle — from the first visit. A bigger one (a thousand op-eds come to about
 * 90 MB) would make every first visit download the archive, so it keeps what search and the frame of every
 * page need — styles, scripts, the Pagefind bundle, the spelling list, the home, search, about and 404 pages
 * — and the worker keeps each other page once it has been read, until the next deploy (src/scripts/sw.ts:
 * a new deploy's cache replaces the old one whole, so an old page never meets the new deploy's assets).
 *
 * It must run after the search integration, whose `astro:build:done` hook writes `pagefind/` and
 * `search-words.txt`: Astro runs each hook integration by integration, in the order of
 * `integrations` in astro.config.mjs.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { filesUnder } from '../loader/files.ts';
import { existsSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { routes, withBase } from '../lib/views/routes.ts';
import { WORD_LIST_FILE } from './search-words.ts';
import { BUILD_MARK } from './stale-files.ts';
import { serviceWorker, type ServiceWorkerConfig } from '../scripts/sw.ts';

/** Every cache this site makes starts with this, so a new worker finds and deletes the old ones. */
export const CACHE_PREFIX = 'edition-';

// Files Pagefind writes for its own interfaces. The edition has its own search interface and highlights
// the claim with CSS (`:target`), so these are never requested; they are removed rather than precached.
const UNUSED_PAGEFIND_FILES = [
  /^pagefind\/pagefind-ui\.(js|css)$/,
  /^pagefind\/pagefind-modular-ui\.(js|css)$/,
  /^pagefind\/pagefind-component-ui\.(js|css)$/,
  /^pagefind\/pagefind-highlight\.js$/,
];

/** Bytes a first visit may download in the background: above it, only the shell and the search index. */
export const PRECACHE_BUDGET = 20 * 1024 * 1024;

/** What a big site still precaches: the frame of every page and offline search (paths relative to the base). */
const SHELL_FILES = new Set([
  WORD_LIST_FILE,
  'favicon.svg',
  '404.html',
  ...[routes.home(), routes.about(), routes.search()].map((page) => `${page}index.html`),
]);
const SHELL_FOLDERS = ['_astro/', 'pagefind/'];

/** Whether a built file is part of the {@link SHELL_FILES shell}. */
function inShell(file: string): boolean {
  return SHELL_FILES.has(file) || SHELL_FOLDERS.some((folder) => file.startsWith(folder));
}

/** One file to precache: its address and a hash of its bytes. */
export interface PrecacheEntry {
  url: string;
  revision: string;
}

/**
 * The precache list of a built folder: every file but the worker itself and source maps, or, when those
 * weigh more than `budget`, only the shell (SHELL_FILES and SHELL_FOLDERS); pages by their folder address (`articles/x/`, which is
 * what readers request), each with a hash of its bytes.
 *
 * @param folder The built site.
 * @param base The base path.
 * @param budget Bytes above which only the shell is precached.
 * @returns Entries sorted by URL.
 */
export function precacheList(folder: string, base: string, budget = PRECACHE_BUDGET): PrecacheEntry[] {
  const files = filesUnder(folder).filter((file) => file !== 'sw.js' && file !== BUILD_MARK && !file.endsWith('.map'));
  const total = files.reduce((sum, file) => sum + statSync(join(folder, file)).size, 0);
  const entries: PrecacheEntry[] = [];
  for (const file of files) {
    if (total > budget && !inShell(file)) continue;
    const address = file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
    const revision = createHash('sha256').update(readFileSync(join(folder, file))).digest('hex').slice(0, 12);
    entries.push({ url: withBase(base, address), revision });
  }
  return entries.sort((a, b) => a.url.localeCompare(b.url));
}

/**
 * The source of `sw.js` for a precache list: the cache is named after a hash of the list (addresses and
 * revisions), so any changed file makes a new worker, a new cache and the deletion of the old one.
 *
 * @param entries The precache list.
 * @param base The base path (the worker's scope).
 * @returns The worker's JavaScript and its cache name.
 */
export function serviceWorkerSource(entries: PrecacheEntry[], base: string): { source: string; cache: string } {
  const version = createHash('sha256').update(JSON.stringify(entries)).digest('hex').slice(0, 16);
  const config: ServiceWorkerConfig = {
    cache: `${CACHE_PREFIX}${version}`,
    prefix: CACHE_PREFIX,
    base,
    urls: entries.map((entry) => entry.url),
    notFound: withBase(base, '404.html'),
  };
  const source = [
    '// Generated by src/integrations/offline.ts from src/scripts/sw.ts at build time; do not edit.',
    "'use strict';",
    `(${serviceWorker.toString()})(${JSON.stringify(config, null, 1)});`,
    '',
  ].join('\n');
  return { source, cache: config.cache };
}

/** The integration; list it after the search integration. */
export default function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'edition:offline',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const folder = fileURLToPath(dir);
        if (!existsSync(join(folder, 'pagefind', 'pagefind-entry.json')) || !existsSync(join(folder, WORD_LIST_FILE))) {
          throw new Error(
            `Unexpected missing Pagefind bundle or ${WORD_LIST_FILE}, expected both written first: list \`search()\` before \`offline()\` in astro.config.mjs`,
          );
        }
        for (const name of readdirSync(join(folder, 'pagefind'))) {
          if (UNUSED_PAGEFIND_FILES.some((pattern) => pattern.test(`pagefind/${name}`))) unlinkSync(join(folder, 'pagefind', name));
        }
        const entries = precacheList(folder, base);
        const { source, cache } = serviceWorkerSource(entries, base);
        writeFileSync(join(folder, 'sw.js'), source);
        logger.info(`Service worker: ${entries.length} files precached in ${cache}`);
      },
    },
  };
}
