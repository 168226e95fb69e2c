/**
 * The markup of a margin note and its markers, as hast. The note sits in the article's paragraph right
 * after its anchor, so it floats into the margin level with its line on wide screens and opens below
 * its line on phones; everything here is phrasing content (spans), valid inside a paragraph.
 *
 * Everything produced here carries `data-note` or `data-ui`: it is the edition's, not the author's.
 */
import { h } from 'hastscript';
import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent } from 'hast';
import { CLAIM_TYPE_LABELS, LAYER_LABELS, VERDICT_LABELS, formatDay } from '../views/labels.ts';
import type { NoteRecord } from '../model/model.ts';
import { archiveLabel } from '../content/archive.ts';
import type { Person } from '../content/schema.ts';

/** Stored, sanitised HTML of a note field as hast children. */
function fragment(html: string): ElementContent[] {
  return fromHtml(html, { fragment: true }).children as ElementContent[];
}

/** The archived copy beside a source's live link, when the source has one. */
function archiveLink(source: { date?: string | undefined; archived?: string | undefined }): ElementContent[] {
  const label = archiveLabel(source);
  return label && source.archived ? [{ type: 'text', value: ' · ' }, h('a.source-archive', { href: source.archived, rel: ['noopener', 'noreferrer', 'external'] }, [label])] : [];
}

/** The numbered markers after an anchor: a link for wide screens, a popover toggle for narrow ones. */
export function renderMarkers(note: NoteRecord): Element[] {
  const label = `Note ${note.number}, ${LAYER_LABELS[note.layer].toLowerCase()}${note.title ? `: ${note.title}` : ''}`;
  return [
    h('a.marker.marker-link', { href: `#${note.id}`, dataUi: '', ariaLabel: label, ariaDetails: note.id, dataLayer: note.layer }, [String(note.number)]),
    h(
      'button.marker.marker-toggle',
      { type: 'button', popoverTarget: note.id, dataUi: '', ariaLabel: label, ariaDetails: note.id, dataLayer: note.layer },
      [String(note.number)],
    ),
  ];
}

/** The note itself: a one-glance card (number, verdict, title) and the full note below it. */
export function renderNote(note: NoteRecord, person?: Pick<Person, 'roleThen' | 'rolesLater' | 'rolesLaterNote'>): Element {
  const resolution = note.resolution;
  const card: ElementContent[] = [h('span.note-number', [String(note.number)])];
  if (note.verdict) card.push(h(`span.verdict.verdict-${note.verdict}`, [VERDICT_LABELS[note.verdict].label]));
  card.push(h('span.note-title', [note.title ?? resolution?.phrase ?? LAYER_LABELS[note.layer]]));

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
    for (const role of person.rolesLater) rows.push(h('span.card-row', [h('span.card-label', ['Later ']), role]));
    if (person.rolesLater.length === 0 && person.rolesLaterNote) {
      rows.push(h('span.card-row', [h('span.card-label', ['Later ']), person.rolesLaterNote]));
    }
    detail.push(h('span.person-card', rows));
  }
  detail.push(h('span.note-body', fragment(note.html)));
  if (note.knownThenHtml !== undefined) detail.push(h('span.note-section', [h('span.note-label', ['Known then']), ...fragment(note.knownThenHtml)]));
  if (note.knownLaterHtml !== undefined) detail.push(h('span.note-section', [h('span.note-label', ['What happened next']), ...fragment(note.knownLaterHtml)]));
  if (note.sources.length > 0) {
    detail.push(
      h('span.note-sources', [
        h('span.note-label', ['Sources']),
        ...note.sources.map((source) =>
          h('span.source', [
            h('a', { href: source.url, rel: ['noopener', 'noreferrer', 'external'] }, [source.title]),
            `, ${source.publisher}${source.date ? `, ${formatDay(source.date)}` : ''}`,
            source.primary ? h('span.source-primary', [' · primary']) : '',
            ...archiveLink(source),
          ]),
        ),
      ]),
    );
  }
  detail.push(h('a.note-link', { href: `#${note.id}` }, ['Link to this note']));

  return h(
    `span.note.layer-${note.layer}`,
    {
      id: note.id,
      dataNote: '',
      dataLayer: note.layer,
      role: 'note',
      popover: 'auto',
      ariaLabel: `Note ${note.number}`,
    },
    [
      // The card links to the note itself: following it (or a deep link) opens the full note with :target.
      h('a.note-card', { href: `#${note.id}` }, card),
      h('span.note-detail', detail),
    ],
  );
}
