/**
 * Classifying a sentence by type and by ClaimBuster's check-worthiness classes, with ordered word cues a
 * reader can check by hand: the first rule that fits decides. A report of speech or a source is a fact
 * unless the writer's own modal cue comes first (`This must have been hard — Bush once called him a
 * “pygmy”`); a modal inside the report (`Rice said Iran must stop`) is the speaker's, not the writer's.
 * A fact is check-worthy when it reports a source or holds a checkable detail, else unimportant.
 */

/** ClaimBuster's three classes: check-worthy factual (CFS), unimportant factual (UFS), non-factual (NFS). */
export type CheckWorthiness = 'check-worthy' | 'unimportant' | 'non-factual';

/** How a sentence was classified, and by which rules. */
export interface Classification {
  type: ClaimType;
  checkWorthiness: CheckWorthiness;
  /** Ids of the rules that decided it, in order: the type rule, then (for facts) the check-worthiness rules. */
  rules: string[];
}

export type { ClaimRule, ClaimType } from './claim-cues.ts';

import {
  anyWord, attribution, firstMatch, MODAL_RULES, normalise, OPINION_RULES, question, reportedSpeech, statement,
  type ClaimRule,
  type ClaimType,
  type CueRule,
} from './claim-cues.ts';


// "May" and "March" are also words, so they count only next to a day or year; the other months always do.
const MONTHS = /\b(?:January|February|April|June|July|August|September|October|November|December)\b/;
const MONTH_WITH_DAY_OR_YEAR =
  /\b(?:May|March|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)(?= \d|,? (?:1[89]|20)\d{2})/;
const YEAR = /(?<![\d,.])\b(?:1[89]|20)\d{2}s?\b/;

const CALENDAR_WORDS = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Monday',
  'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
]);

const datedEvent: CueRule = {
  id: 'fact.dated-event',
  type: 'fact',
  description: 'Names a date or time (“October 2007”, “in 2003”, “earlier this week”), which pins it to the record.',
  find: (sentence) =>
    firstMatch(
      sentence,
      MONTHS,
      MONTH_WITH_DAY_OR_YEAR,
      YEAR,
      /\b(?:earlier|later|last|next|this|in recent|in the past) (?:week|month|year|spring|summer|fall|autumn|winter|decade|weeks|months|years)\b/i,
      /\b(?:days|weeks|months|years|decades) ago\b/i,
      /\b(?:yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/,
      /\bas recently as\b/i,
    ),
};

const number: CueRule = {
  id: 'fact.number',
  type: 'fact',
  description: 'Gives a number, amount or percentage, which can be checked.',
  find: (sentence) => {
    // Years count as dates, not numbers.
    const figure = [...sentence.matchAll(/\d[\d,.]*/g)].find((match) => !/^(?:1[89]|20)\d{2}s?$/.test(match[0].replace(/[,.]$/, '')));
    if (figure) return figure.index;
    return firstMatch(sentence, /\b(?:percent|per cent|million|billion|trillion|dozen|hundreds|thousands)\b/i, /%/);
  },
};

const quotation: CueRule = {
  id: 'fact.quotation',
  type: 'fact',
  description: 'Quotes someone’s words or a title, which can be checked against the source.',
  find: (sentence) => firstMatch(sentence, /"[^"]+"/),
};

const namedActor: CueRule = {
  id: 'fact.named-actor',
  type: 'fact',
  description: 'Names a person, organisation or country (a capitalised name after the first word), whose words or deeds are on record.',
  find: (sentence) => {
    // The first word is capitalised anyway, "I" is no name, and months and days are dates.
    const firstWord = /^\S+/.exec(sentence)?.[0].length ?? 0;
    for (const match of sentence.slice(firstWord).matchAll(/(?<![\w'])\p{Lu}[\p{L}'-]*/gu)) {
      if (match[0] !== 'I' && !CALENDAR_WORDS.has(match[0])) return firstWord + match.index;
    }
    return -1;
  },
};

const RECORDED_ACTS = anyWord(['released', 'signed', 'published', 'issued', 'voted', 'passed', 'ratified', 'conducted', 'launched', 'imposed', 'approved', 'met']);

const recordedAct: CueRule = {
  id: 'fact.recorded-act',
  type: 'fact',
  description: 'Reports an act that leaves a record (“released”, “signed”, “published”, “voted”, “conducted”).',
  find: (sentence) => firstMatch(sentence, RECORDED_ACTS),
};

const CHECKABLE_DETAILS: readonly CueRule[] = [datedEvent, number, quotation, namedActor, recordedAct];

const noCheckableDetail: ClaimRule = {
  id: 'fact.no-checkable-detail',
  type: 'fact',
  description: 'A factual sentence with no source, name, date, number, quotation or recorded act is a general statement, left unchecked.',
};

const publicRule = ({ id, type, description }: ClaimRule): ClaimRule => Object.freeze({ id, type, description });

/** Every rule, in the order it is tried: type rules first, then the check-worthiness rules for facts. */
export const CLAIM_RULES: readonly ClaimRule[] = Object.freeze(
  [question, reportedSpeech, attribution, ...MODAL_RULES, ...OPINION_RULES, statement, ...CHECKABLE_DETAILS, noCheckableDetail].map(
    publicRule,
  ),
);

/** Classify one sentence (as `splitSentences` splits them): its type, check-worthiness and deciding rules. */
export function classifySentence(sentence: string): Classification {
  const text = normalise(sentence);

  if (question.find(text) >= 0) return { type: 'opinion', checkWorthiness: 'non-factual', rules: [question.id] };

  // A report counts only if none of the writer's own modal cues comes before it.
  const modalAt = MODAL_RULES.map((rule) => rule.find(text));
  const writerFrameAt = Math.min(...modalAt.filter((index) => index >= 0));
  const report = [reportedSpeech, attribution].find((rule) => {
    const at = rule.find(text);
    return at >= 0 && at < writerFrameAt;
  });

  // The first rule whose cue is in the sentence decides; the modal cues were read above.
  const modal = MODAL_RULES[modalAt.findIndex((at) => at >= 0)];
  const decided = report ? undefined : (modal ?? OPINION_RULES.find((rule) => rule.find(text) >= 0));
  if (decided) return { type: decided.type, checkWorthiness: 'non-factual', rules: [decided.id] };

  const details = CHECKABLE_DETAILS.filter((rule) => rule.find(text) >= 0).map((rule) => rule.id);
  const typeRule = report ?? statement;
  const checkWorthy = report !== undefined || details.length > 0;
  return {
    type: 'fact',
    checkWorthiness: checkWorthy ? 'check-worthy' : 'unimportant',
    rules: [typeRule.id, ...(checkWorthy ? details : [noCheckableDetail.id])],
  };
}
