/**
 * Walking a folder of files: the built site, the content, a fixture. One walk for the integrations, the
 * benchmarks and the tests.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { initSync, parse } from 'es-module-lexer';
import writeFileAtomic from 'write-file-atomic';

/**
 * Every file under `folder`, as a path relative to it with `/` separators, sorted.
 *
 * @param folder The folder to walk; a missing folder has no files.
 * @param options `own`: only what the folder itself holds, for a walk that deletes: no symbolic link is
 *   followed or listed, and a `.git` folder at the top is left out.
 * @returns The relative paths, e.g. `articles/x/index.html`.
 */
export function filesUnder(folder: string, { own = false }: { own?: boolean } = {}): string[] {
  if (!existsSync(folder)) return [];
  const found: string[] = [];
  const walk = (dir: string, prefix: string) => {
    // The entries' types come with the listing; only a symbolic link needs a stat, to follow it.
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

/**
 * A digest of files and folders under `root`: each file's path and bytes, folders walked. A missing path
 * counts as empty, so a project without, say, a lock file still gets a key.
 *
 * @param root The project folder.
 * @param paths Files or folders, relative to `root`.
 * @returns Sixty-four hex digits.
 */
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

/** The module whose engine decides how an article renders: the articles loader runs the check and the pipeline. */
export const LOADER = 'src/loader/articles-loader.ts';

/** The module whose engine decides how content is read and checked. */
export const CHECKER = 'src/loader/check.ts';

/**
 * The files behind a module: the module and every file it imports, followed through relative imports. An
 * `import type` or `export type` statement is left out, as Node's type stripping erases it. A file that is
 * missing (a content folder without the code) counts as empty.
 *
 * @param root The project folder.
 * @param entry The module, relative to `root`, with `/` separators.
 * @returns The files, relative to `root`, sorted.
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
 * What decides, besides the content itself, what a module of the loader makes: the code it imports
 * ({@link importClosure}) and the locked package versions. An edit to a file it does not import (a view
 * that only the pages read) changes nothing it makes, and leaves the digest as it was.
 *
 * @param root The project folder.
 * @param entry {@link LOADER} or {@link CHECKER}.
 * @returns Sixty-four hex digits.
 */
export function engineDigest(root: string, entry: string): string {
  return digestOf(root, [...importClosure(root, entry), 'package-lock.json']);
}

/**
 * Write a file so that a reader sees the whole of it or none (written aside, then renamed over).
 *
 * @param path The file; its folder is made if need be.
 * @param text What it holds.
 */
export function writeFileWhole(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic.sync(path, text, { fsync: false });
}

