/**
 * The pages of a built site, found by walking its folder: every `index.html` becomes a route.
 */
import { htmlRoutes } from '../../src/integrations/pagefind.ts';

/** Site paths (relative to the base, e.g. `articles/x/`) of every page in a built folder. */
export const builtRoutes = htmlRoutes;

/**
 * One page of each template: the first route of each dynamic route's family (`claims/<id>/`, `people/<id>/`,
 * `timeline/<period>/`, `articles/<slug>/`) and every other page.
 *
 * @param routes Site paths, as {@link builtRoutes} gives them.
 * @returns The first of each family, in the order given.
 */
export function oneOfEachTemplate(routes: readonly string[]): string[] {
  const seen = new Set<string>();
  return routes.filter((route) => {
    const family = /^(articles|claims|people|timeline)\/[^/]+\/$/.test(route) ? route.split('/')[0]! : route;
    if (seen.has(family)) return false;
    seen.add(family);
    return true;
  });
}
