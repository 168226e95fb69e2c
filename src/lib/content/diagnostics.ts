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

/**
 * Messages as `vfile-reporter` prints them: grouped by file, with each fix under its message.
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
  return reporter([...files.values()], { verbose: true, color: false });
}

/** The error a build throws when content has errors; its message lists them all, and it loses nothing. */
export class ContentError extends Error {
  readonly messages: VFileMessage[];
  constructor(messages: readonly VFileMessage[]) {
    const errors = messages.filter((message) => message.fatal);
    super(`The content has ${count(errors.length, 'problem')}; nothing was built.\n${formatMessages(errors)}`);
    this.name = 'ContentError';
    this.messages = [...messages];
  }
}
