/**
 * Reading built HTML in tests: parse a page, find elements by attribute, and take the author's text
 * (everything but `[data-note]` and `[data-ui]`).
 */
import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Element, Nodes, Root } from 'hast';
import { editionSchema } from '../../src/lib/render/sanitize.ts';

/** An HTML fragment cleaned with the edition's schema, as the pipeline's sanitiser would clean it. */
export function sanitizeHtml(html: string): string {
  return toHtml(sanitize(fromHtml(html, { fragment: true }), editionSchema));
}

/** Parse a built page. */
export function readPage(path: string): Root {
  return fromHtml(readFileSync(path, 'utf8'));
}

/** Every element under `node` for which `test` holds, in document order. */
export function findAll(node: Nodes, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const walk = (current: Nodes) => {
    if (current.type === 'element' && test(current)) found.push(current);
    if ('children' in current) for (const child of current.children) walk(child as Nodes);
  };
  walk(node);
  return found;
}

/** Whether an element carries an attribute (hast property names: `dataNote` for `data-note`). */
export function has(element: Element, property: string): boolean {
  return element.properties[property] !== undefined && element.properties[property] !== null && element.properties[property] !== false;
}

/** Text content, leaving out the edition's additions (notes and interface). */
export function authorText(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && (has(node, 'dataNote') || has(node, 'dataUi'))) return '';
  if ('children' in node) return node.children.map((child) => authorText(child as Nodes)).join('');
  return '';
}

/**
 * The text nodes the search index reads, from a full HTML5 parse: every text node outside `script`,
 * `style`, `template`, `noscript`, `svg` and elements marked `data-pagefind-ignore`. The reference the
 * streaming reader (src/lib/search/page-text.ts) is held to.
 */
export function parsedPageText(html: string): string[] {
  const texts: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'text') texts.push(node.value);
    if (node.type === 'element' && (['script', 'style', 'template', 'noscript', 'svg'].includes(node.tagName) || node.properties.dataPagefindIgnore !== undefined)) return;
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(fromHtml(html));
  return texts;
}
