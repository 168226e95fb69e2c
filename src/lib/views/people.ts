/**
 * The people directory: every person the register or the articles know, grouped by how they figure in
 * the edition, with their mentions and notes.
 */
import type { ClaimRecord, NoteRecord, PersonMentionRecord } from '../model/model.ts';
import type { Person } from '../content/schema.ts';
import { hasClaimPage, ledgerArticles, type EditionLike, type LedgerArticle } from './ledger.ts';
import { mayNamePerson, mentionContext, namesPerson, wordSetOf, type MentionContext, type NoteText } from './claim-detail.ts';

/**
 * The people directory's view of the built editions: the ledger's, plus authors and the notes' words.
 *
 * @param editions Editions, as `getEditions()` returns them.
 * @returns One entry per edition.
 */
export function peopleArticles(editions: readonly EditionLike[]): PeopleArticle[] {
  return editions.map((edition) => ({
    ...ledgerArticles([edition])[0]!,
    authors: edition.entry.data.authors,
    noteTexts: edition.annotations?.notes ?? [],
  }));
}

/** One article's material for the people directory. */
export interface PeopleArticle extends LedgerArticle {
  /** Registry ids of the article's authors. */
  authors: readonly string[];
  /** The curated notes' source words. */
  noteTexts: readonly NoteText[];
}

/** A mention on a person's page: where it is and the sentence around it. */
export interface PersonMention {
  slug: string;
  title: string;
  mention: PersonMentionRecord;
  /** The sentence it sits in, when it sits in one. */
  claim?: ClaimRecord;
  /** Whether that sentence has a page of its own (`hasClaimPage` in ledger.ts). */
  claimPage: boolean;
  context: MentionContext;
}

/** A note on a person's page: about the person (a person note) or naming them. */
export interface PersonNote {
  slug: string;
  note: NoteRecord;
  about: boolean;
}

/** Why a person is in the directory, in the order the index lists them. */
export type PersonGroup = 'text' | 'author' | 'notes' | 'unregistered' | 'register';

/**
 * The index's sections, in order, with their headings, in the words for the site's articles ("the op-ed",
 * "the editorial", "the articles": src/lib/views/wording.ts).
 */
function personGroups(theText: string): ReadonlyArray<{ group: PersonGroup; label: string; description: string }> {
  return [
  { group: 'text', label: `Named in ${theText}`, description: 'People the text names, in the edition’s register.' },
  { group: 'author', label: 'Authors', description: `The people who wrote ${theText}.` },
  { group: 'notes', label: 'In the notes only', description: 'People the text does not name but the notes do, because they were part of the story.' },
  { group: 'unregistered', label: 'Not in the register', description: 'Names found in the text by the tagger that the edition has not yet researched.' },
  { group: 'register', label: 'Also in the register', description: 'People in the register whom no text or note names.' },
  ];
}

/** A person as the directory shows them. */
export interface PersonEntry {
  id: string;
  name: string;
  registered: boolean;
  group: PersonGroup;
  /** The register's entry, for registered people. */
  profile?: Person;
  mentions: PersonMention[];
  notes: PersonNote[];
  /** Slugs and titles of the articles the person wrote. */
  authored: Array<{ slug: string; title: string }>;
}

/**
 * Everyone the edition knows of: the register, plus names detected in the texts; each with their
 * mentions (in reading order, with the sentence around them), the notes about or naming them, and the
 * articles they wrote.
 *
 * @param register The people registry: id and data.
 * @param articles The articles.
 * @returns People ordered by group, then by number of mentions (most first), then by name.
 */
export function peopleDirectory(register: ReadonlyArray<{ id: string; data: Person }>, articles: readonly PeopleArticle[]): PersonEntry[] {
  const entries = new Map<string, PersonEntry>();
  const entryFor = (id: string, name: string, profile?: Person): PersonEntry => {
    let entry = entries.get(id);
    if (!entry) {
      entry = { id, name, registered: profile !== undefined, group: 'register', profile, mentions: [], notes: [], authored: [] };
      entries.set(id, entry);
    }
    return entry;
  };
  for (const person of register) entryFor(person.id, person.data.name, person.data);

  for (const { slug, title, model, authors, noteTexts } of articles) {
    const claims = new Map(model.claims.map((claim) => [claim.id, claim]));
    for (const person of model.people) {
      if (!person.registered) entryFor(person.id, person.name);
    }
    for (const mention of [...model.mentions].sort((a, b) => a.start - b.start)) {
      const claim = mention.claim === undefined ? undefined : claims.get(mention.claim);
      const entry = entries.get(mention.person) ?? entryFor(mention.person, mention.text);
      entry.mentions.push({
        slug,
        title,
        mention,
        claim,
        claimPage: claim !== undefined && hasClaimPage(claim, model.notes),
        context: claim ? mentionContext(mention, claim) : { before: '', text: mention.text, after: '' },
      });
    }
    for (const author of authors) entries.get(author)?.authored.push({ slug, title });
    const texts = new Map(noteTexts.map((text) => [text.id, text]));
    for (const note of model.notes) {
      const words = texts.get(note.id);
      const all = words ? [words.title ?? '', words.body, words.knownThen ?? '', words.knownLater ?? ''].join('\n') : note.title ?? '';
      const inNote = wordSetOf(all);
      for (const entry of entries.values()) {
        const about = note.person === entry.id;
        if (about || (entry.profile && mayNamePerson(inNote, entry.profile) && namesPerson(all, entry.profile))) entry.notes.push({ slug, note, about });
      }
    }
  }

  for (const entry of entries.values()) entry.group = groupOf(entry);
  const order = personGroups('').map((group) => group.group);
  return [...entries.values()].sort(
    (a, b) =>
      order.indexOf(a.group) - order.indexOf(b.group) || b.mentions.length - a.mentions.length || a.name.localeCompare(b.name, 'en'),
  );
}

function groupOf(entry: PersonEntry): PersonGroup {
  if (!entry.registered) return 'unregistered';
  if (entry.mentions.length > 0) return 'text';
  if (entry.authored.length > 0) return 'author';
  if (entry.notes.length > 0) return 'notes';
  return 'register';
}

/**
 * People grouped for the index, in the order of its sections, empty groups left out.
 *
 * @param people The directory, from `peopleDirectory`.
 * @param theText What the headings call the articles (default "the op-ed"; `editionWords` gives it).
 * @returns Groups with their heading and people.
 */
export function groupPeople(people: readonly PersonEntry[], theText = 'the op-ed'): Array<{ group: PersonGroup; label: string; description: string; people: PersonEntry[] }> {
  return personGroups(theText).map((group) => ({ ...group, people: people.filter((person) => person.group === group.group) })).filter(
    (group) => group.people.length > 0,
  );
}
