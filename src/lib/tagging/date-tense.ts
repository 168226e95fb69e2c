/**
 * Which way a phrase's own clause points in time, for the dates whose direction the words leave open ("Monday",
 * "the weekend", "in October"). The verbs of the clause around the phrase decide, not the sentence's first:
 * in "They will discuss the conference that was held over the weekend" the weekend is behind.
 */
import { tagsOf } from './people-words.ts';

/** `past` points back from publication, `future` ahead; `null` when no verb says. */
export type Tense = 'past' | 'future' | null;

// Words after which a past form is a participle or an adjective ("is expected", "a marginalized region").
const NOT_FINITE_AFTER = /^(?:is|are|am|be|been|being|has|have|had|was|were|the|an?)$/;

// compromise lists many past forms only as adjectives ("authorized"), and some not at all ("compared"); a word in -ed
// that it knows as an infinitive, noun, adverb or number is none ("succeed", "proceed", "indeed", "hundred").
const pastForm = (word: string) => (tagsOf(word).has('PastTense') && !tagsOf(word).has('Copula')) || (/\p{L}{3}ed$/u.test(word) && !['Infinitive', 'Noun', 'Adverb', 'Value'].some((tag) => tagsOf(word).has(tag)));

// Where a clause ends: punctuation, or a word that opens another clause.
const CLAUSE_EDGE = /[,;:()[\]—–]|\s--\s|\b(?:that|which|who|whom|whose|when|where|while|because|although|though|but|and|or|if|unless|whereas)\b/i;

/**
 * The direction one word gives its clause, from compromise's lexicon: a future or a modal ("will", "'ll", "would",
 * "going to"), a past ("was", "had", "has" + participle, a finite past form), a present ("is", "don't", "takes"; not a bare
 * infinitive or a gerund, which are as often nouns: "an increase", "state"), or none.
 */
function directionOf(words: readonly string[], at: number): Tense {
  const [word = '', previous = '', next = ''] = [words[at], words[at - 1], words[at + 1]];
  if (/^(?:will|shall|would|should|could|can|may|might|must|won['’]t)$|['’]ll$/.test(word) || (word === 'going' && next === 'to')) return 'future';
  // What is scheduled, planned or hoped for lies ahead ("scheduled for Tuesday", "set to meet", "we expect to").
  if (/^(?:scheduled|planned|slated|set|expects?|plans?|intends?|hopes?)$/.test(word) && /^(?:for|to|on)$/.test(next)) return 'future';
  if (/^(?:was|were|had|did)$/.test(word) || (/^(?:has|have)$/.test(word) && pastForm(next))) return 'past';
  if (pastForm(word) && !NOT_FINITE_AFTER.test(previous)) return 'past';
  const tags = tagsOf(word);
  // A present auxiliary, or "'s" before a gerund ("he's leaving"), is a present.
  if (/^(?:is|are|am|do|does|(?:is|are|do|does)n['’]t)$|['’](?:re|m)$/.test(word) || (/['’]s$/.test(word) && /ing$/.test(next))) return 'future';
  return tags.has('PresentTense') && !tags.has('Infinitive') && !tags.has('Gerund') ? 'future' : null;
}

/** The direction of the verb nearest to one end of a run of words: its last (`fromEnd`) or its first. */
function nearestTense(text: string, fromEnd: boolean): Tense {
  const words = text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
  const at = (fromEnd ? [...words.keys()].reverse() : [...words.keys()]).find((index) => directionOf(words, index));
  return at === undefined ? null : directionOf(words, at);
}

const REACH = 300;

/**
 * The tense of the clause around `text.slice(start, end)`: the verb nearest before the phrase in its clause, else
 * the nearest after it, else the nearest in the rest of the sentence, before and then after. `onlyAfter` reads the
 * clause after the phrase alone, for a phrase that a verb before it does not time ("gave a deadline of June").
 */
export function clauseTense(text: string, start: number, end: number, onlyAfter = false): Tense {
  // A sentence is read no further than `REACH` characters either way, so a long run of dates costs linear time.
  const [head, tail] = [text.slice(Math.max(0, start - REACH), start), text.slice(end, end + REACH)];
  const from = Math.max(...['\n', '. ', '? ', '! '].map((stop) => head.lastIndexOf(stop)));
  const stops = ['\n', '. ', '? ', '! '].map((stop) => tail.indexOf(stop)).filter((at) => at >= 0);
  const [before, after] = [head.slice(from + 1), tail.slice(0, stops.length > 0 ? Math.min(...stops) : tail.length)];
  const following = nearestTense(after.split(CLAUSE_EDGE)[0] ?? '', false);
  if (onlyAfter) return following;
  return nearestTense(before.split(CLAUSE_EDGE).at(-1) ?? '', true) ?? following ?? nearestTense(before, true) ?? nearestTense(after, false);
}
