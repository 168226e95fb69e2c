#!/usr/bin/env node
// `npm test`: run the Vitest tiers (vitest.config.ts `projects`: unit, build, browser). Arguments pass
// through to Vitest. The site is type-checked and built (at the root and under a sub-path) only when a
// selected tier reads it: `npm test -- --project unit` builds nothing and needs no browser.
// Every run first checks the declared dependencies (knip). Exits non-zero on the first failing step.
import { spawn, spawnSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

const TIERS = ['unit', 'build', 'browser'];

function run(command, args, env = {}) {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

/**
 * The tiers a Vitest command line selects: the `--project` values, or, without them, the tiers of the
 * test paths given (`tests/unit/x.test.ts` → unit), or every tier.
 */
export function selectedTiers(args) {
  const projects = [];
  const paths = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--project') projects.push(args[++i] ?? '');
    else if (arg.startsWith('--project=')) projects.push(arg.slice('--project='.length));
    else if (!arg.startsWith('-')) paths.push(arg);
  }
  if (projects.length > 0) return TIERS.filter((tier) => projects.includes(tier));
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
const tiers = selectedTiers(args);
const env = { ASTRO_TELEMETRY_DISABLED: '1' };
// Every import declared in package.json, and nothing declared that no file uses.
run('npx', ['knip', '--dependencies'], env);
if (tiers.includes('browser') || tiers.includes('build')) {
  env.CHROMIUM_PATH = findChromium({ install: true });
  // The type check runs beside the two builds (it keeps one core busy, a build mostly the other); its
  // output is printed when it ends.
  const check = start('npx', ['astro', 'check'], env);
  run('npx', ['astro', 'build', '--outDir', 'dist'], { ...env, BASE_PATH: '/' });
  run('npx', ['astro', 'build', '--outDir', 'dist-subpath'], { ...env, BASE_PATH: '/edition/' });
  const checked = await check;
  console.log(`\n$ ${checked.command}\n${checked.output}`);
  if (checked.status !== 0) {
    console.error(`\n${checked.command} failed (exit ${checked.status}).`);
    process.exit(checked.status ?? 1);
  }
}
run('npx', ['vitest', 'run', ...args], env);
