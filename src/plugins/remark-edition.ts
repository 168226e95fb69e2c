/**
 * remark-edition: a thin adapter over the model. It takes all its inputs as options (it reads no file), puts
 * the model on `file.data.edition`, marks its spans in mdast and reports problems as positioned messages.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { collectBlocks, type Block } from '../lib/tagging/blocks.ts';
import { safeArticle } from '../lib/content/markdown.ts';
import { contentMessage } from '../lib/content/diagnostics.ts';
import { locateYaml, markdownPoint, type LocatedYaml } from '../lib/content/yaml.ts';
import { buildEditionModel, dropRecords, type BuildProblem, type BuiltModel } from '../lib/model/build.ts';
import type { EditionModel } from '../lib/model/model.ts';
import type { EditionInputs } from '../lib/model/inputs.ts';
import { noteSlot, spanMarker } from '../lib/render/span-marks.ts';
import { insertAfter, pointOf, wrapRange, type Lengths } from '../lib/tagging/mark.ts';

export type { EditionInputs };

declare module 'vfile' {
  interface DataMap {
    /** The article's edition model, plain data. */
    edition: EditionModel;
  }
}

/**
 * Tag an article: build its model and mark its spans in the tree. Callers that strip frontmatter pass blank
 * lines in its place, so a line in a message is the line in the article file.
 */
export default function remarkEdition(inputs: EditionInputs) {
  return function (tree: Root, file: VFile) {
    safeArticle(tree);
    const blocks = collectBlocks(tree);
    const built = buildEditionModel(
      blocks.map((block) => ({ text: block.text, kind: block.node.type })),
      inputs,
    );
    const yaml = inputs.annotationsFile ? locateYaml(inputs.annotationsFile.text) : undefined;
    for (const problem of built.problems) {
      const message = toMessage(problem, blocks, yaml, inputs, file.path);
      file.messages.push(message);
      if (message.fatal) throw message;
    }
    markSpans(built, blocks, file);
    file.data.edition = built.model;
  };
}

/** A problem of the model as a message, placed in the article or at the note's field in the annotation file. */
function toMessage(problem: BuildProblem, blocks: readonly Block[], yaml: LocatedYaml | undefined, inputs: EditionInputs, article: string): VFileMessage {
  const { reason, ruleId, hint, fatal } = problem;
  const source = 'remark-edition';
  if (problem.field) {
    const { path, inText } = problem.field;
    const start = inText && yaml ? markdownPoint(yaml, path, inText.line, inText.column) : undefined;
    const place = start ? { start } : (yaml?.at(path) ?? { start: { line: 1, column: 1 } });
    return contentMessage({ file: inputs.annotationsFile?.path ?? `content/annotations/${inputs.slug}.yaml`, ...place, reason, ruleId, source, hint, fatal });
  }
  const block = problem.text ? blocks[problem.text.block] : undefined;
  const point = block && problem.text ? pointOf(block.node, problem.text.offset) : undefined;
  const place = point ? { start: { line: point.line, column: point.column } } : (block?.node.position ?? { start: { line: 1, column: 1 } });
  return contentMessage({ file: article, ...place, reason, ruleId, source, hint, fatal });
}

/**
 * Mark the model's spans in the tree, outer before inner: sentences, note anchors (each followed by the
 * slot rehype-notes fills), people, dates. A span the tree's own markup cuts (a link boundary, say) stays
 * unmarked, with a warning, and leaves the model too, so the model and the page always agree.
 */
function markSpans(built: BuiltModel, blocks: readonly Block[], file: VFile): void {
  const markOf = spanMarker(built.model);
  const dropped = new Set<string>();
  // One memory of text lengths for every span of this tree (see Lengths in mark.ts).
  const lengths: Lengths = new WeakMap();
  for (const span of built.spans) {
    const block = blocks[span.block]!;
    const mark = markOf(span);
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
    if (span.kind === 'anchor') insertAfter(block.node, mark, [noteSlot(span.id)]);
  }
  dropRecords(built.model, dropped);
}
