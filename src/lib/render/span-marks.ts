/**
 * The markup of each kind of span the model finds (the markup contract): a sentence, a note's anchor and
 * the slot its note fills, a person's mention, a date. Marks are mdast nodes that carry their HTML name and
 * properties, so the article's own formatting inside them survives.
 */
import type { Span } from '../model/build.ts';
import type { EditionModel } from '../model/model.ts';
import { dateLabel } from '../views/labels.ts';
import { createMark, type Mark } from '../tagging/mark.ts';

/** The model's records by id, for the marks of one article. */
export interface SpanRecords {
  claims: Map<string, EditionModel['claims'][number]>;
  notes: Map<string, EditionModel['notes'][number]>;
  mentions: Map<string, EditionModel['mentions'][number]>;
  dates: Map<string, EditionModel['dates'][number]>;
}

/** Index the model's records by id. */
export function spanRecords(model: EditionModel): SpanRecords {
  const byId = <T extends { id: string }>(records: T[]) => new Map(records.map((record) => [record.id, record]));
  return { claims: byId(model.claims), notes: byId(model.notes), mentions: byId(model.mentions), dates: byId(model.dates) };
}

/** The mark of one span. */
export function spanMark(span: Span, records: SpanRecords): Mark {
  switch (span.kind) {
    case 'claim': {
      const claim = records.claims.get(span.id)!;
      return createMark('span', { id: span.id, dataTag: 'claim', dataClaim: span.id, dataClaimType: claim.type, dataVerdict: claim.verdict }, 'claim');
    }
    case 'anchor': {
      const note = records.notes.get(span.id)!;
      return createMark('span', { id: `anchor-${note.id}`, className: ['anchor', `layer-${note.layer}`], dataAnchor: note.id }, 'anchor');
    }
    case 'person': {
      const mention = records.mentions.get(span.id)!;
      return createMark('span', { id: span.id, dataTag: 'person', dataPerson: mention.person, dataRegistered: mention.registered ? undefined : 'false' }, 'person');
    }
    case 'date': {
      const date = records.dates.get(span.id)!;
      return createMark(
        'time',
        { id: span.id, dataTag: 'date', dateTime: date.value, dataStart: date.startDay, dataEnd: date.endDay, dataPrecision: date.precision, dataRelative: date.relative ? 'true' : undefined, title: dateLabel(date) },
        'date',
      );
    }
  }
}

/** The empty slot after a note's anchor, where rehype-notes puts its marker and card. */
export function noteSlot(noteId: string): Mark {
  return createMark('span', { dataNoteSlot: noteId }, 'note');
}
