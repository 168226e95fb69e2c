/**
 * `npm run bench`: what it costs to read an article (docs/performance.md). The page is loaded with no
 * interaction and the service worker blocked (it precaches in the background, not to read), so everything
 * fetched is what reading costs. Each figure is printed beside a build of `--compare <ref>` made in the same
 * run, with its goal; nothing is asserted.
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findChromium } from './chromium.mjs';
import { gzipSync } from 'node:zlib';
import { FLAGS, launch } from '../tests/support/browser.ts';
import { serve, type StaticServer } from '../tests/support/server.ts';
import { commandLine } from './command-line.ts';
import { benchTagging } from './bench-tagging.ts';
import { kb, measure } from './first-search.ts';

const ROOT = resolve(import.meta.dirname, '..');
// The same lookup as `npm test`: CHROMIUM_PATH, then the usual names.
const CHROMIUM = findChromium();
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

/** Load a page in a fresh headless Chromium: requests and bytes by kind, and the scripts that ran, until idle. */
export async function measurePage(url: string): Promise<PageFigures> {
  const browser = await launch({ serviceWorkers: 'block' });
  try {
    const page = await browser.context.newPage();
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
    await browser.close();
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
  const chromeLauncher = await import('chrome-launcher');
  const { default: lighthouse } = await import('lighthouse');
  const samples: Record<string, number[]> = {};
  const performanceRuns: Array<{ score: number; metrics: Record<string, string>; benchmarkIndex: number }> = [];
  for (let run = 0; run < runs; run++) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: [...FLAGS, '--headless=new', ...SANDBOX], logLevel: 'silent' });
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

/** Build the site in `root` into a temporary folder; returns the folder and the seconds it took. */
function buildSite(root = ROOT): { folder: string; seconds: number } {
  const folder = mkdtempSync(join(tmpdir(), 'bench-site-'));
  const cache = mkdtempSync(join(tmpdir(), 'bench-astro-cache-'));
  const started = performance.now();
  const run = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', folder], {
    cwd: root,
    encoding: 'utf8',
    // Telemetry off; a cache of its own per build, so two sources never share one.
    env: {
      ...process.env,
      PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
      ASTRO_TELEMETRY_DISABLED: '1',
      ASTRO_CACHE_DIR: cache,
      BASE_PATH: '/',
    },
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  rmSync(cache, { recursive: true, force: true });
  if (run.status !== 0) {
    rmSync(folder, { recursive: true, force: true });
    throw new Error(`astro build failed:\n${run.stdout}\n${run.stderr}`);
  }
  return { folder, seconds };
}

/**
 * The sources of an earlier commit in a temporary folder (`git archive`, so the repository is only read),
 * with this checkout's node_modules linked in; the caller removes the folder.
 */
function checkoutOf(ref: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'bench-ref-'));
  const archive = spawnSync('git', ['archive', '--format=tar', ref], { cwd: ROOT, maxBuffer: 512 * 1024 * 1024 });
  if (archive.status !== 0) throw new Error(`git archive ${ref} failed: ${String(archive.stderr).trim()}`);
  const unpack = spawnSync('tar', ['-x', '-C', folder], { input: archive.stdout });
  if (unpack.status !== 0) throw new Error(`unpacking ${ref} failed: ${String(unpack.stderr).trim()}`);
  symlinkSync(join(ROOT, 'node_modules'), join(folder, 'node_modules'));
  return folder;
}

/**
 * How far the margin notes sit from their lines at a width: for every visible note in the margin (a card,
 * or a note floated there), the distance in px between its top and the top of its marker's line.
 */
export async function noteOffsets(url: string, width: number): Promise<{ count: number; median: number; max: number }> {
  const browser = await launch({ viewport: { width, height: 1000 } });
  try {
    const page = await browser.context.newPage();
    await page.goto(url);
    const offsets = await page.evaluate(() => {
      const body = document.querySelector('[data-article-body]')!;
      // Text in the column only: a note floated in the margin inside a longer anchor is not its line.
      const column = body.querySelector('p')!.getBoundingClientRect().right;
      const cards = [...body.querySelectorAll<HTMLElement>('.note-card[popovertarget]')];
      const margin = cards.length > 0 ? cards : [...body.querySelectorAll<HTMLElement>('.note')];
      return margin
        .filter((element) => element.getBoundingClientRect().height > 0 && document.getElementById(`anchor-${element.getAttribute('popovertarget') ?? element.id}`))
        .map((element) => {
          const id = element.getAttribute('popovertarget') ?? element.id;
          // The line where the anchor ends, which its marker follows.
          const range = document.createRange();
          range.selectNodeContents(document.getElementById(`anchor-${id}`)!);
          const line = [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.left < column).at(-1)!.top;
          return Math.abs(element.getBoundingClientRect().top - line);
        });
    });
    const sorted = offsets.sort((a, b) => a - b);
    return { count: sorted.length, median: Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0), max: Math.round(sorted.at(-1) ?? 0) };
  } finally {
    await browser.close();
  }
}

/** Everything measured on one build. */
interface BuildFigures {
  page: PageFigures;
  scores: LighthouseFigures | string;
  offsets: Record<number, { count: number; median: number; max: number }>;
}

/** Serve a built folder and measure its first article page: bytes, scripts run, Lighthouse, note offsets. */
async function measureBuild(folder: string): Promise<BuildFigures & { path: string; articles: number }> {
  const articles = existsSync(join(folder, 'articles')) ? readdirSync(join(folder, 'articles')).filter((name) => existsSync(join(folder, 'articles', name, 'index.html'))) : [];
  const slug = articles[0];
  if (!slug) throw new Error(`No article page in ${folder}`);
  const server = await serve(folder, '/');
  try {
    const url = `${server.url}articles/${slug}/`;
    const page = await measurePage(url);
    const offsets: BuildFigures['offsets'] = {};
    for (const width of [1440, 1920]) offsets[width] = await noteOffsets(url, width);
    const front = await compressingFront(server);
    const scores = await lighthouseScores(url.replace(server.origin, front.origin))
      .catch((error: Error) => error.message.split('\n')[0]!)
      .finally(() => front.close());
    return { page, scores, offsets, path: url.replace(server.origin, ''), articles: articles.length };
  } finally {
    await server.close();
  }
}

async function main(): Promise<void> {
  const { values: settings } = commandLine('Usage: npm run bench [-- --site <built folder>] [-- --compare <ref>]', {
    site: { type: 'string' },
    compare: { type: 'string', default: 'HEAD~1' },
  });
  const built = settings.site ? undefined : buildSite();
  const folder = settings.site ? resolve(settings.site) : built!.folder;
  // The previous commit (or --compare <ref>), built and measured in the same run, on the same machine.
  let earlier: { ref: string; checkout: string; build?: { folder: string; seconds: number }; error?: string } | undefined;
  if (settings.compare !== 'none') {
    try {
      const checkout = checkoutOf(settings.compare);
      earlier = { ref: settings.compare, checkout };
      earlier.build = buildSite(checkout);
    } catch (error) {
      earlier = { ref: settings.compare, checkout: '', error: (error as Error).message.split('\n')[0] };
    }
  }
  try {
    const now = await measureBuild(folder);
    const before = earlier?.build ? await measureBuild(earlier.build.folder).catch((error: Error) => error.message.split('\n')[0]!) : earlier?.error;
    const tagging = benchTagging(500);
    const search = existsSync(join(folder, 'pagefind')) ? await measure(folder) : 'n/a (the build has no search index)';

    const status = (met: boolean) => (met ? 'met' : 'missed');
    const old = typeof before === 'object' ? before : undefined;
    const rows: Array<[string, string, string, string]> = [['measure', old ? `before (${settings.compare})` : 'before', 'now', 'goal']];
    const weight = (figures: KindFigures) => `${figures.requests} req, ${kb(figures.raw)} raw, ${kb(figures.gzip)} gzip`;
    for (const kind of KINDS) {
      const figures = now.page.kinds[kind];
      const goal = kind === 'js' ? `none before interaction: ${status(figures.requests === 0)}` : '';
      rows.push([kind, old ? weight(old.page.kinds[kind]) : '', weight(figures), goal]);
    }
    rows.push(['total to read', old ? weight(old.page.total) : '', weight(now.page.total), `≤ 45 KB gzip, fonts included: ${status(now.page.total.gzip <= 45 * 1024)}`]);
    const executed = (figures: PageFigures) => {
      const sum = figures.executedScripts.reduce((total, script) => ({ raw: total.raw + script.raw, gzip: total.gzip + script.gzip }), { raw: 0, gzip: 0 });
      return `${figures.executedScripts.length} scripts, ${kb(sum.raw)} raw, ${kb(sum.gzip)} gzip`;
    };
    rows.push(['JS run before interaction', old ? executed(old.page) : '', executed(now.page), '']);
    for (const width of [1440, 1920]) {
      const offset = (figures: BuildFigures) => `${figures.offsets[width]!.count} notes, median ${figures.offsets[width]!.median} px, max ${figures.offsets[width]!.max} px`;
      rows.push([`note to its line at ${width}`, old ? offset(old) : '', offset(now), `max ≤ 120 px: ${status(now.offsets[width]!.max <= 120)}`]);
    }
    const score = (figures: BuildFigures, id: string) =>
      typeof figures.scores === 'string' ? `n/a (${figures.scores})` : `${figures.scores.scores[id]?.median} (runs ${figures.scores.scores[id]?.runs.join(', ')})`;
    for (const id of ['performance', 'accessibility', 'best-practices', 'seo']) {
      const median = typeof now.scores === 'string' ? 0 : (now.scores.scores[id]?.median ?? 0);
      const goal = id === 'performance' ? `≥ 98: ${status(median >= 98)}` : `100: ${status(median === 100)}`;
      rows.push([`Lighthouse ${id}`, old ? score(old, id) : '', score(now, id), goal]);
    }
    const metrics = (figures: BuildFigures) =>
      typeof figures.scores === 'string' ? 'n/a' : `${Object.entries(figures.scores.metrics).map(([name, value]) => `${name} ${value}`).join(', ')}; CPU benchmark ${figures.scores.benchmarkIndex}`;
    const blocking = typeof now.scores === 'string' ? Number.NaN : parseFloat(now.scores.metrics.TBT ?? '');
    rows.push(['Lighthouse metrics (median run)', old ? metrics(old) : '', metrics(now), `TBT < 100 ms: ${status(blocking < 100)}`]);
    rows.push([
      'build',
      earlier?.build ? `astro build ${earlier.build.seconds.toFixed(1)} s` : '',
      built ? `astro build ${built.seconds.toFixed(1)} s, ${now.articles} article${now.articles === 1 ? '' : 's'}` : 'n/a (--site given)',
      '',
    ]);
    const overhead = `N=${tagging.n}: ${tagging.withPerArticle.toFixed(1)} ms per article, ratio ${tagging.ratio.toFixed(2)}`;
    rows.push(['tagging overhead', '', overhead, `ratio ≤ 1.5: ${status(tagging.ratio <= 1.5)}`]);
    if (typeof search === 'string') rows.push(['search, first query', '', search, '']);
    else for (const query of search) rows.push([`search "${query.query}"`, '', `${query.requests} req, ${kb(query.bytes)} raw, ≈ ${kb(query.gzipBytes)} gzip, ${Math.round(query.ms)} ms`, '']);
    if (typeof before === 'string') rows.push(['before', '', `n/a (${before})`, '']);

    const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
    console.log(
      `Reading ${now.path} — headless Chromium, empty cache, service worker blocked, no interaction; Lighthouse median of ${LIGHTHOUSE_RUNS}, gzip-served (${new Date().toISOString().slice(0, 10)})`,
    );
    console.log(rows.map((row) => row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell)).join('  ').trimEnd()).join('\n'));
  } finally {
    if (built) rmSync(built.folder, { recursive: true, force: true });
    if (earlier?.build) rmSync(earlier.build.folder, { recursive: true, force: true });
    if (earlier?.checkout) rmSync(earlier.checkout, { recursive: true, force: true });
  }
}

if (import.meta.main) await main();
