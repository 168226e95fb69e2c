/**
 * Walking a folder of files: the built site, the content, a fixture. One walk for the integrations, the
 * benchmarks and the tests.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every file under `folder`, as a path relative to it with `/` separators, sorted.
 *
 * @param folder The folder to walk; a missing folder has no files.
 * @returns The relative paths, e.g. `articles/x/index.html`.
 */
export function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.push(relative(folder, path).split(sep).join('/'));
    }
  };
  walk(folder);
  return found.sort();
}
