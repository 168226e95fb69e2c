/**
 * `npm run eval:tagging [-- <dir>] [--json]`: score the taggers against hand labels (docs/evaluation.md).
 * Each file is tagged as `npm run tag` would, the labels' `coreference` standing in for an annotation file;
 * every miss is printed, so a reader can see what the figures are made of.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { tagMarkdown, TagError } from './tag.ts';
import { labelsSchema, scoreDates, scorePeople, sumScores, type DatesScore, type Labels, type PeopleScore, type Score } from '../src/lib/tagging/evaluate.ts';
import type { VFileMessage } from 'vfile-message';
import { contentMessage, formatMessages } from '../src/lib/content/diagnostics.ts';
import { commandLine } from './command-line.ts';

export interface FileEvaluation {
  file: string;
  people: PeopleScore;
  dates: DatesScore;
}

export interface Evaluation {
  files: FileEvaluation[];
  overall: {
    people: Score;
    peopleTextOnly: Score;
    dates: Score;
    /** Matched dates, and how many of them resolve inside (and exactly to) the labelled interval. */
    matchedDates: number;
    withinInterval: number;
    exactInterval: number;
  };
}

/** A problem with the input (labels missing or malformed, a file that cannot be tagged). */
export class EvaluationError extends Error {
  readonly problems: VFileMessage[];
  constructor(problems: VFileMessage[]) {
    super(formatMessages(problems));
    this.name = 'EvaluationError';
    this.problems = problems;
  }
}

/** A labels file, checked, with positions for every problem. */
function readLabels(path: string): Labels {
  const file = relative(process.cwd(), path);
  if (!existsSync(path)) {
    throw new EvaluationError([contentMessage({
      file,
      start: { line: 1, column: 1 },
      reason: `Missing labels file \`${basename(path)}\`, expected one beside every Markdown file`,
      ruleId: 'eval/no-labels',
      hint: 'Write {"people":[{"text","name","count"}],"dates":[{"text","resolved","count"}],"not":[]}.',
      source: 'eval-tagging',
    })]);
  }
  const lines = new LineCounter();
  // JSON is YAML, and the YAML parser keeps positions for the messages.
  const document = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines });
  const at = (offset: number) => {
    const point = lines.linePos(offset);
    return { line: point.line, column: point.col };
  };
  if (document.errors.length > 0) {
    throw new EvaluationError(document.errors.map((error) => contentMessage({
      file,
      start: at(error.pos[0]),
      reason: `Unexpected syntax: ${error.message.split('\n')[0]}`,
      ruleId: 'eval/invalid-labels',
      source: 'eval-tagging',
    })));
  }
  const result = labelsSchema.safeParse(document.toJS());
  if (result.success) return result.data;
  throw new EvaluationError(result.error.issues.map((issue) => {
    let node: unknown;
    for (let depth = issue.path.length; depth >= 0 && !(node as { range?: unknown } | undefined)?.range; depth--) {
      node = document.getIn(issue.path.slice(0, depth) as unknown[], true);
    }
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    return contentMessage({
      file,
      start: at(range?.[0] ?? 0),
      reason: `${issue.message} (at \`${issue.path.join('.') || 'the file'}\`)`,
      ruleId: 'eval/invalid-labels',
      source: 'eval-tagging',
    });
  }));
}

/** Per-file and overall scores of a folder's `<name>.md` files; throws an `EvaluationError` listing problems. */
export function evaluateTagging(dir: string): Evaluation {
  const folder = resolve(dir);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new EvaluationError([contentMessage({ file: dir, start: { line: 1, column: 1 }, reason: 'Unexpected path, expected a folder of labelled Markdown files', ruleId: 'eval/no-folder', source: 'eval-tagging' })]);
  }
  // A README.md beside the texts documents them; it is not one of them.
  const names = readdirSync(folder).filter((name) => name.endsWith('.md') && name.toLowerCase() !== 'readme.md').sort();
  const files: FileEvaluation[] = [];
  const problems: VFileMessage[] = [];
  for (const name of names) {
    const path = join(folder, name);
    try {
      const labels = readLabels(join(folder, name.replace(/\.md$/, '.labels.json')));
      const { model } = tagMarkdown({ path, coreference: labels.coreference });
      const names = new Map(model.people.map((person) => [person.id, person.name]));
      const mentions = model.mentions.map((mention) => ({ text: mention.text, name: names.get(mention.person) ?? mention.text, start: mention.start, end: mention.end }));
      const dates = model.dates.map((date) => ({ text: date.text, start: date.start, end: date.end, startDay: date.startDay, endDay: date.endDay }));
      files.push({ file: relative(process.cwd(), path), people: scorePeople(model.text, mentions, labels), dates: scoreDates(model.text, dates, labels) });
    } catch (error) {
      if (error instanceof EvaluationError) problems.push(...error.problems);
      else if (error instanceof TagError) problems.push(error.problem);
      else throw error;
    }
  }
  if (problems.length > 0) throw new EvaluationError(problems);
  if (files.length === 0) {
    throw new EvaluationError([contentMessage({ file: dir, start: { line: 1, column: 1 }, reason: 'Unexpected folder without Markdown files, expected `<name>.md` with `<name>.labels.json`', ruleId: 'eval/empty', source: 'eval-tagging' })]);
  }
  const sum = (pick: (file: FileEvaluation) => number) => files.reduce((total, file) => total + pick(file), 0);
  return {
    files,
    overall: {
      people: sumScores(files.map((file) => file.people.score)),
      peopleTextOnly: sumScores(files.map((file) => file.people.textOnly)),
      dates: sumScores(files.map((file) => file.dates.score)),
      matchedDates: sum((file) => file.dates.score.truePositives),
      withinInterval: sum((file) => file.dates.withinInterval),
      exactInterval: sum((file) => file.dates.exactInterval),
    },
  };
}

const ratio = (value: number) => value.toFixed(3);

function row(width: number, label: string, result: Score, extra: string): string {
  const counts = `${String(result.truePositives).padStart(4)} ${String(result.falsePositives).padStart(4)} ${String(result.falseNegatives).padStart(4)}`;
  return `${label.padEnd(width)} ${ratio(result.precision)}  ${ratio(result.recall)}  ${ratio(result.f1)}  ${counts}  ${extra}`;
}

export function formatEvaluation(evaluation: Evaluation): string {
  const lines: string[] = [];
  const width = Math.max(26, ...evaluation.files.map((file) => basename(file.file).length));
  const header = (title: string, extra: string) => `${title.padEnd(width)} prec.  recall F1       tp   fp   fn  ${extra}`;
  lines.push(header('People (text and person)', 'F1 on text alone'));
  for (const file of evaluation.files) lines.push(row(width, basename(file.file), file.people.score, ratio(file.people.textOnly.f1)));
  lines.push(row(width, 'overall', evaluation.overall.people, ratio(evaluation.overall.peopleTextOnly.f1)));
  lines.push('');
  lines.push(header('Dates (text)', 'resolved inside the label (exactly)'));
  for (const file of evaluation.files) {
    const matched = file.dates.score.truePositives;
    lines.push(row(width, basename(file.file), file.dates.score, `${file.dates.withinInterval}/${matched} (${file.dates.exactInterval}/${matched})`));
  }
  const { matchedDates, withinInterval, exactInterval } = evaluation.overall;
  lines.push(row(width, 'overall', evaluation.overall.dates, `${withinInterval}/${matchedDates} (${exactInterval}/${matchedDates})`));

  for (const file of evaluation.files) {
    const notes: string[] = [];
    const list = (title: string, misses: ReadonlyArray<{ text: string; name?: string; count: number }>) => {
      if (misses.length === 0) return;
      notes.push(`  ${title}: ${misses.map((miss) => `“${miss.text}”${miss.name ? ` [${miss.name}]` : ''}${miss.count > 1 ? ` ×${miss.count}` : ''}`).join(', ')}`);
    };
    list('people missed', file.people.missed);
    list('people tagged wrongly', file.people.spurious);
    list('dates missed', file.dates.missed);
    list('dates tagged wrongly', file.dates.spurious);
    if (file.dates.wrongResolutions.length > 0) {
      notes.push(`  dates resolved outside the label: ${file.dates.wrongResolutions.map((wrong) => `“${wrong.text}” ${wrong.tagged} (label ${wrong.labelled})`).join(', ')}`);
    }
    if (notes.length > 0) lines.push('', file.file, ...notes);
  }
  return lines.join('\n');
}

/** The labelled sets: the development split (tuned on) and the frozen test split (scored, never tuned on). */
export const LABELLED_SPLITS = [
  { name: 'dev', dir: 'tests/fixtures/tagging' },
  { name: 'test', dir: 'tests/fixtures/tagging/test' },
] as const;

/** One split's overall scores in a line, for the summary `npm run eval:tagging` ends with. */
export function formatSummary(name: string, evaluation: Evaluation): string {
  const { people, dates, matchedDates, withinInterval } = evaluation.overall;
  const resolved = matchedDates === 0 ? 1 : withinInterval / matchedDates;
  return `${name.padEnd(5)} ${String(evaluation.files.length).padStart(2)} texts  people P ${ratio(people.precision)} R ${ratio(people.recall)} F1 ${ratio(people.f1)}  dates P ${ratio(dates.precision)} R ${ratio(dates.recall)} F1 ${ratio(dates.f1)}  resolved ${withinInterval}/${matchedDates} (${(resolved * 100).toFixed(1)}%)`;
}

if (import.meta.main) {
  const usage = 'Usage: npm run eval:tagging -- [<dir>] [--json]   (no folder: the dev and test splits, apart)';
  const { values, positionals } = commandLine(usage, { json: { type: 'boolean', default: false } }, true);
  const json = values.json;
  const [dir, ...rest] = positionals;
  if (rest.length > 0) {
    console.error(usage);
    process.exit(1);
  }
  try {
    if (dir !== undefined) {
      const evaluation = evaluateTagging(dir);
      console.log(json ? JSON.stringify(evaluation, null, 2) : formatEvaluation(evaluation));
    } else {
      const results = LABELLED_SPLITS.map((split) => ({ ...split, evaluation: evaluateTagging(split.dir) }));
      if (json) {
        console.log(JSON.stringify(Object.fromEntries(results.map((result) => [result.name, result.evaluation])), null, 2));
      } else {
        for (const result of results) console.log(`== ${result.name} split (${result.dir}) ==\n${formatEvaluation(result.evaluation)}\n`);
        console.log(results.map((result) => formatSummary(result.name, result.evaluation)).join('\n'));
      }
    }
  } catch (error) {
    if (!(error instanceof EvaluationError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
