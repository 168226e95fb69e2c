import { describe, expect, it } from 'vitest';
import { parseSynonyms, SynonymsError } from '../../src/lib/search/synonyms.ts';

describe('the synonyms file', () => {
  it('reads sets of names', () => {
    expect(parseSynonyms('synonyms:\n  - [Iran, Tehran]\n  - [NIE, "National Intelligence Estimate"]\n')).toEqual([
      ['Iran', 'Tehran'],
      ['NIE', 'National Intelligence Estimate'],
    ]);
    expect(parseSynonyms('# nothing yet\n')).toEqual([]);
  });

  it('stops at a set of one name, an empty name, another key or bad YAML, saying where', () => {
    const error = (text: string) => {
      try {
        parseSynonyms(text, 'content/synonyms.yaml');
      } catch (caught) {
        expect(caught).toBeInstanceOf(SynonymsError);
        return (caught as Error).message;
      }
      throw new Error('expected an error');
    };
    expect(error('synonyms:\n  - [Iran, Tehran]\n  - [Libya]\n')).toMatch(/^content\/synonyms\.yaml:3:5: Unexpected set of one name/);
    expect(error('synonyms:\n  - [Iran, ""]\n')).toMatch(/^content\/synonyms\.yaml:2:\d+: Unexpected name/);
    expect(error('synonym:\n  - [Iran, Tehran]\n')).toMatch(/:1:1: Unexpected key `synonym`/);
    expect(error('synonyms:\n  - Iran\n')).toMatch(/:2:5: Unexpected set/);
    expect(error('synonyms: [Iran, Tehran\n')).toMatch(/^content\/synonyms\.yaml:\d+:\d+: /);
  });
});
