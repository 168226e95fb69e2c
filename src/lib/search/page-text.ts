/**
 * The text of a built page that the search index reads, streamed by htmlparser2 without building a tree.
 * It does not repair markup as an HTML5 parser does, which this site's pages never need; the build tests
 * hold its text to a full parse's on every built page.
 */
import { Parser } from 'htmlparser2';

/** Elements whose text the index never reads (besides those marked `data-pagefind-ignore`). */
const UNREAD = new Set(['script', 'style', 'template', 'noscript', 'svg']);

/** Elements whose first newline an HTML5 parser drops. */
const LEADING_NEWLINE_DROPPED = new Set(['pre', 'listing', 'textarea']);

/** The text nodes of a whole built page outside unread and ignored elements, in document order. */
export function pageText(html: string): string[] {
  const texts: string[] = [];
  // Whether each open element is left out (it or an ancestor is unread or ignored).
  const hidden: boolean[] = [];
  // The parser may report one text node in pieces (around a character reference): they are joined here.
  let pending = '';
  let dropNewline = false;
  const flush = () => {
    if (pending !== '' && !hidden.at(-1)) texts.push(pending);
    pending = '';
    dropNewline = false;
  };
  const parser = new Parser({
    onopentag(name, attributes) {
      flush();
      hidden.push(hidden.at(-1) === true || UNREAD.has(name) || 'data-pagefind-ignore' in attributes);
      dropNewline = LEADING_NEWLINE_DROPPED.has(name);
    },
    onclosetag() {
      flush();
      hidden.pop();
    },
    ontext(text) {
      pending += dropNewline && pending === '' && text.startsWith('\n') ? text.slice(1) : text;
      dropNewline = false;
    },
    oncomment: flush,
  });
  // Line breaks normalised first, as an HTML5 parser does before it reads the page.
  parser.end(html.includes('\r') ? html.replace(/\r\n?/g, '\n') : html);
  flush();
  return texts;
}
