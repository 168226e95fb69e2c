/**
 * `npm run check:content` on the edition's own content: status 0, and a summary that says so.
 * (tests/content/annotations.test.ts proves the check itself finds no problem in it.)
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

describe('the edition’s content', () => {
  it('passes `npm run check:content`, which says so and exits 0', () => {
    const result = spawnSync(process.execPath, ['scripts/check-content.ts'], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(/^The content has (no problems|\d+ warnings? and no errors)\.$/);
  }, 60_000);
});
