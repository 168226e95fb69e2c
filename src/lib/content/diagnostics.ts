/**
 * unified's one kind of diagnostic for the whole project: a `VFileMessage` with file, place, rule id,
 * source and the fix in `note`, printed by `vfile-reporter`.
 */
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { location } from 'vfile-location';
import { reporter } from 'vfile-reporter';
import type { Point } from 'unist';
import { count } from '../format.ts';

export type { Point };

export interface Place {
  start: Point;
  end?: Point;
}

export interface MessageOptions extends Place {
  /** Relative to the project root. */
  file: string;
  /** "Unexpected X, expected Y". */
  reason: string;
  /** A stable rule id, such as `frontmatter/invalid-field` or `annotate/quote-missing`. */
  ruleId: string;
  hint?: string;
  /** Whether it stops the build (default: it does). */
  fatal?: boolean;
  /** What found it (default: the content check). */
  source?: string;
}

export function contentMessage(options: MessageOptions): VFileMessage {
  const place = options.end ? { start: options.start, end: options.end } : options.start;
  const message = new VFileMessage(options.reason, { place, ruleId: options.ruleId, source: options.source ?? 'content-check' });
  message.file = options.file;
  message.fatal = options.fatal ?? true;
  if (options.hint) message.note = options.hint;
  return message;
}

/** The 1-based line and column of `offset` in `text`. */
export function pointAt(text: string, offset: number): Point {
  const point = location(text).toPoint(Math.min(Math.max(0, offset), text.length));
  return point ? { line: point.line, column: point.column } : { line: 1, column: 1 };
}

export function excerpt(text: string, length = 60): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

const MESSAGE_LINE = /^\d+:\d+(?:-\d+:\d+)?\s/;

/**
 * Messages as `vfile-reporter` prints them, grouped by file. The reporter pads columns to the longest
 * message, which can put a hundred spaces after a short reason; a message's line keeps single spaces.
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

/** The summary line under the messages: "The content has 2 errors in 1 file; nothing was built." */
export function contentSummary(messages: readonly VFileMessage[], outcome = 'nothing was built'): string {
  const errors = messages.filter((message) => message.fatal);
  const warnings = messages.length - errors.length;
  if (errors.length === 0) {
    return warnings === 0 ? 'The content has no problems.' : `The content has ${count(warnings, 'warning')} and no errors.`;
  }
  const files = new Set(errors.map((message) => message.file ?? ''));
  return `The content has ${count(errors.length, 'error')} in ${count(files.size, 'file')}; ${outcome}.`;
}

/** What every command prints when the content has errors: the errors, then the summary line. */
export function contentErrorReport(messages: readonly VFileMessage[], outcome?: string): string {
  const errors = messages.filter((message) => message.fatal);
  return `${formatMessages(errors)}\n${contentSummary(messages, outcome)}`;
}

/** Thrown when content has errors; its message lists them all. */
export class ContentError extends Error {
  readonly messages: VFileMessage[];
  constructor(messages: readonly VFileMessage[]) {
    super(contentErrorReport(messages));
    this.name = 'ContentError';
    this.messages = [...messages];
  }
}
