/**
 * rehype-notes: renders each curated note from the article's model as hast, so nothing goes back through
 * mdast: its numbered marker and margin card into the slot `remark-annotate` left after its anchor, and
 * the note itself, once, into the list of notes after the text. Person notes show the card from the
 * register the pipeline was given.
 */
import type { Root, Element } from 'hast';
import type { VFile } from 'vfile';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { renderCard, renderMarkers, renderNote, renderNoteList } from '../lib/render/note-render.ts';
import type { EditionInputs } from './remark-edition.ts';

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
        file.fail(`Unexpected slot for note \`${id}\` that the model does not hold, expected remark-annotate to record it`, {
          ruleId: 'annotate/no-note',
          source: 'rehype-notes',
        });
      }
      const person = note.person ? inputs.registry.get(note.person) : undefined;
      parent.children.splice(index, 1, h('span.markers', { dataUi: '' }, renderMarkers(note)), renderCard(note));
      // The claim page (two levels up from /articles/<slug>/) lists the sources in full, with archived copies.
      const fullRecord = note.claim ? `../../claims/${note.claim}/#note-${note.id}-title` : undefined;
      rendered.push({ number: note.number, element: renderNote(note, person, { fullRecord }) });
      return [SKIP, index + 2];
    });
    if (rendered.length > 0) {
      tree.children.push(renderNoteList(rendered.sort((a, b) => a.number - b.number).map((item) => item.element)));
    }
  };
}
