import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { minifyRuntime } from '../../src/integrations/pagefind.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('minifyRuntime', () => {
  it('writes a smaller module that exports and does the same', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'pagefind-runtime-'));
    folders.push(folder);
    const file = join(folder, 'pagefind.js');
    const source = [
      'const pagefind_version = "1.6.0";',
      '// A comment that costs bytes.',
      'export async function search(  query  ) {',
      '    const words = query.split(" ").filter((word) => word.length > 0);',
      '    return { version: pagefind_version, words };',
      '}',
      'export const options = async (settings) => ({ ...settings, applied: true });',
    ].join('\n');
    writeFileSync(file, source);
    const { before, after } = await minifyRuntime(file);
    expect(before).toBe(Buffer.byteLength(source));
    expect(after).toBe(readFileSync(file).length);
    expect(after).toBeLessThan(before * 0.8);
    const runtime = (await import(pathToFileURL(file).href)) as {
      search: (query: string) => Promise<unknown>;
      options: (settings: object) => Promise<unknown>;
    };
    expect(await runtime.search(' nuclear  test ')).toEqual({ version: '1.6.0', words: ['nuclear', 'test'] });
    expect(await runtime.options({ baseUrl: '/' })).toEqual({ baseUrl: '/', applied: true });
  });
});
