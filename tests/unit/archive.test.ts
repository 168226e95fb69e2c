import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { ARCHIVE_LOOKUP_LABEL, archiveLinkOf, checkArchived, parseCapture } from '../../src/lib/content/archive.ts';
import { sourceTitle } from '../../src/lib/views/source-title.ts';
import { renderNote } from '../../src/lib/render/notes.ts';
import type { NoteRecord } from '../../src/lib/model/model.ts';
import { authorText, findAll } from '../support/html.ts';

const url = 'https://example.org/a?b=c';

describe('captures', () => {
  it('takes a capture address apart into its day, timestamp and captured address', () => {
    expect(parseCapture(`https://web.archive.org/web/20071207043512/${url}`)).toEqual({ day: '2007-12-07', original: url });
  });

  it('refuses a day-only timestamp, an impossible moment, another host or scheme, and a non-http captured address', () => {
    for (const address of [
      `https://web.archive.org/web/20071206/${url}`,
      `https://web.archive.org/web/20070230120000/${url}`,
      `https://web.archive.org/web/20071206240000/${url}`,
      `https://web.archive.org/web/20071206126000/${url}`,
      `http://web.archive.org/web/20071206120000/${url}`,
      `https://archive.ph/web/20071206120000/${url}`,
      'https://web.archive.org/web/20071206120000/javascript:alert(1)',
    ]) expect(parseCapture(address), address).toBeUndefined();
  });
});

describe('the archive rule', () => {
  const source = { url, date: '2007-12-06' };

  it('accepts no address, and a capture of the cited address from the source’s day on', () => {
    expect(checkArchived(source)).toBeUndefined();
    expect(checkArchived({ ...source, archived: `https://web.archive.org/web/20071206000000/${url}` })).toBeUndefined();
    expect(checkArchived({ ...source, date: '2007', archived: `https://web.archive.org/web/20070101000000/${url}` })).toBeUndefined();
  });

  it('refuses an address built from the source’s date (no time) as not a capture', () => {
    expect(checkArchived({ ...source, archived: `https://web.archive.org/web/20071206/${url}` })?.ruleId).toBe('source/archived-not-a-capture');
  });

  it('refuses a capture from before the source’s date, at the date’s own precision', () => {
    expect(checkArchived({ ...source, archived: `https://web.archive.org/web/20071205235959/${url}` })?.ruleId).toBe('source/archived-before-source');
    expect(checkArchived({ ...source, date: '2007-12', archived: `https://web.archive.org/web/20071130235959/${url}` })?.ruleId).toBe('source/archived-before-source');
  });

  it('wants a capture of urlThen when the source gives one, and of url otherwise', () => {
    const moved = { ...source, url: 'https://new.example.org/a', urlThen: url };
    expect(checkArchived({ ...moved, archived: `https://web.archive.org/web/20071207000000/${url}` })).toBeUndefined();
    expect(checkArchived({ ...moved, archived: 'https://web.archive.org/web/20071207000000/https://new.example.org/a' })?.ruleId).toBe('source/archived-other-page');
  });
});

describe('the archive link beside a source', () => {
  it('without a capture, is the lookup of the address, labelled as a search', () => {
    expect(archiveLinkOf({ url })).toEqual({ href: `https://web.archive.org/web/*/${url}`, label: 'Find archived copies (Wayback Machine)' });
  });

  it('looks up the address the page had then, when the source gives it', () => {
    expect(archiveLinkOf({ url: 'https://new.example.org/a', urlThen: 'http://old.example.org/a' }).href).toBe('https://web.archive.org/web/*/http://old.example.org/a');
  });

  it('with a looked-up capture, is that capture, labelled with its day', () => {
    const archived = `https://web.archive.org/web/20071207043512/${url}`;
    expect(archiveLinkOf({ url, date: '2007-12-06', archived })).toEqual({ href: archived, label: 'archived copy, 7 December 2007' });
  });
});

describe('source titles', () => {
  it('shows a headline as it is and the editors’ description in square brackets', () => {
    expect(sourceTitle({ title: 'Bush’s Secret Letter to Kim' })).toBe('Bush’s Secret Letter to Kim');
    expect(sourceTitle({ title: 'Xinhua report of June 28, 2008', titleIsDescription: true })).toBe('[Xinhua report of June 28, 2008]');
  });
});

describe('a note’s sources on the reading page', () => {
  const note: NoteRecord = {
    id: 'context-letter',
    layer: 'context',
    number: 3,
    block: 0,
    start: 0,
    end: 10,
    quote: { exact: 'the letter' },
    body: 'About the letter.',
    events: [],
    sources: [
      { title: 'Xinhua report of December 15, 2007', titleIsDescription: true, publisher: 'China.org.cn', url: 'http://china.org.cn/x.htm' },
      { title: 'Bush’s Secret Letter to Kim', publisher: 'The Washington Post', date: '2007-12-07', url, archived: `https://web.archive.org/web/20071207043512/${url}` },
    ],
  };
  const sources = findAll(renderNote(note), (element: Element) => (element.properties.className as string[] | undefined)?.includes('source') ?? false);
  const links = (element: Element) => findAll(element, (child) => child.tagName === 'a');

  it('writes an editors’ description in square brackets and a headline as it is', () => {
    expect(authorText(links(sources[0]!)[0]!)).toBe('[Xinhua report of December 15, 2007]');
    expect(authorText(links(sources[1]!)[0]!)).toBe('Bush’s Secret Letter to Kim');
  });

  it('links each source to the archive: the list of captures, or the capture recorded', () => {
    const lookup = links(sources[0]!)[1]!;
    expect(lookup.properties.href).toBe('https://web.archive.org/web/*/http://china.org.cn/x.htm');
    expect(authorText(lookup)).toBe(ARCHIVE_LOOKUP_LABEL);
    expect(links(sources[1]!)[1]!.properties.href).toBe(`https://web.archive.org/web/20071207043512/${url}`);
  });
});
