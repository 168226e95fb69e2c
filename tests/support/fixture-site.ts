/**
 * Whole-site builds of small fixture content: a temporary copy of the project (code, config, public
 * files; node_modules linked, not copied) with its own `content/`, built with the real `astro build`.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync, existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = process.cwd();
const COPIED = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** A temporary project whose content is a copy of `contentFolder`. */
export interface FixtureSite {
  root: string;
  dist: string;
  /** Run `astro build`; resolves with the exit code and everything printed. */
  build(env?: Record<string, string>): Promise<{ code: number; output: string }>;
  remove(): void;
}

/** Make a temporary project from a fixture `content/` folder. */
export function createFixtureSite(contentFolder: string): FixtureSite {
  const root = mkdtempSync(join(tmpdir(), 'edition-site-'));
  for (const name of COPIED) cpSync(join(ROOT, name), join(root, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  if (existsSync(contentFolder)) cpSync(contentFolder, join(root, 'content'), { recursive: true });
  const dist = join(root, 'dist');
  return {
    root,
    dist,
    build: (env = {}) =>
      new Promise((resolve) => {
        const child = spawn(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
          cwd: root,
          env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: join(root, '.cache'), ...env },
        });
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('close', (code) => resolve({ code: code ?? 1, output }));
      }),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
