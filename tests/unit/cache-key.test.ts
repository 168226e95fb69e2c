import { describe, expect, it } from 'vitest';
import { cacheKey } from '../../src/lib/views/cache-key.ts';

describe('a page cache key', () => {
  const page = { person: { id: 'kim-jong-il', mentions: [{ slug: 'a', text: 'Kim' }] }, showArticle: false };

  it('is the same for the same data, built afresh', () => {
    expect(cacheKey(structuredClone(page))).toBe(cacheKey(page));
    expect(cacheKey(page)).toMatch(/^[0-9a-f]{40}$/);
  });

  it('changes with any value the page renders, however deep', () => {
    const deeper = structuredClone(page);
    deeper.person.mentions[0]!.text = 'Kim Jong Il';
    expect(cacheKey(deeper)).not.toBe(cacheKey(page));
    expect(cacheKey({ ...page, showArticle: true })).not.toBe(cacheKey(page));
    expect(cacheKey('digest-1')).not.toBe(cacheKey('digest-2'));
  });

  it('refuses data it cannot see into, rather than keying a page on part of it', () => {
    expect(() => cacheKey({ Content: () => 'html' })).toThrow(/function/);
    expect(() => cacheKey({ byId: new Map([['a', 1]]) })).toThrow(/Map or Set/);
  });
});
