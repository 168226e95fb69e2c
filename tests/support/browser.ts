/**
 * Headless Chromium for the browser tests, driven by playwright-core (no browser download: the
 * binary comes from CHROMIUM_PATH, which `npm test` sets).
 */
import { chromium, type BrowserContext } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../../scripts/chromium.mjs';

/** Chromium's flags here and in the benchmarks, so both see the same browser. */
export const FLAGS = [
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A fresh browser profile; `close()` ends the browser and deletes the profile. */
export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launch Chromium with a new, empty profile. */
export async function launch(
  options: {
    javaScriptEnabled?: boolean;
    viewport?: { width: number; height: number };
    bypassCSP?: boolean;
    colorScheme?: 'light' | 'dark';
    /** `block` for benchmarks: the worker would precache the site in the background and blur what a page costs. */
    serviceWorkers?: 'allow' | 'block';
  } = {},
): Promise<Browser> {
  // npm test finds it once and passes it on; a browser test run on its own looks for it itself.
  const executablePath = process.env.CHROMIUM_PATH ?? findChromium();
  const profile = mkdtempSync(join(tmpdir(), 'edition-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: process.getuid?.() === 0 ? [...FLAGS, '--no-sandbox'] : FLAGS,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: options.viewport ?? { width: 1440, height: 900 },
    // Only for injecting test tools such as axe-core; the site's own CSP is tested with this off.
    bypassCSP: options.bypassCSP ?? false,
    colorScheme: options.colorScheme ?? 'light',
    serviceWorkers: options.serviceWorkers ?? 'allow',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Folder for screenshots kept for people to look at. */
export const ARTIFACTS = join(process.cwd(), 'test-results');
