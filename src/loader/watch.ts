/**
 * Watching the content folder under `astro dev`: a loader syncs again once the folder has been quiet for
 * {@link QUIET_MS} after a save, and again as long as a file changed while it read them.
 */
import type { LoaderContext } from 'astro/loaders';
import { relative, resolve, sep } from 'node:path';
import { ContentError, contentErrorReport } from '../lib/content/diagnostics.ts';
import { contentFingerprint } from './once.ts';

/**
 * How long the content folder must be quiet after a save before the loader reads it. A file saved in place
 * is first emptied, then written; the watcher reports the first step and may drop the report of the second
 * (it merges reports of one file within 50 ms), so reading at once could render a half-written file and
 * never hear of the whole one.
 */
export const QUIET_MS = 100;

/**
 * A loader's first sync. A content error is the writer's to fix, not a crash: `astro build` ends with the
 * messages and status 1, as the content-check integration does; `astro dev` starts all the same (its pages
 * show the check's messages) and the next save tries again.
 *
 * @param context The loader's context.
 * @param sync Brings the loader's store up to date; throws a `ContentError` when the content has errors.
 * @param report Whether this loader says what went wrong under `astro dev` (one loader does).
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

/**
 * Sync again after every save under `root/content` while a dev server runs (nothing without a watcher).
 *
 * @param context The loader's context.
 * @param root The project root.
 * @param sync Brings the loader's store up to date; throws when the content has errors.
 * @param report Whether to log each sync's outcome: one loader says what went wrong, the others keep their
 *   last good entries quietly.
 */
export function watchContent(context: LoaderContext, root: string, sync: () => Promise<void>, report: boolean): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  const content = resolve(root, 'content') + sep;
  watcher.add(content);
  let queue = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let changed = '';
  // The folder's state; a file removed while it is listed makes a state unlike any other, read again.
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
      // Keep the last good pages and say exactly what is wrong; the next save tries again.
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
