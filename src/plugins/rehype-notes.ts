/**
 * rehype-notes: renders each curated note from the article's model as hast, so nothing goes back through
 * mdast: its numbered marker and margin card into the slot `remark-edition` left after its anchor, and
 * the note itself, once, into the list of notes after the text. Person notes show the card from the
 * register the pipeline was given.
 */
import type { Root, Element } from 'hast';
import type { VFile } from 'vfile';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { renderCard, renderMarker, renderNote, renderNoteList } from '../lib/render/notes.ts';
import type { EditionInputs } from '../lib/model/inputs.ts';

/** Render the notes of an article into their slots. */
export default function rehypeNotes(inputs: Pick<EditionInputs, 'registry'>) {
  return function (tree: Root, file: VFile) {
    const notes = new Map((file.data.edition?.notes ?? []).map((note) => [note.id, note]));
    const rendered: Array<{ number: number; element: Element }> = [];
    visit(tree, 'element', (node: Element, index, parent) => {
      const id = node.properties.dataNoteSlot;
      if (typeof id !== 'string' || !parent || index === undefined) return undefined;
      const note = notes.get(id);
      if (!note) {
        file.fail(`Unexpected slot for note \`${id}\` that the model does not hold, expected remark-edition to record it`, {
          ruleId: 'annotate/no-note',
          source: 'rehype-notes',
        });
      }
      const person = note.person ? inputs.registry.get(note.person) : undefined;
      // People and dates open from their marker alone; a card in the margin would crowd the claims' cards.
      const card = note.layer === 'person' || note.layer === 'date' ? [] : [renderCard(note)];
      parent.children.splice(index, 1, h('span.markers', { dataUi: '' }, [renderMarker(note)]), ...card);
      // The claim page (two levels up from /articles/<slug>/) lists the sources in full, with archived copies.
      const fullRecord = note.claim ? `../../claims/${note.claim}/#note-${note.id}-title` : undefined;
      rendered.push({ number: note.number, element: renderNote(note, person, fullRecord) });
      return [SKIP, index + 1 + card.length];
    });
    groupCards(tree);
    if (rendered.length > 0) {
      tree.children.push(renderNoteList(rendered.sort((a, b) => a.number - b.number).map((item) => item.element)));
    }
  };
}

/**
 * Gather the margin cards of each sentence into one group where its first card was. A float can start
 * only at the top of a line, so cards floated one by one take a line of text each; a group takes a
 * card's height per note, and a sentence dense with notes keeps its cards near its lines.
 */
function groupCards(tree: Root): void {
  visit(tree, 'element', (sentence: Element) => {
    if (sentence.properties.dataTag !== 'claim') return undefined;
    const cards: Array<{ card: Element; parent: Element }> = [];
    visit(sentence, 'element', (node: Element, _index, parent) => {
      const classes = node.properties.className;
      if (Array.isArray(classes) && classes.includes('note-card') && parent?.type === 'element') cards.push({ card: node, parent });
    });
    if (cards.length < 2) return SKIP;
    const first = cards[0]!;
    first.parent.children.splice(first.parent.children.indexOf(first.card), 0, h('span.note-cards', { dataUi: '' }, []));
    const group = first.parent.children[first.parent.children.indexOf(first.card) - 1] as Element;
    for (const { card, parent } of cards) {
      parent.children.splice(parent.children.indexOf(card), 1);
      group.children.push(card);
    }
    return SKIP;
  });
}
