import { describe, expect, it } from 'vitest';
import { claimPath, pageHit, searchPath, verdictKey, type ResultData } from '../../src/scripts/search.ts';
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

describe('pageHit', () => {
  const timeline: ResultData = {
    url: '/timeline/',
    excerpt: '',
    content: 'Timeline. The events as a list 5 September 1998 Kim re-elected 14 July 2007 Yongbyon shut down Mentions',
    locations: [13],
    meta: { title: 'Timeline' },
    sub_results: [{ url: '/timeline/#timeline-list-title', title: 'The events as a list', excerpt: 'the list' }],
    anchors: [
      { element: 'h2', id: 'timeline-list-title', text: 'The events as a list', location: 1 },
      { element: 'li', id: 'event-kim', text: '5 September 1998 Kim re-elected', location: 6 },
      { element: 'li', id: 'event-yongbyon', text: '14 July 2007 Yongbyon shut down', location: 11 },
    ],
  };

  it('lands on the list item that holds the match, not on its list’s heading', () => {
    expect(pageHit(timeline, 14).url).toBe('/timeline/#event-yongbyon');
    expect(pageHit(timeline, 8).url).toBe('/timeline/#event-kim');
    expect(pageHit(timeline).url).toBe('/timeline/#event-yongbyon');
  });

  it('keeps the section’s heading when no list item holds the match, and a person’s page itself', () => {
    expect(pageHit(timeline, 17).url).toBe('/timeline/#timeline-list-title');
    expect(pageHit(timeline, 2).url).toBe('/timeline/#timeline-list-title');
    expect(pageHit({ ...timeline, url: '/people/x/', meta: { title: 'X', role: 'Envoy' } }, 14).url).toBe('/people/x/');
  });
});
