/**
 * The editing loop in `astro dev`: save a note or a person, reload the page, see the change, with no
 * restart. The seconds from saving to seeing are printed for the README's figures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { lookAt, reloadUntil, startDevSite, type DevSite } from '../support/dev-site.ts';

describe('astro dev shows an edit on reload', () => {
  let dev: DevSite;

  beforeAll(async () => {
    dev = await startDevSite('tests/fixtures/sites/edits/content');
  });
  afterAll(async () => {
    await dev?.close();
  });

  /** Save `from` → `to` in a content file, then reload until `to` shows; the seconds it took. */
  async function editAndSee(file: string, from: string, to: string, shown: (page: Page) => Promise<string>) {
    const page = await dev.browser.context.newPage();
    const url = `${dev.server.url}articles/edit-me/`;
    const before = await lookAt(page, url, shown);
    expect(before).not.toBe('');
    expect(before).not.toContain(to);
    const path = join(dev.site.root, 'content', file);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain(from);
    const saved = performance.now();
    writeFileSync(path, text.replace(from, to));
    const seen = await reloadUntil(page, url, shown, (current) => current.includes(to));
    const seconds = (performance.now() - saved) / 1000;
    await page.close();
    return { seen, seconds };
  }

  it('a new note title shows after a reload', async () => {
    const { seen, seconds } = await editAndSee('annotations/edit-me.yaml', 'Original note title', 'Title saved in dev', (page) =>
      page.locator('#measure .note-title').innerText({ timeout: 5000 }),
    );
    expect(seen, `what astro dev printed:\n${dev.server.output()}`).toBe('Title saved in dev');
    console.log(`dev: a note edit showed ${seconds.toFixed(2)} s after saving`);
  });

  it('a person’s new role shows after a reload', async () => {
    const { seen } = await editAndSee('people/jane-roe.yaml', 'Senator from Ohio', 'Mayor of Dayton', (page) =>
      page.locator('#roe-card .person-card').innerText({ timeout: 5000 }),
    );
    expect(seen, `what astro dev printed:\n${dev.server.output()}`).toContain('Mayor of Dayton');
  });
});
