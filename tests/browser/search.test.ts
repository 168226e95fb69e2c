/**
 * Claim search in headless Chromium, on the sub-path build (`dist-subpath/`, BASE_PATH=/edition/) served
 * on 127.0.0.1 the way a static host would: results, links into the text, filters, the header box, and
 * search with the network off after one visit. Every request any page or the service worker makes is
 * recorded, to check that none leaves the site's origin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { serve, type StaticServer } from '../support/server.ts';
import { launch, type Browser } from '../support/browser.ts';
import { precacheList, serviceWorkerSource } from '../../src/integrations/offline.ts';
import { pageText } from '../../src/lib/search/page-text.ts';
import { htmlRoutes } from '../../src/integrations/pagefind.ts';
import { wordsOf } from '../../src/lib/search/spelling.ts';

const folder = join(process.cwd(), 'dist-subpath');
const BASE = '/edition/';

/** Record the errors pages of a browser context print, content security policy violations among them. */
function recordErrors(context: BrowserContext): string[] {
  const errors: string[] = [];
  context.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.location().url}: ${message.text()}`);
  });
  context.on('weberror', (error) => errors.push(error.error().message));
  return errors;
}

/** Record every request of a browser context, service worker included. */
function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  return urls;
}

async function searchPage(page: Page, server: StaticServer, query: string): Promise<void> {
  await page.goto(`${server.url}search/?${query}`);
  await page.locator('.search-page [data-search-status]').filter({ hasText: /result/ }).waitFor();
}

describe('claim search under /edition/', () => {
  let server: StaticServer;
  let browser: Browser;
  let requests: string[];
  let errors: string[];
  beforeAll(async () => {
    server = await serve(folder, BASE);
    browser = await launch();
    requests = recordRequests(browser.context);
    errors = recordErrors(browser.context);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a timeline result for “Yongbyon” lands on the event that names it, not on the list’s heading', async () => {
    const page = await browser.context.newPage();
    await searchPage(page, server, 'q=Yongbyon');
    const link = page.locator('.search-page .search-result-link[href*="/timeline/"]').first();
    await link.waitFor();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/edition\/timeline\/#event-[a-z0-9-]+$/);
    await link.click();
    await page.waitForURL(`${server.origin}${href}`);
    const target = page.locator(':target');
    expect(await target.evaluate((element) => element.tagName)).toBe('LI');
    expect(await target.textContent()).toContain('Yongbyon');
    await page.close();
  });

  it('searching “pygmy” finds its claim, and the link opens the sentence’s note beside its line', async () => {
    const page = await browser.context.newPage();
    await searchPage(page, server, 'q=pygmy');
    const results = page.locator('.search-page [data-search-results] > li');
    await expect.poll(() => results.count()).toBeGreaterThan(0);
    const first = results.first();
    expect(await first.locator('.search-result-link').textContent()).toContain('Bush once called him a “pygmy”');
    expect(await first.locator('.search-verdict').textContent()).toBe('Needs context');
    expect(await first.locator('mark').first().textContent()).toMatch(/pygmy/i);
    expect(await page.locator('.search-page [data-search-status]').textContent()).toMatch(/^\d+ results? for “pygmy”\.$/);

    // The link names the sentence and leads to the claim note behind its verdict.
    const claim = await first.locator('.search-result-link').getAttribute('data-claim');
    expect(claim).toMatch(/^this-must-have-been-[a-z0-9-]+$/);
    const href = await first.locator('.search-result-link').getAttribute('href');
    expect(href).toMatch(/^\/edition\/articles\/diplomatic-about-face\/#[a-z0-9-]+$/);
    const noteId = href!.slice(href!.indexOf('#') + 1);
    expect(noteId).not.toBe(claim);
    await first.locator('.search-result-link').click();
    await page.waitForURL(`${server.origin}${href}`);
    // The note is open, is a claim note on that sentence with the sentence's verdict, and its line is in view.
    const note = page.locator(`[id="${noteId}"]`);
    await expect.poll(() => note.evaluate((element) => element.matches(':popover-open'))).toBe(true);
    expect(await note.getAttribute('class')).toContain('layer-claim');
    expect(await note.textContent()).toContain('Needs context');
    const sentence = page.locator(`[id="${claim}"]`);
    expect(await sentence.getAttribute('data-tag')).toBe('claim');
    expect(await sentence.locator(`[popovertarget="${noteId}"]`).count()).toBeGreaterThan(0);
    expect(await sentence.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.bottom > 0 && box.top < innerHeight;
    })).toBe(true);
    await page.close();
  });

  it('a person filter narrows the results to the claims that mention that person', async () => {
    const page = await browser.context.newPage();
    await searchPage(page, server, 'q=nuclear');
    const results = page.locator('.search-page [data-search-results] > li');
    const all = await results.count();
    await page.getByRole('checkbox', { name: /Kim Jong Il/ }).check();
    await expect.poll(async () => page.url()).toContain('person=Kim+Jong+Il');
    await expect.poll(() => results.count()).toBeLessThan(all);
    const narrowed = await results.count();
    expect(narrowed).toBeGreaterThan(0);
    for (const people of await results.locator('.search-result-people').allTextContents()) expect(people).toContain('Kim Jong Il');
    expect(await page.locator('.search-page [data-search-status]').textContent()).toBe(
      `${narrowed} ${narrowed === 1 ? 'result' : 'results'} for “nuclear” with these filters.`,
    );
    await page.close();
  });

  it('the header box fetches no script before it is used, then lists results as the reader types', async () => {
    const page = await browser.context.newPage();
    const scripts: string[] = [];
    const requested: string[] = [];
    page.on('request', (request) => {
      requested.push(new URL(request.url()).pathname);
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${server.url}about/`, { waitUntil: 'networkidle' });
    // Only the page's own small script (it registers the offline worker and waits for the box).
    expect(scripts.filter((path) => /search|pagefind/.test(path) && !/SearchBox\.astro/.test(path))).toEqual([]);

    const box = page.getByRole('searchbox', { name: 'Search the claims' });
    await box.focus();
    await box.pressSequentially('pygmy');
    const panel = page.locator('[data-search-panel]');
    await panel.waitFor({ state: 'visible' });
    expect(scripts.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(await page.locator('[data-search-box] [data-search-status]').textContent()).toMatch(/^\d+ results? for “pygmy”\.$/);
    const link = panel.locator('.search-result-link').first();
    expect(await link.getAttribute('href')).toMatch(/^\/edition\/articles\/diplomatic-about-face\/#/);
    // The results match the word as typed, so the spelling list (it grows with the archive) is not fetched.
    expect(requested.filter((path) => path.endsWith('/search-words.txt'))).toEqual([]);

    // ↓ moves into the list, Escape closes it and returns to the box.
    await page.keyboard.press('ArrowDown');
    expect(await link.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);

    // Enter submits the form: the search page opens with the words.
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}search/?q=pygmy`);
    await page.close();
  });

  it('with JavaScript off, the header box still opens the search page with the words', async () => {
    const off = await launch({ javaScriptEnabled: false });
    try {
      const page = await off.context.newPage();
      await page.goto(`${server.url}about/`);
      await page.getByRole('searchbox', { name: 'Search the claims' }).fill('nuclear program');
      await page.keyboard.press('Enter');
      await page.waitForURL(`${server.url}search/?q=nuclear+program`);
      expect(await page.locator('h1').textContent()).toBe('Search the claims');
    } finally {
      await off.close();
    }
  });

  it('after one visit, with the network off, the article reloads and a claim search still returns results', async () => {
    // Its own server and browser, since the server is stopped halfway.
    const own = await serve(folder, BASE);
    const offline = await launch();
    const seen = recordRequests(offline.context);
    try {
      const page = await offline.context.newPage();
      await page.goto(`${own.url}articles/diplomatic-about-face/`);
      const cached = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        const names = await caches.keys();
        const cache = await caches.open(names[0]!);
        return { scope: registration.scope, names, files: (await cache.keys()).map((request) => new URL(request.url).pathname) };
      });
      expect(cached.scope).toBe(`${own.origin}${BASE}`);
      expect(cached.names).toHaveLength(1);
      expect(cached.files).toContain(`${BASE}pagefind/pagefind.js`);

      await offline.context.setOffline(true);
      await own.close();

      await page.reload();
      expect(await page.locator('h1').textContent()).toContain('A Diplomatic About-Face');
      expect(await page.locator('[data-article-body]').textContent()).toContain('Bush once called him a “pygmy”');

      await searchPage(page, own, 'q=pygmy');
      expect(await page.locator('.search-page [data-search-results] > li').count()).toBeGreaterThan(0);
      expect(await page.locator('.search-page .search-result-link').first().textContent()).toContain('pygmy');
    } finally {
      await offline.close();
    }
    requests.push(...seen);
  });

  it('every page with readable text is searched: a word found only on /about/ finds the about page', async () => {
    const words = (route: string) => new Set(wordsOf(pageText(readFileSync(join(folder, route, 'index.html'), 'utf8')).join(' ')).map((word) => word.toLowerCase()));
    const elsewhere = new Set<string>();
    for (const route of htmlRoutes(folder).filter((route) => route !== 'about/')) for (const word of words(route)) elsewhere.add(word);
    for (const word of wordsOf(readFileSync(join(folder, 'claims.json'), 'utf8'))) elsewhere.add(word.toLowerCase());
    // A plain word of some length, so stemming cannot make it match another page's words.
    const only = [...words('about/')].filter((word) => !elsewhere.has(word) && /^[a-z]{8,}$/.test(word) && ![...elsewhere].some((other) => other.startsWith(word.slice(0, 6))));
    expect(only.length).toBeGreaterThan(0);
    const page = await browser.context.newPage();
    await searchPage(page, server, `q=${only[0]}`);
    const links = await page.locator('.search-page .search-result-link').evaluateAll((elements) => elements.map((element) => element.getAttribute('href')));
    expect(links, only[0]).toContain(`${BASE}about/`);
    await page.close();
  });

  it('a misspelt word is corrected in the header box and on the search page alike, the words as typed one click away, offline', async () => {
    const own = await serve(folder, BASE);
    const offline = await launch();
    try {
      const page = await offline.context.newPage();
      await page.goto(`${own.url}articles/diplomatic-about-face/`);
      await page.evaluate(async () => navigator.serviceWorker.ready);
      await page.reload();
      await offline.context.setOffline(true);
      await own.close();

      const box = page.getByRole('searchbox', { name: 'Search the claims' });
      const suggest = page.locator('[data-search-box] [data-search-suggest]');
      const status = page.locator('[data-search-box] [data-search-status]');
      await box.fill('Ahmadinijad');
      await suggest.getByRole('button', { name: 'Ahmadinijad' }).waitFor();
      expect(await suggest.textContent()).toBe('Showing results for Ahmadinejad. Search instead for Ahmadinijad.');
      expect(await status.textContent()).toMatch(/results? for “Ahmadinejad”\. Showing results for Ahmadinejad\./);
      expect(await page.locator('[data-search-box] .search-result-link').first().textContent()).toContain('World War III');
      // As typed, the word matches nothing: never the short words Pagefind would match it with.
      await suggest.getByRole('button', { name: 'Ahmadinijad' }).click();
      await expect.poll(() => status.textContent()).toBe('No results for “Ahmadinijad”.');
      expect(await suggest.isHidden()).toBe(true);

      await page.goto(`${own.url}search/?q=pigmy`);
      const correction = page.locator('.search-page [data-search-correction]');
      await correction.getByRole('button', { name: 'pigmy' }).waitFor();
      expect(await correction.textContent()).toBe('Showing results for pygmy. Search instead for pigmy.');
      expect(await page.locator('.search-page .search-result-link').first().textContent()).toContain('pygmy');
      await correction.getByRole('button', { name: 'pigmy' }).click();
      await expect.poll(() => page.locator('.search-page [data-search-status]').textContent()).toBe('No results for “pigmy”.');
      expect(page.url()).toContain('literal=1');
      expect(await correction.isHidden()).toBe(true);
    } finally {
      await offline.close();
    }
  });

  it('a new deploy replaces the old cache: the worker updates, and the old cache is deleted', async () => {
    // A copy of the site, changed and re-listed the way the next build would.
    const copy = mkdtempSync(join(tmpdir(), 'edition-deploy-'));
    cpSync(folder, copy, { recursive: true });
    const own = await serve(copy, BASE);
    const visitor = await launch();
    try {
      const page = await visitor.context.newPage();
      await page.goto(`${own.url}about/`);
      const before = await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        return caches.keys();
      });
      expect(before).toHaveLength(1);

      appendFileSync(join(copy, 'favicon.svg'), '\n<!-- the next deploy -->\n');
      writeFileSync(join(copy, 'sw.js'), serviceWorkerSource(precacheList(copy, BASE), BASE).source);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      // The new worker installs into a new cache, then on activation deletes the old one.
      const replaced = async () => {
        const keys = await page.evaluate(() => caches.keys());
        return keys.length === 1 && keys[0] !== before[0];
      };
      await expect.poll(replaced, { timeout: 20_000 }).toBe(true);
      expect(await page.evaluate(() => caches.keys())).toEqual([expect.stringMatching(/^edition-[0-9a-f]{16}$/)]);
    } finally {
      await visitor.close();
      await own.close();
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('a site too big to precache whole keeps its shell and search, and each page once read, offline', async () => {
    // A copy of the site whose worker lists it as a big archive's would: the shell and the index only.
    const copy = mkdtempSync(join(tmpdir(), 'edition-big-'));
    cpSync(folder, copy, { recursive: true });
    writeFileSync(join(copy, 'sw.js'), serviceWorkerSource(precacheList(copy, BASE, 0), BASE).source);
    const own = await serve(copy, BASE);
    const visitor = await launch();
    try {
      const page = await visitor.context.newPage();
      await page.goto(`${own.url}about/`);
      await page.evaluate(async () => navigator.serviceWorker.ready);
      // Read once, with the worker in control: the article and the ledger are not precached.
      await page.reload();
      await page.goto(`${own.url}articles/diplomatic-about-face/`);
      const files = await page.evaluate(async () => {
        const cache = await caches.open((await caches.keys())[0]!);
        return (await cache.keys()).map((request) => new URL(request.url).pathname);
      });
      expect(files).toContain(`${BASE}pagefind/pagefind.js`);
      expect(files).not.toContain(`${BASE}claims/`);
      await expect.poll(async () => page.evaluate(async (path) => Boolean(await caches.match(path)), `${BASE}articles/diplomatic-about-face/`)).toBe(true);

      await visitor.context.setOffline(true);
      await own.close();
      await page.reload();
      expect(await page.locator('h1').textContent()).toContain('A Diplomatic About-Face');
      await searchPage(page, own, 'q=pygmy');
      expect(await page.locator('.search-page [data-search-results] > li').count()).toBeGreaterThan(0);
      // A page never read is not there: the site's own 404 page says so.
      const response = await page.goto(`${own.url}claims/`);
      expect(response?.status()).toBe(404);
    } finally {
      await visitor.close();
      await own.close().catch(() => {});
      rmSync(copy, { recursive: true, force: true });
    }
  });

  // These two look at everything the tests above did, and search once more themselves, so that they
  // also stand (and can fail) when run alone.
  it('searching breaks no rule of the content security policy and prints no error', async () => {
    const page = await browser.context.newPage();
    await searchPage(page, server, 'q=nuclear+program');
    await expect.poll(() => page.locator('.search-page [data-search-results] > li').count()).toBeGreaterThan(0);
    await page.close();
    expect(errors).toEqual([]);
  });

  it('no request leaves the site’s origin, from any page or the service worker', async () => {
    const page = await browser.context.newPage();
    await searchPage(page, server, 'q=pygmy');
    await expect.poll(() => page.locator('.search-page [data-search-results] > li').count()).toBeGreaterThan(0);
    await page.close();
    expect(requests.length).toBeGreaterThan(20);
    const origins = new Set(requests.map((url) => new URL(url).origin));
    expect([...origins].every((origin) => origin.startsWith('http://127.0.0.1:'))).toBe(true);
    // One origin per server: the shared one, and the one the offline test stopped.
    expect(origins.size).toBeLessThanOrEqual(2);
  });
});
