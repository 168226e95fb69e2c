import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { serve, type StaticServer } from '../support/server.ts';
import { launch, type Browser } from '../support/browser.ts';
import { htmlRoutes } from '../../src/integrations/pagefind.ts';
import pLimit from 'p-limit';

// Pages visited at once: a visit mostly waits for the network to go quiet.
const AT_ONCE = 6;

// Both builds are made by `npm test` before Vitest runs: dist/ at the root, dist-subpath/ under /edition/.
const builds = [
  { name: 'root build', folder: join(process.cwd(), 'dist'), base: '/' },
  { name: 'BASE_PATH=/edition/ build', folder: join(process.cwd(), 'dist-subpath'), base: '/edition/' },
];

for (const build of builds) {
  describe(`every page of the ${build.name}`, () => {
    let server: StaticServer;
    let browser: Browser;
    const routes = htmlRoutes(build.folder);

    beforeAll(async () => {
      server = await serve(build.folder, build.base);
      browser = await launch();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('has the routes of the edition', () => {
      expect(routes).toEqual(expect.arrayContaining(['', 'about/', 'articles/diplomatic-about-face/']));
    });

    // One visit per page serves both tests below.
    let visits: Array<{ errors: string[]; failed: string[]; foreign: string[]; outside: string[] }>;
    beforeAll(async () => {
      visits = await pLimit(AT_ONCE).map([...routes, 'no-such-page/'], async (route) => {
        const page = await browser.context.newPage();
        const errors: string[] = [];
        const failed: string[] = [];
        const foreign: string[] = [];
        page.on('console', (message) => {
          const deliberateMiss = route === 'no-such-page/' && message.location().url.endsWith('no-such-page/');
          if (message.type() === 'error' && !deliberateMiss) errors.push(`${route}: ${message.text()}`);
        });
        page.on('pageerror', (error) => errors.push(`${route}: ${error.message}`));
        page.on('requestfailed', (request) => failed.push(`${route}: ${request.url()}`));
        page.on('request', (request) => {
          if (!request.url().startsWith(server.origin) && !request.url().startsWith('data:')) foreign.push(`${route}: ${request.url()}`);
        });
        page.on('response', (response) => {
          // The deliberate miss must answer 404 with the site's page; everything else must be found.
          if (response.status() >= 400 && !(route === 'no-such-page/' && response.url().endsWith('no-such-page/'))) {
            failed.push(`${route}: ${response.status()} ${response.url()}`);
          }
        });
        const response = await page.goto(server.url + route, { waitUntil: 'networkidle' });
        if (response?.status() !== (route === 'no-such-page/' ? 404 : 200)) failed.push(`${route}: status ${response?.status()}`);
        const addresses = await page.$$eval('a[href], link[href], script[src], img[src]', (elements) =>
          elements.map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? ''),
        );
        const outside = addresses.filter((address) => {
          if (/^(https?:|#|mailto:)/.test(address)) return false;
          // A relative address (a note's link to its claim page, `../../claims/<id>/`) counts where it leads.
          const path = address.startsWith('/') ? address : new URL(address, server.url + route).pathname;
          return !path.startsWith(build.base);
        });
        await page.close();
        return { errors, failed, foreign, outside: outside.map((address) => `${route}: ${address}`) };
      });
    });

    it('loads every page with no console error, no failed request and no request to another origin', () => {
      expect(visits.flatMap((visit) => visit.errors)).toEqual([]);
      expect(visits.flatMap((visit) => visit.failed)).toEqual([]);
      expect(visits.flatMap((visit) => visit.foreign)).toEqual([]);
    });

    it('keeps every link and asset under the base path', () => {
      expect(visits.flatMap((visit) => visit.outside)).toEqual([]);
    });
  });
}
