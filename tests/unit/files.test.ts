import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { digestOf, engineDigest, filesUnder, importClosure } from '../../src/loader/files.ts';

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

describe('the engine of a module', () => {
  const root = mkdtempSync(join(tmpdir(), 'engine-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const files: Record<string, string> = {
    'src/entry.ts': "import { b } from './b.ts';\nimport type { C } from './types/c.ts';\nimport type { Only } from './types/only.ts';\nimport { load } from 'a-package';\nexport const run = (c: C, only?: Only) => import('./lazy/d.ts').then(() => b + load(c));\n",
    'src/b.ts': "export { identity } from './shared/e.ts';\nimport './entry.ts';\nexport const b: string = 'b';\n",
    'src/types/c.ts': 'export interface C { value: string }\n',
    'src/types/only.ts': 'export type Only = string;\n',
    'src/lazy/d.ts': 'export default 1;\n',
    'src/shared/e.ts': "import { type C } from '../types/c.ts';\nexport const identity = (c: C) => c;\n",
    'src/views/unused.ts': 'export const words = 1;\n',
    'package-lock.json': '{}',
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
  }

  // An inline `type` specifier leaves an import that Node still runs (`import {} from …`); `import type` does not.
  it('follows static, re-exported, dynamic and circular imports, and leaves out `import type` and packages', () => {
    expect(importClosure(root, 'src/entry.ts')).toEqual(['src/b.ts', 'src/entry.ts', 'src/lazy/d.ts', 'src/shared/e.ts', 'src/types/c.ts']);
    expect(importClosure(root, 'src/views/unused.ts')).toEqual(['src/views/unused.ts']);
  });

  it('changes with a file the module imports or the lock file, and not with a file it does not import', () => {
    const first = engineDigest(root, 'src/entry.ts');
    writeFileSync(join(root, 'src/views/unused.ts'), 'export const words = 2;\n');
    expect(engineDigest(root, 'src/entry.ts')).toBe(first);
    writeFileSync(join(root, 'src/lazy/d.ts'), 'export default 2;\n');
    const edited = engineDigest(root, 'src/entry.ts');
    expect(edited).not.toBe(first);
    writeFileSync(join(root, 'package-lock.json'), '{ }');
    expect(engineDigest(root, 'src/entry.ts')).not.toBe(edited);
  });
});
