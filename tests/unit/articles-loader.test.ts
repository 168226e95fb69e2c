/**
 * The articles loader under a dev server's watcher: what it renders after saves that the watcher reports
 * late, half-written or not at all. A stand-in context holds the store and the watcher; the content check
 * and the pipeline are the real ones.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EventEmitter } from 'node:events';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { articlesLoader } from '../../src/loader/articles-loader.ts';
import { QUIET_MS } from '../../src/loader/watch.ts';
import { readRendered, renderedFile, renderedFolder } from '../../src/loader/rendered-files.ts';

type Entry = { id: string; digest?: string };

/**
 * A loader context with an in-memory store (a new one, or the one of an earlier stand-in, as a dev server
 * restarted on the same cache would have) that, as Astro's, keeps an entry whose digest did not change, the
 * loader's meta store beside it, a watcher the test emits on (none, as in a build, when `watch` is false), and
 * every message kept.
 */
function standIn(root: string, { entries = new Map<string, Entry>(), meta = new Map<string, string>(), cacheDir = join(root, '.cache'), watch = true } = {}) {
  const logged = { info: [] as string[], warn: [] as string[], error: [] as string[] };
  const watcher = Object.assign(new EventEmitter(), { add: () => watcher });
  let onParse: (() => void) | undefined;
  let renders = 0;
  const folder = renderedFolder(pathToFileURL(watch ? `${root}/.astro/` : `${cacheDir}/`));
  const file = () => {
    const digest = entries.get('edit-me')?.digest;
    return digest === undefined ? '' : renderedFile(folder, 'edit-me', digest);
  };
  const context = {
    config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${cacheDir}/`) },
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: Entry) => {
        if (entry.digest !== undefined && entries.get(entry.id)?.digest === entry.digest) return false;
        entries.set(entry.id, entry);
        return true;
      },
      delete: (id: string) => entries.delete(id),
      keys: () => [...entries.keys()],
    },
    meta: {
      get: (key: string) => meta.get(key),
      set: (key: string, value: string) => void meta.set(key, value),
      delete: (key: string) => void meta.delete(key),
      has: (key: string) => meta.has(key),
    },
    // Called once per article rendered.
    parseData: async ({ data }: { data: unknown }) => {
      renders++;
      onParse?.();
      return data;
    },
    generateDigest: (value: unknown) => createHash('sha256').update(typeof value === 'string' ? value : JSON.stringify(value)).digest('hex'),
    logger: {
      info: (message: string) => logged.info.push(message),
      warn: (message: string) => logged.warn.push(message),
      error: (message: string) => logged.error.push(message),
    },
    watcher: watch ? watcher : undefined,
  };
  return {
    context: context as unknown as LoaderContext,
    watcher,
    logged,
    entries,
    meta,
    /** The file of the article's rendering, named by its entry's id and digest, beside this context's store. */
    file,
    /** The article's HTML, read from that file. */
    html: () => (file() ? readRendered(file()).html : ''),
    renders: () => renders,
    /** Run `hook` the next time an article is rendered, once. */
    duringNextRender(hook: () => void) {
      onParse = () => {
        onParse = undefined;
        hook();
      };
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the articles loader in a dev server', () => {
  let root: string;
  let person: string;
  let original: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'edition-loader-'));
    cpSync(join(process.cwd(), 'tests/fixtures/sites/edits/content'), join(root, 'content'), { recursive: true });
    person = join(root, 'content/people/jane-roe.yaml');
    original = readFileSync(person, 'utf8');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  async function loaded() {
    const site = standIn(root);
    await articlesLoader().load(site.context);
    expect(site.html()).toContain('Senator from Ohio');
    return site;
  }

  it('reads a file saved in place once the save is whole, though the watcher reported it empty', async () => {
    const site = await loaded();
    // An in-place save empties the file, then writes it; the watcher may report only the first step.
    writeFileSync(person, '');
    site.watcher.emit('change', person);
    await sleep(QUIET_MS / 5);
    writeFileSync(person, original.replace('Senator from Ohio', 'Mayor of Dayton'));
    await vi.waitFor(() => expect(site.logged.info).toHaveLength(1), { timeout: 4_000, interval: 20 });
    expect(site.html()).toContain('Mayor of Dayton');
    expect(site.logged.error).toEqual([]);
  });

  it('renders again when a file changed while it rendered, with no report of that save', async () => {
    const site = await loaded();
    site.duringNextRender(() => writeFileSync(person, original.replace('Senator from Ohio', 'Governor of Ohio')));
    writeFileSync(person, original.replace('Senator from Ohio', 'Mayor of Dayton'));
    site.watcher.emit('change', person);
    await vi.waitFor(() => expect(site.logged.info).toHaveLength(1), { timeout: 4_000, interval: 20 });
    expect(site.html()).toContain('Governor of Ohio');
    expect(site.html()).not.toContain('Mayor of Dayton');
  });

  it('renders once for a burst of saves, after the folder is quiet', async () => {
    const site = await loaded();
    const before = site.renders();
    // Saves a fifth of the quiet time apart, each reported, on a fake clock: a loaded machine can sleep
    // longer than asked, which would make the burst two.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      for (const role of ['Mayor of Akron', 'Mayor of Toledo', 'Mayor of Dayton']) {
        writeFileSync(person, original.replace('Senator from Ohio', role));
        site.watcher.emit('change', person);
        await vi.advanceTimersByTimeAsync(QUIET_MS / 5);
      }
      expect(site.renders()).toBe(before);
      await vi.advanceTimersByTimeAsync(QUIET_MS);
    } finally {
      vi.useRealTimers();
    }
    await vi.waitFor(() => expect(site.logged.info).toHaveLength(1), { timeout: 4_000, interval: 20 });
    await sleep(QUIET_MS * 3);
    expect(site.logged.info).toHaveLength(1);
    expect(site.renders() - before).toBe(1);
    expect(site.html()).toContain('Mayor of Dayton');
  });

  it('keeps the last good rendering on a broken save, says where, and renders the next good one', async () => {
    const site = await loaded();
    writeFileSync(person, original.replace('roleThen: Senator from Ohio', 'roleThen: [Senator'));
    site.watcher.emit('change', person);
    await vi.waitFor(() => expect(site.logged.error).toHaveLength(1), { timeout: 4_000, interval: 20 });
    expect(site.logged.error[0]).toContain('content/people/jane-roe.yaml');
    expect(site.html()).toContain('Senator from Ohio');
    writeFileSync(person, original.replace('Senator from Ohio', 'Mayor of Dayton'));
    site.watcher.emit('change', person);
    await vi.waitFor(() => expect(site.logged.info).toHaveLength(1), { timeout: 4_000, interval: 20 });
    expect(site.html()).toContain('Mayor of Dayton');
  });

  it('renders an article again when its rendering is gone, though nothing it reads changed', async () => {
    const site = await loaded();
    const file = site.file();
    // Under astro dev, beside the dev server's store in `.astro/`.
    expect(file.startsWith(`${renderedFolder(pathToFileURL(`${root}/.astro/`))}/`)).toBe(true);
    rmSync(dirname(file), { recursive: true, force: true });
    expect(existsSync(file)).toBe(false);
    await articlesLoader().load(standIn(root, { entries: site.entries, meta: site.meta }).context);
    expect(site.file()).toBe(file);
    expect(site.html()).toContain('Senator from Ohio');
  });

  it('keeps a replaced rendering while the dev server runs, and removes it when the next one starts', async () => {
    const site = await loaded();
    const first = site.file();
    writeFileSync(person, original.replace('Senator from Ohio', 'Mayor of Dayton'));
    site.watcher.emit('change', person);
    await vi.waitFor(() => expect(site.logged.info).toHaveLength(1), { timeout: 4_000, interval: 20 });
    const second = site.file();
    expect(second).not.toBe(first);
    // A page being served may still be reading the first.
    expect(existsSync(first)).toBe(true);
    await articlesLoader().load(standIn(root, { entries: site.entries, meta: site.meta }).context);
    expect(existsSync(first)).toBe(false);
    expect(existsSync(second)).toBe(true);
    expect(site.html()).toContain('Mayor of Dayton');
  });

  it('renders no article again after an edit to code the loader does not import, and renders it after one it does', async () => {
    // The engine is the code under the project root: a copy here, to edit.
    cpSync(join(process.cwd(), 'src'), join(root, 'src'), { recursive: true });
    const site = await loaded();
    const first = site.file();
    const append = (file: string) => writeFileSync(join(root, file), `${readFileSync(join(root, file), 'utf8')}\n// An edit.\n`);
    const restart = async () => {
      const again = standIn(root, { entries: site.entries, meta: site.meta });
      await articlesLoader().load(again.context);
      return again.renders();
    };
    append('src/lib/views/verdict-rules.ts');
    expect(await restart()).toBe(0);
    expect(site.file()).toBe(first);
    append('src/lib/tagging/sentences.ts');
    expect(await restart()).toBe(1);
    expect(site.file()).not.toBe(first);
  });

  it('renders a build’s articles into its cache folder, and again into a cache folder that moved, never naming a file of the old one', async () => {
    const cache = join(root, '.cache');
    const build = standIn(root, { watch: false });
    await articlesLoader().load(build.context);
    expect(build.file().startsWith(`${renderedFolder(pathToFileURL(`${cache}/`))}/`)).toBe(true);
    // The cache folder copied elsewhere, as when a project moves with its cache.
    const moved = join(root, 'moved-cache');
    cpSync(cache, moved, { recursive: true });
    const before = build.file();
    const again = standIn(root, { entries: build.entries, meta: build.meta, cacheDir: moved, watch: false });
    await articlesLoader().load(again.context);
    expect(again.file().startsWith(`${moved}/`)).toBe(true);
    // A new digest, not the old name in the new folder.
    expect(again.file().slice(moved.length)).not.toBe(before.slice(cache.length));
    expect(again.html()).toContain('Senator from Ohio');
  });

  it('keeps a dev server’s renderings and a build’s apart, so neither removes the other’s', async () => {
    const dev = await loaded();
    const build = standIn(root, { watch: false });
    await articlesLoader().load(build.context);
    expect(build.file()).not.toBe(dev.file());
    expect(existsSync(dev.file())).toBe(true);
    expect(existsSync(build.file())).toBe(true);
  });
});
