/**
 * Choosing among the pages of a built site (`htmlRoutes` in src/integrations/pagefind.ts lists them).
 */

/**
 * One page of each template: the first route of each dynamic route's family (`claims/<id>/`, `people/<id>/`,
 * `timeline/<period>/`, `articles/<slug>/`) and every other page.
 *
 * @param routes Site paths, as `htmlRoutes` gives them.
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
