import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { serve, type StaticServer } from '../support/server.ts';
import { launch, type Browser } from '../support/browser.ts';
import { htmlRoutes } from '../../src/integrations/pagefind.ts';
import { findAll, readPage } from '../support/html.ts';

// Both builds are made by `npm test` before Vitest runs: dist/ at the root, dist-subpath/ under /edition/.
const builds = [
  { name: 'root build', folder: join(process.cwd(), 'dist'), base: '/' },
  { name: 'BASE_PATH=/edition/ build', folder: join(process.cwd(), 'dist-subpath'), base: '/edition/' },
];

/** Path and fragment of a link, resolved against the page it is on. */
function target(href: string, page: string): { path: string; hash: string } {
  const address = new URL(href, page);
  return { path: address.pathname, hash: decodeURIComponent(address.hash.slice(1)) };
}

/**
 * The links in the built HTML of a route (no browser needed for static links) inside elements whose
 * class list has `within`.
 */
function builtLinks(folder: string, base: string, route: string, within: string): Array<{ path: string; hash: string }> {
  const tree = readPage(join(folder, route, 'index.html'));
  const containers = findAll(tree, (element) => String(element.properties.className ?? '').split(/[ ,]/).includes(within));
  return containers.flatMap((container) =>
    findAll(container, (element) => element.tagName === 'a' && typeof element.properties.href === 'string').map((anchor) =>
      target(String(anchor.properties.href), `http://site${base}${route}`),
    ),
  );
}

/** Every in-site link on the current page, matching `selector`, as path and fragment. */
async function links(page: Page, selector: string): Promise<Array<{ path: string; hash: string }>> {
  const hrefs = await page.$$eval(selector, (elements) => elements.map((element) => element.getAttribute('href') ?? ''));
  return hrefs.map((href) => {
    const address = new URL(href, page.url());
    return { path: address.pathname, hash: decodeURIComponent(address.hash.slice(1)) };
  });
}

for (const build of builds) {
  describe(`the claim ledger, people and timeline in the ${build.name}`, () => {
    let server: StaticServer;
    let browser: Browser;
    let noScript: Browser;
    const routes = htmlRoutes(build.folder);
    const articles = routes.filter((route) => /^articles\/[^/]+\/$/.test(route));
    const claimPages = routes.filter((route) => /^claims\/[^/]+\/$/.test(route));
    const personPages = routes.filter((route) => /^people\/[^/]+\/$/.test(route));
    // Element ids of each article page, by its path.
    const articleIds = new Map<string, Set<string>>();

    /** Whether a link points at an element that exists in an article page (or at the page itself). */
    const resolves = (link: { path: string; hash: string }) =>
      articleIds.has(link.path) && (link.hash === '' || articleIds.get(link.path)!.has(link.hash));

    beforeAll(async () => {
      server = await serve(build.folder, build.base);
      browser = await launch();
      noScript = await launch({ javaScriptEnabled: false });
      for (const route of articles) {
        const ids = findAll(readPage(join(build.folder, route, 'index.html')), (element) => typeof element.properties.id === 'string');
        articleIds.set(`${build.base}${route}`, new Set(ids.map((element) => String(element.properties.id))));
      }
    });
    afterAll(async () => {
      await browser?.close();
      await noScript?.close();
      await server?.close();
    });

    it('has a page for the ledger, every claim, the people, every person and the timeline', () => {
      expect(routes).toEqual(expect.arrayContaining(['claims/', 'people/', 'timeline/']));
      expect(claimPages.length).toBeGreaterThan(20);
      expect(personPages).toEqual(expect.arrayContaining(['people/george-w-bush/', 'people/christopher-hill/', 'people/andrew-grotto/']));
    });

    it('groups the ledger by verdict without JavaScript, with counts, contents and no filters', async () => {
      const page = await noScript.context.newPage();
      await page.goto(server.url + 'claims/');
      await expect(page.locator('[data-ledger-filters]').isVisible()).resolves.toBe(false);
      const groups = await page.$$eval('[data-ledger-group]', (sections) =>
        sections.map((section) => ({
          id: section.id,
          visible: (section as HTMLElement).offsetParent !== null,
          cards: section.querySelectorAll('[data-claim-card]').length,
          count: section.querySelector('[data-group-count]')?.getAttribute('data-group-count'),
        })),
      );
      expect(groups.length).toBeGreaterThan(1);
      expect(groups[0]!.id).toMatch(/^verdict-/);
      for (const group of groups) {
        expect(group.visible, group.id).toBe(true);
        expect(Number(group.count), group.id).toBe(group.cards);
      }
      // Every sentence appears once, each linking to its own page.
      const cards = await page.$$eval('[data-claim-card]', (elements) => elements.map((element) => element.id));
      expect(new Set(cards).size).toBe(cards.length);
      expect(cards.length).toBe(claimPages.length);
      const contents = await page.$$eval('.ledger-contents a', (anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
      expect(contents).toEqual(groups.map((group) => `#${group.id}`));
      const texts = await links(page, '[data-claim-card] .claim-links a');
      expect(texts.length).toBe(cards.length * 2);
      for (const link of texts.filter((candidate) => candidate.path.includes('/articles/'))) expect(resolves(link), link.hash).toBe(true);
      await page.close();
    });

    it('filters the ledger by verdict and type with JavaScript, and announces how many claims are shown', async () => {
      const page = await browser.context.newPage();
      await page.goto(server.url + 'claims/');
      const form = page.locator('[data-ledger-filters]');
      await expect(form.isVisible()).resolves.toBe(true);
      const status = page.locator('[data-ledger-status]');
      await expect(status.getAttribute('role')).resolves.toBe('status');
      const total = await page.locator('[data-claim-card]').count();
      await expect(status.textContent()).resolves.toBe(`${total} claims shown`);

      await page.getByRole('checkbox', { name: /^Inaccurate/ }).check();
      const visible = page.locator('[data-claim-card]:visible');
      const shown = await visible.count();
      expect(shown).toBeGreaterThan(0);
      expect(shown).toBeLessThan(total);
      await expect(status.textContent()).resolves.toBe(`${shown} ${shown === 1 ? 'claim' : 'claims'} shown`);
      for (const verdicts of await visible.evaluateAll((cards) => cards.map((card) => card.getAttribute('data-verdicts') ?? ''))) {
        expect(verdicts.split(' ')).toContain('inaccurate');
      }
      // Sections left empty by the filter disappear, with their line in the contents.
      const hidden = await page.$$eval('[data-ledger-group][hidden]', (sections) => sections.map((section) => section.id));
      expect(hidden.length).toBeGreaterThan(0);
      for (const id of hidden) await expect(page.locator(`[data-contents-for="${id}"]`).isVisible()).resolves.toBe(false);

      // A type narrows further; unticking everything shows all again.
      await page.getByRole('checkbox', { name: /^Opinion \(/ }).last().check();
      const narrowed = await visible.count();
      expect(narrowed).toBeLessThanOrEqual(shown);
      for (const type of await visible.evaluateAll((cards) => cards.map((card) => card.getAttribute('data-type')))) expect(type).toBe('opinion');
      await page.getByRole('button', { name: 'Show all' }).click();
      await expect.poll(() => visible.count()).toBe(total);
      await expect.poll(() => status.textContent()).toBe(`${total} claims shown`);
      await page.close();
    });

    it('links each claim page to its sentence in the text, which exists there', () => {
      for (const route of claimPages) {
        const id = route.split('/')[1]!;
        const toText = builtLinks(build.folder, build.base, route, 'claim-links').find((link) => link.path.includes('/articles/'));
        expect(toText?.hash, route).toBe(id);
        expect(resolves(toText!), route).toBe(true);
        // Every note, person and date link that points into the article lands on an element.
        for (const link of builtLinks(build.folder, build.base, route, 'claim-detail').filter((candidate) => candidate.path.includes('/articles/'))) {
          expect(resolves(link), `${route} → #${link.hash}`).toBe(true);
        }
      }
    });

    it('links every mention on every person page to that mention in the text', () => {
      let mentions = 0;
      for (const route of personPages) {
        const tree = readPage(join(build.folder, route, 'index.html'));
        const items = findAll(tree, (element) => String(element.properties.className ?? '') === 'mention-links').length;
        const found = builtLinks(build.folder, build.base, route, 'mention-links').filter((link) => link.path.includes('/articles/'));
        expect(found.length, route).toBe(items);
        for (const link of found) expect(resolves(link), `${route} → #${link.hash}`).toBe(true);
        for (const link of builtLinks(build.folder, build.base, route, 'person-notes')) expect(resolves(link), `${route} → #${link.hash}`).toBe(true);
        mentions += found.length;
      }
      expect(mentions).toBeGreaterThan(10);
    });

    it('links every event on the timeline, in the drawing and in the list, to its place in the text', async () => {
      const page = await noScript.context.newPage();
      await page.goto(server.url + 'timeline/');
      const list = await links(page, '.timeline-list a');
      expect(list.length).toBeGreaterThan(20);
      for (const drawing of ['wide', 'narrow']) {
        const drawn = await links(page, `svg.timeline-drawing-${drawing} a`);
        expect(drawn).toEqual(list);
      }
      for (const link of list) expect(resolves(link), `#${link.hash}`).toBe(true);
      // The claim pages' "on the timeline" links land on list items.
      const ids = new Set(await page.$$eval('.timeline-list > li', (items) => items.map((item) => item.id)));
      const claim = await browser.context.newPage();
      await claim.goto(server.url + claimPages[0]!);
      for (const link of await links(claim, 'a[href*="/timeline/#"]')) expect(ids.has(link.hash), link.hash).toBe(true);
      await claim.close();
      await page.close();
    });
  });
}

describe('the timeline on screens of different sizes', () => {
  let server: StaticServer;
  const folder = join(process.cwd(), 'dist');
  beforeAll(async () => {
    server = await serve(folder);
  });
  afterAll(async () => {
    await server?.close();
  });

  for (const [width, shown] of [[1440, 'wide'], [390, 'narrow']] as const) {
    it(`shows the ${shown} drawing at ${width} px, with no label past its edge and its links reachable by keyboard`, async () => {
      const browser = await launch({ viewport: { width, height: 900 } });
      const page = await browser.context.newPage();
      await page.goto(server.url + 'timeline/');
      await expect(page.locator(`svg.timeline-drawing.timeline-drawing-${shown}:not(.timeline-overview)`).isVisible()).resolves.toBe(true);
      const hidden = shown === 'wide' ? 'narrow' : 'wide';
      await expect(page.locator(`svg.timeline-drawing.timeline-drawing-${hidden}:not(.timeline-overview)`).isVisible()).resolves.toBe(false);
      const overflow = await page.$eval(`svg.timeline-drawing-${shown}:not(.timeline-overview)`, (svg) => {
        const width = Number(svg.getAttribute('width'));
        return [...svg.querySelectorAll('tspan')]
          .map((span) => ({ text: span.textContent, right: Number(span.getAttribute('x')) + (span as SVGTextContentElement).getComputedTextLength() }))
          .filter((line) => line.right > width);
      });
      expect(overflow).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

      // Tab from the top reaches a link inside the drawing.
      let inside = false;
      for (let step = 0; step < 40 && !inside; step++) {
        await page.keyboard.press('Tab');
        inside = await page.evaluate(() => document.activeElement?.closest('svg.timeline-drawing') !== null && document.activeElement?.tagName === 'a');
      }
      expect(inside).toBe(true);
      await browser.close();
    });
  }

  it('keeps the ledger, a claim and a person page within a 390 px phone’s width', async () => {
    const browser = await launch({ viewport: { width: 390, height: 844 } });
    const page = await browser.context.newPage();
    for (const route of ['claims/', 'people/', 'people/george-w-bush/', ...htmlRoutes(folder).filter((r) => r.startsWith('claims/')).slice(1, 4)]) {
      await page.goto(server.url + route);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), route).toBeLessThanOrEqual(390);
    }
    await browser.close();
  });
});
