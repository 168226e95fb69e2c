/**
 * The editors' search synonyms (`content/synonyms.yaml`): sets of names for one thing, read into lists of
 * strings. A set that is not two names or more is an error with the file, line and column.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** A problem in the synonyms file, with where it is. */
export class SynonymsError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly reason: string;
  constructor(file: string, line: number, column: number, reason: string) {
    super(`${file}:${line}:${column}: ${reason} [search-synonyms]`);
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }
}

/** The synonym sets of a synonyms file, names as written; a {@link SynonymsError} when it is not of that shape. */
export function parseSynonyms(text: string, file = 'content/synonyms.yaml'): string[][] {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines });
  const fail = (node: Node | null | undefined, reason: string): never => {
    const { line, col } = lines.linePos(node?.range?.[0] ?? 0);
    throw new SynonymsError(file, line, col, reason);
  };
  if (document.errors.length > 0) {
    const error = document.errors[0]!;
    const { line, col } = lines.linePos(error.pos[0]);
    throw new SynonymsError(file, line, col, error.message.split('\n')[0]!);
  }
  const root = document.contents;
  if (root === null) return [];
  if (!isMap(root)) return fail(root, 'Unexpected content, expected `synonyms:` followed by a list of sets of names');
  const list = root.get('synonyms', true) as Node | undefined;
  for (const pair of root.items) {
    const key = (pair.key as { value?: unknown } | null)?.value;
    if (key !== 'synonyms') fail(pair.key as Node, `Unexpected key \`${String(key)}\`, expected only \`synonyms\``);
  }
  if (list === undefined || list === null) return [];
  if (!isSeq(list)) return fail(list, 'Unexpected `synonyms`, expected a list of sets of names, one set a line: `- [Iran, Tehran]`');
  return list.items.map((item) => {
    const node = item as Node;
    if (!isSeq(node)) return fail(node, 'Unexpected set, expected a list of two or more names: `- [Iran, Tehran]`');
    const names = node.items.map((name) => {
      const value = (name as { value?: unknown }).value;
      if (typeof value !== 'string' || value.trim() === '') fail(name as Node, 'Unexpected name, expected words in quotes or plain: `Tehran`');
      return (value as string).trim();
    });
    if (names.length < 2) fail(node, 'Unexpected set of one name, expected two or more names for the same thing');
    return names;
  });
}
