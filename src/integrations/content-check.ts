/**
 * Astro integration: check every content file before the build starts, and stop with positioned
 * messages (file, line:column, rule id and how to fix it, as vfile-reporter prints them) instead of a
 * stack trace when something is wrong.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkCacheFile, checkContentOnce } from '../loader/once.ts';
import { ContentError, formatMessages } from '../lib/content/diagnostics.ts';

/** The integration; it reads `content/` under the project root and never writes to it. */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'edition:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const report = checkContentOnce(fileURLToPath(config.root), { cacheFile: checkCacheFile(config.cacheDir) });
        const warnings = report.problems.filter((problem) => !problem.fatal);
        if (warnings.length > 0) logger.warn(formatMessages(warnings));
        if (report.problems.some((p) => p.fatal)) throw new ContentError(report.problems);
      },
    },
  };
}
