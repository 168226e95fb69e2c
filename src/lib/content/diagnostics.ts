/**
 * One kind of diagnostic for the whole project, unified's: a `VFileMessage` with its file, place, rule id,
 * source and, in `note`, how to fix it. The content check, the plugins, the loader and `npm run tag` all
 * make these, `vfile-location` turns offsets into places, and `vfile-reporter` prints them.
 */
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { location } from 'vfile-location';
import { reporter } from 'vfile-reporter';
import type { Point } from 'unist';
import { count } from '../format.ts';

export type { Point };

/** Where a message points: a start, and an end when the range is known. */
export interface Place {
  start: Point;
  end?: Point;
}

/** What a message says, about which file and where. */
export interface MessageOptions extends Place {
  /** The file, relative to the project root. */
  file: string;
  /** "Unexpected X, expected Y". */
  reason: string;
  /** A stable rule id, such as `frontmatter/invalid-field` or `annotate/quote-missing`. */
  ruleId: string;
  /** How to fix it; reporters show it as the message's note. */
  hint?: string;
  /** Errors stop the build; warnings are printed. */
  fatal: boolean;
  /** What found it (default: the content check). */
  source?: string;
}

/** A positioned message about a content file. */
export function contentMessage(options: MessageOptions): VFileMessage {
  const place = options.end ? { start: options.start, end: options.end } : options.start;
  const message = new VFileMessage(options.reason, { place, ruleId: options.ruleId, source: options.source ?? 'content-check' });
  message.file = options.file;
  message.fatal = options.fatal;
  if (options.hint) message.note = options.hint;
  return message;
}

/** The 1-based line and column of `offset` in `text`. */
export function pointAt(text: string, offset: number): Point {
  const point = location(text).toPoint(Math.min(Math.max(0, offset), text.length));
  return point ? { line: point.line, column: point.column } : { line: 1, column: 1 };
}

/** The start of a message's place, whatever its shape. */
export function startOf(message: VFileMessage): Point {
  return { line: message.line ?? 1, column: message.column ?? 1 };
}

/** A long passage cut down for a message. */
export function excerpt(text: string, length = 60): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

/** A message's first line as vfile-reporter prints it: `line:column[-line:column] severity reason rule source`. */
const MESSAGE_LINE = /^\d+:\d+(?:-\d+:\d+)?\s/;

/**
 * Messages as `vfile-reporter` prints them: grouped by file, with each fix under its message. The
 * reporter pads its columns to the longest message of the report, which puts a hundred spaces after a
 * short reason when another is long; a message's line keeps single spaces instead.
 *
 * @param messages Messages that know their file (`message.file`).
 */
export function formatMessages(messages: readonly VFileMessage[]): string {
  const files = new Map<string, VFile>();
  for (const message of messages) {
    const path = message.file ?? '';
    let file = files.get(path);
    if (!file) files.set(path, (file = new VFile({ path })));
    file.messages.push(message);
  }
  return reporter([...files.values()], { verbose: true, color: false })
    .split('\n')
    .map((line) => (MESSAGE_LINE.test(line) ? line.replace(/ {2,}/g, ' ') : line))
    .join('\n');
}

/**
 * The one line under the messages that says what the check found and what came of it:
 * "The content has 2 errors in 1 file; nothing was built."
 *
 * @param messages Every message of the check (errors and warnings).
 * @param outcome What the errors stopped (default: the build).
 */
export function contentSummary(messages: readonly VFileMessage[], outcome = 'nothing was built'): string {
  const errors = messages.filter((message) => message.fatal);
  const warnings = messages.length - errors.length;
  if (errors.length === 0) {
    return warnings === 0 ? 'The content has no problems.' : `The content has ${count(warnings, 'warning')} and no errors.`;
  }
  const files = new Set(errors.map((message) => message.file ?? ''));
  return `The content has ${count(errors.length, 'error')} in ${count(files.size, 'file')}; ${outcome}.`;
}

/**
 * What every command prints when the content check finds errors: the errors as vfile-reporter gives them,
 * then the one-line summary. `npm run check:content`, `npm run tag`, the build and the dev server all
 * print this text.
 *
 * @param messages Every message of the check; only the errors are listed (warnings are printed apart).
 * @param outcome What the errors stopped.
 */
export function contentErrorReport(messages: readonly VFileMessage[], outcome?: string): string {
  const errors = messages.filter((message) => message.fatal);
  return `${formatMessages(errors)}\n${contentSummary(messages, outcome)}`;
}

/** The error a build throws when content has errors; its message lists them all, and it loses nothing. */
export class ContentError extends Error {
  readonly messages: VFileMessage[];
  constructor(messages: readonly VFileMessage[]) {
    super(contentErrorReport(messages));
    this.name = 'ContentError';
    this.messages = [...messages];
  }
}
