/**
 * Which built files belong to a page, and what a build removes from the folder an earlier build left:
 * every file that is neither one of this build's pages nor written since it started.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pageFiles, removeStaleFiles } from '../../src/integrations/stale-files.ts';
import { filesUnder } from '../../src/lib/content/files.ts';

describe('the files of a page', () => {
  it('are its index.html, or the .html file the error page is written as', () => {
    expect(pageFiles('')).toEqual(['index.html']);
    expect(pageFiles('articles/x/')).toEqual(['articles/x/index.html', 'articles/x.html']);
    expect(pageFiles('/404/')).toEqual(['404/index.html', '404.html']);
  });
});

describe('removing what an earlier build left', () => {
  it('keeps this build’s pages and new files, and removes the rest with the folders they leave empty', () => {
    const folder = mkdtempSync(join(tmpdir(), 'edition-stale-'));
    try {
      const started = Date.now();
      const old = new Date(started - 60_000);
      const write = (file: string, stale: boolean) => {
        mkdirSync(dirname(join(folder, file)), { recursive: true });
        writeFileSync(join(folder, file), file);
        if (stale) utimesSync(join(folder, file), old, old);
      };
      write('index.html', true);
      write('articles/kept/index.html', true);
      write('articles/deleted/index.html', true);
      write('404.html', true);
      write('_astro/old.css', true);
      write('_astro/new.css', false);
      write('pagefind/fragment/old.pf_fragment', true);
      const removed = removeStaleFiles(folder, ['', 'articles/kept/', '404/'], started);
      expect(removed.sort()).toEqual(['_astro/old.css', 'articles/deleted/index.html', 'pagefind/fragment/old.pf_fragment']);
      expect(filesUnder(folder)).toEqual(['404.html', '_astro/new.css', 'articles/kept/index.html', 'index.html']);
      expect(existsSync(join(folder, 'articles', 'deleted'))).toBe(false);
      expect(existsSync(join(folder, 'pagefind'))).toBe(false);
      expect(existsSync(folder)).toBe(true);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
