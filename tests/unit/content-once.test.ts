import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContentOnce } from '../../src/loader/once.ts';

describe('checkContentOnce', () => {
  it('checks an unchanged content folder once, and again after any file changes', () => {
    const root = mkdtempSync(join(tmpdir(), 'edition-once-'));
    try {
      cpSync(join(process.cwd(), 'tests/fixtures/sites/edits/content'), join(root, 'content'), { recursive: true });
      const first = checkContentOnce(root);
      expect(checkContentOnce(root)).toBe(first);
      const path = join(root, 'content/people/jane-roe.yaml');
      writeFileSync(path, readFileSync(path, 'utf8').replace('Senator from Ohio', 'Governor of Ohio'));
      const second = checkContentOnce(root);
      expect(second).not.toBe(first);
      expect(second.registry.get('jane-roe')?.roleThen).toBe('Governor of Ohio');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('checks again after an edit to the checker’s code, as a dev server reloads it, and not after one to a view', () => {
    const root = mkdtempSync(join(tmpdir(), 'edition-once-'));
    try {
      cpSync(join(process.cwd(), 'tests/fixtures/sites/edits/content'), join(root, 'content'), { recursive: true });
      cpSync(join(process.cwd(), 'src'), join(root, 'src'), { recursive: true });
      const append = (file: string) => writeFileSync(join(root, file), `${readFileSync(join(root, file), 'utf8')}\n// An edit.\n`);
      const first = checkContentOnce(root);
      append('src/lib/views/verdict-rules.ts');
      expect(checkContentOnce(root)).toBe(first);
      append('src/lib/content/check-articles.ts');
      expect(checkContentOnce(root)).not.toBe(first);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
