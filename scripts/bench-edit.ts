/**
 * `npm run bench:edit`: the editing loop in seconds, on a temporary copy of the project: a cold build, a
 * rebuild after one note, and under `astro dev` a start and a saved note reaching the page. Figures only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './tag.ts';
import { routes } from '../src/lib/views/routes.ts';
import { createFixtureSite, type FixtureSite } from '../tests/support/fixture-site.ts';

const NOTE_FILE = 'content/annotations/diplomatic-about-face.yaml';
const PAGE = routes.article('diplomatic-about-face');

/** Run `astro build` in the copy; returns the seconds it took. */
async function build(site: FixtureSite): Promise<number> {
  const start = performance.now();
  const { code, output } = await site.build();
  if (code !== 0) throw new Error(`astro build failed:\n${output}`);
  return (performance.now() - start) / 1000;
}

/** Change the first note's title; returns the new title. */
function editTitle(site: FixtureSite, title: string): string {
  const path = join(site.root, NOTE_FILE);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/^(    title: ).*$/m, `$1"${title}"`));
  return title;
}

/** Whether `check` passes within `seconds`, trying every tenth of a second. */
async function waitFor(check: () => Promise<boolean>, seconds: number): Promise<boolean> {
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    if (await check().catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

async function dev(site: FixtureSite): Promise<{ restart: number; edit: number | undefined }> {
  const started = performance.now();
  const server = await site.dev();
  try {
    const page = async () => (await fetch(`${server.url}${PAGE}`)).text();
    if (!(await waitFor(async () => (await fetch(`${server.url}${PAGE}`)).ok, 120))) throw new Error(`astro dev served nothing:\n${server.output()}`);
    const restart = (performance.now() - started) / 1000;
    const title = editTitle(site, `Saved in dev ${Date.now()}`);
    const saved = performance.now();
    const shown = await waitFor(async () => (await page()).includes(title), 60);
    return { restart, edit: shown ? (performance.now() - saved) / 1000 : undefined };
  } finally {
    await server.close();
  }
}

const site = createFixtureSite(join(PROJECT_ROOT, 'content'));
try {
  const cold = await build(site);
  const title = editTitle(site, `Rebuilt ${Date.now()}`);
  const rebuild = await build(site);
  const shows = readFileSync(join(site.dist, PAGE, 'index.html'), 'utf8').includes(title);
  const { restart, edit } = await dev(site);
  const s = (value: number) => value.toFixed(2);
  console.log(`cold build (empty cache)            ${s(cold)} s`);
  console.log(`rebuild after one note, cache kept  ${s(rebuild)} s, new title on the page: ${shows ? 'yes' : 'NO'}`);
  console.log(`dev server start to first page      ${s(restart)} s`);
  console.log(`dev: save a note to seeing it       ${edit === undefined ? 'not shown within 60 s' : `${s(edit)} s`}`);
} finally {
  site.remove();
}
