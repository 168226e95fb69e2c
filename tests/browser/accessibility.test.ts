import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { serve, type StaticServer } from '../support/server.ts';
import { launch, type Browser } from '../support/browser.ts';
import { oneOfEachTemplate } from '../support/pages.ts';
import { htmlRoutes } from '../../src/integrations/pagefind.ts';
import pLimit from 'p-limit';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// Pages checked at once: axe works while the next page loads.
const AT_ONCE = 3;

describe('accessibility (axe-core)', () => {
  let server: StaticServer;
  let browser: Browser;
  const folder = join(process.cwd(), 'dist');
  beforeAll(async () => {
    server = await serve(folder);
    // CSP is bypassed only so the test can inject axe; the pages' own scripts are tested elsewhere.
    browser = await launch({ bypassCSP: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // Every page once, at the desktop width in light mode; then one page of each template (and every page that
  // is its own template) at the phone width and in dark mode. Width and colour scheme change the styles, not
  // the markup, and the pages of one template share their styles; the ledger shows every kind of sentence,
  // note and verdict badge, so each is checked in every scheme and width. This halves the axe runs.
  const configurations = [
    { scheme: 'light', width: 1440, which: 'any page', routes: () => htmlRoutes(folder) },
    { scheme: 'dark', width: 1440, which: 'a page of each template', routes: () => oneOfEachTemplate(htmlRoutes(folder)) },
    { scheme: 'light', width: 390, which: 'a page of each template', routes: () => oneOfEachTemplate(htmlRoutes(folder)) },
    { scheme: 'dark', width: 390, which: 'a page of each template', routes: () => oneOfEachTemplate(htmlRoutes(folder)) },
  ] as const;
  for (const { scheme, width, which, routes } of configurations) {
    it(`finds no violation on ${which} at ${width} wide in ${scheme} mode`, async () => {
      const found = await pLimit(AT_ONCE).map(routes(), async (route) => {
        const page = await browser.context.newPage();
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(server.url + route);
        await page.addScriptTag({ path: AXE });
        const violations = await page.evaluate(async (tags) => {
          // @ts-expect-error axe is injected above
          // Details only for violations: the same rules run, and passes are not written up node by node.
          const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
          return result.violations.map((violation: { id: string; nodes: Array<{ target: string[] }> }) =>
            `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`,
          );
        }, TAGS);
        await page.close();
        return violations.map((violation: string) => `/${route} ${violation}`);
      });
      expect(found.flat()).toEqual([]);
    });
  }
});
