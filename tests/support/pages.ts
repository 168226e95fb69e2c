/**
 * The pages of a built site, found by walking its folder: every `index.html` becomes a route.
 */
import { filesUnder } from '../../src/lib/content/files.ts';

/** Site paths (relative to the base, e.g. `articles/x/`) of every page in a built folder. */
export function builtRoutes(folder: string): string[] {
  return filesUnder(folder)
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => file.slice(0, -'index.html'.length))
    .sort();
}
