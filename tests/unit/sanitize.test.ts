import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../support/html.ts';

describe('the edition’s HTML schema', () => {
  it('keeps the markup contract as it is: ids unprefixed, data attributes, time values, popover buttons', () => {
    const html =
      '<span id="bush-once-called-him-pygmy-3k9f" data-tag="claim" data-claim="x" data-claim-type="fact" data-verdict="accurate">' +
      '<time data-tag="date" datetime="2007-12" data-start="2007-12-01" data-end="2007-12-31">December</time>' +
      '<span class="markers" data-ui=""><a class="marker" href="#n1" aria-details="n1" data-layer="claim">1</a>' +
      '<button class="marker" type="button" popovertarget="n1" data-ui="">1</button></span>' +
      '</span><div class="note" id="n1" data-note="" role="note" popover="auto" aria-label="Note 1"><a href="https://example.org/a" rel="noopener noreferrer external">a</a></div>';
    expect(sanitizeHtml(html)).toBe(html);
  });

  it('removes what could run or load: scripts, handlers, javascript: and data: links, frames, styles', () => {
    const html =
      '<span onclick="x()">a</span><script>alert(1)</script><a href="javascript:alert(1)">b</a>' +
      '<a href="data:text/html,x">c</a><iframe src="/x/"></iframe><span style="color:red">d</span><img src="x" onerror="y()">';
    expect(sanitizeHtml(html)).toBe('<span>a</span><a>b</a><a>c</a><span>d</span><img src="x">');
  });

  it('keeps a button only as a plain button: no form submission', () => {
    expect(sanitizeHtml('<button type="submit" formaction="/x">go</button>')).toBe('<button>go</button>');
  });
});
