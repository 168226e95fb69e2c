/**
 * The model as the articles loader keeps it (in the article's rendering file: src/loader/rendered-files.ts),
 * and back.
 *
 * Every build reads every article's model, so what the article's text already holds is left out: the words
 * of a sentence, a mention or a date are the text between their offsets, and are put back on reading. A
 * record whose words are not exactly that slice keeps them. (When the models were in Astro's data store, this
 * took the store from 21 MB to 17 MB at a thousand generated articles.)
 */
import type { ClaimRecord, DateRecord, EditionModel, PersonMentionRecord } from './model.ts';

/** A record whose words may be left to the article's text. */
type Sliced<T extends { text: string }> = Omit<T, 'text'> & { text?: string };

/** The model as stored. */
export interface StoredModel extends Omit<EditionModel, 'claims' | 'mentions' | 'dates'> {
  claims: Sliced<ClaimRecord>[];
  mentions: Sliced<PersonMentionRecord>[];
  dates: Sliced<DateRecord>[];
}

/** The records without the words their offsets give. */
function leaveOut<T extends { text: string; start: number; end: number }>(records: readonly T[], text: string): Sliced<T>[] {
  return records.map((record) => {
    if (text.slice(record.start, record.end) !== record.text) return record;
    const { text: _words, ...rest } = record;
    return rest;
  });
}

/** The records with their words back. */
function putBack<T extends { text: string; start: number; end: number }>(records: readonly Sliced<T>[], text: string): T[] {
  return records.map((record) => ({ ...record, text: record.text ?? text.slice(record.start, record.end) }) as T);
}

/**
 * The model to store: sentences, mentions and dates without the words the text holds.
 *
 * @param model The model the plugins built.
 */
export function storedModel(model: EditionModel): StoredModel {
  return { ...model, claims: leaveOut(model.claims, model.text), mentions: leaveOut(model.mentions, model.text), dates: leaveOut(model.dates, model.text) };
}

/**
 * The model as the plugins built it, from what the store holds.
 *
 * @param stored What {@link storedModel} gave.
 */
export function modelFromStore(stored: StoredModel): EditionModel {
  return { ...stored, claims: putBack(stored.claims, stored.text), mentions: putBack(stored.mentions, stored.text), dates: putBack(stored.dates, stored.text) };
}
