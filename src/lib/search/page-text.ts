/**
 * The text of a built page that the search index reads, without parsing the page into a tree: a small
 * HTML tokenizer that keeps a stack of open elements, for the pages this site writes.
 *
 * It gives the same text nodes, in the same order, as an HTML5 parse (parse5, scripting off) walked the
 * way {@link parsedPageText} walks it: every text node outside `script`, `style`, `template`, `noscript`,
 * `svg` and any element carrying `data-pagefind-ignore`. It does so for well-formed markup, where every
 * element that is not void ends with its own end tag, in order, and nothing needs the parser's repairs.
 * Where a page needs them (an end tag that does not close the current element, a start tag that closes an
 * open element or is moved elsewhere by the parser, text the parser moves out of a table...), it gives up
 * and returns `undefined`, and the caller parses that page ({@link indexedText}). It gives up a little
 * more often than needed, never less.
 */
import { decodeHTML } from 'entities/decode';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';

/** Elements whose text the index never reads (besides those marked `data-pagefind-ignore`). */
const UNREAD = new Set(['script', 'style', 'template', 'noscript', 'svg']);

/** The attribute that keeps an element and all it holds out of the index. */
const IGNORE_ATTRIBUTE = 'data-pagefind-ignore';

// HTML elements with no content and no end tag.
const VOID = new Set([
  'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
// Elements whose content is text up to their end tag: raw (RAWTEXT) or with character references (RCDATA).
// `noscript` is not among them: the reference parse runs with scripting off, so its content is markup.
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes']);
const ESCAPABLE_RAW_TEXT = new Set(['title', 'textarea']);
// A newline right after these start tags is dropped.
const LEADING_NEWLINE_DROPPED = new Set(['pre', 'listing', 'textarea']);
// Start tags that close an open `p` (in no-quirks mode, which `<!DOCTYPE html>` gives).
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer',
  'header', 'hgroup', 'main', 'menu', 'nav', 'ol', 'p', 'search', 'section', 'summary', 'ul', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre',
  'listing', 'form', 'li', 'dd', 'dt', 'plaintext', 'table', 'hr', 'xmp',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
// Start tags the parser renames, ignores or answers by rebuilding part of the tree wherever they appear,
// or that switch the tokenizer to a mode this one does not follow.
const IRREGULAR_ANYWHERE = new Set(['image', 'frameset', 'frame', 'plaintext', 'annotation-xml', 'mglyph', 'malignmark']);
// Table parts: the parser ignores them outside a table, and moves other content out of a table.
const TABLE_PARTS = new Set(['caption', 'colgroup', 'col', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th']);
const TABLE_CONTEXT = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr', 'colgroup']);
const ALLOWED_IN_TABLE = new Set([...TABLE_PARTS, 'script', 'style', 'template']);
// Where each table part may stand without the parser adding or closing elements around it.
const TABLE_PART_PARENTS: Record<string, ReadonlySet<string>> = {
  caption: new Set(['table']),
  colgroup: new Set(['table']),
  col: new Set(['table', 'colgroup']),
  tbody: new Set(['table']),
  thead: new Set(['table']),
  tfoot: new Set(['table']),
  tr: new Set(['table', 'tbody', 'thead', 'tfoot']),
  td: new Set(['table', 'tbody', 'thead', 'tfoot', 'tr']),
  th: new Set(['table', 'tbody', 'thead', 'tfoot', 'tr']),
};
// Elements an end tag may leave open (implied end tags), so that a start tag of one of the ruby parts
// would close them.
const IMPLIED_END = new Set(['dd', 'dt', 'li', 'optgroup', 'option', 'p', 'rb', 'rp', 'rt', 'rtc']);
const RUBY_PARTS = new Set(['rb', 'rp', 'rt', 'rtc']);
// Elements that may hold only other head elements.
const HEAD_CONTENT = new Set(['base', 'basefont', 'bgsound', 'link', 'meta', 'title', 'noframes', 'style', 'script', 'template']);
// HTML start tags that end SVG or MathML content (`font` only with some attributes: always, here).
const FOREIGN_BREAKOUT = new Set([
  'b', 'big', 'blockquote', 'body', 'br', 'center', 'code', 'dd', 'div', 'dl', 'dt', 'em', 'embed', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'head', 'hr', 'i', 'img', 'li', 'listing', 'menu', 'meta', 'nobr', 'ol', 'p', 'pre', 'ruby', 's', 'small', 'span', 'strong', 'strike',
  'sub', 'sup', 'table', 'tt', 'u', 'ul', 'var', 'font',
]);
// SVG and MathML elements whose children are HTML again.
const HTML_INSIDE_SVG = new Set(['foreignobject', 'desc', 'title']);
const HTML_INSIDE_MATH = new Set(['mi', 'mo', 'mn', 'ms', 'mtext']);
// Open elements counted, for the start tags that close one of them when it is open.
const COUNTED = new Set(['p', 'a', 'button', 'nobr', 'form', 'select', 'ruby', 'template']);
// The HTML elements that bound an element's scope (the foreign ones are those that hold HTML).
const SCOPE_BOUNDARIES = new Set(['applet', 'caption', 'html', 'table', 'td', 'th', 'marquee', 'object', 'template']);
const BUTTON_SCOPE_BOUNDARIES = new Set([...SCOPE_BOUNDARIES, 'button']);
// Where the list of open formatting elements (an open `a`) starts afresh.
const FORMATTING_MARKERS = new Set(['applet', 'object', 'marquee', 'template', 'td', 'th', 'caption']);
// The HTML elements the parser treats as special: a list item's start tag stops looking for an open item
// at one of them (but `address`, `div` and `p`).
const SPECIAL = new Set([
  'address', 'applet', 'area', 'article', 'aside', 'base', 'basefont', 'bgsound', 'blockquote', 'body', 'br', 'button', 'caption', 'center',
  'col', 'colgroup', 'dd', 'details', 'dir', 'div', 'dl', 'dt', 'embed', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frame',
  'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr', 'html', 'iframe', 'img', 'input', 'keygen', 'li',
  'link', 'listing', 'main', 'marquee', 'menu', 'meta', 'nav', 'noembed', 'noframes', 'noscript', 'object', 'ol', 'p', 'param', 'plaintext',
  'pre', 'script', 'search', 'section', 'select', 'source', 'style', 'summary', 'table', 'tbody', 'td', 'template', 'textarea', 'tfoot', 'th',
  'thead', 'title', 'tr', 'track', 'ul', 'wbr', 'xmp',
]);
// The start tags and the parents the rules of `checkStart` name (other than `p` closing): the others need
// no check.
const RULED_NAMES = new Set([
  ...IRREGULAR_ANYWHERE, 'html', 'head', 'body', ...TABLE_PARTS, 'option', 'optgroup', ...HEADINGS, 'a', 'button', 'nobr', 'form', ...RUBY_PARTS, 'li', 'dd', 'dt',
]);
const RULED_PARENTS = new Set([undefined, 'html', 'head', ...TABLE_CONTEXT]);

const NOT_WHITESPACE = /[^\t\n\f\r ]/;

/** An open element. */
interface Open {
  name: string;
  /** Its namespace. */
  space: 'html' | 'svg' | 'math';
  /** Whether text in it is left out (it or an ancestor is unread or ignored). */
  hidden: boolean;
  /** Whether its children are SVG or MathML elements (it is one, and not one that holds HTML). */
  foreignChildren: boolean;
}

/** What the tokenizer knows of the document so far. */
interface State {
  stack: Open[];
  /** How many elements of each {@link COUNTED} name are open. */
  counts: Record<string, number>;
  /** The document's own elements met so far. */
  seen: Set<string>;
}

/** Thrown inside the tokenizer when the page needs the parser's repairs. */
class Irregular extends Error {}

const irregular = (): never => {
  throw new Irregular();
};

/** A tag, read from its `<` to just past its `>`. */
interface Tag {
  name: string;
  /** The index just past the tag's `>`, or -1 if the page ends inside the tag. */
  end: number;
  selfClosing: boolean;
  /** Whether it carries `data-pagefind-ignore`. */
  ignored: boolean;
}

const isSpace = (code: number) => code === 32 || code === 10 || code === 9 || code === 12 || code === 13;
const isAsciiAlpha = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const asciiLower = (text: string) => (/[A-Z]/.test(text) ? text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase()) : text);

/**
 * Read a start or end tag the way the HTML tokenizer does: the name up to a space, `/` or `>`, then
 * attributes (a quoted value may hold `>`), to the `>` that ends the tag.
 *
 * @param from The index of the name's first letter.
 */
function readTag(html: string, from: number): Tag {
  const length = html.length;
  let at = from;
  let upper = false;
  while (at < length) {
    const code = html.charCodeAt(at);
    if (isSpace(code) || code === 47 || code === 62) break;
    if (code >= 65 && code <= 90) upper = true;
    at++;
  }
  const name = html.slice(from, at);
  const tag: Tag = { name: upper ? asciiLower(name) : name, end: -1, selfClosing: false, ignored: false };
  for (;;) {
    while (at < length && isSpace(html.charCodeAt(at))) at++;
    if (at >= length) return tag;
    let code = html.charCodeAt(at);
    if (code === 62) {
      tag.end = at + 1;
      return tag;
    }
    if (code === 47) {
      if (html.charCodeAt(at + 1) === 62) {
        tag.selfClosing = true;
        tag.end = at + 2;
        return tag;
      }
      at++;
      continue;
    }
    // An attribute name: its first character may be anything (`=` too), then up to a space, `/`, `>` or `=`.
    const nameStart = at++;
    while (at < length) {
      code = html.charCodeAt(at);
      if (isSpace(code) || code === 47 || code === 62 || code === 61) break;
      at++;
    }
    if (at - nameStart === IGNORE_ATTRIBUTE.length && asciiLower(html.slice(nameStart, at)) === IGNORE_ATTRIBUTE) tag.ignored = true;
    while (at < length && isSpace(html.charCodeAt(at))) at++;
    if (html.charCodeAt(at) !== 61) continue;
    at++;
    while (at < length && isSpace(html.charCodeAt(at))) at++;
    code = html.charCodeAt(at);
    if (code === 34 || code === 39) {
      const close = html.indexOf(code === 34 ? '"' : "'", at + 1);
      if (close < 0) return tag;
      at = close + 1;
    } else {
      while (at < length) {
        code = html.charCodeAt(at);
        if (isSpace(code) || code === 62) break;
        at++;
      }
    }
  }
}

/** Where a comment that starts at `from` (`<!--`) ends: just past its `-->` (or `--!>`), or the page's end. */
function commentEnd(html: string, from: number): number {
  if (html.startsWith('>', from + 4)) return from + 5;
  if (html.startsWith('->', from + 4)) return from + 6;
  let at = from + 4;
  for (;;) {
    const dashes = html.indexOf('--', at);
    if (dashes < 0) return html.length;
    if (html.charCodeAt(dashes + 2) === 62) return dashes + 3;
    if (html.startsWith('!>', dashes + 2)) return dashes + 4;
    at = dashes + 1;
  }
}

/** Where the end tag of a raw text element starts (`</name` then a space, `/` or `>`), or -1. */
function rawTextEnd(html: string, from: number, name: string): number {
  let at = from;
  for (;;) {
    const open = html.indexOf('</', at);
    if (open < 0) return -1;
    const after = html.charCodeAt(open + 2 + name.length);
    if (asciiLower(html.slice(open + 2, open + 2 + name.length)) === name && (isSpace(after) || after === 47 || after === 62)) return open;
    at = open + 2;
  }
}

/** Text as a text node holds it: line breaks normalised, references decoded where the markup allows them. */
function textOf(raw: string, decode: boolean): string {
  const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  return decode && text.includes('&') ? decodeHTML(text) : text;
}

/**
 * The text nodes of a page the index reads, without a tree.
 *
 * @param html A whole page (`<!DOCTYPE html><html>…`), as the build writes it.
 * @returns The text nodes outside unread and ignored elements, in document order, or `undefined` if the
 *   page needs the parser's repairs to be read right.
 */
export function pageText(html: string): string[] | undefined {
  try {
    return tokenize(html);
  } catch (error) {
    if (error instanceof Irregular) return undefined;
    throw error;
  }
}

function tokenize(html: string): string[] {
  // The parser drops NUL characters in text but not elsewhere; pages never hold one.
  if (html.includes('\0')) irregular();
  const texts: string[] = [];
  const state: State = { stack: [], counts: Object.fromEntries([...COUNTED].map((name) => [name, 0])), seen: new Set() };
  const { stack, counts } = state;
  // The current text node: text since the last element, end tag or comment.
  let pending = '';
  // After `</body>`, comments go outside the body and do not split its text.
  let bodyClosed = false;

  const top = () => stack[stack.length - 1];
  const flush = () => {
    if (pending === '') return;
    const current = top();
    if (!current || current.name === 'html' || current.name === 'head' || TABLE_CONTEXT.has(current.name)) {
      // Text the parser would move: into a body it creates, or out of a table.
      if (NOT_WHITESPACE.test(pending)) irregular();
    }
    if (!current?.hidden) texts.push(pending);
    pending = '';
  };
  const push = (name: string, ignored: boolean, space: Open['space']) => {
    const parent = top();
    const foreignChildren = space === 'svg' ? !HTML_INSIDE_SVG.has(name) : space === 'math' && !HTML_INSIDE_MATH.has(name);
    stack.push({ name, space, hidden: (parent?.hidden ?? false) || ignored || UNREAD.has(name), foreignChildren });
    if (COUNTED.has(name)) counts[name]!++;
  };
  const pop = () => {
    const { name } = stack.pop()!;
    if (COUNTED.has(name)) counts[name]!--;
  };

  const length = html.length;
  let at = 0;
  while (at < length) {
    const open = html.indexOf('<', at);
    if (open < 0) {
      pending += textOf(html.slice(at), true);
      break;
    }
    if (open > at) pending += textOf(html.slice(at, open), true);
    at = open;
    const next = html.charCodeAt(at + 1);

    if (isAsciiAlpha(next)) {
      const tag = readTag(html, at + 1);
      if (tag.end < 0) break; // The page ends inside the tag, which is dropped.
      at = tag.end;
      flush();
      const parent = top();
      const name = tag.name;
      if (parent?.foreignChildren) {
        // An SVG or MathML element, in its parent's namespace: `/>` ends it. HTML elements that end foreign
        // content are not followed.
        if (FOREIGN_BREAKOUT.has(name) || IRREGULAR_ANYWHERE.has(name)) irregular();
        if (!tag.selfClosing) push(name, tag.ignored, parent.space);
        continue;
      }
      checkStart(name, state);
      if (name === 'svg' || name === 'math') {
        if (!tag.selfClosing) push(name, tag.ignored, name);
        continue;
      }
      if (VOID.has(name)) continue;
      push(name, tag.ignored, 'html');
      const raw = RAW_TEXT.has(name);
      if (raw || ESCAPABLE_RAW_TEXT.has(name)) {
        let end = rawTextEnd(html, at, name);
        if (end < 0) end = length;
        let content = html.slice(at, end);
        if (name === 'textarea') content = content.replace(/^\r?\n|^\r/, '');
        // In a script, `<!--` can hide the end tag; scripts here are never written that way.
        if (name === 'script' && content.includes('<!--')) irregular();
        pending = textOf(content, !raw);
        at = end;
      } else if (LEADING_NEWLINE_DROPPED.has(name)) {
        if (html.charCodeAt(at) === 13) at += html.charCodeAt(at + 1) === 10 ? 2 : 1;
        else if (html.charCodeAt(at) === 10) at += 1;
      }
      continue;
    }

    if (next === 47) {
      const third = html.charCodeAt(at + 2);
      if (isAsciiAlpha(third)) {
        const tag = readTag(html, at + 2);
        if (tag.end < 0) break;
        at = tag.end;
        // The parser keeps the body and the document open to the end, and text after them joins the body's.
        if (tag.name === 'body' || tag.name === 'html') {
          bodyClosed = true;
          continue;
        }
        flush();
        if (top()?.name !== tag.name) irregular();
        pop();
      } else if (third === 62) {
        at += 3; // `</>` is dropped.
      } else if (Number.isNaN(third)) {
        pending += '</';
        at = length;
      } else {
        // A bogus comment, up to the next `>`.
        if (!bodyClosed) flush();
        const end = html.indexOf('>', at + 2);
        at = end < 0 ? length : end + 1;
      }
      continue;
    }

    if (next === 33) {
      if (html.startsWith('<!--', at)) {
        if (!bodyClosed) flush();
        at = commentEnd(html, at);
      } else if (top() && top()!.space !== 'html' && html.startsWith('<![CDATA[', at)) {
        // Character data in SVG or MathML: text, joined to its neighbours.
        const end = html.indexOf(']]>', at + 9);
        pending += textOf(html.slice(at + 9, end < 0 ? length : end), false);
        at = end < 0 ? length : end + 3;
      } else {
        // A doctype (ignored after the start) or a bogus comment, up to the next `>`.
        if (!/^<!doctype/i.test(html.slice(at, at + 9)) && !bodyClosed) flush();
        const end = html.indexOf('>', at + 2);
        at = end < 0 ? length : end + 1;
      }
      continue;
    }

    if (next === 63) {
      if (!bodyClosed) flush();
      const end = html.indexOf('>', at + 2);
      at = end < 0 ? length : end + 1;
      continue;
    }

    pending += '<';
    at += 1;
  }
  flush();
  return texts;
}

/**
 * Whether an open HTML element of one of `names` is found, from the current element up, before one of
 * `boundaries` (or, for a scope, before an SVG or MathML element that holds HTML).
 */
function openWithin(stack: readonly Open[], names: ReadonlySet<string>, boundaries: ReadonlySet<string>, scope = true): boolean {
  for (let index = stack.length - 1; index >= 0; index--) {
    const open = stack[index]!;
    if (open.space === 'html' ? names.has(open.name) : false) return true;
    if (open.space === 'html' ? boundaries.has(open.name) : scope && !open.foreignChildren) return false;
  }
  return false;
}

const P = new Set(['p']);
const A = new Set(['a']);
const BUTTON = new Set(['button']);
const NOBR = new Set(['nobr']);
const LI = new Set(['li']);
const DD_DT = new Set(['dd', 'dt']);
const LIST_ITEM_BOUNDARIES = new Set([...SPECIAL].filter((name) => name !== 'address' && name !== 'div' && name !== 'p' && name !== 'li' && name !== 'dd' && name !== 'dt'));

/** Give up on an HTML start tag that the parser would not simply add as a child of the current element. */
function checkStart(name: string, { stack, counts, seen }: State): void {
  const parent = stack[stack.length - 1]?.name;
  const closesP = counts.p! > 0 && CLOSES_P.has(name) && openWithin(stack, P, BUTTON_SCOPE_BOUNDARIES);
  if (!RULED_NAMES.has(name) && !RULED_PARENTS.has(parent) && counts.select === 0 && !closesP) return;
  if (IRREGULAR_ANYWHERE.has(name) || closesP) irregular();
  // The document's own elements, each once, in place.
  if (name === 'html' || name === 'head' || name === 'body') {
    if (seen.has(name) || parent !== (name === 'html' ? undefined : 'html') || (name === 'body' && !seen.has('head'))) irregular();
    seen.add(name);
    return;
  }
  if (parent === undefined || parent === 'html') irregular();
  if (parent === 'head' && !HEAD_CONTENT.has(name)) irregular();
  if (parent !== undefined && TABLE_CONTEXT.has(parent) && !ALLOWED_IN_TABLE.has(name)) irregular();
  if (parent === 'colgroup' && name !== 'col' && name !== 'template') irregular();
  const parents = TABLE_PART_PARENTS[name];
  if (parents && !parents.has(parent!)) irregular();
  if (counts.select! > 0 && !(name === 'option' && (parent === 'select' || parent === 'optgroup')) && !(name === 'optgroup' && parent === 'select')) irregular();
  if ((name === 'option' || name === 'optgroup') && parent === 'option') irregular();
  if (HEADINGS.has(name) && HEADINGS.has(parent!)) irregular();
  // An open `a` is closed by another (unless a cell, a template... starts afresh), a `button` or `nobr` by
  // another in scope; a `form` in a form is dropped, outside templates.
  if (name === 'a' && counts.a! > 0 && openWithin(stack, A, FORMATTING_MARKERS, false)) irregular();
  if (name === 'button' && counts.button! > 0 && openWithin(stack, BUTTON, SCOPE_BOUNDARIES)) irregular();
  if (name === 'nobr' && counts.nobr! > 0 && openWithin(stack, NOBR, SCOPE_BOUNDARIES)) irregular();
  if (name === 'form' && counts.form! > 0 && counts.template === 0) irregular();
  if (RUBY_PARTS.has(name) && counts.ruby! > 0 && IMPLIED_END.has(parent!)) irregular();
  // An open item of the same kind closes, unless a special element other than `address`, `div` and `p` is
  // above it.
  if (name === 'li' && openWithin(stack, LI, LIST_ITEM_BOUNDARIES)) irregular();
  if ((name === 'dd' || name === 'dt') && openWithin(stack, DD_DT, LIST_ITEM_BOUNDARIES)) irregular();
}

/**
 * The same text nodes as {@link pageText}, from a full HTML5 parse of the page: slower, but right for any
 * markup. The reference the tokenizer is tested against, and what it falls back to.
 */
export function parsedPageText(html: string): string[] {
  const texts: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'text') texts.push(node.value);
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element' && (UNREAD.has(node.tagName) || ignored(node))) return;
    for (const child of node.children) walk(child as Nodes);
  };
  walk(fromHtml(html));
  return texts;
}

function ignored(element: Element): boolean {
  return element.properties.dataPagefindIgnore !== undefined;
}

/**
 * The readable text of an HTML page, without scripts and without what the index ignores: the tokenizer's
 * text, or the parser's where the page needs it.
 *
 * @param html A whole page.
 * @param onParsed Told when the page had to be parsed.
 */
export function indexedText(html: string, onParsed?: () => void): string[] {
  const texts = pageText(html);
  if (texts) return texts;
  onParsed?.();
  return parsedPageText(html);
}
