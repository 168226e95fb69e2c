#!/usr/bin/env node
// `npm test`: find (or, as root on Debian, install) Chromium, type-check, check the declared dependencies,
// build the site at the root and under a sub-path, then run every test with Vitest. Exits non-zero on the first failing step.
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

function run(command, args, env = {}) {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

const chromium = findChromium({ install: true });
const env = { CHROMIUM_PATH: chromium, ASTRO_TELEMETRY_DISABLED: '1' };

run('npx', ['astro', 'check'], env);
// Every import declared in package.json, and nothing declared that no file uses.
run('npx', ['knip', '--dependencies'], env);
run('npx', ['astro', 'build', '--outDir', 'dist'], { ...env, BASE_PATH: '/' });
run('npx', ['astro', 'build', '--outDir', 'dist-subpath'], { ...env, BASE_PATH: '/edition/' });
run('npx', ['vitest', 'run', ...process.argv.slice(2)], env);
