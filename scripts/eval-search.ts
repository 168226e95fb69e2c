/**
 * `npm run eval:search [-- --site dist] [-- --archive 1000] [-- --tune] [-- --list] [-- --keep]`:
 * scores the built search page against the labelled queries (docs/evaluation.md). `--list` never shows test
 * queries one by one, so the frozen split stays unread while tuning.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { generateContent } from './bench-scale.ts';
import { createFixtureSite } from '../tests/support/fixture-site.ts';
import { launch } from '../tests/support/browser.ts';
import { serve } from '../tests/support/server.ts';
import { commandLine } from './command-line.ts';

/** The five kinds of query, in the order they are printed. */
export const KINDS = ['words', 'paraphrase', 'name', 'misspelling', 'question'] as const;

/** One labelled query. */
export interface LabelledQuery {
  q: string;
  kind: (typeof KINDS)[number];
  split: 'tune' | 'test';
  /** Claim ids: any of them first is a hit. */
  want: string[];
}

/** Where the labelled set is kept. */
export const QUERIES_FILE = 'tests/fixtures/search/queries.yaml';

/** How many results are read per query; a wanted sentence further down scores 0. */
const DEPTH = 20;

/** Read and check the labelled set. */
export function readQueries(file = QUERIES_FILE): LabelledQuery[] {
  const data = parse(readFileSync(file, 'utf8')) as { queries?: unknown };
  if (!Array.isArray(data.queries)) throw new Error(`${file}: expected a \`queries\` list`);
  return data.queries.map((entry: Partial<LabelledQuery>, index) => {
    const where = `${file}: query ${index + 1}`;
    if (typeof entry.q !== 'string' || entry.q.trim() === '') throw new Error(`${where}: expected \`q\`, the words a reader types`);
    if (!KINDS.includes(entry.kind as LabelledQuery['kind'])) throw new Error(`${where} (${entry.q}): unexpected kind \`${entry.kind}\`, expected one of ${KINDS.join(', ')}`);
    if (entry.split !== 'tune' && entry.split !== 'test') throw new Error(`${where} (${entry.q}): unexpected split \`${entry.split}\`, expected tune or test`);
    if (!Array.isArray(entry.want) || entry.want.length === 0) throw new Error(`${where} (${entry.q}): expected \`want\`, one claim id or more`);
    return entry as LabelledQuery;
  });
}

/** One query's outcome: the place of the first wanted sentence (from 1), or 0 when not in the first results. */
export interface QueryOutcome {
  query: LabelledQuery;
  rank: number;
  /** What the results led to, in order: claim ids, or the page's path. */
  results: string[];
}

/** hit@1, hit@5 and MRR of a set of outcomes, as fractions. */
export interface Scores {
  count: number;
  hit1: number;
  hit5: number;
  mrr: number;
}

/** The scores of some outcomes. */
export function score(outcomes: readonly QueryOutcome[]): Scores {
  const count = outcomes.length;
  if (count === 0) return { count, hit1: 0, hit5: 0, mrr: 0 };
  const hit1 = outcomes.filter((outcome) => outcome.rank === 1).length / count;
  const hit5 = outcomes.filter((outcome) => outcome.rank >= 1 && outcome.rank <= 5).length / count;
  const mrr = outcomes.reduce((total, outcome) => total + (outcome.rank > 0 ? 1 / outcome.rank : 0), 0) / count;
  return { count, hit1, hit5, mrr };
}

/** The rank of the first wanted id in a list of results (from 1), or 0. */
export function rankOf(results: readonly string[], want: readonly string[]): number {
  const at = results.findIndex((result) => want.includes(result));
  return at < 0 ? 0 : at + 1;
}

/**
 * Put one query to the search page and read what it lists: for each result, the claim id its link names
 * (`data-claim`), else its fragment, or the path it leads to.
 */
async function ask(page: Page, siteUrl: string, query: string): Promise<string[]> {
  await page.goto(`${siteUrl}search/?q=${encodeURIComponent(query)}`);
  const form = page.locator('form[data-search-page]');
  // The status line says how many results (or none) once the list is filled.
  try {
    await form.locator('[data-search-status]').filter({ hasText: /results?\b/i }).waitFor({ timeout: 60_000 });
  } catch {
    console.error(`No answer in 60 s for “${query}”: counted as finding nothing.`);
    return [];
  }
  // Sentences, then the group of people and pages after them, in the order a reader sees them.
  // A sentence's link opens its note, and names the sentence in `data-claim`.
  const links = await form.locator('.search-results > li .search-result-link').evaluateAll((elements) =>
    elements.map((link) => ({ href: (link as HTMLAnchorElement).href, claim: (link as HTMLAnchorElement).dataset.claim })),
  );
  return links.slice(0, DEPTH).map(({ href, claim }) => {
    if (claim) return claim;
    const url = new URL(href);
    return url.hash ? decodeURIComponent(url.hash.slice(1)) : url.pathname;
  });
}

/** Run every query against a built site folder. */
export async function evaluate(folder: string, queries: readonly LabelledQuery[]): Promise<QueryOutcome[]> {
  const server = await serve(folder, '/');
  const browser = await launch({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  try {
    const page = await browser.context.newPage();
    const outcomes: QueryOutcome[] = [];
    for (const query of queries) {
      const results = await ask(page, server.url, query.q);
      outcomes.push({ query, results, rank: rankOf(results, query.want) });
    }
    return outcomes;
  } finally {
    await browser.close();
    await server.close();
  }
}

const percent = (value: number) => `${(value * 100).toFixed(0)}%`.padStart(5);

/** The table of one split: overall, then each kind. */
export function table(title: string, outcomes: readonly QueryOutcome[]): string {
  const lines = [title, `  ${'kind'.padEnd(12)} ${'n'.padStart(3)}  hit@1  hit@5    MRR`];
  const row = (label: string, scores: Scores) =>
    `  ${label.padEnd(12)} ${String(scores.count).padStart(3)}  ${percent(scores.hit1)}  ${percent(scores.hit5)}  ${scores.mrr.toFixed(3).padStart(5)}`;
  lines.push(row('all', score(outcomes)));
  for (const kind of KINDS) lines.push(row(kind, score(outcomes.filter((outcome) => outcome.query.kind === kind))));
  return lines.join('\n');
}

/** Options, from the command line. */
function parseOptions() {
  const { values } = commandLine('Usage: npm run eval:search [-- --site dist] [-- --archive 1000] [-- --list] [-- --keep] [-- --tune]', {
    site: { type: 'string' },
    archive: { type: 'string' },
    list: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    tune: { type: 'boolean', default: false },
  });
  const archive = values.archive;
  if (archive !== undefined && !(Number.isInteger(Number(archive)) && Number(archive) > 0)) {
    throw new Error(`Unexpected --archive ${archive}, expected a whole number of articles above 0`);
  }
  return { ...values, archive: archive === undefined ? undefined : Number(archive) };
}

/** Build the op-ed inside a generated archive of `count` articles; returns the built folder and a cleanup. */
async function buildArchive(count: number): Promise<{ dist: string; remove(): void; root: string }> {
  const contentRoot = mkdtempSync(join(tmpdir(), 'eval-search-content-'));
  console.error(`Generating ${count} articles and adding the op-ed…`);
  generateContent(contentRoot, count);
  const content = join(contentRoot, 'content');
  for (const sub of ['articles', 'annotations', 'people']) cpSync(join('content', sub), join(content, sub), { recursive: true });
  if (existsSync(join('content', 'synonyms.yaml'))) cpSync(join('content', 'synonyms.yaml'), join(content, 'synonyms.yaml'));
  const site = createFixtureSite(content);
  rmSync(contentRoot, { recursive: true, force: true });
  console.error('Building the archive (minutes)…');
  const built = await site.build();
  if (built.code !== 0) {
    site.remove();
    throw new Error(`The archive did not build:\n${built.output.slice(-4000)}`);
  }
  return { dist: site.dist, root: site.root, remove: () => site.remove() };
}

async function main() {
  const options = parseOptions();
  const queries = readQueries().filter((query) => !options.tune || query.split === 'tune');
  let folder = resolve(options.site ?? 'dist');
  let cleanup = () => {};
  if (options.archive) {
    const archive = await buildArchive(options.archive);
    folder = archive.dist;
    cleanup = options.keep ? () => console.error(`Kept ${archive.root}`) : archive.remove;
  } else if (!existsSync(join(folder, 'pagefind', 'pagefind-entry.json'))) {
    if (options.site) throw new Error(`No search index in ${folder}: build the site first.`);
    console.error('No search index in dist/: building the site…');
    const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('The build failed.');
  }
  try {
    console.error(`Putting ${queries.length} queries to the search page of ${folder}…`);
    const outcomes = await evaluate(folder, queries);
    const tune = outcomes.filter((outcome) => outcome.query.split === 'tune');
    const test = outcomes.filter((outcome) => outcome.query.split === 'test');
    const where = options.archive ? `the op-ed inside ${options.archive} generated articles` : folder;
    if (options.list) {
      for (const outcome of tune) {
        const mark = outcome.rank === 1 ? '1' : outcome.rank === 0 ? '–' : String(outcome.rank);
        console.log(`${mark.padStart(3)}  [${outcome.query.kind}] ${outcome.query.q}  →  ${outcome.results.slice(0, 3).join(', ') || '(nothing)'}`);
      }
      console.log('');
    }
    console.log(table(`Tune split, ${where}`, tune));
    if (options.tune) return;
    console.log('');
    console.log(table(`Test split (frozen), ${where}`, test));
  } finally {
    cleanup();
  }
}

if (import.meta.main) await main();
