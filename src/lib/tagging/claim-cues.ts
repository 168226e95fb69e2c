/**
 * The cue rules that decide a sentence's type: word lists and patterns for reported speech, modal framing
 * (recommendations and predictions) and the writer's opinion, in the order `claims.ts` tries them.
 */
/** What kind of statement a sentence makes. */
export type ClaimType = 'fact' | 'opinion' | 'recommendation' | 'prediction';

/** One classification rule, as shown on the method page. */
export interface ClaimRule {
  /** Stable id, `<type>.<cue>`, recorded with every sentence it decides. */
  id: string;
  /** The type a sentence gets when this rule decides it (check-worthiness rules are all `fact`). */
  type: ClaimType;
  /** One sentence a reader can understand. */
  description: string;
}


// A rule with its cue: `find` returns where in the (normalised) sentence the cue starts, or -1.
export interface CueRule extends ClaimRule {
  find: (sentence: string) => number;
}

/** Where the first of `patterns` matches in `sentence`, or -1. */
export function firstMatch(sentence: string, ...patterns: RegExp[]): number {
  let first = -1;
  for (const pattern of patterns) {
    const match = pattern.exec(sentence);
    if (match && (first < 0 || match.index < first)) first = match.index;
  }
  return first;
}

/** A case-insensitive pattern matching any of `words` as whole words. */
export function anyWord(words: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${words.join('|')})\\b`, 'i');
}

// Curly quotes and apostrophes as straight ones, dashes as spaces, so one pattern serves both.
export function normalise(sentence: string): string {
  return sentence
    .replace(/[’‘ʼ`]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[—–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// ---------------------------------------------------------------------------------------------------
// Cue lists. Each is what a reader would look for; the method page shows them through the descriptions.

// Verbs of saying: the sentence reports someone's words.
const SPEECH = anyWord([
  'said', 'says', 'told', 'tells', 'wrote', 'writes', 'warned', 'warns', 'argued', 'argues', 'insisted', 'insists',
  'declared', 'declares', 'announced', 'announces', 'stated', 'asserted', 'promised', 'pledged', 'vowed',
  'predicted', 'acknowledged', 'admitted', 'denied', 'testified', 'urged', 'urging', 'threatened', 'replied',
  'explained', 'noted', 'described', 'has said', 'have said', 'talked (?:of|about)', 'spoke (?:of|about)',
  // "so-called" is a label, not a report.
  '(?<!so-)called',
]);

// Sources the writer cites for a claim.
const ATTRIBUTION = [
  /\baccording to\b/i,
  /\b(?:makes?|made) (?:it )?clear\b/i,
  /\bexperts? (?:agree|say|believe|estimate)\b/i,
  /\b(?:report|estimate|study|survey|poll|analysis|assessment|intelligence|inspectors?|agency) (?:found|finds|shows|showed|concluded|concludes|reported|reports|confirmed|confirms)\b/i,
  // "As we detailed" cites the writer's own work, which is no outside source; "as they reported" is one.
  /\bas (?:they|he|she) (?:detailed|reported|noted|wrote|argued|showed)\b/i,
  /\b(?:reported|reports) that\b/i,
];

const PRAISE_OR_BLAME = new RegExp(`\\b(?:should|must|ought to)(?: not|n't)? be (?:\\w+ly )?(?:${[
  'applauded', 'praised', 'commended', 'credited', 'congratulated', 'thanked', 'lauded', 'blamed', 'condemned',
  'criticized', 'criticised', 'faulted', 'ashamed', 'embarrassed', 'censured', 'rebuked',
].join('|')})\\b`, 'i');

// Subjects that cannot take advice: when one of these "should" do something, an outcome is expected.
const OUTCOME_SUBJECTS = new Set([
  'estimate', 'report', 'study', 'survey', 'poll', 'letter', 'findings', 'evidence', 'data', 'figures', 'results',
  'news', 'announcement', 'assessment', 'deal', 'agreement', 'accord', 'treaty', 'decision', 'ruling', 'verdict',
  'vote', 'election', 'visit', 'summit', 'gesture', 'move', 'step', 'offer', 'change', 'development', 'document',
  'revelation', 'disclosure',
]);

// Words that end a subject's head noun phrase: prepositions, relatives and reduced relatives.
const SUBJECT_BREAK = new Set([
  'on', 'of', 'in', 'about', 'from', 'with', 'by', 'for', 'at', 'to', 'that', 'which', 'who', 'released',
  'published', 'issued', 'announced', 'made', 'signed', 'reached', 'delivered', 'sent',
]);

// Base-form verbs that open an imperative sentence ("Talk to Iran now.").
const IMPERATIVE_VERBS = [
  "Don't", 'Do not', 'Let', 'Stop', 'Start', 'Consider', 'Remember', 'Give', 'Take', 'Make', 'Talk', 'Keep', 'Build',
  'Offer', 'Engage', 'Tell', 'Open', 'Ask', 'Put', 'Bring', 'Pursue', 'Reject', 'Support', 'Fund', 'Restore',
  'Resume', 'Lift', 'Drop', 'Abandon', 'Accept', 'Seek', 'Send', 'Invite', 'Try', 'Allow', 'End', 'Forget',
  'Recognize', 'Recognise', 'Act', 'Sign', 'Negotiate', 'Listen', 'Look', 'Show', 'Treat', 'Use', 'Help', 'Join',
  'Return', 'Withdraw', 'Call', 'Sit', 'Reach',
];
// One pattern for them all, compiled once: alternatives are tried in list order, like a search of the list.
const IMPERATIVE_OPENING = new RegExp(`^(?:${IMPERATIVE_VERBS.join('|')})\\b`);
// A word after the "verb" that shows it is really a noun subject ("Talk is cheap", "Support for…").
const NOT_IMPERATIVE_NEXT =
  /^(?:'s\b|(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|of|for)\b)/i;

const STANCE_ADVERBS = anyWord([
  'truly', 'clearly', 'obviously', 'surely', 'undoubtedly', 'unquestionably', 'unfortunately', 'fortunately',
  'sadly', 'regrettably', 'rightly', 'wrongly', 'frankly', 'admittedly', 'arguably', 'remarkably', 'hopefully',
  'mercifully', 'shockingly', 'tragically', 'foolishly', 'wisely',
]);

const JUDGING_ADJECTIVES = [
  'difficult', 'dangerous', 'crazed', 'reckless', 'naive', 'naïve', 'foolish', 'wise', 'unwise', 'smart',
  'smarter', 'sensible', 'misguided', 'disastrous', 'absurd', 'ridiculous', 'shameful', 'admirable', 'remarkable',
  'impressive', 'pragmatic', 'promising', 'time-tested', 'proven', 'acceptable', 'unacceptable', 'crucial',
  'essential', 'vital', 'irresponsible', 'dishonest', 'brave', 'courageous', 'cowardly', 'bold', 'best', 'worst',
  'better', 'worse', 'bad', 'great', 'terrible', 'troubling', 'alarming', 'deplorable', 'tragic', 'welcome',
  'laudable', 'hypocritical', 'counterproductive', 'ineffective', 'bankrupt', 'outrageous', 'senseless',
  'shortsighted', 'short-sighted', 'cynical', 'dubious', 'baseless', 'belligerent', 'arrogant',
];
const EVALUATIVE_ADJECTIVES = [
  anyWord(JUDGING_ADJECTIVES),
  // "Good" is a verdict, except in "for good" (for ever).
  /(?<!\bfor )\bgood\b/i,
  /\b(?:is|are|was|were|'s|'re) (?:not |so |quite |exactly |absolutely )?(?:right|wrong|correct|mistaken)\b/i,
];

// Nouns and verbs that pass a verdict on something.
const VERDICT_NOUNS = [
  'mistake', 'mistakes', 'blunder', 'blunders', 'folly', 'fiasco', 'disaster', 'debacle', 'triumph', 'farce',
  'disgrace', 'travesty',
];
const VERDICT_WORDS = anyWord([
  ...VERDICT_NOUNS, 'accomplishes', 'accomplished', 'achieves', 'deserves', 'deserve', 'deserved', 'backfired',
  'backfire', 'backfires',
]);

// "It would be a (grave) mistake to…", "that would be wise if…".
const WOULD_BE_VERDICT = new RegExp(
  `\\b(?:it|that|this)(?: would|'d) (?:be|seem) (?:a |an )?(?:\\w+ )?(?:${[...JUDGING_ADJECTIVES, 'good', 'right', 'wrong', ...VERDICT_NOUNS].join('|')})\\b(?= to\\b| if\\b| for\\b)`,
  'i',
);

// ---------------------------------------------------------------------------------------------------
// Rules that decide the type, in the order they are tried.

export const question: CueRule = {
  id: 'opinion.question',
  type: 'opinion',
  description: 'A question asserts nothing that can be checked; in an op-ed it is usually rhetorical and carries the writer’s view.',
  find: (sentence) => (/\?["')\]]*$/.test(sentence) ? sentence.length - 1 : -1),
};

export const reportedSpeech: CueRule = {
  id: 'fact.reported-speech',
  type: 'fact',
  description: 'Reports what someone said, wrote or called something (“said”, “told”, “wrote”, “called”, “talked of”), which can be checked against the record.',
  find: (sentence) => firstMatch(sentence, SPEECH),
};

export const attribution: CueRule = {
  id: 'fact.attribution',
  type: 'fact',
  description: 'Attributes the claim to a source (“according to”, “makes clear”, “experts agree”, “the report found”), which can be checked against that source.',
  find: (sentence) => firstMatch(sentence, ...ATTRIBUTION),
};

const inference: CueRule = {
  id: 'opinion.inference',
  type: 'opinion',
  description: 'Guesses about the past (“must have been”, “may have”, “could have”) are the writer’s inference, not a report.',
  find: (sentence) => firstMatch(sentence, /\b(?:must|may|might|could)(?: not|n't)? have (?:been|\w+ed|\w+en)\b/i),
};

const judgingConduct: CueRule = {
  id: 'opinion.judging-conduct',
  type: 'opinion',
  description: 'A “should” about praise or blame (“should be applauded”) or about the past (“should have acted”) judges someone’s conduct rather than advising what to do.',
  find: (sentence) =>
    firstMatch(
      sentence,
      PRAISE_OR_BLAME,
      /\b(?:should|ought to)(?: not|n't)? have (?:been|\w+ed|\w+en)\b/i,
    ),
};

const wish: CueRule = {
  id: 'recommendation.wish',
  type: 'recommendation',
  description: 'A wish (“if only … would”, “I wish”, “let us hope”) says what the writer wants someone to do.',
  find: (sentence) => firstMatch(sentence, /\bif only\b/i, /\b(?:I|we) wish\b/i, /\blet us hope\b/i),
};

const itIsTime: CueRule = {
  id: 'recommendation.it-is-time',
  type: 'recommendation',
  description: '“It is time to”, “the time has come” and “now is the time” call for action.',
  find: (sentence) => firstMatch(sentence, /\bit(?: is|'s) (?:high |long )?time\b/i, /\bthe time has come\b/i, /\bnow is the time\b/i),
};

const imperative: CueRule = {
  id: 'recommendation.imperative',
  type: 'recommendation',
  description: 'A sentence that opens with a command (“Talk to Iran now.”, “Let us…”, “Do not…”) tells the reader or a leader what to do.',
  find: (sentence) => {
    const opening = /^["'(]?(?:(?:So|Now|Please|Instead|First|Finally|Then|And|But),? )?/.exec(sentence)?.[0] ?? '';
    const rest = sentence.slice(opening.length);
    const verb = IMPERATIVE_OPENING.exec(rest)?.[0];
    if (verb === undefined) return -1;
    const next = rest.slice(verb.length).replace(/^ /, '');
    return NOT_IMPERATIVE_NEXT.test(next) ? -1 : 0;
  },
};

/** The first "should" in `sentence`, the head word of its subject, and the words after it. */
function shouldWithSubject(sentence: string): { index: number; head: string; after: string } | undefined {
  const match = /\bshould(?:n't| not)?\b/i.exec(sentence);
  if (!match) return undefined;
  // The subject is the start of the clause the "should" is in.
  const clause = sentence.slice(0, match.index).split(/[,;:]/).pop() ?? '';
  const words = clause.trim().split(' ').filter((word) => word !== '');
  const breakAt = words.findIndex((word, position) => position > 0 && SUBJECT_BREAK.has(word.toLowerCase()));
  const subject = breakAt < 0 ? words : words.slice(0, breakAt);
  const head = (subject.at(-1) ?? '').toLowerCase().replace(/[^a-z']/g, '');
  return { index: match.index, head, after: sentence.slice(match.index + match[0].length).trimStart() };
}

const expectationShould: CueRule = {
  id: 'prediction.expectation-should',
  type: 'prediction',
  description: '“Should” after a document, finding or event (“the report should put this to rest”) expects an outcome, because a report cannot take advice; “should be” + a done-to verb is still advice.',
  find: (sentence) => {
    const should = shouldWithSubject(sentence);
    if (!should || !OUTCOME_SUBJECTS.has(should.head)) return -1;
    // "The deal should be ratified" asks someone to ratify it.
    if (/^be (?:\w+ly )?\w+(?:ed|en)\b/i.test(should.after)) return -1;
    return should.index;
  },
};

const modalShould: CueRule = {
  id: 'recommendation.modal-should',
  type: 'recommendation',
  description: '“Should” and “ought to” say what someone ought to do; an elliptical “It should.” still advises.',
  find: (sentence) => firstMatch(sentence, /\bshould(?:n't| not)?\b/i, /\bought(?: not)? to\b/i),
};

const modalMust: CueRule = {
  id: 'recommendation.modal-must',
  type: 'recommendation',
  description: '“Must” says what someone is obliged to do.',
  find: (sentence) => firstMatch(sentence, /\bmust(?:n't| not)?\b/i),
};

const needsTo: CueRule = {
  id: 'recommendation.needs-to',
  type: 'recommendation',
  description: '“Needs to”, “has to” and “had better” say what someone is required to do.',
  find: (sentence) => firstMatch(sentence, /\bneeds? to\b/i, /\b(?:has|have) to\b/i, /\bhad better\b/i),
};

const hypotheticalVerdict: CueRule = {
  id: 'opinion.hypothetical-verdict',
  type: 'opinion',
  description: '“It would be a mistake to …” or “it would be wise to …” judges a course of action rather than forecasting one.',
  find: (sentence) => firstMatch(sentence, WOULD_BE_VERDICT),
};

const hypothetical: CueRule = {
  id: 'prediction.hypothetical',
  type: 'prediction',
  description: 'An “if” with “would”, “could”, “might”, “will” or “’d” imagines an outcome.',
  find: (sentence) =>
    /\b(?:would|could|might|will)\b|'d\b/i.test(sentence) ? firstMatch(sentence, /\bif\b(?! only)/i) : -1,
};

const futureModal: CueRule = {
  id: 'prediction.future-modal',
  type: 'prediction',
  description: '“Will”, “won’t”, “shall”, “would” and “is going to” state what is going to happen.',
  find: (sentence) =>
    firstMatch(
      sentence,
      // "Will" the noun ("the political will to act") is not a forecast.
      /(?<!\b(?:the|a|political|good|ill|free|popular|public|his|her|its|their|our|of) )\bwill\b(?! to\b)/i,
      /\bwon't\b/i,
      /\b\w+'ll\b/i,
      /\bshall\b/i,
      /\bwould(?:n't| not)?\b/i,
      /\b(?:is|are|am|'s|'re) (?:not )?going to\b/i,
    ),
};

const likelihood: CueRule = {
  id: 'prediction.likelihood',
  type: 'prediction',
  description: '“Could”, “may”, “might”, “is likely to”, “is expected to” and “probably” name a possible or probable outcome.',
  find: (sentence) =>
    firstMatch(
      sentence,
      /\bcould\b(?! not\b| have\b)(?!n't)/i,
      // Lower-case only: "May" is also a month.
      /\bmay\b(?! have\b)/,
      // "Military might" is strength, not possibility.
      /(?<!\b(?:the|its|their|our|his|her|military|economic|naval|nuclear|industrial|American) )\bmight\b(?! have\b)/i,
      /\b(?:is|are|was|were|seems?|appears?) (?:un)?likely to\b/i,
      /\b(?:is|are) (?:bound|expected|poised|set) to\b/i,
      /\bprobably\b/i,
    ),
};

const firstPersonStance: CueRule = {
  id: 'opinion.first-person-stance',
  type: 'opinion',
  description: 'The writer speaks for themself (“I believe”, “we think”, “in my view”).',
  find: (sentence) =>
    firstMatch(
      sentence,
      /\b(?:I|we) (?:believe|think|feel|suspect|doubt|am convinced|are convinced)\b/i,
      /\bin (?:my|our) (?:view|opinion|judgment|judgement)\b/i,
      /\bto (?:my|our) mind\b/i,
    ),
};

const necessity: CueRule = {
  id: 'opinion.necessity',
  type: 'opinion',
  description: 'A claim of what is necessary (“cannot … without”, “only then can”, “the only way”) is the writer’s argument.',
  find: (sentence) =>
    firstMatch(
      sentence,
      /\b(?:cannot|can't|can not)\b[^.;]*\bwithout\b/i,
      /\bonly (?:then|when|if|by|through|after|with)\b[^.;]*\bcan\b/i,
      /\bthe only way\b/i,
      /\bthere is no (?:substitute|alternative)\b/i,
    ),
};

const conclusion: CueRule = {
  id: 'opinion.conclusion',
  type: 'opinion',
  description: 'A drawn conclusion (“this means that”, “this shows”, “in other words”) is the writer’s reading of the facts.',
  find: (sentence) =>
    firstMatch(sentence, /\b(?:this|that|which) (?:means|shows|proves|suggests)\b/i, /\bin other words\b/i, /\bit follows that\b/i),
};

const stanceAdverb: CueRule = {
  id: 'opinion.stance-adverb',
  type: 'opinion',
  description: 'An adverb of stance (“truly”, “clearly”, “unfortunately”) shows the writer weighing in.',
  find: (sentence) => firstMatch(sentence, STANCE_ADVERBS),
};

const evaluativeAdjective: CueRule = {
  id: 'opinion.evaluative-adjective',
  type: 'opinion',
  description: 'An evaluative adjective (“dangerous”, “difficult”, “time-tested”, “is right”) passes judgement.',
  find: (sentence) => firstMatch(sentence, ...EVALUATIVE_ADJECTIVES),
};

const verdictWord: CueRule = {
  id: 'opinion.verdict-word',
  type: 'opinion',
  description: 'A noun or verb that passes a verdict (“a mistake”, “a fiasco”, “accomplishes”, “deserves”) is an assessment.',
  find: (sentence) => firstMatch(sentence, VERDICT_WORDS),
};

// The writer's own modal framing, which outranks a report that comes after it.
export const MODAL_RULES: readonly CueRule[] = [
  inference, judgingConduct, wish, itIsTime, imperative, expectationShould, modalShould, modalMust, needsTo,
  hypotheticalVerdict, hypothetical, futureModal, likelihood,
];
export const OPINION_RULES: readonly CueRule[] = [firstPersonStance, necessity, conclusion, stanceAdverb, evaluativeAdjective, verdictWord];

export const statement: ClaimRule = {
  id: 'fact.statement',
  type: 'fact',
  description: 'A plain statement with none of the cues above is treated as a statement of fact.',
};
