/**
 * remark-tag-claims: splits every paragraph into sentences, gives each a stable id derived from its
 * words, classifies it (fact, opinion, recommendation, prediction; and ClaimBuster's check-worthiness),
 * and wraps it in `<span data-tag="claim" data-claim data-claim-type>`.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { collectBlocks, plainText } from '../lib/tagging/blocks.ts';
import { splitSentences } from '../lib/tagging/sentences.ts';
import { classifySentence } from '../lib/tagging/claims.ts';
import { claimId, uniqueId } from '../lib/tagging/ids.ts';
import { createMark, pointOf, wrapRange } from '../lib/tagging/mark.ts';
import { editionContext } from './remark-edition.ts';

/** Tag and classify the sentences of an article. */
export default function remarkTagClaims() {
  return function (tree: Root, file: VFile) {
    const { model, claimMarks, idScope } = editionContext(file);
    const blocks = collectBlocks(tree);
    model.text = plainText(blocks);
    const taken = new Set<string>();
    blocks.forEach((block, index) => {
      // Headings are labels, not claims.
      if (block.node.type !== 'paragraph') return;
      for (const sentence of splitSentences(block.text)) {
        const id = uniqueId(claimId(sentence.text, idScope), taken);
        const { type, checkWorthiness, rules } = classifySentence(sentence.text);
        const mark = createMark('span', { id, dataTag: 'claim', dataClaim: id, dataClaimType: type }, 'claim');
        const result = wrapRange(block.node, sentence.offset, sentence.offset + sentence.text.length, mark);
        if (!result.ok) {
          const point = pointOf(block.node, sentence.offset);
          file.message(`Unexpected sentence that cannot be marked (${result.reason}), expected plain text`, {
            place: point ? { line: point.line, column: point.column } : block.node.position?.start,
            ruleId: 'claims/unmarkable-sentence',
            source: 'remark-tag-claims',
          });
          continue;
        }
        claimMarks.set(id, mark);
        model.claims.push({
          id,
          text: sentence.text,
          type,
          typeCurated: false,
          checkWorthiness,
          rules,
          notes: [],
          people: [],
          dates: [],
          block: index,
          start: block.offset + sentence.offset,
          end: block.offset + sentence.offset + sentence.text.length,
        });
      }
    });
  };
}
