/** `npm run new`: start an article's annotation file from its check-worthy sentences; never replaces one. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { PROJECT_ROOT, TagError, tagMarkdown } from './tag.ts';
import { annotationSkeleton } from '../src/lib/content/annotation-skeleton.ts';
import { commandLine } from './command-line.ts';

const USAGE = 'Usage: npm run new -- content/articles/<slug>.md';

/** Write the skeleton of an article's annotation file: the file, relative to `root`, and its entries; or the error. */
export function newAnnotations(path: string, root = PROJECT_ROOT, today = new Date().toISOString().slice(0, 10)): { file: string; entries: number } | { error: string } {
  const article = resolve(path);
  const articles = resolve(root, 'content', 'articles') + sep;
  if (!article.startsWith(articles) || extname(article) !== '.md') {
    return { error: `Unexpected \`${path}\`, expected an article in content/articles/ (its notes go in content/annotations/<slug>.yaml)\n${USAGE}` };
  }
  const slug = basename(article, '.md');
  const file = `content/annotations/${slug}.yaml`;
  const target = join(root, file);
  if (existsSync(target)) return { error: `Unexpected existing ${file}, expected a new file: nothing was written. Edit it, or move it away to start again.` };
  const report = tagMarkdown({ path: article, root, lenient: true });
  const text = annotationSkeleton({
    article: relative(root, article).split(sep).join('/'),
    sentences: report.claims.map((claim) => ({ ...claim, paragraph: report.model.claims.find((record) => record.id === claim.id)!.block + 1 })),
    today,
  });
  mkdirSync(dirname(target), { recursive: true });
  // `wx`: a file written meanwhile is not replaced either.
  writeFileSync(target, text, { flag: 'wx' });
  return { file, entries: report.claims.filter((claim) => claim.checkWorthiness === 'check-worthy').length };
}

if (import.meta.main) {
  const { positionals } = commandLine(USAGE, {}, true);
  if (positionals.length !== 1) {
    console.error(`Unexpected arguments, expected one article\n${USAGE}`);
    process.exit(1);
  }
  try {
    const result = newAnnotations(positionals[0]!);
    if ('error' in result) {
      console.error(result.error);
      process.exit(1);
    }
    console.log(`Wrote ${result.file}: ${result.entries} check-worthy ${result.entries === 1 ? 'sentence' : 'sentences'}, each a commented entry to fill.`);
  } catch (error) {
    if (!(error instanceof TagError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
