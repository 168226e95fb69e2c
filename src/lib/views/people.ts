/** The people directory: everyone the register or the articles know, grouped, with mentions and notes. */
import type { ClaimRecord, NoteRecord, PersonMentionRecord } from '../model/model.ts';
import type { Person } from '../content/schema.ts';
import { hasClaimPage, ledgerArticles, type EditionLike, type LedgerArticle } from './ledger.ts';
import { mayNamePerson, mentionContext, namesPerson, wordSetOf, type MentionContext, type NoteText } from './claim-detail.ts';

/** The directory's view of each edition: the ledger's, plus authors and the notes' words. */
export function peopleArticles(editions: readonly EditionLike[]): PeopleArticle[] {
  return editions.map((edition) => ({
    ...ledgerArticles([edition])[0]!,
    authors: edition.entry.data.authors,
    noteTexts: edition.annotations?.notes ?? [],
  }));
}

export interface PeopleArticle extends LedgerArticle {
  /** Registry ids of the article's authors. */
  authors: readonly string[];
  /** The curated notes' source words. */
  noteTexts: readonly NoteText[];
}

export interface PersonMention {
  slug: string;
  title: string;
  mention: PersonMentionRecord;
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

/** The index's sections in order, worded for the site's articles (wording.ts). */
function personGroups(theText: string): ReadonlyArray<{ group: PersonGroup; label: string; description: string }> {
  return [
  { group: 'text', label: `Named in ${theText}`, description: 'People the text names, in the edition’s register.' },
  { group: 'author', label: 'Authors', description: `The people who wrote ${theText}.` },
  { group: 'notes', label: 'In the notes only', description: 'People the text does not name but the notes do, because they were part of the story.' },
  { group: 'unregistered', label: 'Not in the register', description: 'Names found in the text by the tagger that the edition has not yet researched.' },
  { group: 'register', label: 'Also in the register', description: 'People in the register whom no text or note names.' },
  ];
}

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

/** Everyone the edition knows, ordered by group, then by mentions (most first), then by name. */
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

/** People grouped for the index, in section order, empty groups left out. */
export function groupPeople(people: readonly PersonEntry[], theText = 'the op-ed'): Array<{ group: PersonGroup; label: string; description: string; people: PersonEntry[] }> {
  return personGroups(theText).map((group) => ({ ...group, people: people.filter((person) => person.group === group.group) })).filter(
    (group) => group.people.length > 0,
  );
}
