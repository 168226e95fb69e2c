/** Walking a folder of files (the site, the content, a fixture), and the engine digests built on it. */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { threadId } from 'node:worker_threads';
import { initSync, parse } from 'es-module-lexer';

/**
 * Every file under `folder` (missing: none), relative with `/` separators, sorted. `own` lists only what the
 * folder itself holds, for a walk that deletes: no symbolic link, and no top-level `.git`.
 */
export function filesUnder(folder: string, { own = false }: { own?: boolean } = {}): string[] {
  if (!existsSync(folder)) return [];
  const found: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const name = `${prefix}${entry.name}`;
      if (own && (entry.isSymbolicLink() || name === '.git')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory() || (entry.isSymbolicLink() && statSync(path).isDirectory())) walk(path, `${name}/`);
      else found.push(name);
    }
  };
  walk(folder, '');
  return found.sort();
}

/** A digest of each file's path and bytes under `paths` (folders walked); a missing path counts as empty. */
export function digestOf(root: string, paths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const path of paths) {
    const full = join(root, path);
    const files = existsSync(full) && statSync(full).isFile() ? [''] : filesUnder(full);
    for (const file of files) {
      const name = file === '' ? path : `${path}/${file}`;
      hash.update(`${name}\0`).update(readFileSync(join(root, name)));
    }
  }
  return hash.digest('hex');
}

/** The module whose import closure decides how an article renders. */
export const LOADER = 'src/loader/articles-loader.ts';

/** The module whose import closure decides how content is read and checked. */
export const CHECKER = 'src/loader/check.ts';

/**
 * The module `entry` and every file it imports through relative imports, sorted. `import type` is left
 * out, as type stripping erases it; a missing file counts as empty.
 */
export function importClosure(root: string, entry: string): string[] {
  initSync();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const path = join(root, file);
    if (!existsSync(path)) return;
    const source = readFileSync(path, 'utf8');
    for (const { n: specifier, ss, se } of parse(source, file)[0]) {
      if (!specifier?.startsWith('.') || /^(?:import|export)\s+type\b/.test(source.slice(ss, se))) continue;
      visit(posix.join(posix.dirname(file), specifier));
    }
  };
  visit(entry);
  return [...seen].sort();
}

/**
 * What decides, besides the content, what a loader module makes: its import closure and the locked
 * packages. An edit to a file it does not import (a view only the pages read) leaves the digest as it was.
 */
export function engineDigest(root: string, entry: string): string {
  return digestOf(root, [...importClosure(root, entry), 'package-lock.json']);
}

/**
 * Write a file so a reader sees all of it or none: written aside, under a name no other process or thread
 * writing the same file uses, then renamed over.
 */
export function writeFileWhole(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const aside = `${path}.${process.pid}-${threadId}.tmp`;
  try {
    writeFileSync(aside, text);
    renameSync(aside, path);
  } catch (error) {
    rmSync(aside, { force: true });
    throw error;
  }
}

