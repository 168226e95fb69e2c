/**
 * Reads the content folder as raw files and checks it before anything is built, each problem placed at its
 * file, line and column. Reading is in read.ts, the checks in lib/content/. The model builder meets the
 * anchoring and Markdown rules again while tagging; checking here first reports every problem at once.
 */
import { readFileSync } from 'node:fs';
import { join, relative, basename, extname } from 'node:path';
import { locateYaml } from '../lib/content/yaml.ts';
import {
ID_PATTERN,
annotationsSchema,
articleSchema,
personSchema,
type Annotations,
} from '../lib/content/schema.ts';
import type { VFileMessage } from 'vfile-message';
import { contentMessage, excerpt, pointAt, type Point } from '../lib/content/diagnostics.ts';
import { collectBlocks, type Block } from '../lib/tagging/blocks.ts';
import type { Anchor } from '../lib/tagging/anchor.ts';
import { findImpossibleDates } from '../lib/tagging/dates.ts';
import { articlePoint, checkAnchors, checkNoteMarkdown, checkPhases, checkReferences, checkSiteNoteIds, checkSourceArchives, checkVerdictsAndSources } from '../lib/content/check-annotations.ts';
import { checkArticleLinks, checkIdScopes, checkNesting, frontmatterFieldRange, parseArticleBody } from '../lib/content/check-articles.ts';
import { listFiles, parseYaml, readUtf8, splitFrontmatter } from './read.ts';
import { TO_FILL, cardPath, isUnregisteredId, registerId, unfilledFields } from '../lib/content/people-stub.ts';
import { BodyCache } from './body-cache.ts';
import { CHECKER, engineDigest } from './files.ts';
import type { ArticleFile, ContentReport, Registry } from '../lib/content/report.ts';

/** Whether an author entry is a registry id (kebab-case) rather than a plain name. */
export function isPersonId(author: string): boolean {
  return ID_PATTERN.test(author);
}

function fileProblem(file: string, reason: string, ruleId: string, hint: string, line = 1): VFileMessage {
  return contentMessage({ file, start: { line, column: 1 }, reason, ruleId, hint });
}

/** What a library's failure on hostile content (multiplying YAML aliases, deep nesting) means to a writer. */
export function describeFailure(error: unknown): { reason: string; hint: string; ruleId: string } {
  const text = error instanceof Error ? error.message : String(error);
  if (/alias count|resource exhaustion/i.test(text)) {
    return {
      reason: 'Unexpected YAML aliases that expand to too many values, expected plain fields',
      ruleId: 'content/yaml-aliases',
      hint: 'Write each value out instead of repeating it with anchors and aliases (`&name`, `*name`).',
    };
  }
  if (error instanceof RangeError && /call stack/i.test(text)) {
    return {
      reason: 'Unexpected nesting too deep to read (quotes, lists or brackets inside one another thousands of levels down), expected an article’s paragraphs',
      ruleId: 'content/too-deep',
      hint: 'Paste the text as plain paragraphs: an op-ed nests a quotation or a list a few levels at most.',
    };
  }
  return {
    reason: `Unexpected content that could not be read (${excerpt(text.split('\n')[0] ?? '', 120)}), expected a file of the documented form`,
    ruleId: 'content/unreadable',
    hint: 'Compare the file with the README’s examples; if it looks right, report it with the file attached.',
  };
}

/** Where a hostile file's trouble starts when the library did not say: the first alias, or deep nesting. */
export function failurePlace(path: string, ruleId: string): Point | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  const pattern = ruleId === 'content/yaml-aliases' ? /(?<=^|[\s[{,:-])\*[^\s,\]}]+/m : ruleId === 'content/too-deep' ? /^(?:[ \t]*[>*+-][ \t]*|[ \t]*\d+[.)][ \t]*|[[({]){64}/m : undefined;
  const match = pattern?.exec(text);
  return match ? pointAt(text, match.index) : undefined;
}

/** Run one file's checks; a library's failure becomes a problem in that file, so it never hides the others. */
function guardFile(path: string, file: string, problems: VFileMessage[], check: () => void): void {
  try {
    check();
  } catch (error) {
    const described = describeFailure(error);
    const linePos = (error as { linePos?: Array<{ line: number; col: number }> }).linePos;
    const start = linePos?.[0] ? { line: linePos[0].line, column: linePos[0].col } : failurePlace(path, described.ruleId) ?? { line: 1, column: 1 };
    problems.push(contentMessage({ file, start, ...described }));
  }
}

export interface CheckOptions {
  /** Where to keep body readings between runs (body-cache.ts); without it every body is read afresh. */
  cacheFile?: string;
}

/** Read and check the whole content folder under `root/content`: every problem, and the valid parts. */
export function checkContent(root: string, options: CheckOptions = {}): ContentReport {
  const cache = options.cacheFile ? new BodyCache(options.cacheFile, engineDigest(root, CHECKER)) : undefined;
  const problems: VFileMessage[] = [];
  const contentRoot = join(root, 'content');
  const registry: Registry = new Map();
  const articles: ArticleFile[] = [];
  const annotations = new Map<string, Annotations>();
  const annotationFiles = new Map<string, { path: string; text: string }>();
  const articleBlockCache = new Map<string, Block[]>();
  // Dates that name no real day stop the build unless a note anchors on them, so both are known first.
  const impossibleDates: Array<{ slug: string; anchor: Anchor; problem: VFileMessage }> = [];
  const noteAnchors = new Map<string, Anchor[]>();
  const rel = (path: string) => relative(root, path).split('\\').join('/');

  const peopleFolder = join(contentRoot, 'people');
  for (const name of listFiles(peopleFolder, ['.yaml', '.yml'])) {
    const path = join(peopleFolder, name);
    const file = rel(path);
    guardFile(path, file, problems, () => {
      const id = basename(name, extname(name));
      if (!ID_PATTERN.test(id)) {
        problems.push(fileProblem(file, `Unexpected file name \`${name}\`, expected a kebab-case person id such as \`george-w-bush.yaml\``, 'people/invalid-id', 'Rename the file: its name is the id that articles and notes use.'));
        return;
      }
      if (isUnregisteredId(id)) {
        problems.push(fileProblem(file, `Unexpected file name \`${name}\`, expected the register id \`${registerId(id)}.yaml\``, 'people/invalid-id', `Rename the file to ${cardPath(registerId(id))} and write \`person: ${registerId(id)}\` in notes: \`unregistered-\` is only what the tagger calls a name the register lacks.`));
        return;
      }
      const text = readUtf8(path, file, problems);
      if (text === undefined) return;
      const person = parseYaml(text, personSchema, file, problems, {
        rulePrefix: 'people',
        hint: 'A person needs `name` and `roleThen`; see README "Add an op-ed".',
      });
      if (!person) return;
      const unfilled = unfilledFields(person);
      if (unfilled.length > 0) {
        const yaml = locateYaml(text);
        for (const path of unfilled) {
          problems.push(contentMessage({
            file,
            ...yaml.at(path),
            reason: `Unexpected \`${TO_FILL}\` in \`${path.join('.')}\` of the stub card for ${person.name}, expected the card filled in`,
            ruleId: 'people/unfilled-stub',
            hint: path[0] === 'summary'
              ? 'Write why this person matters to the edition in a sentence or two, or delete the line (a summary is optional).'
              : `Write the field, or delete ${file} to leave ${person.name} unregistered (the name stays tagged).`,
          }));
        }
      }
      // A stub still to fill is in the register all the same: notes that name it are not wrong, the card is.
      registry.set(id, person);
      checkSourceArchives(person.sources, ['sources'], locateYaml(text), file, problems);
    });
  }

  const articleFolder = join(contentRoot, 'articles');
  for (const name of listFiles(articleFolder, ['.md'])) {
    const path = join(articleFolder, name);
    const file = rel(path);
    guardFile(path, file, problems, () => {
      const slug = basename(name, '.md');
      if (!ID_PATTERN.test(slug)) {
        problems.push(fileProblem(file, `Unexpected file name \`${name}\`, expected a kebab-case slug such as \`my-op-ed.md\``, 'frontmatter/invalid-slug', 'The file name becomes the page address /articles/<slug>/.'));
        return;
      }
      const text = readUtf8(path, file, problems);
      if (text === undefined) return;
      const parts = splitFrontmatter(text);
      if (!parts) {
        problems.push(fileProblem(file, 'Missing frontmatter, expected the file to start with `---`, YAML fields, and `---`', 'frontmatter/missing', 'Add at least title, authors, publisher, published and source between two `---` lines.'));
        return;
      }
      const data = parseYaml(parts.frontmatter, articleSchema, file, problems, {
        lineOffset: 1,
        rulePrefix: 'frontmatter',
        hint: 'Required: title, authors, publisher, published (YYYY-MM-DD), source (http(s) URL).',
      });
      if (!data) return;
      if (parts.body.trim() === '') {
        problems.push(fileProblem(file, 'Unexpected empty body, expected the text of the article after the frontmatter', 'article/empty-body', 'Paste the article’s paragraphs below the closing `---`, separated by blank lines.', parts.bodyLine));
        return;
      }
      const linkProblems: VFileMessage[] = [];
      let reading = cache?.get(parts.body, data.published);
      if (!reading) {
        const tree = parseArticleBody(parts.body);
        // A tree too deep is not read further: the readings below would recurse through it.
        checkNesting(tree, file, parts.bodyLine, linkProblems);
        if (linkProblems.length > 0) {
          problems.push(...linkProblems);
          return;
        }
        checkArticleLinks(tree, file, parts.bodyLine, linkProblems);
        const blocks = collectBlocks(tree);
        const impossible = blocks.flatMap((block, index) => findImpossibleDates(block.text, data.published).map((date) => ({ ...date, block: index })));
        reading = { blocks, impossible };
        if (linkProblems.length === 0) cache?.set(parts.body, data.published, reading);
      }
      problems.push(...linkProblems);
      const { blocks } = reading;
      articleBlockCache.set(slug, blocks);
      for (const impossible of reading.impossible) {
        const block = blocks[impossible.block]!;
        impossibleDates.push({
          slug,
          anchor: { block: impossible.block, start: impossible.offset, end: impossible.offset + impossible.text.length },
          problem: contentMessage({
            file,
            start: articlePoint(block, impossible.offset, parts.bodyLine),
            end: articlePoint(block, impossible.offset + impossible.text.length, parts.bodyLine),
            reason: `Unexpected impossible date “${impossible.text}” (${impossible.reason}), expected a date that names a real day`,
            ruleId: 'article/impossible-date',
            hint: 'Check the date against the publisher’s page. If the original prints it, keep it and add a note whose quote covers it (layer `date`) saying so: a date a note explains is accepted.',
          }),
        });
      }
      data.authors.forEach((author, index) => {
        if (isPersonId(author) && !registry.has(author)) {
          problems.push(contentMessage({
            file,
            ...frontmatterFieldRange(parts.frontmatter, ['authors', index]),
            reason: `Unknown author id \`${author}\` in \`authors.${index}\`, expected an id from content/people/ or a plain name`,
            ruleId: 'frontmatter/unknown-author',
            hint: `Add content/people/${author}.yaml, or write the author's name as it should be printed ("Jane Doe").`,
          }));
        }
      });
      articles.push({ slug, file, data, frontmatter: parts.frontmatter, body: parts.body, bodyLine: parts.bodyLine });
    });
  }

  checkIdScopes(articles, problems);

  const annotationFolder = join(contentRoot, 'annotations');
  // Note ids are addresses across the site (search records, exports): where each was first seen.
  const noteIdsSeen = new Map<string, { file: string; line: number }>();
  const slugs = new Set(articles.map((article) => article.slug));
  const allSlugs = new Set(listFiles(articleFolder, ['.md']).map((name) => basename(name, '.md')));
  for (const name of listFiles(annotationFolder, ['.yaml', '.yml'])) {
    const path = join(annotationFolder, name);
    const file = rel(path);
    guardFile(path, file, problems, () => {
      const slug = basename(name, extname(name));
      if (!allSlugs.has(slug)) {
        problems.push(fileProblem(file, `Unexpected annotations for \`${slug}\`, expected a matching article content/articles/${slug}.md`, 'annotate/unknown-article', 'Name the annotation file after the article it annotates.'));
        return;
      }
      const text = readUtf8(path, file, problems);
      if (text === undefined) return;
      const data = parseYaml(text, annotationsSchema, file, problems, {
        rulePrefix: 'annotate',
        hint: 'See README "Annotation format" for the fields of a note.',
      });
      if (!data) return;
      const yaml = locateYaml(text);
      const found: VFileMessage[] = [];
      for (const path of unfilledFields(data)) {
        found.push(contentMessage({
          file,
          ...yaml.at(path),
          reason: `Unexpected \`${TO_FILL}\` in \`${path.join('.')}\`, expected the field written`,
          ruleId: 'annotate/unfilled',
          hint: 'Write the field, or comment the whole entry out again until it is ready.',
        }));
      }
      checkReferences(data, yaml, file, registry, found);
      checkSiteNoteIds(data, yaml, file, noteIdsSeen, found);
      checkNoteMarkdown(data, yaml, file, found);
      checkVerdictsAndSources(data, yaml, file, found);
      const article = articles.find((entry) => entry.slug === slug);
      const blocks = articleBlockCache.get(slug);
      if (article && blocks) noteAnchors.set(slug, checkAnchors(data, yaml, file, article, blocks, found));
      if (article) checkPhases(data, yaml, file, article, found);
      found.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
      problems.push(...found);
      if (slugs.has(slug)) {
        annotations.set(slug, data);
        annotationFiles.set(slug, { path: file, text });
      }
    });
  }

  for (const { slug, anchor, problem } of impossibleDates) {
    const explained = (noteAnchors.get(slug) ?? []).some(
      (note) => note.block === anchor.block && note.start <= anchor.start && anchor.end <= note.end,
    );
    if (!explained) problems.push(problem);
  }

  cache?.save();
  return { problems, registry, articles, annotations, annotationFiles, bodiesReused: cache?.reused ?? 0 };
}
