/**
 * The people and annotations loaders. They read no file: their entries are the content check's objects,
 * the same the articles loader hands the pipeline, so pages and renderings always agree.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { ContentError } from '../lib/content/diagnostics.ts';
import type { ContentReport } from '../lib/content/report.ts';
import { checkCacheFile, checkContentOnce } from './once.ts';
import { firstSync, watchContent } from './watch.ts';

interface ReportEntry {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
}

/** Sync a store with entries of the content check's report; throws when the content has errors. */
async function sync(context: LoaderContext, root: string, entries: (report: ContentReport) => ReportEntry[]): Promise<void> {
  const { store, parseData, generateDigest } = context;
  const report = checkContentOnce(root, { cacheFile: checkCacheFile(context.config.cacheDir) });
  if (report.problems.some((problem) => problem.fatal)) throw new ContentError(report.problems);
  const untouched = new Set(store.keys());
  for (const { id, data, filePath } of entries(report)) {
    untouched.delete(id);
    const digest = generateDigest(data);
    if (store.get(id)?.digest === digest) continue;
    store.set({ id, data: await parseData({ id, data, filePath }), filePath, digest });
  }
  for (const id of untouched) store.delete(id);
}

/** A loader whose entries come from the content check's report. */
function reportLoader(name: string, entries: (report: ContentReport) => ReportEntry[]): Loader {
  return {
    name,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      await firstSync(context, () => sync(context, root, entries), false);
      watchContent(context, root, () => sync(context, root, entries), false);
    },
  };
}

/** The people register: one entry per person, the id being the file's name. */
export function peopleLoader(): Loader {
  return reportLoader('edition-people', (report) => [...report.registry].map(([id, person]) => ({ id, data: { ...person } })));
}

/** The annotation files: one entry per article that has one, the id being the article's slug. */
export function annotationsLoader(): Loader {
  return reportLoader('edition-annotations', (report) =>
    [...report.annotations].map(([slug, annotations]) => ({ id: slug, data: { ...annotations }, filePath: report.annotationFiles.get(slug)?.path })),
  );
}
