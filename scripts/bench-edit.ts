/**
 * `npm run bench:edit`: the editing loop, in seconds. On a temporary copy of the project and its content:
 *
 * - a cold build (empty cache), what an editor had to wait for when a rebuild did not pick an edit up;
 * - a rebuild with the cache kept after editing one note's title, and whether the new title is on the page;
 * - in `astro dev`: the start of the server to its first page (a restart), and from saving a note to the
 *   page showing it on reload.
 *
 * Figures only; nothing here asserts a time. Runs in this process's machine, on loopback only.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { freePort } from './free-port.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './tag.ts';
import { routes } from '../src/lib/views/routes.ts';

const COPIED = ['src', 'public', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];
const ASTRO = join(PROJECT_ROOT, 'node_modules/.bin/astro');
const NOTE_FILE = 'content/annotations/diplomatic-about-face.yaml';
const PAGE = routes.article('diplomatic-about-face');

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'edition-bench-edit-'));
  for (const name of COPIED) cpSync(join(PROJECT_ROOT, name), join(root, name), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

function env(root: string): NodeJS.ProcessEnv {
  return { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: join(root, '.cache') };
}

function build(root: string): number {
  const start = performance.now();
  const result = spawnSync(ASTRO, ['build'], { cwd: root, env: env(root), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}${result.stderr}`);
  return (performance.now() - start) / 1000;
}

/** Change the first note's title; returns the new title. */
function editTitle(root: string, title: string): string {
  const path = join(root, NOTE_FILE);
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

async function dev(root: string): Promise<{ restart: number; edit: number | undefined }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(ASTRO, ['dev', '--host', '127.0.0.1', '--port', String(port)], { cwd: root, env: env(root) });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  try {
    const url = () => `${/http:\/\/127\.0\.0\.1:\d+\//.exec(output)?.[0] ?? `http://127.0.0.1:${port}/`}${PAGE}`;
    const page = async () => (await fetch(url())).text();
    if (!(await waitFor(async () => (await fetch(url())).ok, 120))) throw new Error(`astro dev served nothing:\n${output}`);
    const restart = (performance.now() - started) / 1000;
    const title = editTitle(root, `Saved in dev ${Date.now()}`);
    const saved = performance.now();
    const shown = await waitFor(async () => (await page()).includes(title), 60);
    return { restart, edit: shown ? (performance.now() - saved) / 1000 : undefined };
  } finally {
    child.kill();
  }
}

const root = project();
try {
  const cold = build(root);
  const title = editTitle(root, `Rebuilt ${Date.now()}`);
  const rebuild = build(root);
  const shows = readFileSync(join(root, 'dist', PAGE, 'index.html'), 'utf8').includes(title);
  const { restart, edit } = await dev(root);
  const s = (value: number) => value.toFixed(2);
  console.log(`cold build (empty cache)            ${s(cold)} s`);
  console.log(`rebuild after one note, cache kept  ${s(rebuild)} s, new title on the page: ${shows ? 'yes' : 'NO'}`);
  console.log(`dev server start to first page      ${s(restart)} s`);
  console.log(`dev: save a note to seeing it       ${edit === undefined ? 'not shown within 60 s' : `${s(edit)} s`}`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
