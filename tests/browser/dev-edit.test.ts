/**
 * The editing loop in `astro dev`: save a note or a person, reload the page, see the change, with no
 * restart. The seconds from saving to seeing are printed for the README's figures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFixtureSite, type DevServer, type FixtureSite } from '../support/fixture-site.ts';
import { launch, type Browser } from '../support/browser.ts';

describe('astro dev shows an edit on reload', () => {
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

  /** Save `from` → `to` in a content file, then reload until `to` shows; the seconds it took. */
  async function editAndSee(file: string, from: string, to: string, shown: (page: import('playwright-core').Page) => Promise<string>) {
    const page = await browser.context.newPage();
    const url = `${server.url}articles/edit-me/`;
    // The dev server may reload the page by itself (dependency optimisation, its own reaction to the save):
    // a navigation that one of those interrupts is simply tried again.
    const look = async () => {
      try {
        await page.goto(url);
        return await shown(page);
      } catch {
        return '';
      }
    };
    let before = '';
    for (let tries = 0; tries < 20 && before === ''; tries++) before = await look();
    expect(before).not.toBe('');
    expect(before).not.toContain(to);
    const path = join(site.root, 'content', file);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain(from);
    const saved = performance.now();
    writeFileSync(path, text.replace(from, to));
    let seen = '';
    // A deadline, not a number of tries: a loaded machine makes each reload slower.
    while (!seen.includes(to) && performance.now() - saved < 60_000) {
      await page.waitForTimeout(250);
      seen = await look();
    }
    const seconds = (performance.now() - saved) / 1000;
    await page.close();
    return { seen, seconds };
  }

  it('a new note title shows after a reload', async () => {
    const { seen, seconds } = await editAndSee('annotations/edit-me.yaml', 'Original note title', 'Title saved in dev', (page) =>
      page.locator('#measure .note-title').innerText({ timeout: 5000 }),
    );
    expect(seen, `what astro dev printed:\n${server.output()}`).toBe('Title saved in dev');
    console.log(`dev: a note edit showed ${seconds.toFixed(2)} s after saving`);
  });

  it('a person’s new role shows after a reload', async () => {
    const { seen } = await editAndSee('people/jane-roe.yaml', 'Senator from Ohio', 'Mayor of Dayton', (page) =>
      page.locator('#roe-card .person-card').innerText({ timeout: 5000 }),
    );
    expect(seen, `what astro dev printed:\n${server.output()}`).toContain('Mayor of Dayton');
  });
});
