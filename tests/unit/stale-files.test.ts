/**
 * Which built files belong to a page, and what a build removes from the folder an earlier build left:
 * every file that is neither one of this build's nor written since it started, never through a link or in
 * `.git`.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
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
  it('keeps this build’s files and new ones, and removes the rest with the folders they leave empty', () => {
    const folder = mkdtempSync(join(tmpdir(), 'edition-stale-'));
    const outside = mkdtempSync(join(tmpdir(), 'edition-outside-'));
    try {
      const started = Date.now();
      const old = new Date(started - 60_000);
      const write = (file: string, stale: boolean, root = folder) => {
        mkdirSync(dirname(join(root, file)), { recursive: true });
        writeFileSync(join(root, file), file);
        if (stale) utimesSync(join(root, file), old, old);
      };
      write('index.html', true);
      write('articles/kept/index.html', true);
      write('articles/deleted/index.html', true);
      write('404.html', true);
      write('favicon.svg', true);
      write('_astro/old.css', true);
      write('_astro/new.css', false);
      write('pagefind/fragment/old.pf_fragment', true);
      write('.git/HEAD', true);
      write('precious.txt', true, outside);
      symlinkSync(outside, join(folder, 'linked'), 'dir');
      // The pages, and a file copied from public/ with its source's old time (as macOS and Windows copy).
      const kept = new Set([...['', 'articles/kept/', '404/'].flatMap(pageFiles), 'favicon.svg']);
      const removed = removeStaleFiles(folder, kept, started);
      expect(removed.sort()).toEqual(['_astro/old.css', 'articles/deleted/index.html', 'pagefind/fragment/old.pf_fragment']);
      expect(filesUnder(folder)).toEqual(['.git/HEAD', '404.html', '_astro/new.css', 'articles/kept/index.html', 'favicon.svg', 'index.html', 'linked/precious.txt']);
      expect(existsSync(join(folder, 'articles', 'deleted'))).toBe(false);
      expect(existsSync(join(folder, 'pagefind'))).toBe(false);
      expect(existsSync(join(outside, 'precious.txt'))).toBe(true);
    } finally {
      rmSync(folder, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
