import { describe, expect, it } from 'vitest';
import { normaliseBase, routes, withBase } from '../../src/lib/views/routes.ts';

describe('base paths', () => {
  it('normalises BASE_PATH to one leading and one trailing slash', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('edition')).toBe('/edition/');
    expect(normaliseBase('/any/sub/path')).toBe('/any/sub/path/');
    expect(normaliseBase('//a/b//')).toBe('/a/b/');
  });

  it('refuses a BASE_PATH that is not a plain path', () => {
    expect(() => normaliseBase('/a/../b')).toThrow(/expected a path such as \/edition\//);
    expect(() => normaliseBase('https://example.org/x')).toThrow(/Unexpected BASE_PATH/);
    expect(() => normaliseBase('/a b/')).toThrow(/Unexpected BASE_PATH/);
  });

  it('joins the base and a site path', () => {
    expect(withBase('/', 'claims/')).toBe('/claims/');
    expect(withBase('/edition/', '/claims/')).toBe('/edition/claims/');
    expect(withBase('/edition', 'about/')).toBe('/edition/about/');
  });
});

describe('the search page’s address', () => {
  it('carries words and filters as the search page reads them back', () => {
    expect(routes.search()).toBe('search/');
    expect(routes.search('nuclear program')).toBe('search/?q=nuclear%20program');
    expect(routes.search('a+b & c')).toBe('search/?q=a%2Bb%20%26%20c');
    const path = routes.search(undefined, { type: ['Fact', 'Opinion'], year: ['2007'] });
    expect(path).toBe('search/?type=Fact&type=Opinion&year=2007');
    // What search-page.ts reads: URLSearchParams over the query string.
    const params = new URLSearchParams(routes.search('Kim’s letter', { person: ['Kim Jong Il'] }).split('?')[1]);
    expect(params.get('q')).toBe('Kim’s letter');
    expect(params.getAll('person')).toEqual(['Kim Jong Il']);
  });
});
