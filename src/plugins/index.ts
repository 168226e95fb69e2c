/**
 * The edition's Markdown pipeline, one list in the order it must run, for the loader, `npm run tag`, the
 * benchmarks and the tests: remark-edition → remark-rehype → rehype-notes → rehype-sanitize.
 */
import type { PluggableList, Processor } from 'unified';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import remarkEdition from './remark-edition.ts';
import type { EditionInputs } from '../lib/model/inputs.ts';
import rehypeNotes from './rehype-notes.ts';
import { editionSchema } from '../lib/render/sanitize.ts';
import type { EditionModel } from '../lib/model/model.ts';

export type { EditionInputs };

/** The rehype plugins: the notes rendered from the model, then the sanitiser, always last. */
export function rehypePlugins(inputs: EditionInputs): PluggableList {
  return [[rehypeNotes, inputs], [rehypeSanitize, editionSchema]];
}

/** The whole processor, Markdown in, HTML out. */
export function editionProcessor(inputs: EditionInputs): Processor<any, any, any, any, string> {
  return unified()
    .use(remarkParse)
    .use(remarkEdition, inputs)
    .use(remarkRehype)
    .use(rehypePlugins(inputs))
    .use(rehypeStringify) as never;
}

/** What rendering one article gives. */
export interface RenderedEdition {
  html: string;
  model: EditionModel;
  /** The vfile, holding the messages (warnings) tagging raised. */
  file: VFile;
}

/**
 * Render one article's body (without frontmatter) with its inputs; `path` places the messages.
 * @throws The `VFileMessage` of the first fatal problem (a note that does not anchor, say).
 */
export async function renderEdition(body: string, inputs: EditionInputs, path?: string): Promise<RenderedEdition> {
  const file = new VFile({ value: body, path });
  const result = await editionProcessor(inputs).process(file);
  return { html: String(result.value), model: file.data.edition!, file };
}
