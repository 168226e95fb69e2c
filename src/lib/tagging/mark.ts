/**
 * Marking ranges of text in mdast blocks: the taggers' plain-text offsets are mapped back onto the tree and
 * the covered nodes wrapped, splitting text and formatting as needed. A range that would cut through an
 * existing tag cannot nest and is refused, so the caller can report it.
 */
import type { Nodes, Parents, PhrasingContent, Text } from 'mdast';
import type { Point } from 'unist';

/** Inline nodes that only format text and can be split in two without changing meaning. */
const SPLITTABLE = new Set(['emphasis', 'strong', 'delete', 'link']);

/** A wrapper node made by `wrapRange`: mdast `data` carries its HTML name and properties. */
export interface Mark {
  type: 'mark';
  position?: import('unist').Position;
  data: { hName: string; hProperties: Record<string, string | number | boolean | string[] | undefined>; tag?: string };
  children: PhrasingContent[];
}

declare module 'mdast' {
  interface PhrasingContentMap {
    mark: Mark;
  }
  interface RootContentMap {
    mark: Mark;
  }
}

/** Whether a node was added by the edition (a note, a marker): it is not part of the author's text. */
export function isAddition(node: Nodes): boolean {
  return node.type === 'mark' && (node.data.tag === 'note' || node.data.tag === 'ui');
}

/** The author's plain text under a node (text and inline code; a line break counts as a newline); additions count as nothing. */
export function textOf(node: Nodes): string {
  if (isAddition(node)) return '';
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return '\n';
  if (node.type === 'html') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

/**
 * Lengths of nodes' plain text, remembered. Marking never changes a node's text (it moves and splits nodes,
 * and additions count as nothing), so a caller marking many spans in one tree passes one `Lengths` to all.
 */
export type Lengths = WeakMap<Nodes, number>;

/** Length of a node's plain text, `textOf(node).length` without building the string (paragraphs can be huge). */
function lengthOf(node: Nodes, lengths?: Lengths): number {
  if (isAddition(node)) return 0;
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') return node.value.length;
  if (node.type === 'break') return 1;
  if ('children' in node) {
    const known = lengths?.get(node);
    if (known !== undefined) return known;
    let length = 0;
    for (const child of node.children as Nodes[]) length += lengthOf(child, lengths);
    lengths?.set(node, length);
    return length;
  }
  return 0;
}

/** The point reached after reading `text` from `point`. */
function advance(point: Point, text: string): Point {
  const lines = text.split('\n');
  if (lines.length === 1) return { line: point.line, column: point.column + text.length, offset: point.offset === undefined ? undefined : point.offset + text.length };
  return { line: point.line + lines.length - 1, column: lines[lines.length - 1]!.length + 1, offset: point.offset === undefined ? undefined : point.offset + text.length };
}

/** The source position of a text offset inside `parent`, when the text there still knows where it came from. */
export function pointOf(parent: Nodes, offset: number): Point | undefined {
  let position = 0;
  let found: Point | undefined;
  const walk = (node: Nodes): boolean => {
    if (isAddition(node)) return false;
    if (node.type === 'text') {
      const end = position + node.value.length;
      if (offset >= position && offset <= end) {
        found = node.position ? advance(node.position.start, node.value.slice(0, offset - position)) : undefined;
        return true;
      }
      position = end;
      return false;
    }
    if ('children' in node) return (node.children as Nodes[]).some(walk);
    position += lengthOf(node);
    return false;
  };
  walk(parent);
  return found;
}

/** Split a node at a text offset into a left and right part (either may be undefined when empty). */
function splitNode(node: PhrasingContent, offset: number, lengths: Lengths): [PhrasingContent | undefined, PhrasingContent | undefined] | 'cross' {
  const length = lengthOf(node, lengths);
  if (offset <= 0) return [undefined, node];
  if (offset >= length) return [node, undefined];
  if (node.type === 'text' || node.type === 'inlineCode') {
    const left = { ...node, value: node.value.slice(0, offset) } as Text;
    const right = { ...node, value: node.value.slice(offset) } as Text;
    // Keep source positions on the pieces so messages about them still point into the file.
    if (node.type === 'text' && node.position) {
      const middle = advance(node.position.start, left.value);
      left.position = { start: node.position.start, end: middle };
      right.position = { start: middle, end: node.position.end };
    } else {
      delete left.position;
      delete right.position;
    }
    return [left, right];
  }
  if (!SPLITTABLE.has(node.type) || !('children' in node)) return 'cross';
  const leftChildren: PhrasingContent[] = [];
  const rightChildren: PhrasingContent[] = [];
  let position = 0;
  for (const child of node.children as PhrasingContent[]) {
    const childLength = lengthOf(child, lengths);
    if (position + childLength <= offset) leftChildren.push(child);
    else if (position >= offset) rightChildren.push(child);
    else {
      const parts = splitNode(child, offset - position, lengths);
      if (parts === 'cross') return 'cross';
      if (parts[0]) leftChildren.push(parts[0]);
      if (parts[1]) rightChildren.push(parts[1]);
    }
    position += childLength;
  }
  const left = { ...node, children: leftChildren } as PhrasingContent;
  const right = { ...node, children: rightChildren } as PhrasingContent;
  delete left.position;
  delete right.position;
  return [left, right];
}

/** What `wrapRange` did. */
export type WrapResult = { ok: true; mark: Mark } | { ok: false; reason: 'cross' | 'empty' | 'out-of-range' };

/**
 * Wrap the text between offsets `start` and `end` of `textOf(parent)` in `mark`, as deep as possible (inside
 * any mark holding the whole range). On failure the tree is unchanged; `cross`: the range partly overlaps a
 * mark or cuts an element that cannot be split.
 */
export function wrapRange(parent: Parents, start: number, end: number, mark: Mark, lengths: Lengths = new WeakMap()): WrapResult {
  if (end <= start) return { ok: false, reason: 'empty' };
  const children = parent.children as PhrasingContent[];
  // Offsets of each child in the parent's text; their sum is the parent's length.
  const spans: Array<{ from: number; to: number }> = [];
  let position = 0;
  for (const child of children) {
    const length = lengthOf(child, lengths);
    spans.push({ from: position, to: position + length });
    position += length;
  }
  if (start < 0 || end > position) return { ok: false, reason: 'out-of-range' };
  // A single element child holds the whole range: go inside it.
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    const span = spans[index]!;
    if (child.type !== 'text' && 'children' in child && span.from <= start && end <= span.to && span.to > span.from) {
      return wrapRange(child as Parents, start - span.from, end - span.from, mark, lengths);
    }
  }
  // Otherwise split the children at `start` and `end`, then wrap the run between them.
  const before: PhrasingContent[] = [];
  const inside: PhrasingContent[] = [];
  const after: PhrasingContent[] = [];
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    const { from, to } = spans[index]!;
    if (to <= start) {
      before.push(child);
      continue;
    }
    if (from >= end) {
      after.push(child);
      continue;
    }
    let rest: PhrasingContent | undefined = child;
    let restFrom = from;
    if (from < start) {
      const parts = splitNode(child, start - from, lengths);
      if (parts === 'cross') return { ok: false, reason: 'cross' };
      if (parts[0]) before.push(parts[0]);
      rest = parts[1];
      restFrom = start;
    }
    if (rest && to > end) {
      const parts = splitNode(rest, end - restFrom, lengths);
      if (parts === 'cross') return { ok: false, reason: 'cross' };
      if (parts[0]) inside.push(parts[0]);
      if (parts[1]) after.push(parts[1]);
    } else if (rest) {
      inside.push(rest);
    }
  }
  mark.children = inside;
  parent.children = [...before, mark, ...after] as typeof parent.children;
  return { ok: true, mark };
}

/** Create a mark node rendered as `hName` with the given HTML properties. */
export function createMark(hName: string, hProperties: Mark['data']['hProperties'], tag?: string): Mark {
  return { type: 'mark', data: { hName, hProperties, tag }, children: [] };
}

/** Insert `nodes` right after `mark` in whatever parent holds it under `root`. */
export function insertAfter(root: Parents, mark: Mark, nodes: PhrasingContent[]): boolean {
  const children = root.children as Nodes[];
  const index = children.indexOf(mark as unknown as Nodes);
  if (index >= 0) {
    children.splice(index + 1, 0, ...(nodes as Nodes[]));
    return true;
  }
  for (const child of children) {
    if ('children' in child && insertAfter(child as Parents, mark, nodes)) return true;
  }
  return false;
}
