import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync, existsSync } from 'node:fs';
import { createFixtureSite } from '../support/fixture-site.ts';

const fixtures = join(process.cwd(), 'tests/fixtures/content');

describe('whole-site builds of fixture content', () => {
  it('a build with an unknown author id fails, naming the file, line, column and field', async () => {
    const site = createFixtureSite(join(fixtures, 'unknown-author/content'));
    try {
      const { code, output } = await site.build();
      expect(code).not.toBe(0);
      expect(output).toContain('content/articles/op-ed.md\n5:5-5:15 error Unknown author id `bob-nobody` in `authors.1`');
      expect(existsSync(join(site.dist, 'index.html'))).toBe(false);
    } finally {
      site.remove();
    }
  });

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
