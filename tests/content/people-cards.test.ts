import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/loader/check.ts';

/**
 * Wikidata ids the editors checked belong to the named person, and how. A card may give an id only once it
 * is recorded here; an id not listed (or different) fails the test, so an unchecked id cannot slip in.
 */
const VERIFIED_WIKIDATA: Record<string, { id: string; checked: string }> = {
  'george-w-bush': { id: 'Q207', checked: 'Q207 is labelled George W. Bush, 43rd President, born 1946-07-06, in stored Wikidata extracts.' },
  // Q41117, given before, is Kim Il Sung (the father); corrected 2026-11-29.
  'kim-jong-il': { id: 'Q10665', checked: 'Q10665 is Kim Jong Il per the independent audit of November 2026 (issue 12); Q41117 is Kim Il Sung.' },
};

const { registry, problems } = checkContent(process.cwd());

describe('person cards', () => {
  it('the register is read without problems', () => {
    expect(problems).toEqual([]);
    expect(registry.size).toBeGreaterThan(0);
  });

  for (const [id, person] of registry) {
    it(`${id} lists later roles or says why there are none`, () => {
      const hasRoles = person.rolesLater.length > 0;
      const hasReason = (person.rolesLaterNote ?? '').trim().length > 0;
      expect(hasRoles || hasReason, `${id}: add rolesLater, or rolesLaterNote saying why none is given`).toBe(true);
      // One or the other: a reason beside a list would contradict it.
      expect(hasRoles && hasReason, `${id}: rolesLaterNote is only for a card without later roles`).toBe(false);
    });

    it(`${id} gives a Wikidata id only when it was checked to be this person`, () => {
      if (person.wikidata === undefined) return expect(VERIFIED_WIKIDATA[id]).toBeUndefined();
      expect(VERIFIED_WIKIDATA[id]?.id, `${id}: ${person.wikidata} is not recorded as checked`).toBe(person.wikidata);
    });
  }

  it('every checked id is on its card', () => {
    for (const [id, { id: wikidata }] of Object.entries(VERIFIED_WIKIDATA)) expect(registry.get(id)?.wikidata).toBe(wikidata);
  });
});
