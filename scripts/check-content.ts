/**
 * `npm run check:content`: the content check alone, the same one with the same messages that `build`, `dev`
 * and `tag` run first; exits 1 on any error. `--root` checks another project's `content/`.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../src/loader/check.ts';
import { contentErrorReport, contentSummary, formatMessages } from '../src/lib/content/diagnostics.ts';
import { commandLine } from './command-line.ts';

const USAGE = 'Usage: npm run check:content [-- --root <project folder>]';

/** Check a project's content: what to print and the exit status. */
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
