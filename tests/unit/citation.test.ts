import { describe, expect, it } from 'vitest';
import { bibtexEscape, citeEdition, citeEditionOf, splitName, type CitationInput } from '../../src/lib/views/citation.ts';
import { SITE_NAME } from '../../src/consts.ts';

const input: CitationInput = {
  article: {
    title: 'A Diplomatic About-Face: Bush Writes Kim. Should Iran Be Next?',
    authors: ['Andrew Grotto', 'Joseph Cirincione'],
    publisher: 'Center for American Progress',
    published: '2007-12-06',
    estimated: true,
    source: 'https://example.org/op-ed',
  },
  edition: { name: 'The Annotated Op-Ed', byline: 'Annotations by the editors', updated: '2026-11-29', url: 'https://example.org/edition/articles/op-ed/' },
};

describe('citeEdition', () => {
  it('plain text names the authors, title, publisher, month (the day is estimated), byline, updated day and address', () => {
    const { text } = citeEdition(input);
    expect(text).toBe(
      'Andrew Grotto and Joseph Cirincione, “A Diplomatic About-Face: Bush Writes Kim. Should Iran Be Next?”, Center for American Progress, December 2007; annotated edition, The Annotated Op-Ed (Annotations by the editors), updated 29 November 2026. https://example.org/edition/articles/op-ed/ (original: https://example.org/op-ed)',
    );
  });

  it('gives the day itself when the publication day is printed, not estimated', () => {
    const { text, csl } = citeEdition({ ...input, article: { ...input.article, estimated: false } });
    expect(text).toContain('6 December 2007');
    expect(csl.issued['date-parts']).toEqual([[2007, 12, 6]]);
  });

  it('BibTeX is one @misc entry with family-first authors, a bare month macro and the updated day as urldate', () => {
    const { bibtex } = citeEdition(input);
    expect(bibtex.startsWith('@misc{grotto2007-annotated,\n')).toBe(true);
    expect(bibtex).toContain('  author = {Grotto, Andrew and Cirincione, Joseph}');
    expect(bibtex).toContain('  month = dec');
    expect(bibtex).toContain('  year = 2007');
    expect(bibtex).toContain('  urldate = {2026-11-29}');
    expect(bibtex).toContain('  url = {https://example.org/edition/articles/op-ed/}');
    expect(bibtex.endsWith('\n}')).toBe(true);
    // Every brace opened is closed.
    expect(bibtex.split('{').length).toBe(bibtex.split('}').length);
  });

  it('CSL-JSON carries the same facts as the text', () => {
    const { csl } = citeEdition(input);
    expect(csl.type).toBe('webpage');
    expect(csl.author).toEqual([{ family: 'Grotto', given: 'Andrew' }, { family: 'Cirincione', given: 'Joseph' }]);
    expect(csl.issued['date-parts']).toEqual([[2007, 12]]);
    expect(csl.accessed['date-parts']).toEqual([[2026, 11, 29]]);
    expect(csl.URL).toBe('https://example.org/edition/articles/op-ed/');
    expect(JSON.parse(JSON.stringify(csl))).toEqual(csl);
  });

  it('a claim citation quotes the claim and points at the claim page', () => {
    const claim = citeEdition({
      ...input,
      edition: { ...input.edition, url: 'https://example.org/edition/claims/c-1/' },
      claim: { id: 'c-1', text: 'It should.' },
    });
    expect(claim.text.startsWith('“It should.” In Andrew Grotto and Joseph Cirincione')).toBe(true);
    expect(claim.text.endsWith('https://example.org/edition/claims/c-1/')).toBe(true);
    expect(claim.bibtex).toContain('@misc{grotto2007-c-1,');
    expect(claim.bibtex).toContain('  title = {{It should.}}');
    expect(claim.csl.type).toBe('entry');
    expect(claim.csl.title).toBe('It should.');
  });

  it('escapes the characters BibTeX treats as commands', () => {
    expect(bibtexEscape('AT&T 50% {x} #1 a_b')).toBe('AT\\&T 50\\% \\{x\\} \\#1 a\\_b');
    const { bibtex } = citeEdition({ ...input, article: { ...input.article, title: 'Sticks & Stones {and} 100%' } });
    expect(bibtex).toContain('title = {{Sticks \\& Stones \\{and\\} 100\\%}}');
  });

  it('splits names on the last word', () => {
    expect(splitName('Andrew J. Grotto')).toEqual({ family: 'Grotto', given: 'Andrew J.' });
    expect(splitName('Plato')).toEqual({ family: 'Plato' });
  });
});

describe('the citation of an edition as the pages have it', () => {
  const { authors, estimated, ...data } = input.article;
  const edition = {
    entry: { data: { ...data, publishedCertainty: { estimated: estimated ?? false } } },
    authors: authors.map((name) => ({ name })),
    annotations: { byline: input.edition.byline, updated: input.edition.updated },
  };

  it('cites what citeEdition cites, under the edition’s name, for the article and for a claim', () => {
    expect(citeEditionOf(edition, input.edition.url)).toEqual(citeEdition({ ...input, edition: { ...input.edition, name: SITE_NAME } }));
    const claim = { id: 'it-should-ab12', text: 'It should.' };
    expect(citeEditionOf(edition, input.edition.url, claim)).toEqual(citeEdition({ ...input, edition: { ...input.edition, name: SITE_NAME }, claim }));
  });

  it('cites nothing for an article without notes: there is no edition of it', () => {
    expect(citeEditionOf({ ...edition, annotations: undefined }, input.edition.url)).toBeUndefined();
  });
});
