/**
 * remark-edition: the edition's remark preset, one plugin for one article.
 *
 * - takes everything the article's output depends on as options (slug, publication day, the people
 *   register, its annotations and the annotation file's text, the id scope): it reads no file;
 * - turns raw HTML in the article into plain text, so an article can never inject markup, and keeps
 *   only http(s) links (other links become their words; images become their alt text);
 * - builds the model with `buildEditionModel` (src/lib/model/build.ts), a pure function of the text;
 * - marks the model's spans in mdast (sentences, note anchors with a slot for each note, people, dates)
 *   and puts the model on `file.data.edition` as plain data;
 * - reports each problem as a positioned `VFileMessage`: in the article, or at the note's field in the
 *   annotation file.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { visit, SKIP } from 'unist-util-visit';
import { collectBlocks, htmlAsText, type Block } from '../lib/tagging/blocks.ts';
import { calendarDay } from '../lib/content/schema.ts';
import { isWebUrl } from '../lib/urls.ts';
import { contentMessage } from '../lib/content/diagnostics.ts';
import { locateYaml, markdownPoint, type LocatedYaml } from '../lib/content/yaml.ts';
import { buildEditionModel, dropRecords, type BuildProblem, type BuiltModel } from '../lib/model/build.ts';
import type { EditionModel } from '../lib/model/model.ts';
import type { EditionInputs } from '../lib/model/inputs.ts';
import { dateLabel } from '../lib/views/labels.ts';
import { createMark, insertAfter, pointOf, wrapRange, type Lengths, type Mark } from '../lib/tagging/mark.ts';

export type { EditionInputs };

declare module 'vfile' {
  interface DataMap {
    /** The article's edition model, plain data. */
    edition: EditionModel;
  }
}

/**
 * Tag an article: build its model from its text and inputs, and mark the model's spans in the tree.
 *
 * Positions in messages are positions in `file`: callers that strip frontmatter pass blank lines in its
 * place, so a line in the body is the line in the article file.
 */
export default function remarkEdition(inputs: EditionInputs) {
  return function (tree: Root, file: VFile) {
    if (!calendarDay.safeParse(inputs.published).success) {
      file.fail(`Unexpected publication day \`${inputs.published}\`, expected YYYY-MM-DD in frontmatter \`published\``, {
        ruleId: 'frontmatter/invalid-field',
        source: 'remark-edition',
        place: { line: 1, column: 1 },
      });
    }
    // Raw HTML in an article is the author's text, not markup: show it as written.
    htmlAsText(tree);

    // The content check refuses other links and images; if a file reaches the taggers without it (the
    // `tag` script, a test), keep the words and drop what could run or load: only http(s) links stay,
    // whether written inline or as references.
    const definitions = new Map<string, string>();
    visit(tree, 'definition', (node) => {
      definitions.set(node.identifier, node.url);
    });
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      const unsafe =
        (node.type === 'link' && !isWebUrl(node.url)) ||
        (node.type === 'linkReference' && !isWebUrl(definitions.get(node.identifier) ?? '')) ||
        (node.type === 'definition' && !isWebUrl(node.url));
      if (unsafe) {
        parent.children.splice(index, 1, ...('children' in node ? (node.children as never[]) : []));
        return index;
      }
      if (node.type === 'image' || node.type === 'imageReference') {
        parent.children[index] = { type: 'text', value: node.alt ?? '', position: node.position } as never;
        return SKIP;
      }
      return undefined;
    });

    // The model, as plain data, from the text alone and the inputs; then its spans marked in the tree.
    const blocks = collectBlocks(tree);
    const built = buildEditionModel(
      blocks.map((block) => ({ text: block.text, kind: block.node.type })),
      inputs,
    );
    const yaml = inputs.annotationsFile ? locateYaml(inputs.annotationsFile.text) : undefined;
    for (const problem of built.problems) {
      const message = toMessage(problem, blocks, yaml, inputs);
      message.file ||= file.path;
      file.messages.push(message);
      if (message.fatal) throw message;
    }
    markSpans(built, blocks, file);
    file.data.edition = built.model;
  };
}

/** A problem of the model as a message, placed in the article or at the note's field in the annotation file. */
function toMessage(problem: BuildProblem, blocks: readonly Block[], yaml: LocatedYaml | undefined, inputs: EditionInputs): VFileMessage {
  if (problem.field) {
    const { path, inText } = problem.field;
    const start = inText && yaml ? markdownPoint(yaml, path, inText.line, inText.column) : undefined;
    return contentMessage({
      file: inputs.annotationsFile?.path ?? `content/annotations/${inputs.slug}.yaml`,
      ...(start ? { start } : (yaml?.at(path) ?? { start: { line: 1, column: 1 } })),
      reason: problem.reason,
      ruleId: problem.ruleId,
      source: problem.source,
      hint: problem.hint,
      fatal: problem.fatal,
    });
  }
  const block = problem.text ? blocks[problem.text.block] : undefined;
  const point = block && problem.text ? pointOf(block.node, problem.text.offset) : undefined;
  const message = new VFileMessage(problem.reason, {
    place: point ? { line: point.line, column: point.column } : block?.node.position,
    ruleId: problem.ruleId,
    source: problem.source,
  });
  message.fatal = problem.fatal;
  if (problem.hint) message.note = problem.hint;
  return message;
}

/**
 * Mark the model's spans in the tree, outer before inner: sentences, note anchors (each followed by the
 * slot rehype-notes fills), people, dates. A span the tree's own markup cuts (a link boundary, say) stays
 * unmarked, with a warning, and leaves the model too, so the model and the page always agree.
 */
function markSpans(built: BuiltModel, blocks: readonly Block[], file: VFile): void {
  const { model } = built;
  const claims = new Map(model.claims.map((claim) => [claim.id, claim]));
  const notes = new Map(model.notes.map((note) => [note.id, note]));
  const mentions = new Map(model.mentions.map((mention) => [mention.id, mention]));
  const dates = new Map(model.dates.map((date) => [date.id, date]));
  const dropped = new Set<string>();
  // One memory of text lengths for every span of this tree (see Lengths in mark.ts).
  const lengths: Lengths = new WeakMap();
  for (const span of built.spans) {
    const block = blocks[span.block]!;
    let mark: Mark;
    switch (span.kind) {
      case 'claim': {
        const claim = claims.get(span.id)!;
        mark = createMark('span', { id: span.id, dataTag: 'claim', dataClaim: span.id, dataClaimType: claim.type, dataVerdict: claim.verdict }, 'claim');
        break;
      }
      case 'anchor': {
        const note = notes.get(span.id)!;
        mark = createMark('span', { id: `anchor-${note.id}`, className: ['anchor', `layer-${note.layer}`], dataAnchor: note.id }, 'anchor');
        break;
      }
      case 'person': {
        const mention = mentions.get(span.id)!;
        mark = createMark('span', { id: span.id, dataTag: 'person', dataPerson: mention.person, dataRegistered: mention.registered ? undefined : 'false' }, 'person');
        break;
      }
      case 'date': {
        const date = dates.get(span.id)!;
        mark = createMark(
          'time',
          { id: span.id, dataTag: 'date', dateTime: date.value, dataStart: date.startDay, dataEnd: date.endDay, dataPrecision: date.precision, dataRelative: date.relative ? 'true' : undefined, title: dateLabel(date) },
          'date',
        );
        break;
      }
    }
    if (!wrapRange(block.node, span.start, span.end, mark, lengths).ok) {
      // A failed wrap leaves the tree as it was, so the place is found only when a message needs it.
      const point = pointOf(block.node, span.start);
      const message = file.message(`Unexpected ${span.kind === 'claim' ? 'sentence' : span.kind} that the article’s own markup cuts, expected plain text; left unmarked`, {
        place: point ? { line: point.line, column: point.column } : block.node.position?.start,
        ruleId: `${span.kind === 'claim' ? 'claims' : span.kind === 'anchor' ? 'annotate' : span.kind === 'person' ? 'people' : 'dates'}/unmarkable`,
        source: 'remark-edition',
      });
      message.fatal = span.kind === 'anchor';
      if (message.fatal) throw message;
      dropped.add(span.id);
      continue;
    }
    if (span.kind === 'anchor') insertAfter(block.node, mark, [createMark('span', { dataNoteSlot: span.id }, 'note')]);
  }
  dropRecords(model, dropped);
}
