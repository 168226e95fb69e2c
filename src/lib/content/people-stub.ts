/**
 * People the register lacks. The model calls one `unregistered-<name>` (tagging/people.ts); an editor only
 * ever sees the register id the card will have, the name in kebab case. A stub card marks each field left
 * to fill with {@link TO_FILL}, and the content check refuses a card that still has one.
 */
import { stringify } from 'yaml';

export const TO_FILL = 'TO FILL';

const UNREGISTERED_PREFIX = 'unregistered-';

/** The register id of a model's person id: `unregistered-condoleezza-rice` → `condoleezza-rice`. */
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

function scalar(value: string): string {
  return stringify(value).trimEnd();
}

export interface StubPerson {
  /** The name as the tagger read it ("Condoleezza Rice"). */
  name: string;
  /** The forms the text uses for the person, in order of first use. */
  aliases: readonly string[];
  article: string;
}

/** A stub card's YAML: name and aliases filled in, `roleThen` and `summary` marked {@link TO_FILL}. */
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

/** The YAML paths of a parsed card's fields that still hold {@link TO_FILL} (`['aliases', 2]`). */
export function unfilledFields(data: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof data === 'string') return data.includes(TO_FILL) ? [path] : [];
  if (Array.isArray(data)) return data.flatMap((item, index) => unfilledFields(item, [...path, index]));
  if (data !== null && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => unfilledFields(value, [...path, key]));
  }
  return [];
}
