import { describe, expect, it } from 'vitest';
import { normaliseBase, withBase } from '../../src/lib/views/routes.ts';

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
