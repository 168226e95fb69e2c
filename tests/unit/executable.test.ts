import { describe, expect, it } from 'vitest';
import { executableMarkup } from '../support/executable.ts';

describe('the scan for executable markup', () => {
  it('finds inline and foreign scripts, handlers, script URLs and frames, and passes the site’s own scripts and JSON-LD', () => {
    const html = `<!DOCTYPE html><html><head><script type="module" src="/_astro/a.js"></script>
      <script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body>
      <script>alert(1)</script><script src="https://evil.example/x.js"></script>
      <img src="x" onerror="alert(1)"><a href=" java\tscript:alert(1)">x</a><a href="DATA:text/html,x">y</a>
      <iframe src="/x/"></iframe><a href="/articles/x/">ok</a></body></html>`;
    expect(executableMarkup(html, 'page.html')).toEqual([
      "page.html: <script> script that is not the site's own module (type=classic, src=undefined)",
      "page.html: <script> script that is not the site's own module (type=classic, src=https://evil.example/x.js)",
      'page.html: <img> event handler onError',
      'page.html: <a> href=" java\tscript:alert(1)"',
      'page.html: <a> href="DATA:text/html,x"',
      'page.html: <iframe> element that loads active content',
    ]);
  });

  it('finds a JSON-LD block that is not JSON and a refresh', () => {
    const html = `<!DOCTYPE html><html><head><meta http-equiv="refresh" content="0;url=/x/">
      <script type="application/ld+json">{"a": </script></head><body></body></html>`;
    expect(executableMarkup(html, 'p.html')).toEqual(['p.html: <meta> refresh', 'p.html: <script> JSON-LD block that is not JSON']);
  });
});
