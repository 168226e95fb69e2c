/**
 * `npm run bench:scale [-- --articles 1000] [-- --site dist]`: the edition at the size of a
 * newsroom's archive (docs/performance.md), with the first-search queries on it beside the built site (when
 * `--site` has a search index). Figures only; the last line, `scale: …`, is for tools to read.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { QUERIES, coldRun, kb, measure, table } from './first-search.ts';
import { random } from './random.ts';
import { astroBuild, createFixtureSite } from '../tests/support/fixture-site.ts';
import { serve } from '../tests/support/server.ts';
import { filesUnder } from '../src/loader/files.ts';
import { commandLine } from './command-line.ts';

/** Options, from the command line; `site` is the built site whose first searches the archive's are set beside. */
function parseOptions(): { articles: number; site: string } {
  const { values } = commandLine('Usage: npm run bench:scale [-- --articles 1000] [-- --site dist]', {
    articles: { type: 'string', default: '1000' },
    site: { type: 'string', default: 'dist' },
  });
  const articles = Number(values.articles);
  if (!Number.isInteger(articles) || articles < 1) throw new Error(`Unexpected --articles ${values.articles}, expected a whole number above 0`);
  return { articles, site: resolve(values.site) };
}

// The shape of one generated op-ed: short, so that a thousand of them build in minutes on two cores.
const PARAGRAPHS = 5;
const SENTENCES_PER_PARAGRAPH = 2;
const PEOPLE = 200;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** The query of the first search: a word of the topical vocabulary, common in the generated text. */
const QUERY = 'sanctions';

// English's commonest words first (they take most draws), then the op-ed's own vocabulary, then made-up
// words for the long tail that a thousand op-eds on many subjects would have.
/** The commonest English words, drawn most often. */
const COMMON =
  'the of and to a in that is for it as was with be by on not he this are or his from at which but have an they you were her she there been their one all will would has more if no when can said who what so up out about into than them only other its also after some could time these two may then do first any my now such like our over man me even most made after also did many before must through back years where much your way well down should because each just those people how too little state good very make world still own see men work long get here between both life being under never day same another know while last might us great old year off come since against go came right used take three'.split(' ');
/** The op-ed's own vocabulary. */
const TOPICAL =
  'president nuclear program iran korea north bush administration talks sanctions policy diplomacy negotiations letter leader regime weapons intelligence estimate military strikes pressure coalition incentives security prestige adversaries pragmatism engagement containment deterrence treaty inspectors enrichment uranium plutonium reactor missile test council resolution envoy minister summit agreement deal dialogue preconditions carrots sticks threat war peace'.split(' ');

/** `size` made-up words of two to four syllables, the same for the same generator. */
function vocabulary(size: number, next: () => number): string[] {
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
function zipfDrawer(words: string[], next: () => number): () => string {
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

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** A person of the generated register. */
interface GeneratedPerson {
  id: string;
  name: string;
  surname: string;
}

/**
 * Write a content tree of `count` articles, published over `years` years from `firstYear`, into
 * `folder/content/`; returns the slugs and the annotation file whose note the rebuild edits.
 */
export function generateContent(
  folder: string,
  count: number,
  { firstYear = 1995, years = 30 }: { firstYear?: number; years?: number } = {},
): { slugs: string[]; editable: string } {
  const next = random(20071206);
  const words = [...COMMON, ...TOPICAL, ...vocabulary(20_000, next)];
  const draw = zipfDrawer(words, next);
  const content = join(folder, 'content');
  for (const sub of ['articles', 'people', 'annotations']) mkdirSync(join(content, sub), { recursive: true });

  // Names of two made-up words each, unique, so no alias is a prefix of another person's name.
  const names = vocabulary(PEOPLE * 2, random(7));
  const people: GeneratedPerson[] = Array.from({ length: PEOPLE }, (_, index) => {
    const first = capitalise(names[index * 2]!);
    const surname = capitalise(names[index * 2 + 1]!);
    return { id: `${names[index * 2]}-${names[index * 2 + 1]}`, name: `${first} ${surname}`, surname };
  });
  for (const person of people) {
    writeFileSync(
      join(content, 'people', `${person.id}.yaml`),
      `name: ${person.name}\naliases: [${person.name}]\nroleThen: Official\nrolesLaterNote: Generated for the benchmark.\n`,
    );
  }

  const phrase = (length: number) => Array.from({ length }, draw).join(' ');
  const slugs: string[] = [];
  let editable = '';
  for (let a = 0; a < count; a++) {
    const slug = `op-ed-${String(a).padStart(5, '0')}`;
    slugs.push(slug);
    const year = firstYear + Math.floor(next() * years);
    const month = Math.floor(next() * 12);
    const published = `${year}-${String(month + 1).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
    const cast = Array.from({ length: 3 }, () => people[Math.floor(next() * people.length)]!);
    const paragraphs: string[] = [];
    for (let p = 0; p < PARAGRAPHS; p++) {
      const sentences: string[] = [];
      for (let s = 0; s < SENTENCES_PER_PARAGRAPH; s++) {
        const person = cast[(p + s) % cast.length]!;
        const when = next() < 0.5 ? `in ${MONTHS[Math.floor(next() * 12)]} ${year - 1 - Math.floor(next() * 5)}` : 'earlier this week';
        // Every sentence starts with its own place in the article, so no two sentences are the same.
        const lead = `${capitalise(phrase(2))} ${p + 1}.${s + 1}`;
        sentences.push(`${lead} ${phrase(4)}, ${person.name} said ${when}, ${phrase(8 + Math.floor(next() * 8))}.`);
      }
      paragraphs.push(sentences.join(' '));
    }
    writeFileSync(
      join(content, 'articles', `${slug}.md`),
      [
        '---',
        `title: "${capitalise(phrase(7))}"`,
        `authors: ["${capitalise(phrase(1))} Writer"]`,
        'publisher: The Generated Review',
        `published: ${published}`,
        `source: https://example.org/${slug}`,
        '---',
        '',
        paragraphs.join('\n\n'),
        '',
      ].join('\n'),
    );
    // Notes on a tenth of the articles: a claim note on the first sentence, a card for its person.
    if (a % 10 === 0) {
      const first = paragraphs[0]!.split(/(?<=\.) /)[0]!;
      const person = cast[0]!;
      const file = join(content, 'annotations', `${slug}.yaml`);
      editable ||= file;
      writeFileSync(
        file,
        [
          'byline: "Annotations by the benchmark"',
          `updated: "${published}"`,
          'notes:',
          `  - id: note-${a}`,
          '    layer: claim',
          '    quote:',
          `      exact: ${JSON.stringify(first.slice(0, -1))}`,
          '    title: "Original title of the note"',
          '    verdict: needs-context',
          `    body: ${JSON.stringify(capitalise(`${phrase(20)}.`))}`,
          `    knownThen: ${JSON.stringify(capitalise(`${phrase(12)}.`))}`,
          `    knownLater: ${JSON.stringify(capitalise(`${phrase(12)}.`))}`,
          '    sources:',
          `      - title: "${capitalise(phrase(4))}"`,
          '        publisher: "The Record"',
          `        url: "https://example.org/source-${a}"`,
          `  - id: card-${a}`,
          '    layer: person',
          `    person: ${person.id}`,
          '    quote:',
          `      exact: ${JSON.stringify(person.name)}`,
          `      prefix: ${JSON.stringify(first.slice(Math.max(0, first.indexOf(person.name) - 12), first.indexOf(person.name)))}`,
          `    body: ${JSON.stringify(capitalise(`${phrase(10)}.`))}`,
          '',
        ].join('\n'),
      );
    }
  }
  return { slugs, editable };
}

/** A plain Astro project over the same Markdown: the default glob loader, no plugins, one page per article. */
function plainProject(content: string): string {
  const root = mkdtempSync(join(tmpdir(), 'bench-scale-plain-'));
  symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'), 'dir');
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'plain', private: true, type: 'module' }));
  writeFileSync(join(root, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({ build: { format: 'directory' } });\n");
  mkdirSync(join(root, 'src', 'pages', 'articles'), { recursive: true });
  writeFileSync(
    join(root, 'src', 'content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      "const articles = defineCollection({ loader: glob({ pattern: '*.md', base: './content/articles' }) });",
      'export const collections = { articles };',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(root, 'src', 'pages', 'articles', '[slug].astro'),
    [
      '---',
      "import { getCollection, render } from 'astro:content';",
      'export async function getStaticPaths() {',
      "  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));",
      '}',
      'const { entry } = Astro.props;',
      'const { Content } = await render(entry);',
      '---',
      '<html lang="en"><head><meta charset="utf-8"><title>{entry.data.title}</title></head>',
      '<body><article><h1>{entry.data.title}</h1><Content /></article></body></html>',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(root, 'src', 'pages', 'index.astro'),
    [
      '---',
      "import { getCollection } from 'astro:content';",
      "const articles = await getCollection('articles');",
      '---',
      '<html lang="en"><head><meta charset="utf-8"><title>Archive</title></head><body><ul>',
      '{articles.map((entry) => <li><a href={`/articles/${entry.id}/`}>{entry.data.title}</a></li>)}',
      '</ul></body></html>',
      '',
    ].join('\n'),
  );
  mkdirSync(join(root, 'content'), { recursive: true });
  symlinkSync(join(content, 'articles'), join(root, 'content', 'articles'), 'dir');
  return root;
}

/** What a process tree uses now: resident memory in bytes, CPU seconds so far (Linux /proc; zeros elsewhere). */
function treeUsage(pid: number): { rss: number; cpu: number } {
  if (!existsSync('/proc')) return { rss: 0, cpu: 0 };
  const children = new Map<number, number[]>();
  const usage = new Map<number, { rss: number; cpu: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces; the fields after its closing parenthesis are plain (see proc(5)).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ').map(Number);
      const parent = fields[1]!;
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
      // utime, stime, and the reaped children's cutime, cstime, in clock ticks (100 a second on Linux).
      const ticks = fields[11]! + fields[12]! + fields[13]! + fields[14]!;
      usage.set(Number(name), { rss: fields[21]! * 4096, cpu: ticks / 100 });
    } catch {
      // The process ended meanwhile.
    }
  }
  const total = { rss: 0, cpu: 0 };
  const queue = [pid];
  while (queue.length > 0) {
    const id = queue.pop()!;
    total.rss += usage.get(id)?.rss ?? 0;
    total.cpu += usage.get(id)?.cpu ?? 0;
    queue.push(...(children.get(id) ?? []));
  }
  return total;
}

/** What one build took: wall seconds, CPU seconds (sampled, so a little under), peak memory in bytes. */
interface BuildFigures {
  seconds: number;
  cpu: number;
  peak: number;
  output: string;
}

/** Run `astro build` in `root`, sampling its process tree's memory and CPU time four times a second. */
async function build(root: string, label: string): Promise<BuildFigures> {
  const started = performance.now();
  let peak = 0;
  let cpu = 0;
  let sampler: NodeJS.Timeout | undefined;
  const { code, output } = await astroBuild(root, {}, (child) => {
    sampler = setInterval(() => {
      const now = treeUsage(child.pid ?? 0);
      peak = Math.max(peak, now.rss);
      cpu = Math.max(cpu, now.cpu);
    }, 250);
  });
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`${label} failed (exit ${code}):\n${output.slice(-4000)}`);
  return { seconds, cpu, peak, output };
}

/** A build's figures for the progress lines: wall time, CPU time, and the steps Astro and the integrations time. */
function describeBuild(figures: BuildFigures): string {
  const steps = figures.output
    .split('\n')
    .filter((line) => /Indexed \d+ articles|files precached|page\(s\) built in|\[types\] Generated/.test(line))
    .map((line) => line.replace(/^\S+ /, '').trim());
  return `${figures.seconds.toFixed(1)} s wall, ${figures.cpu.toFixed(1)} s CPU\n    ${steps.join('\n    ')}`;
}

async function main() {
  const options = parseOptions();
  const N = options.articles;
  const contentRoot = mkdtempSync(join(tmpdir(), 'bench-scale-content-'));
  console.error(`Generating ${N} articles…`);
  const { editable } = generateContent(contentRoot, N);
  const site = createFixtureSite(join(contentRoot, 'content'));
  const plainRoot = plainProject(join(contentRoot, 'content'));
  try {
    console.error('Building the edition (cold)…');
    const cold = await build(site.root, 'the edition');
    const pages = filesUnder(site.dist).filter((file) => file.endsWith('.html')).length;
    console.error(`  ${pages} pages, ${describeBuild(cold)}`);

    console.error('Building the plain site of the same Markdown…');
    const plain = await build(plainRoot, 'the plain site');
    console.error(`  ${describeBuild(plain)}`);

    console.error('Editing one note and rebuilding with the cache kept…');
    const note = join(site.root, 'content', 'annotations', editable.split('/').at(-1)!);
    writeFileSync(note, readFileSync(note, 'utf8').replace('Original title of the note', 'Corrected title of the note'));
    const rebuild = await build(site.root, 'the rebuild');
    const changed = filesUnder(site.dist).some(
      (file) => file.endsWith('.html') && readFileSync(join(site.dist, file), 'utf8').includes('Corrected title of the note'),
    );
    if (!changed) throw new Error('The rebuild did not show the edited note: the figure would be meaningless.');
    console.error(`  ${describeBuild(rebuild)}`);

    console.error(`Measuring a first search for “${QUERY}”…`);
    const server = await serve(site.dist, '/');
    let search;
    try {
      search = await coldRun(server.url, site.dist, QUERY);
    } finally {
      await server.close();
    }
    console.error(`  ${search.results} results; ${Object.entries(search.parts).map(([kind, size]) => `${kind} ${kb(size)}`).join(', ')}`);

    console.error(`Measuring ${QUERIES.length} first queries on the archive, and on ${options.site} when built…`);
    const real = existsSync(join(options.site, 'pagefind', 'pagefind-entry.json')) ? await measure(options.site) : undefined;
    if (real) console.log(`${table(`Real site (${options.site})`, real)}\n`);
    console.log(table(`Archive: ${N} articles, ${pages} pages`, await measure(site.dist), real));

    const ratio = cold.seconds / plain.seconds;
    const share = (rebuild.seconds / cold.seconds) * 100;
    const peak = Math.max(cold.peak, plain.peak, rebuild.peak) / 1024 / 1024;
    console.log(
      `scale: ${N} articles, ${pages} pages, build ${cold.seconds.toFixed(1)} s (plain ${plain.seconds.toFixed(1)} s, ratio ${ratio.toFixed(2)}), ` +
        `rebuild after one note ${rebuild.seconds.toFixed(1)} s (${share.toFixed(0)}% of cold), ` +
        `first search ${(search.bytes / 1024).toFixed(1)} KB in ${search.requests} requests, peak memory ${peak.toFixed(0)} MB`,
    );
  } finally {
    site.remove();
    rmSync(plainRoot, { recursive: true, force: true });
    rmSync(contentRoot, { recursive: true, force: true });
  }
}

// Only when run: the build tests import generateContent.
if (import.meta.main) await main();
