/**
 * No broken internal links: in the root build (`dist/`) and the sub-path build (`dist-subpath/`,
 * BASE_PATH=/edition/), every internal href, src and cite reaches a built file, and every `#fragment`
 * names an element in the page it points to.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrokenLinks, htmlPages } from '../support/links.ts';

const ROOT = process.cwd();

describe('internal links of the built site', () => {
  for (const [folder, base] of [['dist', '/'], ['dist-subpath', '/edition/']] as const) {
    it(`every internal link and fragment in ${folder}/ (base ${base}) resolves`, async () => {
      const dist = join(ROOT, folder);
      expect(existsSync(join(dist, 'index.html')), `${folder}/ is built by npm test`).toBe(true);
      expect(htmlPages(dist).length).toBeGreaterThan(3);
      expect(await findBrokenLinks(dist, base)).toEqual([]);
    });
  }

  it('the checker reports a missing page, a missing fragment, a link outside the base and a folder without its slash', async () => {
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
      expect((await findBrokenLinks(dist, '/edition/')).sort()).toEqual([
        '/edition/: /about/: status 404',
        "/edition/: /edition/about/#verdicts: Fragment identifier '#verdicts' not found on page",
        '/edition/: /edition/about: Redirect detected (/edition/about to /edition/about/) but redirects are disabled',
        '/edition/: /edition/missing.png: status 404',
        '/edition/: /edition/people/: status 404',
      ]);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
