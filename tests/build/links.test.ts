/**
 * No broken internal links: in the root build (`dist/`) and the sub-path build (`dist-subpath/`,
 * BASE_PATH=/edition/), every internal href, src and cite reaches a built file, and every `#fragment`
 * names an element in the page it points to.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrokenLinks, formatBrokenLink, htmlPages } from '../support/links.ts';

const ROOT = process.cwd();

describe('internal links of the built site', () => {
  for (const [folder, base] of [['dist', '/'], ['dist-subpath', '/edition/']] as const) {
    it(`every internal link and fragment in ${folder}/ (base ${base}) resolves`, () => {
      const dist = join(ROOT, folder);
      expect(existsSync(join(dist, 'index.html')), `${folder}/ is built by npm test`).toBe(true);
      expect(htmlPages(dist).length).toBeGreaterThan(3);
      expect(findBrokenLinks(dist, base).map(formatBrokenLink)).toEqual([]);
    });
  }

  it('the checker reports a missing page, a missing fragment, a link outside the base and a folder without its slash', () => {
    const dist = mkdtempSync(join(tmpdir(), 'edition-links-'));
    try {
      mkdirSync(join(dist, 'about'));
      writeFileSync(join(dist, 'about/index.html'), '<!doctype html><title>About</title><h1 id="method">Method</h1>');
      writeFileSync(join(dist, 'style.css'), '');
      writeFileSync(
        join(dist, 'index.html'),
        `<!doctype html><title>Home</title><link rel="stylesheet" href="/edition/style.css">
        <a href="/edition/about/#method">ok</a> <a href="about/#method">ok, relative</a> <a href="#here" id="here">ok</a>
        <a href="https://example.org/x">external</a> <a href="mailto:a@example.org">mail</a>
        <a href="/edition/people/">missing page</a> <a href="/edition/about/#verdicts">missing fragment</a>
        <a href="/about/">outside the base</a> <a href="/edition/about">no slash</a> <img src="/edition/missing.png" alt="">`,
      );
      expect(findBrokenLinks(dist, '/edition/').map(formatBrokenLink)).toEqual([
        'index.html: <a href>="/edition/people/": Missing people/index.html in the build',
        'index.html: <a href>="/edition/about/#verdicts": Missing element with id "verdicts" in about/index.html',
        'index.html: <a href>="/about/": Unexpected path outside the base /edition/, expected every internal link to respect the base',
        'index.html: <a href>="/edition/about": Unexpected link to a folder without its trailing slash, expected /edition/about/',
        'index.html: <img src>="/edition/missing.png": Missing missing.png in the build',
      ]);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
