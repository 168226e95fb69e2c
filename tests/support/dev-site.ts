/**
 * A fixture site under `astro dev`, with a browser: what the tests that save content while the dev server
 * runs share.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createFixtureSite, type DevServer, type FixtureSite } from './fixture-site.ts';
import { launch, type Browser } from './browser.ts';

/** The site, its dev server and a browser; `close()` stops them and removes the site. */
export interface DevSite {
  site: FixtureSite;
  server: DevServer;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Copy a fixture `content/` folder into a temporary project, start `astro dev` on it and launch a browser.
 *
 * @param content The folder, relative to the project root.
 */
export async function startDevSite(content: string): Promise<DevSite> {
  const site = createFixtureSite(join(process.cwd(), content));
  let server: DevServer | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await server?.close();
    site.remove();
  };
  try {
    server = await site.dev();
    browser = await launch();
  } catch (error) {
    await close();
    throw error;
  }
  return { site, server, browser, close };
}

/**
 * Open `url` and read the page, trying again (up to 20 times) while the read fails: the dev server may
 * reload a page by itself (optimising dependencies, or reacting to a save), cutting a navigation short.
 *
 * @returns What `read` gave, or `''` if every try failed.
 */
export async function lookAt(page: Page, url: string, read: (page: Page) => Promise<string>): Promise<string> {
  let text = '';
  for (let tries = 0; tries < 20 && text === ''; tries++) text = await page.goto(url).then(() => read(page)).catch(() => '');
  return text;
}

/**
 * Reload `url` until what `read` gives passes `done`, or a minute has gone: a deadline, not a number of
 * tries, as a loaded machine makes each reload slower.
 *
 * @returns The last text read (`''` when the last read failed).
 */
export async function reloadUntil(page: Page, url: string, read: (page: Page) => Promise<string>, done: (text: string) => boolean): Promise<string> {
  const started = performance.now();
  let text = '';
  while (!done(text) && performance.now() - started < 60_000) {
    await page.waitForTimeout(250);
    text = await page.goto(url).then(() => read(page)).catch(() => '');
  }
  return text;
}
