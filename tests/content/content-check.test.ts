/**
 * The edition's own content passes the content check that every command runs first (the build, the dev
 * server, `npm run tag`, `npm test`), and `npm run check:content` says so with status 0.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatMessages } from '../../src/lib/content/diagnostics.ts';

describe('the edition’s content', () => {
  it('has no content error', () => {
    const errors = checkContent(process.cwd()).problems.filter((problem) => problem.fatal);
    expect(errors, formatMessages(errors)).toEqual([]);
  });

  it('passes `npm run check:content`, which says so and exits 0', () => {
    const result = spawnSync(process.execPath, ['scripts/check-content.ts'], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(/^The content has (no problems|\d+ warnings? and no errors)\.$/);
  }, 60_000);
});
