/**
 * `npm run bench:search [-- --site dist] [-- --articles 1000] [-- --runs 3] [-- --json]`: the bytes and
 * time of a reader's first search from the header box, in Chromium with an empty cache, on the built site and
 * on a seeded synthetic edition indexed by the build's own code (`indexSite`). Figures only.
 */
import { random } from './random.ts';
import { chromium, type Page, type Request } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { findChromium } from './chromium.mjs';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { indexSite } from '../src/integrations/pagefind.ts';
import type { ArticleExport, ClaimExport, ClaimsExport, NoteExport } from '../src/lib/exports/claims-json.ts';
import { serve } from '../tests/support/server.ts';
import { commandLine } from './command-line.ts';

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

/** Options, from the command line. */
interface Options {
  site: string;
  articles: number;
  /** Cold runs per query; the median time is reported (bytes are the same on every run). */
  runs: number;
  json: boolean;
}

function parseOptions(): Options {
  const { values } = commandLine('Usage: npm run bench:search [-- --site dist] [-- --articles 1000] [-- --runs 3] [-- --json]', {
    site: { type: 'string', default: 'dist' },
    articles: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    json: { type: 'boolean', default: false },
  });
  return { site: resolve(values.site), articles: Number(values.articles), runs: Number(values.runs), json: values.json };
}


// English's commonest words first (they take most draws), then the op-ed's own vocabulary, then made-up
// words for the long tail that a thousand op-eds on many subjects would have.
/** The commonest English words, drawn most often. */
export const COMMON =
  'the of and to a in that is for it as was with be by on not he this are or his from at which but have an they you were her she there been their one all will would has more if no when can said who what so up out about into than them only other its also after some could time these two may then do first any my now such like our over man me even most made after also did many before must through back years where much your way well down should because each just those people how too little state good very make world still own see men work long get here between both life being under never day same another know while last might us great old year off come since against go came right used take three'.split(' ');
/** The op-ed's own vocabulary. */
export const TOPICAL =
  'president nuclear program iran korea north bush administration talks sanctions policy diplomacy negotiations letter leader regime weapons intelligence estimate military strikes pressure coalition incentives security prestige adversaries pragmatism engagement containment deterrence treaty inspectors enrichment uranium plutonium reactor missile test council resolution envoy minister summit agreement deal dialogue preconditions carrots sticks threat war peace'.split(' ');

/** `size` made-up words of two to four syllables, the same for the same generator. */
export function vocabulary(size: number, next: () => number): string[] {
  const syllables = ['ka', 'lo', 'mi', 'ren', 'tas', 'vo', 'sul', 'dre', 'quin', 'bar', 'tel', 'nor', 'pha', 'zim', 'gor', 'wex', 'lyn', 'ost', 'ume', 'cai'];
  const words = new Set<string>();
  while (words.size < size) {
    const count = 2 + Math.floor(next() * 3);
    let word = '';
    for (let i = 0; i < count; i++) word += syllables[Math.floor(next() * syllables.length)];
    words.add(word);
  }
  return [...words];
}

/** Draw words with a Zipf-like distribution: rank r is drawn with weight 1/r. */
export function zipfDrawer(words: string[], next: () => number): () => string {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= words.length; rank++) {
    total += 1 / rank;
    cumulative.push(total);
  }
  return () => {
    const target = next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return words[low] ?? 'the';
  };
}

function sentence(draw: () => string, next: () => number, length: number): string {
  const words = Array.from({ length }, draw);
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${next() < 0.1 ? '?' : '.'}`;
}

const TYPES = [
  ['fact', 'Fact'],
  ['opinion', 'Opinion'],
  ['recommendation', 'Recommendation'],
  ['prediction', 'Prediction'],
] as const;
const VERDICTS = [
  ['accurate', 'Accurate'],
  ['needs-context', 'Needs context'],
  ['inaccurate', 'Inaccurate'],
  ['did-not-hold-up', 'Did not hold up'],
  ['not-checkable', 'Opinion'],
] as const;

/** A synthetic edition of `count` articles for the claims dataset, and the people they mention. */
export function syntheticEdition(count: number): { articles: ArticleExport[]; people: ClaimsExport['people'] } {
  const next = random(20071206);
  const words = [...COMMON, ...TOPICAL, ...vocabulary(40_000, next)];
  const draw = zipfDrawer(words, next);
  const people = Array.from({ length: 300 }, (_, index) => {
    const name = `${vocabulary(2, random(index + 1)).map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ')}`;
    return { id: `person-${index}`, name, aliases: [], roleThen: 'Official', rolesLater: [], url: `/people/person-${index}/` };
  });
  const articles: ArticleExport[] = [];
  for (let a = 0; a < count; a++) {
    const slug = `synthetic-${String(a).padStart(4, '0')}`;
    const title = sentence(draw, next, 8).replace(/\.$/, '');
    const year = String(1990 + Math.floor(next() * 35));
    const cast = Array.from({ length: 3 }, () => people[Math.floor(next() * people.length)]!);
    const notes: NoteExport[] = [];
    const claims: ClaimExport[] = [];
    for (let c = 0; c < 24; c++) {
      const id = `${slug}-claim-${c}`;
      // "pygmy" is a rare word: about one claim in 2,000.
      let text = sentence(draw, next, 18 + Math.floor(next() * 16));
      if (next() < 0.0005) text = text.replace(/\.$/, ' pygmy.');
      const [type, typeLabel] = TYPES[Math.floor(next() * TYPES.length)]!;
      const noteIds: string[] = [];
      for (let n = 0; n < (c % 2 === 0 ? 2 : 3) && notes.length < 49; n++) {
        const note = `${id}-note-${n}`;
        noteIds.push(note);
        notes.push({
          id: note,
          number: notes.length + 1,
          layer: 'claim',
          title: sentence(draw, next, 5),
          url: `/articles/${slug}/#${note}`,
          quote: { exact: text.slice(0, 20) },
          text: Array.from({ length: 4 }, () => sentence(draw, next, 12 + Math.floor(next() * 12))).join(' '),
          sources: [],
        });
      }
      const verdict = next() < 0.6 ? VERDICTS[Math.floor(next() * VERDICTS.length)] : undefined;
      const mentioned = cast.filter(() => next() < 0.3).map((person) => person.id);
      claims.push({
        id,
        text,
        type,
        typeLabel,
        checkWorthiness: 'check-worthy',
        ...(verdict ? { verdict: verdict[0], verdictLabel: verdict[1] } : {}),
        url: `/articles/${slug}/#${id}`,
        page: `/claims/${id}/`,
        position: { block: Math.floor(c / 3), start: c * 200, end: c * 200 + text.length },
        people: mentioned,
        dates: [],
        years: [year],
        notes: noteIds,
      });
    }
    articles.push({
      slug,
      title,
      authors: ['A. Writer'],
      publisher: 'The Synthetic Review',
      published: `${year}-06-01`,
      language: 'en',
      source: `https://example.org/${slug}`,
      url: `/articles/${slug}/`,
      people: cast.map((person) => ({ id: person.id, name: person.name, registered: true, mentions: 1 })),
      claims,
      notes,
    });
  }
  return { articles, people };
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
  const profile = mkdtempSync(join(tmpdir(), 'bench-search-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: process.getuid?.() === 0 ? ['--no-sandbox', '--disable-gpu'] : ['--disable-gpu'],
    viewport: { width: 1440, height: 900 },
    // The worker would precache the whole site in the background and blur what a search costs.
    serviceWorkers: 'block',
  });
  try {
    const page = await context.newPage();
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
    await context.close();
    rmSync(profile, { recursive: true, force: true });
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

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function table(title: string, rows: QueryFigures[], baseline?: QueryFigures[]): string {
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

async function main() {
  const options = parseOptions();
  if (!existsSync(join(options.site, 'pagefind', 'pagefind-entry.json'))) {
    console.error(`No search index in ${options.site}: run \`npm run build\` first (or pass --site <folder>).`);
    process.exit(1);
  }
  console.error(`Measuring ${QUERIES.length} first queries on ${options.site}…`);
  const real = await measure(options.site, options.runs);

  const folder = mkdtempSync(join(tmpdir(), 'bench-search-site-'));
  try {
    cpSync(options.site, folder, { recursive: true });
    rmSync(join(folder, 'pagefind'), { recursive: true, force: true });
    const data = JSON.parse(readFileSync(join(options.site, 'claims.json'), 'utf8')) as ClaimsExport;
    console.error(`Generating and indexing ${options.articles} synthetic articles (a few minutes: Pagefind's write step grows faster than the record count)…`);
    const started = performance.now();
    const synthetic = syntheticEdition(options.articles);
    data.articles.push(...synthetic.articles);
    data.people.push(...synthetic.people);
    writeFileSync(join(folder, 'claims.json'), JSON.stringify(data));
    const report = await indexSite(folder);
    const indexMs = performance.now() - started;
    const big = await measure(folder, options.runs);
    if (options.json) {
      console.log(JSON.stringify({ real, synthetic: { articles: options.articles, records: report.articles, sentences: report.claims, indexMs, figures: big } }, null, 2));
      return;
    }
    console.log(table(`Real site (${options.site})`, real));
    console.log('');
    console.log(table(`Synthetic: ${options.articles} more articles, ${report.articles} article records holding ${report.claims} sentences, indexed in ${(indexMs / 1000).toFixed(1)} s`, big, real));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
