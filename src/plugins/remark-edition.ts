/**
 * remark-edition: sets up the edition model for one article before the taggers run.
 *
 * - takes the article's slug, publication day, the people register and its annotations as options;
 * - turns raw HTML in the article into plain text, so an article can never inject markup, and keeps
 *   only http(s) links (other links become their words; images become their alt text);
 * - puts an empty model on `file.data.edition`, which the taggers fill in as plain data.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { htmlAsText } from '../lib/tagging/blocks.ts';
import { calendarDay } from '../lib/content/schema.ts';
import { emptyModel, type EditionModel } from '../lib/model/model.ts';
import { isWebUrl } from '../lib/render/note-markdown.ts';
import type { Annotations, Person } from '../lib/content/schema.ts';
import type { EditionInputs } from '../lib/model/inputs.ts';
import type { Mark } from '../lib/tagging/mark.ts';

export type { EditionInputs };

/** What the taggers share while one file is processed; it holds live mdast nodes, so it stays off `file.data`. */
export interface EditionContext {
  model: EditionModel;
  /** The claim wrappers by claim id, so later taggers can set a curated type or verdict on them. */
  claimMarks: Map<string, Mark>;
  registry: ReadonlyMap<string, Person>;
  annotations?: Annotations;
  detectUnregistered: boolean;
  /** The annotation file's path and text, to place note problems in it. */
  annotationsFile?: { path: string; text: string };
  /** What ids are hashed with ('' for none). */
  idScope: string;
}

declare module 'vfile' {
  interface DataMap {
    edition: EditionModel;
  }
}

const contexts = new WeakMap<VFile, EditionContext>();

/** The context the taggers read; fails the file when the setup plugin did not run. */
export function editionContext(file: VFile): EditionContext {
  const context = contexts.get(file);
  if (!context) file.fail('Unexpected tagger without context, expected `remarkEdition` to run first', { ruleId: 'edition/no-context', source: 'remark-edition' });
  return context;
}

/**
 * Set up the edition model for an article.
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
    const { slug, published, registry, annotations } = inputs;

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

    const model = emptyModel(slug, published);
    file.data.edition = model;
    contexts.set(file, { model, registry, annotations, claimMarks: new Map(), detectUnregistered: inputs.detectUnregistered ?? true, idScope: inputs.idScope ?? '', annotationsFile: inputs.annotationsFile });
  };
}
