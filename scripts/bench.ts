/**
 * `npm run bench [-- --site <built folder>] [-- --article <slug>]`: what it costs to read an article.
 *
 * Prints one table:
 * - the article page's requests and bytes by kind (html, css, js, fonts, other), raw and gzip (zlib, level 6,
 *   as a host would serve them), measured by loading the page in headless Chromium — empty cache, service
 *   worker blocked (it precaches in the background, not to read) — from the test server on 127.0.0.1, with no
 *   interaction: everything fetched is what reading costs;
 * - the JavaScript fetched and executed before any interaction (V8 coverage counts the scripts that ran);
 * - the build: `astro build` of the site into a temporary folder, in seconds per article, and the tagging
 *   plugins' overhead from `scripts/bench-tagging.ts`;
 * - the search payload of a first query, from `scripts/bench-search.ts` on the same build;
 * - Lighthouse's performance, accessibility, best-practices and SEO scores for the article page (median of
 *   five runs, the files gzip-compressed on the way as the hosts in the README serve them).
 *
 * Goals are printed beside the figures: at most 60 KB compressed to read an article, fonts included; no
 * JavaScript before interaction; Lighthouse 100 in each category. Figures only; nothing is asserted.
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { findChromium } from './chromium.mjs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve, type StaticServer } from '../tests/support/server.ts';

const ROOT = resolve(import.meta.dirname, '..');
// The same lookup as `npm test`: CHROMIUM_PATH, then the usual names.
const CHROMIUM = findChromium();
// The flags of tests/support/browser.ts, so the bench sees the browser the tests see.
const FLAGS = ['--headless', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SANDBOX = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
// One Lighthouse run on a shared machine moves by several points; the median of five is steady.
const LIGHTHOUSE_RUNS = 5;

/** The kinds of file a page is made of, in the order the table lists them. */
export const KINDS = ['html', 'css', 'js', 'fonts', 'other'] as const;
/** One kind of file. */
export type Kind = (typeof KINDS)[number];

/** Requests and bytes (raw and gzip) of one kind. */
export interface KindFigures {
  requests: number;
  raw: number;
  gzip: number;
}

/** What loading a page cost, with no interaction. */
export interface PageFigures {
  url: string;
  kinds: Record<Kind, KindFigures>;
  total: KindFigures;
  /** Scripts that ran before any interaction, and their size as fetched. */
  executedScripts: Array<{ url: string; raw: number; gzip: number }>;
}

/** A kind from a response's resource type and path. */
export function kindOf(resourceType: string, path: string): Kind {
  if (resourceType === 'document' || /\.html?$/.test(path)) return 'html';
  if (resourceType === 'stylesheet' || path.endsWith('.css')) return 'css';
  if (resourceType === 'script' || /\.m?js$/.test(path)) return 'js';
  if (resourceType === 'font' || /\.(woff2?|ttf|otf)$/.test(path)) return 'fonts';
  return 'other';
}

const emptyKind = (): KindFigures => ({ requests: 0, raw: 0, gzip: 0 });

/**
 * Load a page in a fresh headless Chromium and count what it fetches and runs until the network is idle.
 *
 * @param url the page.
 * @returns requests and bytes by kind, and the scripts that ran.
 */
export async function measurePage(url: string): Promise<PageFigures> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-page-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...FLAGS, ...SANDBOX],
    viewport: { width: 1440, height: 900 },
    serviceWorkers: 'block',
  });
  try {
    const page = await context.newPage();
    const kinds = Object.fromEntries(KINDS.map((kind) => [kind, emptyKind()])) as Record<Kind, KindFigures>;
    const bodies = new Map<string, { raw: number; gzip: number }>();
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      pending.push(
        (async () => {
          const body = await response.body().catch(() => Buffer.alloc(0));
          const sizes = { raw: body.length, gzip: body.length === 0 ? 0 : gzipSync(body).length };
          bodies.set(response.url(), sizes);
          const figures = kinds[kindOf(response.request().resourceType(), new URL(response.url()).pathname)];
          figures.requests++;
          figures.raw += sizes.raw;
          figures.gzip += sizes.gzip;
        })(),
      );
    });
    await page.coverage.startJSCoverage({ resetOnNavigation: false });
    await page.goto(url, { waitUntil: 'networkidle' });
    const coverage = await page.coverage.stopJSCoverage();
    await Promise.all(pending);
    const total = emptyKind();
    for (const kind of KINDS) {
      total.requests += kinds[kind].requests;
      total.raw += kinds[kind].raw;
      total.gzip += kinds[kind].gzip;
    }
    // A script "ran" when V8 counted at least one call in it.
    const executedScripts = coverage
      .filter((entry) => /^https?:/.test(entry.url) && entry.functions.some((fn) => fn.ranges.some((range) => range.count > 0)))
      .map((entry) => ({ url: entry.url, ...(bodies.get(entry.url) ?? { raw: entry.source?.length ?? 0, gzip: gzipSync(entry.source ?? '').length }) }));
    return { url, kinds, total, executedScripts };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * A gzip-compressing front for the test server on 127.0.0.1: the hosts in the README compress text files,
 * and Lighthouse's simulated slow network should see what they send, not the test server's raw bytes.
 */
export async function compressingFront(target: StaticServer): Promise<{ origin: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    void (async () => {
      const upstream = await fetch(`${target.origin}${request.url ?? '/'}`, { redirect: 'manual' });
      const body = Buffer.from(await upstream.arrayBuffer());
      const headers: Record<string, string> = {};
      upstream.headers.forEach((value, name) => (headers[name] = value));
      const compress = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')) && /text|javascript|json|xml|svg/.test(headers['content-type'] ?? '');
      const sent = compress ? gzipSync(body) : body;
      if (compress) Object.assign(headers, { 'content-encoding': 'gzip', vary: 'accept-encoding' });
      headers['content-length'] = String(sent.length);
      response.writeHead(upstream.status, headers).end(sent);
    })().catch(() => response.writeHead(502).end());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}

/** Lighthouse's result for a page: per category, the median score and every run's; the median run's metrics. */
export interface LighthouseFigures {
  scores: Record<string, { median: number; runs: number[] }>;
  /** FCP, LCP, TBT, CLS and Speed Index as Lighthouse displays them, from the run with the median performance. */
  metrics: Record<string, string>;
  /** Lighthouse's CPU benchmark of the machine in that run (higher is faster), to read the scores against. */
  benchmarkIndex: number;
}

const METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
  SI: 'speed-index',
} as const;

/**
 * Lighthouse's performance, accessibility, best-practices and SEO scores for a page, with Debian's Chromium
 * started by chrome-launcher: the median of `runs` runs (default 5), with every run's score.
 */
export async function lighthouseScores(url: string, runs = LIGHTHOUSE_RUNS): Promise<LighthouseFigures> {
  const { launch } = await import('chrome-launcher');
  const { default: lighthouse } = await import('lighthouse');
  const samples: Record<string, number[]> = {};
  const performanceRuns: Array<{ score: number; metrics: Record<string, string>; benchmarkIndex: number }> = [];
  for (let run = 0; run < runs; run++) {
    const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: [...FLAGS, '--headless=new', ...SANDBOX], logLevel: 'silent' });
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      if (!result) throw new Error('Lighthouse returned no result');
      const { lhr } = result;
      for (const [id, category] of Object.entries(lhr.categories)) (samples[id] ??= []).push(Math.round((category.score ?? 0) * 100));
      performanceRuns.push({
        score: lhr.categories.performance?.score ?? 0,
        metrics: Object.fromEntries(Object.entries(METRICS).map(([name, id]) => [name, lhr.audits[id]?.displayValue ?? 'n/a'])),
        benchmarkIndex: lhr.environment.benchmarkIndex,
      });
    } finally {
      chrome.kill();
    }
  }
  const median = <T>(values: T[], by: (value: T) => number) => [...values].sort((a, b) => by(a) - by(b))[Math.floor(values.length / 2)]!;
  const middle = median(performanceRuns, (run) => run.score);
  return {
    scores: Object.fromEntries(Object.entries(samples).map(([id, values]) => [id, { median: median(values, (value) => value), runs: values }])),
    metrics: middle.metrics,
    benchmarkIndex: Math.round(middle.benchmarkIndex),
  };
}

/** The tagging plugins' cost per article and overhead ratio, from scripts/bench-tagging.ts, or why not. */
async function taggingFigures(n: number): Promise<{ perArticle: number; ratio: number; n: number } | string> {
  const script = join(ROOT, 'scripts/bench-tagging.ts');
  if (!existsSync(script)) return 'n/a (bench:tagging missing)';
  try {
    const module = (await import(pathToFileURL(script).href)) as { benchTagging?: (options: { n: number }) => { withPerArticle: number; ratio: number } };
    if (typeof module.benchTagging === 'function') {
      const figures = module.benchTagging({ n });
      return { perArticle: figures.withPerArticle, ratio: figures.ratio, n };
    }
  } catch {
    // Fall through to running it as a program.
  }
  const run = spawnSync(process.execPath, [script, '--json', '--sizes', String(n)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  try {
    const data = JSON.parse(run.stdout) as { figures: Array<{ withPerArticle: number; ratio: number; n: number }> };
    const figures = data.figures.at(-1)!;
    return { perArticle: figures.withPerArticle, ratio: figures.ratio, n: figures.n };
  } catch {
    return `n/a (bench:tagging failed: ${(run.stderr || run.stdout || '').trim().split('\n').at(-1) ?? 'no output'})`;
  }
}

/** The first-query search payload on a built folder, from scripts/bench-search.ts, or why not. */
async function searchFigures(folder: string): Promise<Array<{ query: string; bytes: number; gzipBytes: number; requests: number; ms: number }> | string> {
  const script = join(ROOT, 'scripts/bench-search.ts');
  if (!existsSync(script)) return 'n/a (bench:search missing)';
  if (!existsSync(join(folder, 'pagefind'))) return 'n/a (the build has no search index)';
  try {
    const module = (await import(pathToFileURL(script).href)) as { measure?: (folder: string) => Promise<Array<{ query: string; bytes: number; gzipBytes: number; requests: number; ms: number }>> };
    if (typeof module.measure === 'function') return await module.measure(folder);
  } catch {
    // Fall through to running it as a program.
  }
  const run = spawnSync(process.execPath, [script, '--json', '--site', folder, '--articles', '1'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  try {
    return (JSON.parse(run.stdout) as { real: Array<{ query: string; bytes: number; gzipBytes: number; requests: number; ms: number }> }).real;
  } catch {
    return `n/a (bench:search failed: ${(run.stderr || run.stdout || '').trim().split('\n').at(-1) ?? 'no output'})`;
  }
}

/** Build the site into a temporary folder; returns the folder and the seconds it took. */
function buildSite(): { folder: string; seconds: number } {
  const folder = mkdtempSync(join(tmpdir(), 'bench-site-'));
  const started = performance.now();
  const run = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', folder], {
    cwd: ROOT,
    encoding: 'utf8',
    // Astro's launcher runs on `node` from the PATH: put the project's Node 24 first.
    env: { ...process.env, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: join(tmpdir(), 'bench-astro-cache'), BASE_PATH: '/' },
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) {
    rmSync(folder, { recursive: true, force: true });
    throw new Error(`astro build failed:\n${run.stdout}\n${run.stderr}`);
  }
  return { folder, seconds };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function options(argv: string[]): { site?: string; article?: string } {
  const value = (name: string) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const site = value('site');
  return { site: site ? resolve(site) : undefined, article: value('article') };
}

async function main(): Promise<void> {
  const settings = options(process.argv.slice(2));
  const built = settings.site ? undefined : buildSite();
  const folder = settings.site ?? built!.folder;
  let server: StaticServer | undefined;
  try {
    const articles = existsSync(join(folder, 'articles')) ? readdirSync(join(folder, 'articles')).filter((name) => existsSync(join(folder, 'articles', name, 'index.html'))) : [];
    const slug = settings.article ?? articles[0];
    if (!slug) throw new Error(`No article page in ${folder}`);
    server = await serve(folder, '/');
    const url = `${server.url}articles/${slug}/`;

    const page = await measurePage(url);
    const front = await compressingFront(server);
    const scores = await lighthouseScores(url.replace(server.origin, front.origin))
      .catch((error: Error) => error.message.split('\n')[0]!)
      .finally(() => front.close());
    const tagging = await taggingFigures(500);
    const search = await searchFigures(folder);

    const rows: Array<[string, string, string, string]> = [];
    const status = (met: boolean) => (met ? 'met' : 'missed');
    for (const kind of KINDS) {
      const figures = page.kinds[kind];
      const goal = kind === 'js' ? 'none before interaction' : '';
      rows.push([kind, `${figures.requests} req`, `${kb(figures.raw)} raw, ${kb(figures.gzip)} gzip`, goal ? `${goal}: ${status(figures.requests === 0)}` : '']);
    }
    rows.push(['total to read', `${page.total.requests} req`, `${kb(page.total.raw)} raw, ${kb(page.total.gzip)} gzip`, `≤ 60 KB gzip, fonts included: ${status(page.total.gzip <= 60 * 1024)}`]);
    const executed = page.executedScripts.reduce((sum, script) => ({ raw: sum.raw + script.raw, gzip: sum.gzip + script.gzip }), { raw: 0, gzip: 0 });
    rows.push(['JS run before interaction', `${page.executedScripts.length} scripts`, `${kb(executed.raw)} raw, ${kb(executed.gzip)} gzip`, `none: ${status(page.executedScripts.length === 0)}`]);
    rows.push([
      'build',
      built ? `${articles.length} article${articles.length === 1 ? '' : 's'}` : 'not built here',
      built ? `astro build ${built.seconds.toFixed(1)} s, ${(built.seconds / Math.max(1, articles.length)).toFixed(1)} s per article` : 'n/a (--site given)',
      '',
    ]);
    rows.push(
      typeof tagging === 'string'
        ? ['tagging overhead', '', tagging, '']
        : ['tagging overhead', `N=${tagging.n}`, `${tagging.perArticle.toFixed(1)} ms per article, ratio ${tagging.ratio.toFixed(2)} (with/without plugins)`, `ratio ≤ 1.5: ${status(tagging.ratio <= 1.5)}`],
    );
    if (typeof search === 'string') rows.push(['search, first query', '', search, '']);
    else for (const query of search) rows.push([`search "${query.query}"`, `${query.requests} req`, `${kb(query.bytes)} raw, ≈ ${kb(query.gzipBytes)} gzip, ${Math.round(query.ms)} ms`, '']);
    if (typeof scores === 'string') rows.push(['Lighthouse', '', `n/a (${scores})`, '100 each']);
    else {
      for (const [id, score] of Object.entries(scores.scores)) {
        rows.push([`Lighthouse ${id}`, `median of ${score.runs.length}`, `${score.median} (runs ${score.runs.join(', ')}; gzip-served)`, `100: ${status(score.median === 100)}`]);
      }
      const metrics = Object.entries(scores.metrics).map(([name, value]) => `${name} ${value}`).join(', ');
      rows.push(['Lighthouse metrics', 'median run', `${metrics}; CPU benchmark ${scores.benchmarkIndex}`, '']);
    }

    const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
    console.log(`Reading ${url.replace(server.origin, '')} — headless Chromium, empty cache, service worker blocked, no interaction (${new Date().toISOString().slice(0, 10)})`);
    console.log(rows.map((row) => row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell)).join('  ').trimEnd()).join('\n'));
  } finally {
    await server?.close();
    if (built) rmSync(built.folder, { recursive: true, force: true });
  }
}

if (import.meta.main) await main();
