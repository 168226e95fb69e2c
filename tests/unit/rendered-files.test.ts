import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pruneRendered, readRendered, renderedFile, renderedFolder, writeRendered, type RenderedArticle } from '../../src/loader/rendered-files.ts';

describe('rendered article files', () => {
  let cacheDir: string;
  let folder: string;
  const rendering = (html: string) => ({ html, model: { slug: 'a', text: 'Text.', claims: [] } }) as unknown as RenderedArticle;

  beforeEach(() => {
    cacheDir = mkdtempSync(join(tmpdir(), 'edition-rendered-'));
    folder = renderedFolder(pathToFileURL(`${cacheDir}/`));
  });
  afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

  it('live beside the data store, one file per article and digest', () => {
    expect(folder).toBe(join(cacheDir, 'rendered'));
    expect(renderedFile(folder, 'a', 'd1')).not.toBe(renderedFile(folder, 'a', 'd2'));
    expect(renderedFile(folder, 'a', 'd1')).not.toBe(renderedFile(folder, 'b', 'd1'));
  });

  it('read back exactly what was written, leaving no file aside', () => {
    const file = renderedFile(folder, 'a', 'd1');
    writeRendered(file, rendering('<p>“Quoted” — text</p>'));
    expect(readRendered(file)).toEqual(rendering('<p>“Quoted” — text</p>'));
    expect(readdirSync(folder)).toEqual(['a.d1.json']);
  });

  it('say which file is missing or damaged and how to recover', () => {
    const file = renderedFile(folder, 'a', 'd1');
    expect(() => readRendered(file)).toThrow(/missing rendered article `[^`]*a\.d1\.json`.*Build again, or restart the dev server/s);
    writeRendered(file, rendering('<p>x</p>'));
    writeFileSync(file, '{"html": "<p>cut off');
    expect(() => readRendered(file)).toThrow(/damaged rendered article `[^`]*a\.d1\.json`.*Delete the file, or the folder it is in, and build again/s);
  });

  it('are pruned to those the store uses, sparing files being written but not writes abandoned for an hour', () => {
    const used = renderedFile(folder, 'a', 'd2');
    const old = renderedFile(folder, 'a', 'd1');
    const gone = renderedFile(folder, 'b', 'd1');
    for (const file of [used, old, gone]) writeRendered(file, rendering('<p>x</p>'));
    const writing = `${renderedFile(folder, 'c', 'd1')}.123.tmp`;
    writeFileSync(writing, '{');
    pruneRendered(folder, new Set([used]));
    expect(readdirSync(folder).sort()).toEqual(['a.d2.json', 'c.d1.json.123.tmp']);
    expect(existsSync(old)).toBe(false);
    // An hour and a second later, the write counts as abandoned.
    pruneRendered(folder, new Set([used]), Date.now() + 3_601_000);
    expect(readdirSync(folder)).toEqual(['a.d2.json']);
    // A cache folder with no renderings yet.
    expect(() => pruneRendered(join(cacheDir, 'none'), new Set())).not.toThrow();
  });
});
