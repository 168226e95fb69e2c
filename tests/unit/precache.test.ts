import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { precacheList } from '../../src/integrations/offline.ts';

describe('the precache list', () => {
  const folder = mkdtempSync(join(tmpdir(), 'precache-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const files: Record<string, number> = {
    'index.html': 100,
    '404.html': 100,
    'about/index.html': 100,
    'search/index.html': 100,
    'claims/index.html': 5_000,
    'articles/a/index.html': 5_000,
    'articles/b/index.html': 5_000,
    'people/kim/index.html': 1_000,
    'timeline/index.html': 1_000,
    'claims.json': 4_000,
    '_astro/base.a1b2.css': 200,
    '_astro/search.c3d4.js': 200,
    'pagefind/pagefind.js': 300,
    'pagefind/fragment/en_1.pf_fragment': 300,
    'search-words.txt': 100,
    'favicon.svg': 50,
    'sw.js': 10,
    '_astro/search.c3d4.js.map': 900,
  };
  for (const [file, size] of Object.entries(files)) {
    mkdirSync(join(folder, dirname(file)), { recursive: true });
    writeFileSync(join(folder, file), 'x'.repeat(size));
  }
  const urls = (budget: number) => precacheList(folder, '/edition/', budget).map((entry) => entry.url);

  it('holds every file of a site under the budget, pages by their folder address, but not the worker or source maps', () => {
    const all = urls(1_000_000);
    expect(all).toHaveLength(Object.keys(files).length - 2);
    expect(all).toEqual(expect.arrayContaining(['/edition/', '/edition/articles/a/', '/edition/claims.json', '/edition/pagefind/fragment/en_1.pf_fragment']));
    expect(all).not.toContain('/edition/sw.js');
  });

  it('holds only the frame of the pages and offline search when the site is over the budget', () => {
    expect(urls(10_000)).toEqual([
      '/edition/',
      '/edition/_astro/base.a1b2.css',
      '/edition/_astro/search.c3d4.js',
      '/edition/404.html',
      '/edition/about/',
      '/edition/favicon.svg',
      '/edition/pagefind/fragment/en_1.pf_fragment',
      '/edition/pagefind/pagefind.js',
      '/edition/search-words.txt',
      '/edition/search/',
    ]);
  });
});
