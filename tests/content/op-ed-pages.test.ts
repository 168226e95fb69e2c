import { describe, expect, it } from 'vitest';
import { ledgerClaims, ledgerListing } from '../../src/lib/views/ledger.ts';
import { collectEvents } from '../../src/lib/views/timeline.ts';
import { timelineYears } from '../../src/lib/views/timeline-periods.ts';
import { tagArticle } from '../support/pipeline.ts';

const { model } = await tagArticle(process.cwd(), 'diplomatic-about-face');
const article = { slug: 'diplomatic-about-face', title: 'A Diplomatic About-Face', model };

describe('the op-ed’s own pages', () => {
  it('list every sentence in the ledger, none of them only counted', () => {
    const all = ledgerClaims([article]);
    expect(all.length).toBeGreaterThan(20);
    expect(ledgerListing(all)).toEqual({ listed: all, counted: [] });
  });

  it('draw the whole timeline on one page', () => {
    const events = collectEvents([article]);
    expect(events.length).toBeGreaterThan(20);
    expect(timelineYears(events)).toEqual([]);
  });
});
