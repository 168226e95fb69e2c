import { describe, expect, it } from 'vitest';
import { formatPublished, pageTitle } from '../../src/lib/views/labels.ts';

describe('pageTitle', () => {
  it('adds the site name when the whole fits in 70 characters', () => {
    expect(pageTitle('Method', 'The Annotated Op-Ed')).toBe('Method · The Annotated Op-Ed');
    expect(pageTitle('The Annotated Op-Ed', 'The Annotated Op-Ed')).toBe('The Annotated Op-Ed');
  });

  it('drops the site name when the page title alone fits', () => {
    const title = 'A Diplomatic About-Face: Bush Writes Kim. Should Iran Be Next?';
    expect(pageTitle(title, 'The Annotated Op-Ed')).toBe(title);
  });

  it('cuts a longer title at a word, without trailing punctuation, and marks the cut', () => {
    const sentence = 'This must have been a difficult gesture for the president, given his very public loathing of Kim Jong Il.';
    const result = pageTitle(sentence, 'The Annotated Op-Ed');
    expect(result).toBe('This must have been a difficult gesture for the president, given his…');
    expect(result.length).toBeLessThanOrEqual(70);
  });
});

describe('formatPublished', () => {
  it('cites a printed day in full and an inferred day by its month', () => {
    expect(formatPublished({ published: '2007-12-06' })).toBe('6 December 2007');
    expect(formatPublished({ published: '2007-12-06', publishedCertainty: { estimated: true } })).toBe('December 2007');
  });
});
