/**
 * A content error under `astro dev` shows in the browser, not only in the terminal: a broken save turns
 * the page into the content check's messages (the ones `npm run check:content` prints), and once the
 * file is fixed the page comes back by itself, with no reload by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lookAt, reloadUntil, startDevSite, type DevSite } from '../support/dev-site.ts';
import { checkContent } from '../../src/loader/check.ts';
import { formatMessages } from '../../src/lib/content/diagnostics.ts';

describe('astro dev shows a content error on the page', () => {
  let dev: DevSite;

  beforeAll(async () => {
    dev = await startDevSite('tests/fixtures/sites/edits/content');
  });
  afterAll(async () => {
    await dev?.close();
  });

  it('a wrong quote shows its placed message on the page, and the fixed page returns by itself', async () => {
    const page = await dev.browser.context.newPage();
    const url = `${dev.server.url}articles/edit-me/`;
    const noteTitle = page.locator('#measure .note-title');
    expect(await lookAt(page, url, () => noteTitle.innerText({ timeout: 5000 }))).toBe('Original note title');

    const path = join(dev.site.root, 'content/annotations/edit-me.yaml');
    const good = readFileSync(path, 'utf8');
    writeFileSync(path, good.replace('exact: "proposed the measure"', 'exact: "proposed the measures"'));
    const expected = formatMessages(checkContent(dev.site.root).problems.filter((problem) => problem.fatal));
    expect(expected).toContain('annotate/quote-missing');

    const banner = page.locator('[data-content-error]');
    const shown = await reloadUntil(page, url, () => banner.innerText({ timeout: 2000 }), (text) => text !== '');
    expect(shown, `what astro dev printed:\n${dev.server.output()}`).toContain('The content has 1 error in 1 file');
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
    const dev = await startDevSite('tests/fixtures/content/quote-missing/content');
    try {
      expect(dev.server.output()).toContain('The content has 1 error in 1 file');
      const page = await dev.browser.context.newPage();
      const banner = page.locator('[data-content-error]');
      const shown = await lookAt(page, `${dev.server.url}articles/op-ed/`, () => banner.innerText({ timeout: 5000 }));
      expect(shown).toContain('7:14-7:34 error Unexpected quote “the plan will work”');
      const path = join(dev.site.root, 'content/annotations/op-ed.yaml');
      writeFileSync(path, readFileSync(path, 'utf8').replace('the plan will work', 'the plan would work'));
      await expect.poll(() => page.locator('h1.article-title').innerText({ timeout: 1000 }).catch(() => ''), { timeout: 60_000, interval: 500 }).not.toBe('');
      expect(await banner.count()).toBe(0);
    } finally {
      await dev.close();
    }
  });
});
