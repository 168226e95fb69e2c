import { describe, expect, it } from 'vitest';
import { pageText } from '../../src/lib/search/page-text.ts';
import { parsedPageText } from '../support/html.ts';
import { random } from '../../scripts/random.ts';

/** A whole page around some body markup, the way the build writes one (the title is a text node too). */
const page = (body: string, head = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Title</title>${head}</head><body>${body}</body></html>`;

/** Text nodes that hold more than whitespace (the parser drops some whitespace the stream keeps). */
const visible = (texts: string[] | undefined) => texts?.filter((text) => /[^\t\n\f\r ]/.test(text));

/** The text of a body, checked against the parser's, without the title. */
function read(body: string, head = ''): string[] {
  const html = page(body, head);
  const fast = visible(pageText(html))!;
  expect(fast, `stream and parser differ on ${body}`).toEqual(visible(parsedPageText(html)));
  return fast.slice(1);
}

describe('the text of a built page, without a tree', () => {
  it('gives each text node apart, as the parser does, so words on either side of a tag stay apart', () => {
    expect(read('<p>foo<b>bar</b>baz</p><p>one</p>two')).toEqual(['foo', 'bar', 'baz', 'one', 'two']);
    expect(pageText(page('<p>a</p>'))[0]).toBe('Title');
  });

  it('leaves out elements marked data-pagefind-ignore, nested ones and all they hold', () => {
    expect(read('<div data-pagefind-ignore><div>a<div data-pagefind-ignore="all">b</div>c</div>d</div>e')).toEqual(['e']);
    expect(read('<header data-pagefind-ignore="all"><nav><a href="/">Home</a></nav></header><main><p>Kept</p></main>')).toEqual(['Kept']);
    expect(read('<p DATA-PAGEFIND-IGNORE>upper</p><p data-pagefind-ignore=x>unquoted</p><p>seen</p>')).toEqual(['seen']);
    expect(read('<p class="a" data-pagefind-ignore class="b">dup</p>after')).toEqual(['after']);
  });

  it('finds the end of an ignored element past elements of the same name inside it', () => {
    expect(read('<section data-pagefind-ignore><section><section>x</section>y</section>z</section>visible<section>also</section>')).toEqual([
      'visible',
      'also',
    ]);
    expect(read('<span data-pagefind-ignore><span>a</span><span><span>b</span></span></span><span>c</span>')).toEqual(['c']);
  });

  it('does not take the attribute in a value, or a name that only starts like it, for the marker', () => {
    expect(read('<p title="data-pagefind-ignore">one</p><p data-pagefind-ignored>two</p><p data-pagefind-ignore-not="1">three</p>')).toEqual([
      'one',
      'two',
      'three',
    ]);
  });

  it('opens nothing for void elements, marked ones included', () => {
    expect(read('<p>a<br>b<input data-pagefind-ignore>c<img src="x.png" alt="not text">d<wbr/>e</p><hr>f')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(read('<div><meta itemprop="x" data-pagefind-ignore><link rel="x" href="y">after</div>')).toEqual(['after']);
  });

  it('skips comments, which split text, whatever they hold', () => {
    expect(read('<p>a<!-- <b>not</b> > --> -->b</p>')).toEqual(['a', ' -->b']);
    expect(read('<p>a<!---->b<!-->c<!--->d<!-- x --!>e<!-- <div data-pagefind-ignore> -->f</p>')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(read('<p>a<?php echo 1 ?>b<!bogus>c</p>')).toEqual(['a', 'b', 'c']);
  });

  it('leaves out script, style, template, noscript and svg contents, markup-like text in them included', () => {
    expect(
      read(
        '<p>a</p><script>if (a < b && c > d) document.write("</div><p>no</p>")</script><style>p > a { content: "</p>" }</style>' +
          '<template><p>no</p><div data-pagefind-ignore>no</div></template><noscript><p>no</p></noscript>' +
          '<svg viewBox="0 0 1 1"><title>no</title><desc><p>no</p></desc><path d="M0 0"/><text>no<tspan>no</tspan></text></svg><p>b</p>',
      ),
    ).toEqual(['a', 'b']);
    expect(read('<script type="application/ld+json">{"name": "</scripts>"}</script ><p>after</p>')).toEqual(['after']);
  });

  it('reads MathML text, and text in raw text elements the index does not leave out', () => {
    expect(read('<p><math><mi>x</mi><mo>=</mo><mn>2</mn><mspace/></math></p>')).toEqual(['x', '=', '2']);
    // HTML inside MathML and SVG: a block there does not close the paragraph around them.
    expect(read('<p>a<math><mtext><div>b</div></mtext></math>c</p>')).toEqual(['a', 'b', 'c']);
    expect(read('<ul><li><template><li>t</li></template>d</li></ul>')).toEqual(['d']);
    expect(read('<textarea>\n<b>bold</b> &amp; more</textarea><pre>\nkept</pre>')).toEqual(['<b>bold</b> & more', 'kept']);
  });

  it('decodes character references as the parser does', () => {
    expect(read('<p>Tom&#39;s &amp; Jerry&#x27;s &quot;show&quot; &lt;3 &gt;</p>')).toEqual([`Tom's & Jerry's "show" <3 >`]);
    expect(read('<p>a&nbsp;b &mdash; &copy &notit; AT&T &foo; &#x80; &#0; &#x110000; &amp</p>')).toEqual([
      'a\u00a0b — © ¬it; AT&T &foo; € \ufffd \ufffd &',
    ]);
    expect(read('<p title="&amp; attributes are not text">a &lt; b</p>')).toEqual(['a < b']);
  });

  it('reads past a > in a quoted attribute value, and a < that opens no tag', () => {
    expect(read(`<a title="a > b" data-x='c>d' href=/x>link</a> 1 < 2 <3 <`)).toEqual(['link', ' 1 < 2 <3 <']);
    expect(read(`<p data-pagefind-ignore title="x > y">hidden <span title='>'>still</span></p>shown`)).toEqual(['shown']);
  });

  it('keeps line breaks as the parser gives them', () => {
    expect(read('<p>a\r\nb\rc&#13;d</p>')).toEqual(['a\nb\nc\rd']);
  });

  it('agrees with the parser on generated pages', () => {
    const next = random(42);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    const words = ['alpha', 'Beta', 'gamma’s', 'AT&amp;T', 'x &lt; y', '&#39;quoted&#39;', '&quot;q&quot;', 'caf&eacute;', '&#x2014;', 'a > b', ' ', '\n'];
    const attributes = () =>
      [
        next() < 0.3 ? ` class="c${Math.floor(next() * 9)}"` : '',
        next() < 0.2 ? ` title="${pick(['a > b', "it's", 'x<y', 'data-pagefind-ignore'])}"` : '',
        next() < 0.2 ? pick([' data-pagefind-ignore', ' data-pagefind-ignore="all"', ' DATA-PAGEFIND-IGNORE']) : '',
        next() < 0.1 ? ' hidden' : '',
      ].join('');
    const PHRASING = ['span', 'em', 'strong', 'code', 'cite', 'mark', 'time', 'label', 'a', 'button'];
    const FLOW = ['div', 'section', 'article', 'header', 'footer', 'nav', 'blockquote', 'figure'];
    // Markup the parser takes as it is: phrasing inside phrasing, no `a` in `a`, no `button` in `button`.
    const content = (depth: number, flow: boolean, open: Set<string>): string => {
      let html = '';
      const count = Math.floor(next() * 4);
      for (let index = 0; index < count; index++) {
        const roll = next();
        if (roll < 0.3 || depth > 4) html += pick(words);
        else if (roll < 0.35) html += `<!-- ${pick(['note', '<p>', '--!', '>'])} -->`;
        else if (roll < 0.42) html += pick(['<br>', '<img src="a.png" alt="x">', '<input data-pagefind-ignore>', '<wbr/>']);
        else if (roll < 0.46) html += pick(['<script>var a = "</div>" < 1;</script>', '<template><p>t</p></template>', '<noscript><span>n</span></noscript>']);
        else if (roll < 0.5) html += '<svg viewBox="0 0 2 2"><title>s</title><circle r="1"/><g><text>svg</text></g></svg>';
        else if (roll < 0.52) html += '<math><mi>m</mi></math>';
        else if (flow && roll < 0.6) html += `<p${attributes()}>${content(depth + 1, false, open)}</p>`;
        else if (flow && roll < 0.66) html += `<ul${attributes()}><li>${content(depth + 1, true, open)}</li><li${attributes()}>${content(depth + 1, false, open)}</li></ul>`;
        else if (flow && roll < 0.7) html += `<dl><dt>${content(depth + 1, false, open)}</dt><dd${attributes()}>${content(depth + 1, true, open)}</dd></dl>`;
        else if (flow && roll < 0.8) {
          const name = pick(FLOW);
          html += `<${name}${attributes()}>${content(depth + 1, true, open)}</${name}>`;
        } else {
          const name = pick(PHRASING.filter((candidate) => !open.has(candidate)));
          const inner = name === 'a' || name === 'button' ? new Set([...open, name]) : open;
          html += `<${name}${attributes()}>${content(depth + 1, false, inner)}</${name}>`;
        }
      }
      return html;
    };
    for (let index = 0; index < 400; index++) {
      const body = content(0, true, new Set());
      expect(visible(pageText(page(body))), body).toEqual(visible(parsedPageText(page(body))));
    }
  });
});
