import { describe, expect, it } from 'vitest';
import { claimPath, searchPath, verdictKey } from '../../src/scripts/search.ts';
import { VERDICT_LABELS } from '../../src/lib/views/labels.ts';
import { routes } from '../../src/lib/views/routes.ts';

// The search script spells these without the site's tables, to stay small; they must agree with the tables.
describe('the search script’s own spellings', () => {
  it('turns every verdict label back into its key', () => {
    const keys = Object.keys(VERDICT_LABELS);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(verdictKey(VERDICT_LABELS[key as keyof typeof VERDICT_LABELS].label)).toBe(key);
  });

  it('links to the search page as routes.search does', () => {
    for (const query of ['iran', 'Kim Jong-il', "what's the NIE?", 'a+b & c/d', 'café “quoted”', '100% (sure)!~*']) {
      expect(searchPath(query)).toBe(routes.search(query));
    }
  });

  it('links to a claim’s page as routes.claim does with an encoded id', () => {
    for (const id of ['if-you-informed-most-experts-in-4uxa', 'odd id/with?chars']) {
      expect(claimPath(id)).toBe(routes.claim(encodeURIComponent(id)));
    }
  });
});
