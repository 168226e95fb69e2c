/**
 * `npm run bench:tagging`: synthetic op-eds (names, coreference, dates, claims of every shape) through the
 * unified pipeline with and without the edition's plugins, per article, and whether the cost grows with N.
 * The Markdown pipeline only: `astro build` adds a fixed cost that would hide the taggers'.
 */
import { random } from './random.ts';
import { performance } from 'node:perf_hooks';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { editionProcessor } from '../src/plugins/index.ts';
import { checkContent } from '../src/loader/check.ts';
import type { Annotations, Person } from '../src/lib/content/schema.ts';
import { PROJECT_ROOT } from './tag.ts';
import { commandLine } from './command-line.ts';

export interface BenchFigures {
  n: number;
  wordsPerArticle: number;
  withPerArticle: number;
  withoutPerArticle: number;
  ratio: number;
  /** Processor time per article: steadier than the clock when other work shares the machine. */
  withCpuPerArticle: number;
  withoutCpuPerArticle: number;
  cpuRatio: number;
}

const REGISTERED = ['President Bush', 'Bush', 'Kim Jong Il', 'Christopher Hill', 'Mahmoud Ahmadinejad', 'Ahmadinejad', 'Norman Podhoretz', 'Pak Ui Chun', 'Joseph Cirincione'];
const UNREGISTERED = [
  'Secretary of State Condoleezza Rice', 'Defense Secretary Robert Gates', 'Sen. Joseph Biden', 'Angela Merkel',
  'Nicolas Sarkozy', 'Vladimir Putin', 'Hu Jintao', 'Ali Larijani', 'Javier Solana', 'Mohamed ElBaradei',
  'Dr. Hans Blix', 'Ambassador John Bolton', 'Gen. David Petraeus', 'Vice President Dick Cheney',
];
const DATES = [
  'earlier this week', 'last month', 'in October 2006', 'on Monday', 'by the end of 2007', 'in recent months',
  'two years ago', 'since 1994', 'on Dec. 3', 'in early 2008', 'during the 1990s', 'last year', 'this spring',
  'on Monday, December 3, 2007', 'from 2003 to 2007', 'as recently as October 2007', 'next week', 'in the fall of 2003',
];
const PLACES = ['Iran', 'North Korea', 'Libya', 'Syria', 'Pyongyang', 'Tehran', 'Beijing', 'the U.N. Security Council', 'the IAEA', 'Europe'];
const NOUNS = ['the nuclear program', 'the six-party talks', 'enrichment', 'the sanctions regime', 'the letter', 'the NIE', 'the reactor at Yongbyon', 'diplomacy', 'the inspectors', 'the coalition'];

const TEMPLATES = [
  '{person} said {date} that {place} would not give up {noun}.',
  'According to {person}, {noun} has made progress {date}.',
  'The Bush administration should talk to {place} without preconditions.',
  '{Date}, {person} wrote to {person2} about {noun}.',
  'This is a dangerous moment for {place}, and the U.S. cannot afford another mistake.',
  'If {person} offered real incentives, {place} would likely respond.',
  'The president is right: {noun} will not work without {place}.',
  '{person} met {person2} in {place} {date}, e.g. to discuss {noun}.',
  'It is time for Washington to engage {place} directly.',
  'Critics like {person} argue that {noun} is naïve, but the record {date} says otherwise.',
  'The estimate released {date} makes clear that {place} halted work on {noun}.',
  'We believe {noun} deserves a second look.',
  'Mr. Hill and Sen. Lugar visited {place} {date}; neither saw {noun} up close.',
  'There were 2,000 troops and 60 days of talks, but {noun} moved only 3.5 percent.',
  'Why would {place} trust {person} now?',
  '{person}’s reply to {person2}, sent {date}, was short.',
  'The president could still change course before the Bush doctrine hardens into law.',
  'No. 10 and the U.K. Foreign Office backed {person} {date}.',
];

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)]!;
}

function sentence(next: () => number): string {
  const people = () => (next() < 0.6 ? pick(REGISTERED, next) : pick(UNREGISTERED, next));
  const date = pick(DATES, next);
  return pick(TEMPLATES, next)
    .replace('{person}', people())
    .replace('{person2}', people())
    .replace('{Date}', date.charAt(0).toUpperCase() + date.slice(1))
    .replace('{date}', date)
    .replace('{place}', pick(PLACES, next))
    .replace('{noun}', pick(NOUNS, next));
}

/** The Markdown body of a synthetic op-ed of about `words` words, a title heading first. */
export function syntheticArticle(index: number, seed = 1, words = 800): string {
  const next = random(seed * 1_000_003 + index);
  const paragraphs: string[] = [`## Op-ed ${index + 1}: what ${pick(PLACES, next)} needs now`];
  let count = 0;
  while (count < words) {
    const sentences = Array.from({ length: 3 + Math.floor(next() * 4) }, () => sentence(next));
    const paragraph = sentences.join(' ');
    count += paragraph.split(/\s+/).length;
    paragraphs.push(paragraph);
  }
  return `${paragraphs.join('\n\n')}\n`;
}

let registry: Map<string, Person> | undefined;

function processors(detectUnregistered: boolean) {
  registry ??= checkContent(PROJECT_ROOT).registry;
  const annotations: Annotations = {
    byline: 'bench',
    updated: '2007-12-06',
    corrections: [],
    coreference: [{ phrase: 'the president', person: 'george-w-bush' }],
    notes: [],
  };
  const tagged = editionProcessor({ slug: 'bench', published: '2007-12-06', registry, annotations, detectUnregistered }).freeze();
  const plain = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify).freeze();
  return { tagged, plain };
}

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** Clock and processor milliseconds to process every article, one after the other, as a build does. */
function timeAll(processor: { processSync(file: VFile): unknown }, articles: readonly string[]): { ms: number; cpu: number } {
  const start = performance.now();
  const cpuStart = cpuMs();
  articles.forEach((value, index) => processor.processSync(new VFile({ path: `op-ed-${index + 1}.md`, value })));
  return { ms: performance.now() - start, cpu: cpuMs() - cpuStart };
}

/**
 * Milliseconds for `n` synthetic articles with and without the tagging plugins, in total and per article;
 * names are detected by default, as the build does.
 */
export function benchTagging(n: number, detectUnregistered = true): BenchFigures {
  const articles = Array.from({ length: n }, (_, index) => syntheticArticle(index));
  const { tagged, plain } = processors(detectUnregistered);
  // Warm up both pipelines (compromise's lexicon, regex compilation, the JIT) on other articles.
  const warmup = Array.from({ length: 30 }, (_, index) => syntheticArticle(n + index, 2));
  timeAll(plain, warmup);
  timeAll(tagged, warmup);
  const without = timeAll(plain, articles);
  const tagging = timeAll(tagged, articles);
  const words = articles.reduce((sum, article) => sum + article.split(/\s+/).length, 0);
  return {
    n,
    wordsPerArticle: Math.round(words / n),
    withPerArticle: tagging.ms / n,
    withoutPerArticle: without.ms / n,
    ratio: tagging.ms / without.ms,
    withCpuPerArticle: tagging.cpu / n,
    withoutCpuPerArticle: without.cpu / n,
    cpuRatio: tagging.cpu / without.cpu,
  };
}

/** Whether ms/article with the plugins stays flat from the smallest N to the largest, judged on processor time. */
export function linearity(figures: readonly BenchFigures[]): { from: number; to: number; growth: number; cpuGrowth: number; linear: boolean } {
  const first = figures[0]!;
  const last = figures.at(-1)!;
  const growth = last.withPerArticle / first.withPerArticle;
  const cpuGrowth = last.withCpuPerArticle / first.withCpuPerArticle;
  // Timer noise and garbage collection move single runs by about this much.
  return { from: first.n, to: last.n, growth, cpuGrowth, linear: cpuGrowth <= 1.25 };
}

if (import.meta.main) {
  const usage = 'Usage: npm run bench:tagging [-- --sizes 100,500,1000] [-- --no-detect]';
  const { values } = commandLine(usage, { sizes: { type: 'string', default: '100,500,1000' }, 'no-detect': { type: 'boolean', default: false } });
  // `--no-detect` shows what the taggers cost without compromise's name detection.
  const detectUnregistered = !values['no-detect'];
  const sizes = values.sizes.split(',').map(Number).filter((size) => Number.isInteger(size) && size > 0);
  if (sizes.length === 0) {
    console.error(usage);
    process.exit(1);
  }
  const figures = sizes.map((n) => benchTagging(n, detectUnregistered));
  const growth = linearity(figures);
  const goal = figures.find((figure) => figure.n === 500);
  console.log(`Tagging cost: the unified pipeline in this process (not astro build), synthetic op-eds${detectUnregistered ? '' : ', without name detection'}\n`);
  console.log('     N  words/article   ms/article with   ms/article without   ratio   (processor time: with, without, ratio)');
  for (const figure of figures) {
    const cpu = `${figure.withCpuPerArticle.toFixed(2)}, ${figure.withoutCpuPerArticle.toFixed(2)}, ${figure.cpuRatio.toFixed(2)}`;
    console.log(
      `${String(figure.n).padStart(6)}  ${String(figure.wordsPerArticle).padStart(13)}   ${figure.withPerArticle.toFixed(2).padStart(15)}   ${figure.withoutPerArticle.toFixed(2).padStart(18)}   ${figure.ratio.toFixed(2).padStart(5)}   (${cpu})`,
    );
  }
  console.log(
    `\nGrowth of ms/article with the plugins from N=${growth.from} to N=${growth.to}: ${growth.growth.toFixed(2)}× by the clock, ` +
      `${growth.cpuGrowth.toFixed(2)}× in processor time (${growth.linear ? 'linear' : 'not linear'}).`,
  );
  if (goal) console.log(`Goal ratio ≤ 1.5 at N=500: ${goal.ratio <= 1.5 ? 'met' : `missed (${goal.ratio.toFixed(2)})`}.`);
}
