/** The pages' words for the articles come from each article's `kind`, and from how many there are. */
import { describe, expect, it } from 'vitest';
import { editionWords, kindLabel } from '../../src/lib/views/wording.ts';
import { articleSchema } from '../../src/lib/content/schema.ts';
import { groupPeople, type PersonEntry } from '../../src/lib/views/people.ts';
import { timelineIntro } from '../../src/lib/views/timeline-periods.ts';
import { collectEvents } from '../../src/lib/views/timeline.ts';
import { emptyModel } from '../../src/lib/model/model.ts';

const frontmatter = { title: 'T', authors: ['A'], publisher: 'P', published: '2006-10-12', source: 'https://example.org/' };

describe('words from data', () => {
  it('one editorial is “the editorial”, labelled Editorial', () => {
    expect(editionWords(['editorial'])).toEqual({ several: false, theText: 'the editorial', aText: 'an editorial', collection: 'edition' });
    expect(kindLabel('editorial')).toBe('Editorial');
    expect(kindLabel('op-ed')).toBe('Op-ed');
    expect(editionWords(['speech']).aText).toBe('a speech');
  });

  it('several articles, of any kinds, are the articles of an archive', () => {
    expect(editionWords(['op-ed', 'editorial'])).toEqual({ several: true, theText: 'the articles', aText: 'articles', collection: 'archive' });
  });

  it('an article is an op-ed unless its frontmatter says otherwise, and the kinds are a closed list', () => {
    expect(articleSchema.parse(frontmatter).kind).toBe('op-ed');
    expect(articleSchema.parse({ ...frontmatter, kind: 'editorial' }).kind).toBe('editorial');
    expect(articleSchema.safeParse({ ...frontmatter, kind: 'novel' }).success).toBe(false);
  });

  it('the people index, the timeline and its dates speak of “the editorial” on a site of one editorial', () => {
    const person = { id: 'jane-roe', name: 'Jane Roe', registered: true, group: 'text' } as PersonEntry;
    const author = { id: 'ed-board', name: 'Ed Board', registered: true, group: 'author' } as PersonEntry;
    const { theText } = editionWords(['editorial']);
    expect(groupPeople([person, author], theText).map((group) => [group.label, group.description])).toEqual([
      ['Named in the editorial', 'People the text names, in the edition’s register.'],
      ['Authors', 'The people who wrote the editorial.'],
    ]);
    const model = emptyModel('harbor-bridge', '2006-10-12');
    model.dates.push({ id: 'd1', text: 'last week', value: '2006-W40', startDay: '2006-10-02', endDay: '2006-10-08', precision: 'week', relative: true, modifier: null, label: 'week of 2 October 2006', block: 0, start: 0, end: 9 } as never);
    const events = collectEvents([{ slug: 'harbor-bridge', title: 'The Harbor Bridge', model }], theText);
    expect(events.find((event) => event.kind === 'mention')?.label).toBe('The editorial says “last week”');
    expect(timelineIntro(events, [], 1, theText).lede).toMatch(/^The dates the editorial mentions, read against its publication/);
  });
});
