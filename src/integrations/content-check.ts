/**
 * Astro integration: check every content file before the build and stop with positioned messages, not a
 * stack trace: `astro build` exits with status 1 as a linter would, and `astro dev` serves the messages in
 * place of every page ({@link contentErrorPage}) until the files are fixed.
 */
import type { AstroIntegration } from 'astro';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { checkCacheFile, checkContentOnce } from '../loader/once.ts';
import { contentErrorReport, formatMessages } from '../lib/content/diagnostics.ts';
import type { ContentReport } from '../lib/content/report.ts';
import { SITE_NAME } from '../consts.ts';

/** How often the dev server's error page asks again, in seconds: a save is seen about this long after. */
const RETRY_SECONDS = 1;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The page `astro dev` serves while the content has errors: the messages, refreshed every
 * {@link RETRY_SECONDS} until fixed. Plain HTML and inline CSS: it needs none of the site's assets.
 */
export function contentErrorPage(report: ContentReport): string {
  const text = contentErrorReport(report.problems, 'the pages wait for a fix');
  const summary = text.split('\n').at(-1)!;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="${RETRY_SECONDS}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Content error · ${escapeHtml(SITE_NAME)}</title>
<style>
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #1a1a1a; background: #fff8f6; }
  main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem; }
  h1 { font-size: 1.4rem; margin: 0 0 .5rem; color: #9b1c1c; }
  pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; border: 1px solid #e5b8b0; border-left: 4px solid #9b1c1c; padding: 1rem; font-size: .9rem; }
</style>
</head>
<body>
<main role="alert" data-content-error>
<h1>${escapeHtml(summary)}</h1>
<p>Fix the files below and save: this page reloads by itself and shows the article again once the content check passes. The terminal running <code>npm run dev</code> shows the same messages.</p>
<pre>${escapeHtml(text)}</pre>
</main>
</body>
</html>
`;
}

/** Whether a dev request asks for a page (not a script, a style or one of Vite's own files). */
function asksForPage(request: IncomingMessage): boolean {
  const path = (request.url ?? '/').split('?')[0]!;
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (/^\/(?:@|_astro\/|node_modules\/|src\/)/.test(path)) return false;
  return (request.headers.accept ?? '').includes('text/html');
}

/** The integration; it reads `content/` under the project root and never writes to it. */
export default function contentCheck(): AstroIntegration {
  let root = '';
  let cacheFile = '';
  return {
    name: 'edition:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        cacheFile = checkCacheFile(config.cacheDir);
        const report = checkContentOnce(root, { cacheFile });
        const warnings = report.problems.filter((problem) => !problem.fatal);
        if (warnings.length > 0) logger.warn(formatMessages(warnings));
        if (!report.problems.some((problem) => problem.fatal)) return;
        if (command === 'dev') {
          logger.error(contentErrorReport(report.problems, 'the pages show these messages until they are fixed'));
          return;
        }
        process.stderr.write(`${contentErrorReport(report.problems)}\n`);
        process.exit(1);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request: IncomingMessage, response: ServerResponse, next: () => void) => {
          if (!asksForPage(request)) return next();
          const report = checkContentOnce(root, { cacheFile });
          if (!report.problems.some((problem) => problem.fatal)) return next();
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.setHeader('Cache-Control', 'no-store');
          response.end(contentErrorPage(report));
        });
      },
    },
  };
}
