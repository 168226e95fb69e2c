#!/usr/bin/env node
// `npm test`: the Vitest tiers, arguments passed through. The site is checked and built (at the root and
// under a sub-path) only when a selected tier reads it. Steps no test reads (knip, astro check) run beside
// the rest; every step's result is printed before a failing exit.
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { findChromium } from './chromium.mjs';

const TIERS = ['unit', 'content', 'build', 'browser'];

/**
 * The tiers a Vitest command line selects: the `--project` values (every tier when one is a pattern), or,
 * without them, the tiers of the test paths given (`tests/unit/x.test.ts` → unit), or every tier.
 */
function selectedTiers(projects, paths) {
  // A pattern or a negation (`--project 'b*'`, `--project '!unit'`) may select any tier: build for all.
  if (projects.length > 0) return projects.every((project) => TIERS.includes(project)) ? TIERS.filter((tier) => projects.includes(tier)) : TIERS;
  const fromPaths = paths.map((path) => TIERS.find((tier) => path.replace(/^\.\//, '').startsWith(`tests/${tier}`)));
  if (paths.length > 0 && fromPaths.every(Boolean)) return TIERS.filter((tier) => fromPaths.includes(tier));
  return TIERS;
}

/** Start a command in the background; the promise resolves with its printed output and exit status. */
function start(command, args, env = {}) {
  const child = spawn(command, args, { env: { ...process.env, ...env } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.on('close', (status) => resolve({ command: [command, ...args].join(' '), output, status })));
}

const args = process.argv.slice(2);
// Not strict: the other options are Vitest's, and pass through.
const { values, positionals } = parseArgs({ args, strict: false, allowPositionals: true, options: { project: { type: 'string', multiple: true } } });
const projects = (values.project ?? []).map(String);
const tiers = selectedTiers(projects, positionals);
const env = { ASTRO_TELEMETRY_DISABLED: '1' };
const site = tiers.includes('browser') || tiers.includes('build');
// The whole suite: the unit and content tiers, which need no build, run while the site builds.
const whole = tiers.length === TIERS.length && projects.length === 0 && positionals.length === 0;
// The content check first, alone, when a tier builds the site: on an error it stops here with the build's
// own messages, rather than after two builds that would print them twice.
if (site) {
  const content = await start(process.execPath, ['scripts/check-content.ts'], env);
  if (content.status !== 0) {
    console.error(content.output);
    console.error('npm test stopped: the content has errors (the check `npm run build` runs first).');
    process.exit(1);
  }
}
// Every import declared in package.json, and nothing declared that no file uses.
const background = [start('npx', ['knip', '--dependencies'], env)];
const runs = [];
let buildFailed = false;
if (site) {
  if (tiers.includes('browser')) env.CHROMIUM_PATH = findChromium({ install: true });
  background.push(start('npx', ['astro', 'check'], env));
  if (whole) runs.push(vitest(['--project', 'unit', '--project', 'content', ...args]));
  // Each build has its own cache folder, so the two can run at once and each keeps its incremental cache.
  const builds = await Promise.all([
    start('npx', ['astro', 'build', '--outDir', 'dist'], { ...env, BASE_PATH: '/', ASTRO_CACHE_DIR: 'node_modules/.astro/root' }),
    start('npx', ['astro', 'build', '--outDir', 'dist-subpath'], { ...env, BASE_PATH: '/edition/', ASTRO_CACHE_DIR: 'node_modules/.astro/edition' }),
  ]);
  // No test reads a half-built site: after a failed build the tiers that read it do not run, and what has
  // started still ends and reports before the exit.
  buildFailed = builds.map(report).some(Boolean);
  // The unit and content tiers end before the others start, so that no more than two test files run at once.
  if (whole) await runs[0];
}
if (!buildFailed) runs.push(vitest(whole ? ['--project', 'build', '--project', 'browser', ...args] : args));
let failed = (await Promise.all(runs)).some((status) => status !== 0) || buildFailed;
for (const step of await Promise.all(background)) failed = report(step) || failed;
if (failed) {
  console.error('\nnpm test failed: see the steps above.');
  process.exit(1);
}

/** Vitest's exit status. Spawned, not run synchronously, so the background steps keep draining output. */
function vitest(extra) {
  return new Promise((resolve) => {
    spawn('npx', ['vitest', 'run', ...extra], { stdio: 'inherit', env: { ...process.env, ...env } }).on('close', resolve);
  });
}

/** Print a background step's command and output; true when it failed. */
function report(step) {
  console.log(`\n$ ${step.command}\n${step.output}`);
  if (step.status !== 0) console.error(`\n${step.command} failed (exit ${step.status}).`);
  return step.status !== 0;
}
