import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { serve, type StaticServer } from '../support/server.ts';
import { launch, type Browser } from '../support/browser.ts';
import { builtRoutes } from '../support/pages.ts';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

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

  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [1440, 390]) {
      it(`finds no violation on any page at ${width} wide in ${scheme} mode`, async () => {
        const page = await browser.context.newPage();
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        const found: string[] = [];
        for (const route of builtRoutes(folder)) {
          await page.goto(server.url + route);
          await page.addScriptTag({ path: AXE });
          const violations = await page.evaluate(async (tags) => {
            // @ts-expect-error axe is injected above
            const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
            return result.violations.map((violation: { id: string; nodes: Array<{ target: string[] }> }) =>
              `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`,
            );
          }, TAGS);
          found.push(...violations.map((violation: string) => `/${route} ${violation}`));
        }
        expect(found).toEqual([]);
        await page.close();
      });
    }
  }
});
