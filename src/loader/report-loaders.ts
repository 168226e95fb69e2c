/**
 * The loaders of the people and annotations collections. They read no file: their entries are what the
 * content check read and validated (once.ts), the same objects the articles loader hands the pipeline, so
 * each content file is parsed once and the pages and the renderings always agree, under `astro dev` too.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { ContentError } from '../lib/content/diagnostics.ts';
import type { ContentReport } from '../lib/content/report.ts';
import { checkCacheFile, checkContentOnce } from './once.ts';
import { firstSync, watchContent } from './watch.ts';

/** One entry of a collection: its id, its data as the check read it, and the file it came from, if known. */
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
      // The articles loader says what a broken save broke; these keep their last good entries meanwhile.
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
