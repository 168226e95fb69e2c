/**
 * The built site (`dist/`) served on 127.0.0.1 with Chromium open, for the tests of one `describe`: call it
 * in the block, read `site.server` and `site.browser` in its tests. Both close after the block's own
 * `afterAll` hooks, which run first (Vitest's default `stack` order).
 */
import { afterAll, beforeAll } from 'vitest';
import { join } from 'node:path';
import { serve, type StaticServer } from './server.ts';
import { launch, type Browser } from './browser.ts';

export interface BuiltSite {
  server: StaticServer;
  browser: Browser;
}

export function builtSite(options: Parameters<typeof launch>[0] = {}): BuiltSite {
  const site = {} as BuiltSite;
  beforeAll(async () => {
    site.server = await serve(join(process.cwd(), 'dist'));
    site.browser = await launch(options);
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
