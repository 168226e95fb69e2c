/**
 * rehype-notes: renders each curated note from the article's model into the slot `remark-edition` left
 * after its anchor — the numbered markers, then the note itself — as hast, so nothing goes back through
 * mdast. Person notes show the card from the register the pipeline was given.
 */
import type { Root, Element } from 'hast';
import type { VFile } from 'vfile';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { renderMarkers, renderNote } from '../lib/render/note-render.ts';
import type { EditionInputs } from '../lib/model/inputs.ts';

/** Render the notes of an article into their slots. */
export default function rehypeNotes(inputs: Pick<EditionInputs, 'registry'>) {
  return function (tree: Root, file: VFile) {
    const notes = new Map((file.data.edition?.notes ?? []).map((note) => [note.id, note]));
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
      parent.children.splice(index, 1, h('span.markers', { dataUi: '' }, renderMarkers(note)), renderNote(note, person));
      return [SKIP, index + 2];
    });
  };
}
