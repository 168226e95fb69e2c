/**
 * The markup of a note, its marker and its margin card, as hast. The marker and the card sit in the
 * article's paragraph right after the anchor (phrasing content, valid inside a paragraph): the card floats
 * into the margin level with its line on wide screens. The full note is written once, in the list after the
 * text: a popover that opens beside its line on screen, and a numbered endnote in print.
 *
 * Everything produced here carries `data-note` or `data-ui`: it is the edition's, not the author's.
 */
import { h } from 'hastscript';
import type { Element, ElementContent } from 'hast';
import { CLAIM_TYPE_LABELS, LAYER_LABELS, VERDICT_LABELS, describeResolution, formatDay } from '../views/labels.ts';
import type { NoteRecord } from '../model/model.ts';
import { archiveLinkOf } from '../content/archive.ts';
import { sourceTitle } from '../views/source-title.ts';
import type { Person, Source } from '../content/schema.ts';
import { renderNoteMarkdown } from './note-markdown.ts';

/** The link to the archive beside a source's live link: its recorded capture, or the list of captures. */
function archiveLink(source: Parameters<typeof archiveLinkOf>[0]): ElementContent[] {
  const { href, label } = archiveLinkOf(source);
  return [{ type: 'text', value: ' · ' }, h('a.source-archive', { href, rel: ['noopener', 'noreferrer', 'external'] }, [label])];
}

/**
 * The CSS anchor name a note and its marker share: without JavaScript no button opens a deep-linked note,
 * so CSS reads this name (`attr()`) to place the note beside its line.
 */
function anchorName(note: Pick<NoteRecord, 'id'>): string {
  return `--note-${note.id}`;
}

/**
 * The numbered marker after an anchor: a popover button, so the note opens beside its line on any screen
 * without JavaScript. It is the only thing the edition adds inside the author's sentence.
 */
export function renderMarker(note: NoteRecord): Element {
  const properties = { type: 'button', popoverTarget: note.id, ariaLabel: `Note ${note.number}`, ariaDetails: note.id, dataLayer: note.layer, dataAnchorName: anchorName(note) };
  return h('button.marker', properties, [String(note.number)]);
}

/**
 * The one-line card that stands in the margin level with the anchor's line on wide screens (number,
 * verdict, title); it opens the full note. Hidden on narrow screens, where the marker does the same.
 * Claim and context notes have one; people and dates are named in the text and open from their marker.
 */
export function renderCard(note: NoteRecord): Element {
  const card = noteHead(note, h('span.note-number', [String(note.number)]));
  // Out of the Tab order: the marker in the text opens the same note, so keyboard users meet each note once.
  return h(`button.note-card.layer-${note.layer}`, { type: 'button', popoverTarget: note.id, dataUi: '', tabIndex: -1 }, card);
}

/** A note's number, then its verdict and title. */
function noteHead(note: NoteRecord, number: Element): ElementContent[] {
  const verdict = note.verdict ? [h(`span.verdict.verdict-${note.verdict}`, [VERDICT_LABELS[note.verdict].label])] : [];
  return [number, ...verdict, h('span.note-title', [note.title ?? shownResolution(note)?.phrase ?? LAYER_LABELS[note.layer]])];
}

/**
 * Every note of an article, in number order, in one list after the text: on screen each is a closed
 * popover that its marker or card opens beside its line; in print the list is the numbered endnotes.
 */
export function renderNoteList(notes: Element[]): Element {
  return h('div.notes', { dataUi: '' }, [h('h2', ['Notes']), ...notes]);
}

/**
 * How a date note's date was read, for its chip and title: only when that says more than the words
 * ("October 2006 → October 2006" would say nothing).
 */
function shownResolution(note: NoteRecord): { phrase: string; label: string; relative: boolean } | undefined {
  if (!note.resolution) return undefined;
  const { phrase, relative } = note.resolution;
  const label = describeResolution(note.resolution);
  return relative || label !== phrase ? { phrase, label, relative } : undefined;
}

/** How many sources a note shows on screen when none is marked primary. */
const SOURCES_SHOWN = 2;

/**
 * The sources a note shows: those marked primary, or the first two where none is. The rest stay on the
 * claim's page.
 */
export function sourcesShown<T extends { primary?: boolean | undefined }>(sources: T[]): Set<T> {
  const primary = sources.filter((source) => source.primary);
  return new Set(primary.length > 0 ? primary : sources.slice(0, SOURCES_SHOWN));
}

/** One source: its linked title, publisher and day, whether it is primary, and its archived copy. */
function renderSource(source: Source): Element {
  return h('span.source', [
    h('a', { href: source.url, rel: ['noreferrer'] }, [sourceTitle(source)]),
    `, ${source.publisher}${source.date ? `, ${formatDay(source.date)}` : ''}`,
    source.primary ? h('span.source-primary', [' · primary']) : '',
    ...archiveLink(source),
  ]);
}

/**
 * The note itself, in full: number, verdict and title, then its body, what was known then and its sources.
 * With `fullRecord`, where the note's full record lives (its claim's page, relative to the reading page), it
 * shows its primary sources (or its first two, when none is marked primary) and links there for the rest.
 */
export function renderNote(
  note: NoteRecord,
  person?: Pick<Person, 'roleThen' | 'rolesLater' | 'rolesLaterNote'>,
  fullRecord?: string,
): Element {
  const resolution = shownResolution(note);
  // The number links back to the passage: where a note shown after the text (no JavaScript, every note in
  // full, print) sends the reader back to.
  const card = noteHead(note, h('a.note-number', { href: `#anchor-${note.id}`, title: 'Back to the passage' }, [String(note.number)]));

  const kind = [LAYER_LABELS[note.layer]];
  if (note.claimType) kind.push(CLAIM_TYPE_LABELS[note.claimType]);
  const detail: ElementContent[] = [h('span.note-kind', [kind.join(' · ')])];
  if (resolution) {
    detail.push(
      h('span.date-chip', [
        h('span.date-phrase', [`“${resolution.phrase}”`]),
        h('span.date-arrow', { ariaHidden: 'true' }, [' → ']),
        h('span.visually-hidden', [' resolves to ']),
        h('span.date-resolved', [resolution.label]),
        resolution.relative ? h('span.date-basis', [' (counted from the publication date)']) : '',
      ]),
    );
  }
  if (person) {
    const rows: ElementContent[] = [h('span.card-row', [h('span.card-label', ['Then ']), person.roleThen])];
    // With no later role, the note on why stands in its place.
    const later = person.rolesLater.length > 0 ? person.rolesLater : [person.rolesLaterNote ?? ''].filter(Boolean);
    for (const role of later) rows.push(h('span.card-row', [h('span.card-label', ['Later ']), role]));
    detail.push(h('span.person-card', rows));
  }
  detail.push(h('span.note-body', renderNoteMarkdown(note.body)));
  if (note.knownThen !== undefined) detail.push(h('span.note-section', [h('span.note-label', ['Known then']), ...renderNoteMarkdown(note.knownThen)]));
  if (note.knownLater !== undefined) detail.push(h('span.note-section', [h('span.note-label', ['What happened next']), ...renderNoteMarkdown(note.knownLater)]));
  if (note.sources.length > 0) {
    // With a full record elsewhere, the note shows a few sources and links there for the rest: every
    // source in full on every note would take the page past its weight budget.
    const shown = fullRecord ? sourcesShown(note.sources) : new Set(note.sources);
    const more = note.sources.length - shown.size;
    const list: ElementContent[] = [h('span.note-label', [note.sources.length === 1 ? 'Source' : 'Sources'])];
    for (const source of note.sources) if (shown.has(source)) list.push(renderSource(source));
    if (more > 0 && fullRecord) {
      list.push(h('a.note-more', { href: fullRecord }, [`and ${more} more on the claim’s page`]));
      // Paper cannot follow the link to the claim's page, so the rest are in the note too, hidden on screen
      // and printed: each a bare link that reads its own address, the least markup that carries it.
      list.push(h('span.note-print', note.sources.filter((source) => !shown.has(source)).map((source) => h('a', { href: source.url }, [source.url]))));
    }
    detail.push(h('span.note-sources', list));
  }

  return h(
    `div.note.layer-${note.layer}`,
    {
      id: note.id,
      dataNote: '',
      role: 'note',
      popover: 'auto',
      ariaLabel: `Note ${note.number}`,
      dataAnchorName: anchorName(note),
    },
    [
      h('span.note-head', card),
      ...detail,
    ],
  );
}
