/**
 * remark-edition: sets up the edition model for one article before the taggers run.
 *
 * - reads the article's slug and publication day (from Astro's frontmatter, or from options);
 * - loads the people registry and the article's annotation file;
 * - turns raw HTML in the article into plain text, so an article can never inject markup, and keeps
 *   only http(s) links (other links become their words; images become their alt text);
 * - puts an empty model on `file.data.edition`, shared with Astro as `remarkPluginFrontmatter.edition`.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { basename, extname } from 'node:path';
import { visit, SKIP } from 'unist-util-visit';
import { loadEditionContent } from '../lib/edition-content.ts';
import { htmlAsText } from '../lib/blocks.ts';
import { calendarDay } from '../lib/schema.ts';
import { emptyModel, type EditionModel } from '../lib/model.ts';
import { isWebUrl } from '../lib/note-markdown.ts';
import type { Annotations, Person } from '../lib/schema.ts';
import type { Mark } from '../lib/mark.ts';

/** Options; every field defaults to what Astro provides. */
export interface Options {
  /** Project root holding `content/` (default: the working directory). */
  root?: string;
  /** Slug of the article (default: the file name without `.md`). */
  slug?: string;
  /** Publication day, YYYY-MM-DD (default: frontmatter `published`). */
  published?: string;
  /** Registry to use instead of `content/people/`. */
  registry?: Map<string, Person>;
  /** Annotations to use instead of `content/annotations/<slug>.yaml`. */
  annotations?: Annotations;
}

/** What the taggers share through `file.data`. */
export interface EditionContext {
  model: EditionModel;
  /** The claim wrappers by claim id, so later taggers can set a curated type or verdict on them. */
  claimMarks: Map<string, Mark>;
  /** Line of the body's first line in the source file (frontmatter comes before it). */
  bodyLine: number;
  registry: Map<string, Person>;
  annotations?: Annotations;
}

declare module 'vfile' {
  interface DataMap {
    edition: EditionModel;
    editionContext: EditionContext;
  }
}

const emptyOptions: Options = {};

/** The context the taggers read; fails the file when the setup plugin did not run. */
export function editionContext(file: VFile): EditionContext {
  const context = file.data.editionContext;
  if (!context) file.fail('Unexpected tagger without context, expected `remarkEdition` to run first', { ruleId: 'edition/no-context', source: 'remark-edition' });
  return context;
}

/** Set up the edition model for an article. */
export default function remarkEdition(options?: Options) {
  const settings = options ?? emptyOptions;
  return function (tree: Root, file: VFile) {
    const frontmatter = (file.data.astro?.frontmatter ?? {}) as Record<string, unknown>;
    const slug = settings.slug ?? (file.path ? basename(file.path, extname(file.path)) : 'article');
    const parsedDay = calendarDay.safeParse(settings.published ?? frontmatter.published);
    if (!parsedDay.success) {
      file.fail(
        `Unexpected publication day \`${String(settings.published ?? frontmatter.published)}\`, expected YYYY-MM-DD in frontmatter \`published\``,
        { ruleId: 'frontmatter/invalid-field', source: 'remark-edition', place: { line: 1, column: 1 } },
      );
    }
    const root = settings.root ?? process.cwd();
    const content = settings.registry ? undefined : loadEditionContent(root);
    const registry = settings.registry ?? content?.registry ?? new Map<string, Person>();
    const annotations = settings.annotations ?? content?.annotations.get(slug);

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

    const model = emptyModel(slug, parsedDay.success ? parsedDay.data : '');
    file.data.edition = model;
    // Astro hands the processor the body alone; positions inside it are shifted by the frontmatter's lines.
    const article = content?.articles.find((entry) => entry.slug === slug);
    const bodyLine = String(file.value).startsWith('---') ? 1 : (article?.bodyLine ?? 1);
    file.data.editionContext = { model, registry, annotations, claimMarks: new Map(), bodyLine };
    // Astro passes frontmatter set by remark plugins to pages as `remarkPluginFrontmatter`.
    file.data.astro = { ...file.data.astro, frontmatter: { ...frontmatter, edition: model } };
  };
}
