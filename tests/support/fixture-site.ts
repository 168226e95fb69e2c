/**
 * Whole-site builds of small fixture content: a temporary copy of the project (code, config, public
 * files; node_modules linked, not copied) with its own `content/`, built with the real `astro build`.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync, existsSync } from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
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
  /** Start `astro dev` on a free port of 127.0.0.1; resolves once it serves. */
  dev(): Promise<DevServer>;
  remove(): void;
}

/** A running dev server: its address, everything it printed so far, and a way to stop it. */
export interface DevServer {
  url: string;
  output(): string;
  close(): Promise<void>;
}

/** A port of 127.0.0.1 that no one listens on now, for the dev server. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

/** The environment without the variables Vitest sets for its own run. */
function outsideVitest(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith('VITEST') || name === 'TEST' || name === 'NODE_ENV') delete env[name];
  return env;
}

/**
 * Run `astro build` in a project folder, its cache inside it; resolves with the exit code and everything
 * printed. `started` is given the process, to watch what it uses.
 */
export function astroBuild(root: string, env: Record<string, string> = {}, started?: (child: ChildProcess) => void): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: join(root, '.cache'), ...env },
    });
    started?.(child);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
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
    build: (env = {}) => astroBuild(root, env),
    dev: async () => {
      const port = await freePort();
      const child = spawn(join(ROOT, 'node_modules/.bin/astro'), ['dev', '--host', '127.0.0.1', '--port', String(port)], {
        cwd: root,
        // Vitest's own variables (NODE_ENV=test, VITEST, …) would put the dev server in test mode.
        env: { ...outsideVitest(), ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: join(root, '.cache') },
      });
      let output = '';
      let url = `http://127.0.0.1:${port}/`;
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`astro dev did not start in 60 s:\n${output}`)), 60_000);
        const listen = (chunk: Buffer) => {
          output += chunk;
          if (output.includes('watching for file changes')) {
            clearTimeout(timer);
            // Astro takes the next port when the one asked for has been taken meanwhile.
            url = /http:\/\/127\.0\.0\.1:\d+\//.exec(output)?.[0] ?? url;
            resolve();
          }
        };
        child.stdout.on('data', listen);
        child.stderr.on('data', listen);
        child.on('close', (code) => reject(new Error(`astro dev exited with ${code}:\n${output}`)));
      });
      return {
        url,
        output: () => output,
        close: () =>
          new Promise<void>((resolve) => {
            child.removeAllListeners('close');
            child.on('close', () => resolve());
            child.kill();
          }),
      };
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
