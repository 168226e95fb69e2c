/**
 * A reader's first search from the header box, in Chromium with an empty cache: its bytes, requests and time.
 * `npm run bench` measures it on the built site, `npm run bench:scale` on its generated archive beside it.
 */
import type { Page, Request } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from '../tests/support/browser.ts';
import { serve } from '../tests/support/server.ts';

/** The queries, in the order they are measured. */
export const QUERIES = ['pygmy', 'nuclear program', 'the president'] as const;

/** What one first query cost. */
export interface QueryFigures {
  query: string;
  results: number;
  bytes: number;
  gzipBytes: number;
  requests: number;
  ms: number;
  /** Bytes by kind of file: search code, Pagefind runtime, index, fragments. */
  parts: Record<string, number>;
}

/** The kind of a fetched file, for the breakdown. */
function kindOf(url: string): string {
  if (/\/pagefind\/(pagefind\.js|pagefind-worker\.js|wasm\.)/.test(url)) return 'runtime';
  if (/\/pagefind\/fragment\//.test(url)) return 'fragments';
  if (/\/pagefind\//.test(url)) return 'index';
  if (/\/_astro\/.*\.js/.test(url)) return 'search code';
  return 'other';
}

/** Type a query into the header box and time, inside the page, from the focus to the list appearing. */
async function boxQuery(page: Page, query: string): Promise<{ ms: number; results: number }> {
  await page.evaluate(() => {
    const marks = window as unknown as { searchStart?: number; searchEnd?: number };
    const panel = document.querySelector<HTMLElement>('[data-search-panel]')!;
    document.querySelector('#site-search-q')!.addEventListener('focus', () => (marks.searchStart = performance.now()), { once: true });
    new MutationObserver((_, observer) => {
      if (panel.hidden) return;
      marks.searchEnd = performance.now();
      observer.disconnect();
    }).observe(panel, { attributes: true });
  });
  await page.focus('#site-search-q');
  await page.fill('#site-search-q', query);
  await page.waitForSelector('.search-box-panel:not([hidden])', { timeout: 60_000 });
  const ms = await page.evaluate(() => {
    const marks = window as unknown as { searchStart: number; searchEnd: number };
    return marks.searchEnd - marks.searchStart;
  });
  const status = (await page.textContent('[data-search-count]')) ?? '';
  return { ms, results: Number(/\d+/.exec(status)?.[0] ?? 0) };
}

/** One first query in a new browser profile (empty cache, no service worker). */
export async function coldRun(url: string, folder: string, query: string): Promise<QueryFigures> {
  const browser = await launch({ serviceWorkers: 'block' });
  try {
    const page = await browser.context.newPage();
    await page.goto(`${url}about/`, { waitUntil: 'networkidle' });
    const fetched: Request[] = [];
    page.on('requestfinished', (request) => fetched.push(request));
    const { ms, results } = await boxQuery(page, query);
    await page.waitForLoadState('networkidle');
    let bytes = 0;
    let gzipBytes = 0;
    const parts: Record<string, number> = {};
    for (const request of fetched) {
      const sizes = await request.sizes();
      const size = sizes.responseBodySize + sizes.responseHeadersSize;
      bytes += size;
      const path = new URL(request.url()).pathname;
      const file = join(folder, path.slice(1));
      // Pagefind's index and WebAssembly are gzip files already; text files are what a host would compress.
      const body = existsSync(file) && !path.endsWith('/') ? readFileSync(file) : Buffer.alloc(sizes.responseBodySize);
      const compressible = /\.(js|css|json|html)$/.test(path);
      gzipBytes += (compressible ? gzipSync(body).length : body.length) + sizes.responseHeadersSize;
      parts[kindOf(request.url())] = (parts[kindOf(request.url())] ?? 0) + size;
    }
    return { query, results, bytes, gzipBytes, requests: fetched.length, ms, parts };
  } finally {
    await browser.close();
  }
}

/** First queries against one built folder: bytes from the first of `runs` cold runs, the median time. */
export async function measure(folder: string, runs = 3): Promise<QueryFigures[]> {
  const server = await serve(folder, '/');
  const figures: QueryFigures[] = [];
  try {
    for (const query of QUERIES) {
      const all: QueryFigures[] = [];
      for (let run = 0; run < runs; run++) all.push(await coldRun(server.url, folder, query));
      figures.push({ ...all[0]!, ms: median(all.map((figure) => figure.ms)) });
    }
  } finally {
    await server.close();
  }
  return figures;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Bytes as kilobytes, one decimal. */
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The figures as a table, with the ratios to `baseline`'s when given. */
export function table(title: string, rows: QueryFigures[], baseline?: QueryFigures[]): string {
  const lines = [title];
  for (const row of rows) {
    const base = baseline?.find((item) => item.query === row.query);
    const ratio = base ? `  ×${(row.bytes / base.bytes).toFixed(2)} bytes, ×${(row.ms / base.ms).toFixed(2)} time` : '';
    const parts = Object.entries(row.parts).map(([kind, size]) => `${kind} ${kb(size)}`).join(', ');
    lines.push(
      `  ${JSON.stringify(row.query).padEnd(29)} ${String(row.results).padStart(5)} results  ${kb(row.bytes).padStart(10)} (gzip ≈ ${kb(row.gzipBytes)})  ${String(row.requests).padStart(3)} requests  ${Math.round(row.ms).toString().padStart(5)} ms${ratio}`,
      `  ${''.padEnd(29)} ${parts}`,
    );
  }
  return lines.join('\n');
}
