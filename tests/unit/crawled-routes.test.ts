import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crawledRoutes, spaced } from '../../src/integrations/pagefind.ts';

describe('the pages the search index crawls', () => {
  const folder = mkdtempSync(join(tmpdir(), 'crawl-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const routes = ['', 'about/', 'articles/op-ed/', 'claims/', 'claims/bush-wrote-ab12/', 'people/', 'people/kim-jong-il/', 'search/', 'timeline/', 'timeline/2007/', 'timeline/2007-03/', 'pagefind/x/'];
  for (const route of routes) {
    mkdirSync(join(folder, route), { recursive: true });
    writeFileSync(join(folder, route, 'index.html'), '<p>words</p>');
  }
  writeFileSync(join(folder, '404.html'), '<p>not found</p>');

  it('are the pages whose words no article record holds: not the reading, claim, search or timeline period pages', () => {
    expect(crawledRoutes(folder)).toEqual(['', 'about/', 'claims/', 'people/', 'people/kim-jong-il/', 'timeline/']);
  });
});

describe('the copy of a page the index reads', () => {
  it('keeps the words of neighbouring inline elements apart, and leaves the rest as it is', () => {
    expect(spaced('<li><time>5 September 1998</time><span>What happened</span><a href="#x">North Korea</a></li>')).toBe(
      '<li><time>5 September 1998</time> <span>What happened</span> <a href="#x">North Korea</a></li>',
    );
    expect(spaced('<p><span>Kim</span>’s <span>letter</span></p>')).toBe('<p><span>Kim</span>’s <span>letter</span></p>');
  });
});
