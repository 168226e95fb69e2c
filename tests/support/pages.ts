/**
 * The pages of a built site, found by walking its folder: every `index.html` becomes a route.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Site paths (relative to the base, e.g. `articles/x/`) of every page in a built folder. */
export function builtRoutes(folder: string): string[] {
  const routes: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') routes.push(relative(folder, dir).split('\\').join('/'));
    }
  };
  walk(folder);
  return routes.map((route) => (route === '' ? '' : `${route}/`)).sort();
}
