/**
 * The people and annotations collections are filled from the content check's report: the same reading of
 * each file that the articles loader hands the pipeline, kept up to date under a dev server's watcher.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EventEmitter } from 'node:events';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { annotationsLoader, peopleLoader } from '../../src/loader/report-loaders.ts';
import { checkContentOnce } from '../../src/loader/once.ts';

type Entry = { id: string; data: Record<string, unknown>; filePath?: string; digest?: string };

/** A loader context with an in-memory store that keeps an entry whose digest did not change, and a watcher. */
function standIn(root: string, entries = new Map<string, Entry>()) {
  const watcher = Object.assign(new EventEmitter(), { add: () => watcher });
  let parsed = 0;
  const context = {
    config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/.cache/`) },
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: Entry) => void entries.set(entry.id, entry),
      delete: (id: string) => entries.delete(id),
      keys: () => [...entries.keys()],
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => {
      parsed++;
      return data;
    },
    generateDigest: (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex'),
    logger: { info: () => {}, warn: () => {}, error: () => {} },
    watcher,
  };
  return { context: context as unknown as LoaderContext, entries, watcher, parsed: () => parsed };
}

describe('the people and annotations loaders', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'edition-report-loaders-'));
    cpSync(join(process.cwd(), 'tests/fixtures/sites/edits/content'), join(root, 'content'), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('hold exactly what the content check read, each entry under its file’s name', async () => {
    const people = standIn(root);
    const annotations = standIn(root);
    await peopleLoader().load(people.context);
    await annotationsLoader().load(annotations.context);
    const report = checkContentOnce(root);
    expect(Object.fromEntries([...people.entries].map(([id, entry]) => [id, entry.data]))).toEqual(Object.fromEntries(report.registry));
    expect(Object.fromEntries([...annotations.entries].map(([id, entry]) => [id, entry.data]))).toEqual(Object.fromEntries(report.annotations));
    expect(annotations.entries.get('edit-me')?.filePath).toBe('content/annotations/edit-me.yaml');
    expect([...people.entries.keys()]).toEqual(['jane-roe']);
  });

  it('parse nothing again for unchanged content, and take up a save under a dev server', async () => {
    const people = standIn(root);
    await peopleLoader().load(people.context);
    const again = standIn(root, people.entries);
    await peopleLoader().load(again.context);
    expect(again.parsed()).toBe(0);
    const person = join(root, 'content/people/jane-roe.yaml');
    writeFileSync(person, readFileSync(person, 'utf8').replace('Senator from Ohio', 'Governor of Ohio'));
    again.watcher.emit('change', person);
    await vi.waitFor(() => expect(people.entries.get('jane-roe')?.data.roleThen).toBe('Governor of Ohio'), { timeout: 4_000, interval: 20 });
    expect(again.parsed()).toBe(1);
  });
});
