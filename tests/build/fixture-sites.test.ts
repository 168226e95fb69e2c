import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { createFixtureSite } from '../support/fixture-site.ts';

describe('whole-site builds of fixture content', () => {
  it('a minimal op-ed with no registry entry builds, with its people and dates tagged', async () => {
    const site = createFixtureSite(join(process.cwd(), 'tests/fixtures/sites/minimal/content'));
    try {
      const { code, output } = await site.build();
      expect(code, output).toBe(0);
      const html = readFileSync(join(site.dist, 'articles/minimal-op-ed/index.html'), 'utf8');
      expect(html).toContain('data-tag="person" data-person="unregistered-condoleezza-rice"');
      expect(html).toMatch(/<time[^>]*data-tag="date"[^>]*datetime="2024-W10"[^>]*>earlier this week<\/time>/);
      expect(html).toMatch(/data-tag="claim"[^>]*data-claim-type="recommendation"/);
      expect(output).toContain('people/unregistered');
    } finally {
      site.remove();
    }
  });
});
