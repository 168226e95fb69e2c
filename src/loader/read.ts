/** Reading content files: UTF-8 only, frontmatter split off, YAML checked against a schema at each field. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { extname } from 'node:path';
import { LineCounter, parseDocument, isMap } from 'yaml';
import { yamlRange } from '../lib/content/yaml.ts';
import type { z } from 'zod';
import type { VFileMessage } from 'vfile-message';
import { contentMessage, excerpt, pointAt } from '../lib/content/diagnostics.ts';
import { listOf, noun } from '../lib/format.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Read a file as UTF-8, refusing bytes that are not valid UTF-8 rather than turning them into U+FFFD. */
export function readUtf8(path: string, file: string, problems: VFileMessage[]): string | undefined {
  const bytes = readFileSync(path);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const offset = text.indexOf('\uFFFD');
    problems.push(contentMessage({
      file,
      start: pointAt(text, Math.max(0, offset)),
      reason: 'Unexpected bytes that are not UTF-8, expected a UTF-8 text file',
      ruleId: 'content/invalid-utf8',
      hint: 'Re-save the file as UTF-8 (most editors offer "Save with encoding").',
    }));
    return undefined;
  }
}

export function listFiles(folder: string, extensions: string[]): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => extensions.includes(extname(name)) && !name.startsWith('.'))
    .sort();
}

/** The raw value at a path of parsed YAML. */
function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** "Unexpected X, expected Y" → "Unexpected X in `field`, expected Y". */
function placeField(message: string, field: string): string {
  const at = message.indexOf(', expected');
  if (!message.startsWith('Unexpected ') || at < 0) return `${message} (in ${field})`;
  return `${message.slice(0, at)} in ${field}${message.slice(at)}`;
}

/** What a zod issue expected, in words a writer understands, and a fix when the issue suggests one. */
function describeIssue(issue: z.core.$ZodIssue, raw: unknown): { reason: string; hint?: string } {
  const field = issue.path.length > 0 ? `\`${issue.path.join('.')}\`` : 'the file';
  const value = valueAt(raw, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return { reason: `Missing ${field}, expected ${issue.expected}` };
      const kind = value === null ? 'empty value' : Array.isArray(value) ? 'list' : typeof value;
      return { reason: `Unexpected ${kind} in ${field}, expected ${issue.expected}` };
    }
    case 'unrecognized_keys':
      return {
        reason: `Unexpected ${noun(issue.keys.length, 'field')} ${listOf(issue.keys.map((key) => `\`${key}\``))} in ${field}, expected only the documented fields`,
      };
    case 'invalid_value': {
      const shown = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? `\`${String(value)}\`` : 'value';
      return { reason: `Unexpected ${shown} in ${field}, expected one of ${issue.values.map((option) => `\`${String(option)}\``).join(', ')}` };
    }
    case 'invalid_union':
      return { reason: `Unexpected value in ${field}, expected ${issue.message}` };
    case 'too_big':
      if (issue.origin === 'string' && typeof value === 'string') {
        const limit = Number(issue.maximum).toLocaleString('en-US');
        return {
          reason: `Unexpected text of ${value.trim().length.toLocaleString('en-US')} characters in ${field}, expected at most ${limit} characters`,
          hint: `Text here is capped at ${limit} characters so it stays readable beside the article: shorten it, or move the detail to a cited source.`,
        };
      }
      return { reason: placeField(issue.message, field) };
    default:
      // A refused address is worth repeating: a note can cite many sources.
      if (issue.message.startsWith('Unexpected URL,') && typeof value === 'string') {
        return { reason: placeField(issue.message.replace('Unexpected URL', `Unexpected URL \`${excerpt(value)}\``), field) };
      }
      return { reason: placeField(issue.message, field) };
  }
}

/** Parse YAML and validate it, pushing positioned problems; returns the data when it is valid. */
export function parseYaml<Schema extends z.ZodType>(
  text: string,
  schema: Schema,
  file: string,
  problems: VFileMessage[],
  options: { lineOffset?: number; rulePrefix: string; hint: string },
): z.output<Schema> | undefined {
  const lineOffset = options.lineOffset ?? 0;
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const [start, end] = error.linePos ?? [{ line: 1, col: 1 }];
      problems.push(contentMessage({
        file,
        start: { line: start.line + lineOffset, column: start.col },
        end: end ? { line: end.line + lineOffset, column: end.col } : undefined,
        reason: `Unexpected YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
        ruleId: `${options.rulePrefix}/invalid-yaml`,
        hint: 'Check indentation, colons and quotes near this position; quote text that contains `: ` or starts with a symbol.',
      }));
    }
    return undefined;
  }
  const raw: unknown = document.toJS() ?? {};
  if (!isMap(document.contents) && document.contents !== null) {
    problems.push(contentMessage({
      file,
      start: { line: 1 + lineOffset, column: 1 },
      reason: 'Unexpected YAML value, expected a mapping of fields (`key: value`)',
      ruleId: `${options.rulePrefix}/invalid-yaml`,
      hint: options.hint,
    }));
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.code === 'unrecognized_keys' && issue.keys.length > 0 ? [...issue.path, issue.keys[0]!] : issue.path;
    const described = describeIssue(issue, raw);
    problems.push(contentMessage({
      file,
      ...yamlRange(document, lines, path, lineOffset, issue.code === 'unrecognized_keys'),
      reason: described.reason,
      ruleId: `${options.rulePrefix}/invalid-field`,
      hint: described.hint ?? options.hint,
    }));
  }
  return undefined;
}

/** Split a Markdown file into its frontmatter and body. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string; bodyLine: number } | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  const frontmatter = match[1] ?? '';
  const consumed = match[0];
  return { frontmatter, body: text.slice(consumed.length), bodyLine: consumed.split('\n').length };
}
