import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { digestOf, filesUnder } from '../../src/loader/files.ts';

describe('filesUnder', () => {
  const root = mkdtempSync(join(tmpdir(), 'files-under-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('lists every file below a folder, sorted, with / separators, following symbolic links', () => {
    const site = join(root, 'site');
    for (const folder of ['b/c', 'a', 'empty']) mkdirSync(join(site, folder), { recursive: true });
    for (const file of ['index.html', 'b/c/index.html', 'b/z.txt', 'a/index.html']) writeFileSync(join(site, file), file);
    mkdirSync(join(root, 'outside/deep'), { recursive: true });
    writeFileSync(join(root, 'outside/deep/x.json'), '{}');
    symlinkSync(join(root, 'outside'), join(site, 'linked'));
    symlinkSync(join(site, 'b/z.txt'), join(site, 'z-link.txt'));
    expect(filesUnder(site)).toEqual(['a/index.html', 'b/c/index.html', 'b/z.txt', 'index.html', 'linked/deep/x.json', 'z-link.txt']);
  });

  it('gives nothing for a missing folder', () => {
    expect(filesUnder(join(root, 'missing'))).toEqual([]);
  });
});

describe('digestOf', () => {
  it('changes when a file under a folder, or a single file, changes, is added or is renamed', () => {
    const root = mkdtempSync(join(tmpdir(), 'digest-'));
    try {
      mkdirSync(join(root, 'lib'));
      writeFileSync(join(root, 'lib', 'a.ts'), 'one');
      writeFileSync(join(root, 'lock.json'), '{}');
      const first = digestOf(root, ['lib', 'lock.json', 'missing']);
      expect(digestOf(root, ['lib', 'lock.json', 'missing'])).toBe(first);
      writeFileSync(join(root, 'lib', 'a.ts'), 'two');
      const edited = digestOf(root, ['lib', 'lock.json', 'missing']);
      expect(edited).not.toBe(first);
      writeFileSync(join(root, 'lock.json'), '{ }');
      const locked = digestOf(root, ['lib', 'lock.json', 'missing']);
      expect(locked).not.toBe(edited);
      writeFileSync(join(root, 'lib', 'b.ts'), '');
      const added = digestOf(root, ['lib', 'lock.json', 'missing']);
      expect(added).not.toBe(locked);
      renameSync(join(root, 'lib', 'b.ts'), join(root, 'lib', 'c.ts'));
      expect(digestOf(root, ['lib', 'lock.json', 'missing'])).not.toBe(added);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
