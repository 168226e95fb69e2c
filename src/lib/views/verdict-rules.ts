/**
 * The rule for each verdict, as the method page states it. A statement true only with a caveat the reader
 * needs is "needs context", never "accurate".
 */
import type { Verdict } from '../content/schema.ts';

export const VERDICT_RULES: Record<Verdict, string> = {
  accurate: 'Given when the cited sources confirm the statement as written, and a reader needs no caveat to avoid a wrong impression.',
  'needs-context': 'Given when the statement is true in substance but leaves out a qualification the sources make (a caveat said in the same breath, a narrower scope, a different date), so the note supplies it.',
  misleading: 'Given when each part can be sourced but together they lead a reader to a conclusion the sources contradict.',
  inaccurate: 'Given when a source of the time contradicts the statement on a matter of fact (a title, a date, a number).',
  unsupported: 'Given when the statement is factual in form but no source the editors could check confirms or refutes it.',
  'held-up': 'Given only to a forecast or judgement about the future (a prediction) when later events, as reported in cited sources, bore it out.',
  'did-not-hold-up': 'Given only to a forecast or judgement about the future (a prediction) when later events, as reported in cited sources, contradicted it. A statement about the record so far is rated as a fact, however events turned out, and what came later is told under what happened next.',
  'not-checkable': 'Given to opinions and recommendations: they are neither true nor false, and the note sets out the record around them instead.',
};
