/**
 * remark-annotate: anchors the curated notes of `content/annotations/<slug>.yaml` in the text by quote,
 * numbers them in reading order, records each on the model (its Markdown rendered once, sanitised), and
 * leaves a slot right after its anchor where `rehype-notes` renders the note and its markers. A note that does not anchor exactly once, or whose quote cuts through a sentence or another
 * note, fails the build with the note id, the quote and the closest text found.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { collectBlocks } from '../lib/tagging/blocks.ts';
import { anchorNotes, describeAnchorFailure } from '../lib/tagging/anchor.ts';
import { createMark, insertAfter, wrapRange } from '../lib/tagging/mark.ts';
import { renderNoteMarkdown } from '../lib/render/note-markdown.ts';
import { sanitizeHtml } from '../lib/render/sanitize.ts';
import { findDates } from '../lib/tagging/dates.ts';
import { describeResolution } from '../lib/views/labels.ts';
import type { NoteRecord } from '../lib/model/model.ts';
import { VERDICT_SEVERITY } from '../lib/views/labels.ts';
import { editionContext } from './remark-edition.ts';
import { contentMessage } from '../lib/content/diagnostics.ts';
import { locateYaml, markdownPoint } from '../lib/content/yaml.ts';

/** Rule ids for quotes that do not anchor, the same as the content check's. */
const QUOTE_RULES = {
  missing: 'annotate/quote-missing',
  ambiguous: 'annotate/quote-ambiguous',
  'spans-blocks': 'annotate/quote-spans-paragraphs',
  overlap: 'annotate/quote-overlap',
} as const;

/** Anchor and place the curated notes of an article. */
export default function remarkAnnotate() {
  return function (tree: Root, file: VFile) {
    const { model, annotations, annotationsFile, claimMarks } = editionContext(file);
    if (!annotations || annotations.notes.length === 0) return;
    // A note's problem is the annotation file's: it is reported at the note's field there.
    const yaml = annotationsFile ? locateYaml(annotationsFile.text) : undefined;
    const fail = (reason: string, ruleId: string, path: Array<string | number>, exact?: { line: number; column: number }): never => {
      const message = contentMessage({
        file: annotationsFile?.path ?? `content/annotations/${model.slug}.yaml`,
        ...(exact && yaml ? { start: markdownPoint(yaml, path, exact.line, exact.column) ?? yaml.at(path).start } : (yaml?.at(path) ?? { start: { line: 1, column: 1 } })),
        reason,
        ruleId,
        source: 'remark-annotate',
        fatal: true,
      });
      file.messages.push(message);
      throw message;
    };
    const at = (note: object) => annotations.notes.indexOf(note as never);

    const blocks = collectBlocks(tree);
    const placed = anchorNotes(
      blocks.map((block) => block.text),
      annotations.notes,
    );
    if (placed.failures.length > 0) {
      const first = placed.failures[0]!;
      fail(describeAnchorFailure(first.note, first.failure), QUOTE_RULES[first.failure.kind], ['notes', at(first.note), 'quote', 'exact']);
    }
    const claimIds = new Set(model.claims.map((claim) => claim.id));

    // A note's number follows where its marker stands in the text: after the end of its quote, and
    // for quotes ending together, the inner one first. Wrapping goes outer quotes first, so inner ones nest.
    const numbers = new Map(
      [...placed.anchored]
        .sort((a, b) => a.anchor.block - b.anchor.block || a.anchor.end - b.anchor.end || b.anchor.start - a.anchor.start)
        .map(({ note }, index) => [note.id, index + 1]),
    );
    const ordered = [...placed.anchored].sort(
      (a, b) => a.anchor.block - b.anchor.block || a.anchor.start - b.anchor.start || b.anchor.end - a.anchor.end,
    );
    ordered.forEach(({ note, anchor }) => {
      if (claimIds.has(note.id)) fail(`Unexpected note id \`${note.id}\`, expected an id that no sentence uses`, 'annotate/duplicate-id', ['notes', at(note), 'id']);
      const block = blocks[anchor.block]!;
      const start = block.offset + anchor.start;
      const end = block.offset + anchor.end;
      const claim = model.claims.find((candidate) => candidate.start <= start && end <= candidate.end);

      const anchorMark = createMark('span', { id: `anchor-${note.id}`, className: ['anchor', `layer-${note.layer}`], dataAnchor: note.id }, 'anchor');
      const wrapped = wrapRange(block.node, anchor.start, anchor.end, anchorMark);
      if (!wrapped.ok) {
        const what = wrapped.blocker?.data.tag === 'claim' ? 'a sentence boundary' : 'the quote of another note';
        fail(`Unexpected quote “${note.quote.exact}” of note \`${note.id}\` that cuts through ${what}, expected a quote inside one sentence or covering whole sentences, nested in or apart from other quotes`, 'annotate/quote-cuts-sentence', ['notes', at(note), 'quote', 'exact']);
      }

      // Each Markdown field is rendered once, to sanitised HTML that every page (and rehype-notes) uses.
      const render = (markdown: string | undefined, field: string) => {
        if (markdown === undefined) return undefined;
        const rendered = renderNoteMarkdown(markdown);
        const problem = rendered.problems[0];
        if (problem) fail(`${problem.reason}, in \`${field}\` of note \`${note.id}\` at line ${problem.line} of that text`, 'annotate/unsafe-markdown', ['notes', at(note), field], problem);
        return { html: sanitizeHtml(rendered.html) };
      };
      const body = render(note.body, 'body');
      const knownThen = render(note.knownThen, 'knownThen');
      const knownLater = render(note.knownLater, 'knownLater');

      const date = note.layer === 'date'
        ? findDates(block.text, model.published).find((found) => found.offset >= anchor.start && found.offset + found.text.length <= anchor.end)
        : undefined;
      const record: NoteRecord = {
        id: note.id,
        layer: note.layer,
        number: numbers.get(note.id) ?? 0,
        title: note.title,
        quote: note.quote,
        html: body?.html ?? '',
        verdict: note.verdict,
        claimType: note.claimType,
        knownThenHtml: knownThen?.html,
        knownLaterHtml: knownLater?.html,
        events: note.events,
        person: note.person,
        sources: [...note.sources].sort((a, b) => Number(b.primary ?? false) - Number(a.primary ?? false)),
        claim: claim?.id,
        // A chip says how the words were read; "October 2006 → October 2006" would say nothing.
        resolution:
          date && (date.relative || describeResolution(date) !== date.text)
            ? { phrase: date.text, label: describeResolution(date), relative: date.relative }
            : undefined,
        block: anchor.block,
        start,
        end,
      };
      model.notes.push(record);

      if (claim) {
        claim.notes.push(note.id);
        if (note.layer === 'claim') {
          const claimMark = claimMarks.get(claim.id);
          // A sentence can carry several checked claims; it shows the gravest verdict among them.
          if (note.verdict && (!claim.verdict || VERDICT_SEVERITY.indexOf(note.verdict) < VERDICT_SEVERITY.indexOf(claim.verdict))) {
            claim.verdict = note.verdict;
            if (claimMark) claimMark.data.hProperties.dataVerdict = note.verdict;
          }
          if (note.claimType) {
            claim.type = note.claimType;
            claim.typeCurated = true;
            if (claimMark) claimMark.data.hProperties.dataClaimType = note.claimType;
          }
        }
      }

      insertAfter(block.node, anchorMark, [createMark('span', { dataNoteSlot: note.id }, 'note')]);
    });
    model.notes.sort((a, b) => a.number - b.number);
  };
}
