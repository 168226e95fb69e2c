import {describe, expect, it} from 'vitest';
import englishWordList from 'an-array-of-english-words/index.json' with {type: 'json'};
import {isEnglishWord} from '../../src/lib/tagging/people-words.ts';

describe('isEnglishWord', () => {
  it('searches a list sorted as JavaScript compares strings', () => {
    const unsorted = englishWordList.findIndex((word, index) => index > 0 && !(englishWordList[index - 1]! < word));
    expect(unsorted).toBe(-1);
  });

  it('finds every word of the list, first, last and between, in any case', () => {
    const sample = englishWordList.filter((_, index) => index % 997 === 0);
    for (const word of [englishWordList[0]!, englishWordList.at(-1)!, ...sample]) {
      expect(isEnglishWord(word), word).toBe(true);
      expect(isEnglishWord(word.toUpperCase()), word).toBe(true);
    }
  });

  it('does not find names and made-up words, nor what sorts before or after the list', () => {
    for (const word of ['Sibanda', 'Naisse', 'zimlotas', '', 'aaa', 'zzzzzz', '0', '~']) expect(isEnglishWord(word), word).toBe(false);
  });
});
