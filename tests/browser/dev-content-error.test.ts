/**
 * A content error under `astro dev` shows in the browser, not only in the terminal: a broken save turns
 * the page into the content check's messages (the ones `npm run check:content` prints), and once the
 * file is fixed the page comes back by itself, with no reload by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFixtureSite, type DevServer, type FixtureSite } from '../support/fixture-site.ts';
import { launch, type Browser } from '../support/browser.ts';
import { checkContent } from '../../src/loader/check.ts';
import { formatMessages } from '../../src/lib/content/diagnostics.ts';

describe('astro dev shows a content error on the page', () => {
  let site: FixtureSite;
  let server: DevServer;
  let browser: Browser;

  beforeAll(async () => {
    site = createFixtureSite(join(process.cwd(), 'tests/fixtures/sites/edits/content'));
    server = await site.dev();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    site?.remove();
  });

  it('a wrong quote shows its placed message on the page, and the fixed page returns by itself', async () => {
    const page = await browser.context.newPage();
    const url = `${server.url}articles/edit-me/`;
    const noteTitle = page.locator('#measure .note-title');
    // The dev server may reload a page by itself while it optimises dependencies: a navigation cut short
    // is tried again.
    let before = '';
    for (let tries = 0; tries < 20 && before === ''; tries++) {
      before = await page.goto(url).then(() => noteTitle.innerText({ timeout: 5000 }), () => '');
    }
    expect(before).toBe('Original note title');

    const path = join(site.root, 'content/annotations/edit-me.yaml');
    const good = readFileSync(path, 'utf8');
    writeFileSync(path, good.replace('exact: "proposed the measure"', 'exact: "proposed the measures"'));
    const expected = formatMessages(checkContent(site.root).problems.filter((problem) => problem.fatal));
    expect(expected).toContain('annotate/quote-missing');

    const banner = page.locator('[data-content-error]');
    const saved = performance.now();
    let shown = '';
    while (!shown && performance.now() - saved < 60_000) {
      await page.waitForTimeout(250);
      shown = await page.goto(url).then(() => banner.innerText({ timeout: 2000 }), () => '');
    }
    expect(shown, `what astro dev printed:\n${server.output()}`).toContain('The content has 1 error in 1 file');
    // The same messages as the terminal's, place, rule and hint included.
    expect(await page.locator('[data-content-error] pre').textContent()).toContain(expected);
    await page.screenshot({ path: 'test-results/dev-content-error.png' });

    // Fixed: the same page, never navigated again, shows the article once more.
    writeFileSync(path, good);
    await expect.poll(() => noteTitle.innerText({ timeout: 1000 }).catch(() => ''), { timeout: 60_000, interval: 500 }).toBe('Original note title');
    expect(await banner.count()).toBe(0);
    await page.close();
  });
});

describe('astro dev starts on content with an error', () => {
  it('serves the messages in place of the pages, and the article once the file is fixed', async () => {
    const site = createFixtureSite(join(process.cwd(), 'tests/fixtures/content/quote-missing/content'));
    let server: DevServer | undefined;
    let browser: Browser | undefined;
    try {
      server = await site.dev();
      expect(server.output()).toContain('The content has 1 error in 1 file');
      browser = await launch();
      const page = await browser.context.newPage();
      const banner = page.locator('[data-content-error]');
      let shown = '';
      for (let tries = 0; tries < 20 && shown === ''; tries++) {
        shown = await page.goto(`${server.url}articles/op-ed/`).then(() => banner.innerText({ timeout: 5000 }), () => '');
      }
      expect(shown).toContain('7:14-7:34 error Unexpected quote “the plan will work”');
      const path = join(site.root, 'content/annotations/op-ed.yaml');
      writeFileSync(path, readFileSync(path, 'utf8').replace('the plan will work', 'the plan would work'));
      await expect.poll(() => page.locator('h1.article-title').innerText({ timeout: 1000 }).catch(() => ''), { timeout: 60_000, interval: 500 }).not.toBe('');
      expect(await banner.count()).toBe(0);
    } finally {
      await browser?.close();
      await server?.close();
      site.remove();
    }
  });
});
