/** Where a field is in a YAML file, for messages that point into frontmatter or annotations. */
import { LineCounter, parseDocument, isMap, isScalar, Scalar, type Document } from 'yaml';
import type { Point } from './diagnostics.ts';

/** Positions of a YAML path inside a parsed document (falls back to the start of the file). */
export function yamlRange(
  document: Document,
  lines: LineCounter,
  path: readonly PropertyKey[],
  lineOffset: number,
  atKey = false,
): { start: Point; end?: Point } {
  const rangeOf = (range: [number, number, number]) => {
    const start = lines.linePos(range[0]);
    const end = lines.linePos(range[1]);
    return { start: { line: start.line + lineOffset, column: start.col }, end: { line: end.line + lineOffset, column: end.col } };
  };
  if (atKey && path.length > 0) {
    const parent = document.getIn(path.slice(0, -1) as unknown[], true);
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === path[path.length - 1]);
      const key = pair?.key as { range?: [number, number, number] } | undefined;
      if (key?.range) return rangeOf(key.range);
    }
  }
  for (let depth = path.length; depth >= 0; depth--) {
    const node = document.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return rangeOf(node.range);
  }
  return { start: { line: 1 + lineOffset, column: 1 } };
}

/** A parsed YAML text that can say where each of its fields is. */
export interface LocatedYaml {
  text: string;
  document: Document;
  lines: LineCounter;
  at(path: (string | number)[]): { start: Point; end?: Point };
}

export function locateYaml(text: string): LocatedYaml {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines });
  return { text, document, lines, at: (path) => yamlRange(document, lines, path, 0) };
}

/** Where line `line`, column `column` of a Markdown field's text is in the annotation file, when it can be known exactly. */
export function markdownPoint(yaml: LocatedYaml, path: (string | number)[], line: number, column: number): Point | undefined {
  const node = yaml.document.getIn(path, true);
  // Only a literal block (`|`) keeps the file's lines as the text's lines; other styles fold them.
  if (!(node instanceof Scalar) || node.type !== Scalar.BLOCK_LITERAL || !node.range || typeof node.value !== 'string') return undefined;
  const raw = node.value;
  // The schema trims the text before it is rendered: count the lines and columns trimming removed.
  const leading = raw.slice(0, raw.length - raw.trimStart().length);
  const rawLine = line + (leading.match(/\n/g)?.length ?? 0);
  const rawColumn = column + (line === 1 ? leading.length - (leading.lastIndexOf('\n') + 1) : 0);
  const fileLine = yaml.lines.linePos(node.range[0]).line + rawLine;
  const sourceLine = yaml.text.split('\n')[fileLine - 1];
  const valueLine = raw.split('\n')[rawLine - 1];
  if (sourceLine === undefined || valueLine === undefined) return undefined;
  const indent = (sourceLine.length - sourceLine.trimStart().length) - (valueLine.length - valueLine.trimStart().length);
  return { line: fileLine, column: indent + rawColumn };
}

