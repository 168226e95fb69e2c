/**
 * remark-tag-dates: finds temporal expressions ("October 2006", "earlier this week") and resolves each
 * against the article's publication day, marking it as
 * `<time data-tag="date" datetime data-start data-end>` with the most precise value the words support.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { collectBlocks } from '../lib/tagging/blocks.ts';
import { findDates } from '../lib/tagging/dates.ts';
import { describeResolution } from '../lib/views/labels.ts';
import { createMark, pointOf, wrapRange } from '../lib/tagging/mark.ts';
import { blockId, slugify } from '../lib/tagging/ids.ts';
import { editionContext } from './remark-edition.ts';

/** Tag and resolve the dates of an article. */
export default function remarkTagDates() {
  return function (tree: Root, file: VFile) {
    const { model, idScope } = editionContext(file);
    if (!model.published) return;
    const counts = new Map<string, number>();
    collectBlocks(tree).forEach((block, blockIndex) => {
      for (const found of findDates(block.text, model.published)) {
        const start = block.offset + found.offset;
        const end = start + found.text.length;
        const claim = model.claims.find((candidate) => candidate.start <= start && end <= candidate.end);
        const base = `${claim?.id ?? blockId(idScope, blockIndex)}--date-${slugify(found.text)}`;
        const seen = (counts.get(base) ?? 0) + 1;
        counts.set(base, seen);
        const id = seen === 1 ? base : `${base}-${seen}`;
        const label = describeResolution(found);
        const mark = createMark(
          'time',
          {
            id,
            dataTag: 'date',
            dateTime: found.value,
            dataStart: found.start,
            dataEnd: found.end,
            dataPrecision: found.precision,
            dataRelative: found.relative ? 'true' : undefined,
            title: label,
          },
          'date',
        );
        if (!wrapRange(block.node, found.offset, found.offset + found.text.length, mark).ok) {
          const point = pointOf(block.node, found.offset);
          file.message(`Unexpected date “${found.text}” cut by a note’s quote, expected quotes that contain whole dates; left untagged`, {
            place: point ? { line: point.line, column: point.column } : block.node.position,
            ruleId: 'dates/cut-by-quote',
            source: 'remark-tag-dates',
          });
          continue;
        }
        model.dates.push({
          id,
          text: found.text,
          value: found.value,
          startDay: found.start,
          endDay: found.end,
          precision: found.precision,
          relative: found.relative,
          modifier: found.modifier,
          label,
          claim: claim?.id,
          block: blockIndex,
          start,
          end,
        });
        if (claim) claim.dates.push(id);
      }
    });
  };
}
