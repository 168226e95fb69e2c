import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/loader/check.ts';

describe('the corrections logs', () => {
  it('every note or card a real correction names exists', () => {
    const report = checkContent(process.cwd());
    const ids = new Set<string>();
    for (const file of report.annotations.values()) for (const entry of file.notes) ids.add(entry.id);
    for (const file of report.annotations.values()) {
      expect(file.corrections.length).toBeGreaterThan(1);
      for (const entry of file.corrections) for (const id of entry.notes) expect(ids.has(id), id).toBe(true);
    }
  });
});
