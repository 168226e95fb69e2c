/**
 * What a build removes from the folder an earlier build left: every file that is neither one of this
 * build's nor written since it started, never through a link or in `.git`.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { removeStaleFiles } from '../../src/integrations/stale-files.ts';
import { filesUnder } from '../../src/loader/files.ts';

describe('removing what an earlier build left', () => {
  it('keeps this build’s files and new ones, and removes the rest with the folders they leave empty', () => {
    const folder = mkdtempSync(join(tmpdir(), 'edition-stale-'));
    const outside = mkdtempSync(join(tmpdir(), 'edition-outside-'));
    try {
      // The start as the integration takes it: a file's time, from the file system's own clock (which may
      // stamp coarser than Date.now()), written before the build's new files.
      writeFileSync(join(folder, '.mark'), '');
      const started = statSync(join(folder, '.mark')).mtimeMs;
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
      // The routes' files, and a file copied from public/ with its source's old time (as macOS and Windows copy).
      const kept = new Set(['.mark', 'index.html', 'articles/kept/index.html', '404.html', 'favicon.svg']);
      const removed = removeStaleFiles(folder, kept, started);
      expect(removed.sort()).toEqual(['_astro/old.css', 'articles/deleted/index.html', 'pagefind/fragment/old.pf_fragment']);
      expect(filesUnder(folder)).toEqual(['.git/HEAD', '.mark', '404.html', '_astro/new.css', 'articles/kept/index.html', 'favicon.svg', 'index.html', 'linked/precious.txt']);
      expect(existsSync(join(folder, 'articles', 'deleted'))).toBe(false);
      expect(existsSync(join(folder, 'pagefind'))).toBe(false);
      expect(existsSync(join(outside, 'precious.txt'))).toBe(true);
    } finally {
      rmSync(folder, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
