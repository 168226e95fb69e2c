import { describe, expect, it } from 'vitest';
import { annotationCollection, textSelectors } from '../../src/lib/exports/web-annotations.ts';
import { claimReview, jsonForScript, newsArticle } from '../../src/lib/exports/schema-org.ts';
import { claimsExport, claimYears, verdictNote } from '../../src/lib/exports/claims-json.ts';
import { noteText } from '../../src/lib/render/note-markdown.ts';
import { routePaths, sitemapXml } from '../../src/lib/exports/sitemap.ts';
import { siteUrl, type ExportArticle, type RegistryPerson } from '../../src/lib/exports/exports.ts';
import { articleRecords, facets, sentencePartsOf } from '../../src/lib/exports/search-records.ts';
import { words, type SentenceEntry } from '../../src/lib/views/search-hits.ts';
import { articleHits } from '../../src/lib/search/article-hits.ts';
import { notesForClaim } from '../../src/lib/views/ledger.ts';
import type { ClaimRecord, EditionModel, NoteRecord } from '../../src/lib/model/model.ts';

// A two-paragraph op-ed, small enough to check every offset by eye.
const first = 'Bush wrote to Kim in 2007. It was a pygmy gesture.';
const second = 'Iran should be next.';
const text = `${first}\n\n${second}`;

function claim(id: string, sentence: string, extra: Partial<ClaimRecord> = {}): ClaimRecord {
  const start = text.indexOf(sentence);
  return {
    id,
    text: sentence,
    type: 'fact',
    typeCurated: false,
    checkWorthiness: 'check-worthy',
    rules: [],
    notes: [],
    people: [],
    dates: [],
    block: start > first.length ? 1 : 0,
    start,
    end: start + sentence.length,
    ...extra,
  };
}

function note(id: string, exact: string, extra: Partial<NoteRecord> = {}): NoteRecord {
  const start = text.indexOf(exact);
  return {
    id,
    layer: 'claim',
    number: 1,
    quote: { exact },
    body: 'First *paragraph*.\n\nSecond\nparagraph.',
    events: [],
    sources: [{ title: 'A source', publisher: 'A publisher', url: 'https://example.org/source' }],
    block: 0,
    start,
    end: start + exact.length,
    ...extra,
  };
}

const model: EditionModel = {
  slug: 'op-ed',
  published: '2007-12-06',
  text,
  claims: [
    claim('bush-wrote', 'Bush wrote to Kim in 2007.', { people: ['george-w-bush'], dates: ['d-2007'], notes: ['letter'], verdict: 'accurate' }),
    claim('pygmy-gesture', 'It was a pygmy gesture.', { type: 'opinion', notes: ['pygmy'], verdict: 'not-checkable' }),
    claim('iran-next', 'Iran should be next.', { type: 'recommendation' }),
  ],
  mentions: [],
  people: [{ id: 'george-w-bush', name: 'George W. Bush', registered: true, mentions: 1 }],
  dates: [
    {
      id: 'd-2007',
      text: '2007',
      value: '2007',
      startDay: '2007-01-01',
      endDay: '2007-12-31',
      precision: 'year',
      relative: false,
      modifier: null,
      claim: 'bush-wrote',
      block: 0,
      start: text.indexOf('2007'),
      end: text.indexOf('2007') + 4,
    },
  ],
  notes: [
    note('letter', 'Bush wrote to Kim', { claim: 'bush-wrote', verdict: 'accurate', title: 'The letter', knownThen: 'Then.' }),
    note('pygmy', 'pygmy', { claim: 'pygmy-gesture', number: 2, verdict: 'not-checkable', title: 'The word', events: [{ date: '2005-04-28', label: 'A tyrant, said at a press conference' }] }),
  ],
};

const article: ExportArticle = {
  slug: 'op-ed',
  article: {
    title: 'An Op-Ed',
    dek: 'A standfirst.',
    publisher: 'The Publisher',
    published: '2007-12-06',
    source: 'https://example.org/op-ed',
    language: 'en',
  },
  authors: [{ name: 'Ada Example', id: 'ada-example' }, { name: 'Bo Writer' }],
  model,
  review: { byline: 'The editors', updated: '2026-11-27' },
};

const people: RegistryPerson[] = [
  { id: 'george-w-bush', name: 'George W. Bush', aliases: ['Bush'], roleThen: 'President', rolesLater: [], summary: 'The president.', sources: [] },
];

const root = { base: '/' };
const sub = { base: '/edition/' };
const public_ = { base: '/edition/', site: 'https://example.org' };

describe('addresses', () => {
  it('are root-relative under the base, and absolute once the origin is known', () => {
    expect(siteUrl(root, 'claims/x/')).toBe('/claims/x/');
    expect(siteUrl(sub, 'claims/x/')).toBe('/edition/claims/x/');
    expect(siteUrl(public_, '')).toBe('https://example.org/edition/');
  });
});

describe('plain text of a note', () => {
  it('keeps the words, drops the markup and separates the note’s paragraphs', () => {
    expect(noteText(model.notes[0]!.body)).toBe('First paragraph. Second paragraph.');
  });

  it('reads entities and escapes as the characters they stand for', () => {
    expect(noteText('Q&amp;A \\<b>')).toBe('Q&A <b>');
  });
});

describe('claim years', () => {
  it('are the years the claim’s dates cover', () => {
    expect(claimYears(model.claims[0]!, model)).toEqual(['2007']);
  });

  it('fall back to the publication year for a claim that names no date', () => {
    expect(claimYears(model.claims[2]!, model)).toEqual(['2007']);
  });

  it('keep only the ends of a span longer than a decade', () => {
    const long = { ...model, dates: [{ ...model.dates[0]!, startDay: '1990-01-01', endDay: '2007-12-31' }] };
    expect(claimYears(model.claims[0]!, long)).toEqual(['1990', '2007']);
  });
});

describe('notes on a claim', () => {
  it('include a note that spans the sentence without being anchored in it', () => {
    const spanning = note('both', 'gesture.\n\nIran', {});
    expect(notesForClaim(model.claims[2]!, [...model.notes, spanning]).map((item) => item.id)).toEqual(['both']);
  });

  it('give the claim its verdict note', () => {
    expect(verdictNote(model.claims[0]!, model.notes)?.id).toBe('letter');
    expect(verdictNote(model.claims[2]!, model.notes)).toBeUndefined();
  });
});

describe('claims.json', () => {
  const data = claimsExport([article], people, sub);

  it('lists every sentence with its type, verdict, place in the text and address under the base', () => {
    const claims = data.articles[0]!.claims;
    expect(claims.map((item) => item.id)).toEqual(['bush-wrote', 'pygmy-gesture', 'iran-next']);
    expect(claims[0]).toMatchObject({
      type: 'fact',
      typeLabel: 'Fact',
      verdict: 'accurate',
      verdictLabel: 'Accurate',
      url: '/edition/articles/op-ed/#bush-wrote',
      page: '/edition/claims/bush-wrote/',
      position: { block: 0, start: 0, end: 26 },
      people: ['george-w-bush'],
      years: ['2007'],
      notes: ['letter'],
    });
    expect(claims[2]).not.toHaveProperty('verdict');
    // No note bears on the third sentence, so it has no page of its own.
    expect(claims[2]).not.toHaveProperty('page');
    expect(claims[2]!.url).toBe('/edition/articles/op-ed/#iran-next');
  });

  it('carries the notes as plain text and the register of people with their pages', () => {
    expect(data.articles[0]!.notes[0]).toMatchObject({ id: 'letter', text: 'First paragraph. Second paragraph.', knownThen: 'Then.' });
    expect(data.people[0]).toMatchObject({ id: 'george-w-bush', url: '/edition/people/george-w-bush/' });
  });
});

describe('W3C Web Annotations', () => {
  const collection = annotationCollection([article], sub);
  const items = collection.first.items;

  it('are one AnnotationCollection whose single page holds every note', () => {
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(2);
    expect(collection.first.type).toBe('AnnotationPage');
    expect(items.map((item) => item.id)).toEqual(['/edition/articles/op-ed/#letter', '/edition/articles/op-ed/#pygmy']);
  });

  it('target each note’s words with a quote selector and a position selector that agree', () => {
    for (const item of items) {
      const [quote, position] = item.target.selector;
      expect(item.target.source).toBe('/edition/articles/op-ed/');
      expect(text.slice(position.start, position.end)).toBe(quote.exact);
      expect(text.indexOf(`${quote.prefix}${quote.exact}${quote.suffix}`)).toBe(position.start - quote.prefix.length);
    }
  });

  it('give the note as HTML, the verdict as an assessment and the sources as links', () => {
    const body = items[0]!.body;
    expect(items[0]!.motivation).toBe('assessing');
    expect(body[0]).toMatchObject({ type: 'TextualBody', format: 'text/html', value: '<span class="note-p">First <em>paragraph</em>.</span>\n<span class="note-p">Second\nparagraph.</span>' });
    expect(body).toContainEqual({ type: 'TextualBody', purpose: 'assessing', language: 'en', value: 'Accurate' });
    expect(body).toContainEqual({ id: 'https://example.org/source', type: 'Text', purpose: 'linking' });
  });
});

describe('text selectors', () => {
  it('take up to 32 characters of context, fewer at the ends of the text', () => {
    const [quote, position] = textSelectors(text, 0, 4);
    expect(quote).toEqual({ type: 'TextQuoteSelector', exact: 'Bush', prefix: '', suffix: text.slice(4, 36) });
    expect(position).toEqual({ type: 'TextPositionSelector', start: 0, end: 4 });
  });
});

describe('schema.org ClaimReview', () => {
  it('has the claim, the rating, the reviewed claim’s author and date, the review’s address and author', () => {
    const review = claimReview(model.claims[0]!, model.notes[0], article, public_)!;
    expect(review).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://example.org/edition/claims/bush-wrote/',
      claimReviewed: 'Bush wrote to Kim in 2007.',
      datePublished: '2026-11-27',
      author: { '@type': 'Organization', name: 'The Annotated Op-Ed' },
      reviewRating: { '@type': 'Rating', alternateName: 'Accurate', ratingValue: 5, bestRating: 5, worstRating: 1 },
      itemReviewed: {
        '@type': 'Claim',
        author: [{ '@type': 'Person', name: 'Ada Example' }, { '@type': 'Person', name: 'Bo Writer' }],
        datePublished: '2007-12-06',
        appearance: { url: 'https://example.org/op-ed', publisher: { name: 'The Publisher' } },
      },
    });
  });

  it('names an opinion’s verdict without putting a number on it', () => {
    const review = claimReview(model.claims[1]!, model.notes[1], article, root)!;
    expect(review.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Not checkable', ratingExplanation: expect.any(String) });
  });

  it('is not made for a claim without a verdict', () => {
    expect(claimReview(model.claims[2]!, undefined, article, root)).toBeUndefined();
  });
});

describe('schema.org NewsArticle', () => {
  it('has the headline, authors, publication date and publisher of the original piece', () => {
    expect(newsArticle(article, sub)).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'An Op-Ed',
      author: [{ '@type': 'Person', name: 'Ada Example' }, { '@type': 'Person', name: 'Bo Writer' }],
      datePublished: '2007-12-06',
      publisher: { '@type': 'Organization', name: 'The Publisher' },
      url: 'https://example.org/op-ed',
      mainEntityOfPage: '/edition/articles/op-ed/',
    });
  });
});

describe('JSON in a script element', () => {
  it('cannot close the element, whatever the data says', () => {
    const json = jsonForScript({ text: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script');
    expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script>' });
  });
});

describe('sitemap', () => {
  it('turns page files and their params into site paths', () => {
    expect(routePaths('./index.astro')).toEqual(['']);
    expect(routePaths('./about.astro')).toEqual(['about/']);
    expect(routePaths('./claims/index.astro')).toEqual(['claims/']);
    expect(routePaths('./claims/[id].astro', [{ id: 'a' }, { id: 'b' }])).toEqual(['claims/a/', 'claims/b/']);
    expect(routePaths('./docs/[...path].astro', [{ path: 'x/y' }, { path: undefined }])).toEqual(['docs/x/y/', 'docs/']);
  });

  it('lists absolute addresses when the origin is known', () => {
    const xml = sitemapXml(['about/', ''], public_, { 'about/': '2026-11-27' });
    expect(xml).toContain('<loc>https://example.org/edition/</loc>');
    expect(xml).toContain('<url><loc>https://example.org/edition/about/</loc><lastmod>2026-11-27</lastmod></url>');
    expect(xml).not.toContain('SITE_URL');
  });

  it('says so when it can only list addresses relative to the host', () => {
    const xml = sitemapXml(['a&b/'], sub);
    expect(xml).toContain('<loc>/edition/a&amp;b/</loc>');
    expect(xml).toMatch(/<!-- SITE_URL was not set/);
  });
});

describe('search records', () => {
  const data = claimsExport([article], people, root);

  it('hold each sentence, its notes and its people, with filters for type, verdict, person and year', () => {
    const parts = sentencePartsOf(data);
    expect(parts).toHaveLength(3);
    expect(parts[0]!.filters).toEqual({ type: ['Fact'], verdict: ['Accurate'], person: ['George W. Bush'], year: ['2007'] });
    expect(parts[0]!.content.startsWith(data.articles[0]!.claims[0]!.text)).toBe(true);
    expect(parts[0]!.content).toContain('First paragraph. Second paragraph.');
    expect(parts[0]!.content.endsWith('George W. Bush')).toBe(true);
    expect(parts[2]!.filters).not.toHaveProperty('verdict');
  });

  it('are one per article: the header, then each sentence with its notes and people, with the union of their filters', () => {
    const [record, ...others] = articleRecords(data);
    expect(others).toEqual([]);
    expect(record).toMatchObject({ url: '/articles/op-ed/', language: 'en', meta: { title: data.articles[0]!.title } });
    expect(record!.filters).toMatchObject({ type: ['Fact', 'Opinion', 'Recommendation'], verdict: ['Accurate', 'Not checkable'], person: ['George W. Bush'], year: ['2007'] });
    const claims = sentencePartsOf(data);
    // Every word of every sentence's part is in the article's record, in reading order.
    expect(record!.content.endsWith(claims.map((claim) => words(claim.content).join(' ')).join(' '))).toBe(true);
  });

  it('hold the labels of a note’s dated events, which only the timeline shows besides', () => {
    expect(data.articles[0]!.notes.find((item) => item.id === 'pygmy')!.events).toEqual([{ date: '2005-04-28', label: 'A tyrant, said at a press conference' }]);
    expect(data.articles[0]!.notes.find((item) => item.id === 'letter')).not.toHaveProperty('events');
    const [record] = articleRecords(data);
    expect(record!.content).toContain('A tyrant, said at a press conference');
  });

  it('give each sentence its place in the article’s words and its own values, as the `sentence` filter', () => {
    const [record] = articleRecords(data);
    const content = words(record!.content);
    const entries = record!.filters.sentence!.map((value) => JSON.parse(value) as SentenceEntry);
    expect(entries.map((entry) => entry.id)).toEqual(['bush-wrote', 'pygmy-gesture', 'iran-next']);
    for (const [index, entry] of entries.entries()) {
      const claim = data.articles[0]!.claims[index]!;
      expect(content.slice(entry.at[0], entry.at[1]).join(' ')).toBe(words(claim.text).join(' '));
      expect(entries[index + 1]?.at[0] ?? content.length).toBe(entry.at[2]);
    }
    expect(entries[0]).toMatchObject({ type: 'Fact', verdict: 'Accurate', person: ['George W. Bush'], year: ['2007'] });
    expect(entries[2]).not.toHaveProperty('verdict');
    expect(entries.map((entry) => entry.page)).toEqual([1, 1, undefined]);
  });

  it('count their filter values in the order the method page explains them', () => {
    const counts = facets(sentencePartsOf(data));
    expect(counts.type.map((item) => item.value)).toEqual(['Fact', 'Opinion', 'Recommendation']);
    expect(counts.verdict).toEqual([
      { value: 'Accurate', count: 1 },
      { value: 'Not checkable', count: 1 },
    ]);
    expect(counts.person).toEqual([{ value: 'George W. Bush', count: 1 }]);
    expect(counts.year).toEqual([{ value: '2007', count: 3 }]);
  });
});

describe('search results from an article record', () => {
  const [record] = articleRecords(claimsExport([article], people, root));
  const content = words(record!.content);
  const at = (word: string) => content.findIndex((candidate) => candidate.replace(/[.,]$/, '').toLowerCase() === word);
  const source = (locations: number[]) => ({ url: '/edition/articles/op-ed/', content: record!.content, locations, meta: record!.meta, filters: record!.filters });

  it('are the sentences whose words or notes hold a match, each opening its claim note, with its own values and the match marked', () => {
    const hits = articleHits(source([at('pygmy')]), {}, true)!;
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ kind: 'claim', id: 'pygmy-gesture', url: '/edition/articles/op-ed/#pygmy', title: 'It was a pygmy gesture.', type: 'Opinion', verdict: 'Not checkable' });
    const excerpt = hits[0]!.excerpt;
    expect(excerpt.filter((part) => part.mark).map((part) => part.text)).toEqual(['pygmy']);
    expect(excerpt.map((part) => part.text).join('')).toContain('It was a pygmy gesture.');
  });

  it('keep only the sentences that carry a chosen filter value, which the article as a whole may not show', () => {
    const everywhere = content.map((_, index) => index);
    expect(articleHits(source(everywhere), {}, true)!.filter((hit) => hit.kind === 'claim')).toHaveLength(3);
    const withBush = articleHits(source(everywhere), { person: ['George W. Bush'] }, true)!;
    expect(withBush.map((hit) => (hit.kind === 'claim' ? hit.id : hit.kind))).toEqual(['bush-wrote']);
    expect(articleHits(source([]), { type: ['Recommendation'] }, false)!.map((hit) => (hit.kind === 'claim' ? hit.id : hit.kind))).toEqual(['iran-next']);
  });

  it('give the article itself when its title matched, and nothing for a record that is not an article', () => {
    const hits = articleHits(source([0]), {}, true)!;
    expect(hits.map((hit) => hit.kind)).toEqual(['article']);
    expect(articleHits({ url: '/people/x/', content: 'x', locations: [0], meta: {}, filters: { person: ['X'] } }, {}, true)).toBeUndefined();
  });
});
