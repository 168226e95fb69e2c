/**
 * remark-tag-people: marks every mention of a person — registry names and aliases, the article's own
 * coreference phrases ("the president"), and names the registry lacks, which are tagged as
 * unregistered with a positioned warning — as `<span data-tag="person" data-person="<id>">`.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { collectBlocks } from '../lib/tagging/blocks.ts';
import { createPeopleMatcher, type PeopleMatcher } from '../lib/tagging/people.ts';
import { createMark, pointOf, wrapRange } from '../lib/tagging/mark.ts';
import { blockId, slugify } from '../lib/tagging/ids.ts';
import type { Person } from '../lib/content/schema.ts';
import { editionContext } from './remark-edition.ts';

const matchers = new WeakMap<ReadonlyMap<string, Person>, Map<boolean, PeopleMatcher>>();

function matcherFor(registry: ReadonlyMap<string, Person>, detectUnregistered: boolean): PeopleMatcher {
  let byMode = matchers.get(registry);
  if (!byMode) matchers.set(registry, (byMode = new Map()));
  let matcher = byMode.get(detectUnregistered);
  if (!matcher) {
    const entries = [...registry].map(([id, person]) => ({ id, name: person.name, aliases: person.aliases }));
    matcher = createPeopleMatcher(entries, { detectUnregistered });
    byMode.set(detectUnregistered, matcher);
  }
  return matcher;
}

/** Tag the people an article mentions. */
export default function remarkTagPeople() {
  return function (tree: Root, file: VFile) {
    const { model, registry, annotations, detectUnregistered, idScope } = editionContext(file);
    const matcher = matcherFor(registry, detectUnregistered);
    const coreference = annotations?.coreference ?? [];
    const counts = new Map<string, number>();
    const warned = new Set<string>();
    // A surname alone in a later paragraph follows the full name detected earlier in the same article.
    const memory = { surnames: new Map<string, string>() };
    // The fullest name the matcher gave each person the registry lacks ("John Warner" for "Warner").
    const fullNames = new Map<string, string>();
    collectBlocks(tree).forEach((block, blockIndex) => {
      for (const mention of matcher.find(block.text, coreference, memory)) {
        const start = block.offset + mention.offset;
        const end = start + mention.text.length;
        const claim = model.claims.find((candidate) => candidate.start <= start && end <= candidate.end);
        const base = `${claim?.id ?? blockId(idScope, blockIndex)}--${slugify(mention.person)}`;
        const seen = (counts.get(base) ?? 0) + 1;
        counts.set(base, seen);
        const id = seen === 1 ? base : `${base}-${seen}`;
        const mark = createMark('span', { id, dataTag: 'person', dataPerson: mention.person, dataRegistered: mention.registered ? undefined : 'false' }, 'person');
        const point = pointOf(block.node, mention.offset);
        const place = point ? { line: point.line, column: point.column } : block.node.position;
        if (!wrapRange(block.node, mention.offset, mention.offset + mention.text.length, mark).ok) {
          file.message(`Unexpected name “${mention.text}” cut by a note’s quote, expected quotes that contain whole names; left untagged`, {
            place,
            ruleId: 'people/cut-by-quote',
            source: 'remark-tag-people',
          });
          continue;
        }
        if (mention.name && mention.name.length > (fullNames.get(mention.person)?.length ?? 0)) fullNames.set(mention.person, mention.name);
        model.mentions.push({ id, person: mention.person, text: mention.text, registered: mention.registered, via: mention.via, claim: claim?.id, block: blockIndex, start, end });
        if (claim && !claim.people.includes(mention.person)) claim.people.push(mention.person);
        if (mention.via === 'inferred' && !warned.has(`inferred:${mention.text.toLowerCase()}:${mention.person}`)) {
          warned.add(`inferred:${mention.text.toLowerCase()}:${mention.person}`);
          const reason = `Unexpected inferred coreference “${mention.text}” → \`${mention.person}\`, expected it confirmed in the annotation file; tagged as inferred`;
          const message = file.message(reason, { place, ruleId: 'people/inferred-coreference', source: 'remark-tag-people' });
          message.fatal = false;
          message.note = `Add {phrase: "${mention.text}", person: ${mention.person.replace(/^unregistered-/, '')}} under \`coreference\` in the annotation file to confirm it, or another person to correct it.`;
        }
        if (!mention.registered && !warned.has(mention.person)) {
          warned.add(mention.person);
          const reason = `Unexpected unregistered person “${mention.text}”, expected an entry in content/people/; tagged as \`${mention.person}\``;
          const message = file.message(reason, { place, ruleId: 'people/unregistered', source: 'remark-tag-people' });
          message.fatal = false;
          message.note = `Add content/people/${mention.person.replace(/^unregistered-/, '')}.yaml to give this person a card, or ignore: the name stays tagged.`;
        }
      }
    });
    const names = new Map<string, { name: string; registered: boolean; mentions: number }>();
    for (const mention of model.mentions) {
      const known = registry.get(mention.person);
      const entry = names.get(mention.person) ?? { name: known?.name ?? fullNames.get(mention.person) ?? mention.text, registered: mention.registered, mentions: 0 };
      entry.mentions++;
      names.set(mention.person, entry);
    }
    model.people = [...names].map(([id, entry]) => ({ id, ...entry }));
  };
}
