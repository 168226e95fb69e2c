/** Watching `content/` under `astro dev`: sync once it has been quiet, and again while files keep changing. */
import type { LoaderContext } from 'astro/loaders';
import { relative, resolve, sep } from 'node:path';
import { ContentError, contentErrorReport } from '../lib/content/diagnostics.ts';
import { contentFingerprint } from './once.ts';

/**
 * A save in place first empties the file; the watcher may drop the second report (it merges within 50 ms),
 * so the loader waits this long after the last save rather than read a half-written file.
 */
export const QUIET_MS = 100;

/**
 * A loader's first sync. A content error is no crash: `astro build` prints it and exits 1; `astro dev`
 * starts all the same (its pages show the messages) and the next save tries again. Only the loader with
 * `report` set logs under dev.
 */
export async function firstSync(context: LoaderContext, sync: () => Promise<void>, report: boolean): Promise<void> {
  try {
    await sync();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    if (!context.watcher) {
      process.stderr.write(`${contentErrorReport(error.messages)}\n`);
      process.exit(1);
    }
    // The check's own messages were printed as the server started; others only come from here.
    if (report && !error.messages.some((message) => message.source === 'content-check')) {
      context.logger.error(contentErrorReport(error.messages, 'the pages show these messages until they are fixed'));
    }
  }
}

/** Syncs in a row at most, while files keep changing under the loader; the next save starts it again. */
const MAX_SYNCS = 10;

/** Sync after every save under `root/content` while a dev server runs; `report`: log each outcome. */
export function watchContent(context: LoaderContext, root: string, sync: () => Promise<void>, report: boolean): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  const content = resolve(root, 'content') + sep;
  watcher.add(content);
  let queue = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let changed = '';
  // A file removed while the folder is listed makes a state unlike any other.
  const state = () => {
    try {
      return contentFingerprint(root);
    } catch {
      return `unreadable at ${performance.now()}`;
    }
  };
  // Sync until the folder is as it was when the sync began: a save during a sync may come with no report.
  const syncSettled = async () => {
    for (let syncs = 1; ; syncs++) {
      const before = state();
      let failure: { error: unknown } | undefined;
      try {
        await sync();
      } catch (error) {
        failure = { error };
      }
      if (state() !== before && syncs < MAX_SYNCS) continue;
      if (!report) return;
      if (failure) logger.error(failure.error instanceof ContentError ? contentErrorReport(failure.error.messages, 'the pages show these messages until they are fixed') : String(failure.error));
      else logger.info(`Re-rendered after a change to ${relative(root, changed).split(sep).join('/')}`);
      return;
    }
  };
  const onChange = (path: string) => {
    if (!resolve(path).startsWith(content)) return;
    changed = path;
    clearTimeout(timer);
    timer = setTimeout(() => (queue = queue.then(syncSettled)), QUIET_MS);
  };
  watcher.on('change', onChange);
  watcher.on('add', onChange);
  watcher.on('unlink', onChange);
}
