/**
 * `npm run check:content`: the content check alone, in a second or two — the same check, with the same
 * messages, that `npm run build`, `npm run dev` and `npm run tag` run first. It reads every file under
 * `content/` (articles, people, annotations), prints each problem with its file, line:column, rule and
 * fix as vfile-reporter gives them, then one line of summary, and exits with status 1 on any error.
 *
 * `--root <folder>` checks another project's `content/` (default: this repository).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../src/loader/check.ts';
import { contentErrorReport, contentSummary, formatMessages } from '../src/lib/content/diagnostics.ts';
import { commandLine } from './command-line.ts';

const USAGE = 'Usage: npm run check:content [-- --root <project folder>]';

/**
 * Check the content of a project and say what was found.
 *
 * @param root The project root holding `content/`.
 * @returns what to print and the exit status.
 */
export function checkContentCommand(root: string): { output: string; status: number } {
  const { problems } = checkContent(root);
  const warnings = problems.filter((problem) => !problem.fatal);
  const errors = problems.length - warnings.length;
  const parts = [];
  if (warnings.length > 0) parts.push(formatMessages(warnings));
  parts.push(errors > 0 ? contentErrorReport(problems, 'the build would stop here') : contentSummary(problems));
  return { output: parts.join('\n'), status: errors > 0 ? 1 : 0 };
}

if (import.meta.main) {
  const { values } = commandLine(USAGE, { root: { type: 'string' } });
  const root = values.root === undefined ? resolve(dirname(fileURLToPath(import.meta.url)), '..') : resolve(values.root);
  const { output, status } = checkContentCommand(root);
  (status === 0 ? console.log : console.error)(output);
  process.exit(status);
}
