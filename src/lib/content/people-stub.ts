/**
 * People the register lacks, as an editor meets them. Inside the model such a person's id is
 * `unregistered-<name>` (src/lib/tagging/people.ts), which keeps them apart from registered people; an
 * editor never needs that form, only the register id the card will have: the name in kebab case, which is
 * the card's file name (`content/people/condoleezza-rice.yaml`). Messages and `npm run tag` show that id.
 *
 * A stub card (`npm run tag -- <file.md> --add-people`) holds what the tagger knows — the name and the
 * forms the text uses — and marks every field left to fill with {@link TO_FILL}; the content check refuses
 * a card that still has one.
 */
import { stringify } from 'yaml';

/** The marker of a field a stub card leaves to the editor. */
export const TO_FILL = 'TO FILL';

/** What the tagging model prefixes to the id of a person the register lacks. */
const UNREGISTERED_PREFIX = 'unregistered-';

/**
 * The register id an editor uses for a person: the model's id without its `unregistered-` prefix.
 *
 * @param person A person id from the model.
 * @returns e.g. `condoleezza-rice` for `unregistered-condoleezza-rice`; a registered id unchanged.
 */
export function registerId(person: string): string {
  return person.startsWith(UNREGISTERED_PREFIX) ? person.slice(UNREGISTERED_PREFIX.length) : person;
}

/** Whether an id as the model gives it names a person the register lacks. */
export function isUnregisteredId(person: string): boolean {
  return person.startsWith(UNREGISTERED_PREFIX);
}

/** The card file of a register id, relative to the project root. */
export function cardPath(id: string): string {
  return `content/people/${id}.yaml`;
}

/** A YAML scalar, quoted only when it must be. */
function scalar(value: string): string {
  return stringify(value).trimEnd();
}

/** What a stub card is made from. */
export interface StubPerson {
  /** The name as the tagger read it ("Condoleezza Rice"). */
  name: string;
  /** The forms the text uses for the person, in order of first use. */
  aliases: readonly string[];
  /** The article it was found in, relative to the project root. */
  article: string;
}

/**
 * The text of a stub card: the name and aliases filled in, `roleThen` and `summary` marked {@link TO_FILL},
 * each field with a comment saying what it holds.
 */
export function personStub(person: StubPerson): string {
  const aliases = [...new Set([person.name, ...person.aliases])];
  return [
    `# A card for ${person.name}, started from ${person.article} by \`npm run tag -- --add-people\`.`,
    `# Replace every ${TO_FILL} below, then run \`npm run check:content\`: the build refuses this card until then.`,
    `name: ${scalar(person.name)}`,
    '# Exact forms that name this person in the texts (case-sensitive; the longest wins). Remove any that',
    '# could name someone else.',
    `aliases: [${aliases.map(scalar).join(', ')}]`,
    '# The role when the article was published, e.g. "U.S. Secretary of State".',
    `roleThen: ${TO_FILL}`,
    '# Why this person matters to the edition, in a sentence or two (or delete this line).',
    `summary: ${TO_FILL}`,
    '',
  ].join('\n');
}

/**
 * The fields of a parsed card that still hold {@link TO_FILL}, as YAML paths (`['roleThen']`,
 * `['aliases', 2]`).
 *
 * @param data The card as parsed (any shape).
 */
export function unfilledFields(data: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof data === 'string') return data.includes(TO_FILL) ? [path] : [];
  if (Array.isArray(data)) return data.flatMap((item, index) => unfilledFields(item, [...path, index]));
  if (data !== null && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => unfilledFields(value, [...path, key]));
  }
  return [];
}
