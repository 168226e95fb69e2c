import { describe, expect, it } from 'vitest';
import { buildWordList, editDistance, suggestWords, wordsOf } from '../../src/lib/search/spelling.ts';

describe('spelling suggestions', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
    expect(editDistance('pigmy', 'pygmy')).toBe(1);
    expect(editDistance('ahmadinijad', 'ahmadinejad')).toBe(1);
    expect(editDistance('nucelar', 'nuclear')).toBe(1);
    expect(editDistance('korea', 'korean')).toBe(1);
    expect(editDistance('kim', 'bush')).toBe(4);
    expect(editDistance('abc', 'abcdef', 2)).toBe(3);
  });

  it('lists each word once, in its most frequent form, the most frequent first', () => {
    expect(buildWordList(['Iran and Iran', 'iran, Bush’s letter', 'a to Bush'])).toEqual(['Iran', 'and', 'Bush', 'Bush’s', 'letter']);
    expect(wordsOf('Kim Jong Il’s six-party talks, 2007')).toEqual(['Kim', 'Jong', 'Il’s', 'six-party', 'talks']);
  });

  it('breaks ties in code unit order: between forms of a word, and between words as frequent', () => {
    expect(buildWordList(['zeta Alpha alpha beta'])).toEqual(['Alpha', 'beta', 'zeta']);
    // Both apostrophes make one word; each form once, so the first in code unit order is written.
    expect(buildWordList(['Bush’s', "Bush's", 'talks talks talks'])).toEqual(['talks', "Bush's"]);
  });

  it('offers “pygmy” for “pigmy” and “Ahmadinejad” for “Ahmadinijad”, and nothing for a word the list holds', () => {
    const words = buildWordList(['Bush once called him a “pygmy”.', 'Mahmoud Ahmadinejad, president of Iran', 'pigs']);
    expect(suggestWords('pigmy', words)[0]).toBe('pygmy');
    expect(suggestWords('Ahmadinijad', words)).toEqual(['Ahmadinejad']);
    expect(suggestWords('pygmy', words)).toEqual([]);
    expect(suggestWords('zzzzzz', words)).toEqual([]);
  });
});

describe('suggestions as close as each other', () => {
  it('prefer the word made of the letters typed, then the more frequent', () => {
    // "lynka" is more frequent, and as close to "Lybia" (two edits) as "Libya", whose letters are those typed.
    const words = buildWordList(['lynka lynka lynka lynka', 'Libya']);
    expect(suggestWords('Lybia', words)[0]).toBe('Libya');
    expect(suggestWords('lynkb', words)[0]).toBe('lynka');
  });
});
