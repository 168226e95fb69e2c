/**
 * The markup of each kind of span the model finds (the markup contract): a sentence, a note's anchor and
 * the slot its note fills, a person's mention, a date. Marks are mdast nodes that carry their HTML name and
 * properties, so the article's own formatting inside them survives.
 */
import type { Span } from '../model/build.ts';
import type { EditionModel } from '../model/model.ts';
import { dateLabel } from '../views/labels.ts';
import { createMark, type Mark } from '../tagging/mark.ts';

/** The marker of an article's spans: the mark of each, from the model's record it stands for. */
export function spanMarker(model: EditionModel): (span: Span) => Mark {
  const byId = <T extends { id: string }>(records: T[]) => new Map(records.map((record) => [record.id, record]));
  const [claims, notes, mentions, dates] = [byId(model.claims), byId(model.notes), byId(model.mentions), byId(model.dates)];
  return (span) => {
    switch (span.kind) {
      case 'claim': {
        const claim = claims.get(span.id)!;
        return createMark('span', { id: span.id, dataTag: 'claim', dataClaim: span.id, dataClaimType: claim.type, dataVerdict: claim.verdict }, 'claim');
      }
      case 'anchor': {
        const note = notes.get(span.id)!;
        return createMark('span', { id: `anchor-${note.id}`, className: ['anchor', `layer-${note.layer}`], dataAnchor: note.id }, 'anchor');
      }
      case 'person': {
        const mention = mentions.get(span.id)!;
        return createMark('span', { id: span.id, dataTag: 'person', dataPerson: mention.person, dataRegistered: mention.registered ? undefined : 'false' }, 'person');
      }
      case 'date': {
        const date = dates.get(span.id)!;
        return createMark(
          'time',
          { id: span.id, dataTag: 'date', dateTime: date.value, dataStart: date.startDay, dataEnd: date.endDay, dataPrecision: date.precision, dataRelative: date.relative ? 'true' : undefined, title: dateLabel(date) },
          'date',
        );
      }
    }
  };
}

/** The empty slot after a note's anchor, where rehype-notes puts its marker and card. */
export function noteSlot(noteId: string): Mark {
  return createMark('span', { dataNoteSlot: noteId }, 'note');
}
