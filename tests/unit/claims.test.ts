import { describe, expect, it } from 'vitest';
import { CLAIM_RULES, classifySentence, type CheckWorthiness, type ClaimType } from '../../src/lib/tagging/claims.ts';
import { claimId, hashText, slugify, uniqueId } from '../../src/lib/tagging/ids.ts';
import { splitSentences } from '../../src/lib/tagging/sentences.ts';
import { OP_ED_SENTENCES } from '../support/op-ed.ts';

type Expectation = [sentence: string, type: ClaimType, checkWorthiness: CheckWorthiness, rule: string];

const CFS = 'check-worthy';
const UFS = 'unimportant';
const NFS = 'non-factual';

// The op-ed, read sentence by sentence: a human judgement of each sentence's type and check-worthiness,
// written before the rules, with the rule expected to decide it. Comments give the reading where it is
// not obvious.
const opEd: Expectation[] = [
  // A counterfactual: what experts would have done had they been told.
  ['If you informed most experts in the aftermath of North Korea’s October 2006 nuclear test that President Bush and North Korea’s president Kim Jong Il would be pen pals by the end of 2007, they’d laugh in disbelief.', 'prediction', NFS, 'prediction.hypothetical'],
  ['Yet, earlier this month President Bush wrote a letter to Kim Jong Il urging him to honor his commitment to disclose and disband his nuclear program.', 'fact', CFS, 'fact.reported-speech'],
  // "Could be" names a possible outcome of the letter.
  ['This could be just the personal push necessary to secure this critical part of the negotiated process.', 'prediction', NFS, 'prediction.likelihood'],
  // The writer's reading of what North Korea values and needed, not a reported fact.
  ['The North Koreans place a high value on respect and needed to know that the policy is truly one endorsed by President Bush.', 'opinion', NFS, 'opinion.stance-adverb'],
  ['The letter accomplishes both purposes.', 'opinion', NFS, 'opinion.verdict-word'],
  // The main clause is an inference ("must have been"); the "pygmy" quotation inside it is checkable on its own.
  ['This must have been a difficult gesture for the president, given his very public loathing of Kim Jong Il—Bush once called him a “pygmy”—and his distaste for face-to-face negotiations with U.S. adversaries.', 'opinion', NFS, 'opinion.inference'],
  // Praise phrased as "should be applauded": a judgement of conduct, not advice.
  ['The president should be applauded for his pragmatic, personal investment in the six-party negotiations with North Korea over its nuclear program, which have shown promising signs of progress in recent months but which are by no means complete.', 'opinion', NFS, 'opinion.judging-conduct'],
  // "If only … would": a wish that the administration act.
  ['Now if only the administration would show the same pragmatism in its dealings with Iran.', 'recommendation', NFS, 'recommendation.wish'],
  // The writer vouches for a "time-tested" formula; the imperatives after the colon describe it.
  ['There is a time-tested formula for convincing countries to abandon their nuclear programs: build an international coalition to exert pressure on the target regime, but offer positive incentives that aim to satisfy the impulses that underly the target country’s nuclear ambitions in alternative, acceptable ways.', 'opinion', NFS, 'opinion.evaluative-adjective'],
  // Factual in form but general: no one, nothing and no time in particular.
  ['In most cases, those underlying impulses are a desire for security and prestige.', 'fact', UFS, 'fact.statement'],
  ['The Bush administration has applied this formula with success to Libya and, so far, to North Korea.', 'fact', CFS, 'fact.statement'],
  // Checkable against the record of U.S. dealings with Iran (for instance the 2006 incentives offer).
  ['It has yet to apply it to Iran.', 'fact', CFS, 'fact.statement'],
  // Elliptical: "[The administration] should [apply it to Iran]."
  ['It should.', 'recommendation', NFS, 'recommendation.modal-should'],
  ['The Bush administration has said time and time again that it has no intention of attacking Iran, but it doesn’t always convince.', 'fact', CFS, 'fact.reported-speech'],
  ['As recently as October 2007, President Bush talked of World War III with Iran, and conservative pundits and analysts like to compare Iran to a new Nazi Germany bent on regional conquest at any cost.', 'fact', CFS, 'fact.reported-speech'],
  // An estimate cannot take advice: "should put … to rest" expects an outcome.
  ['The National Intelligence Estimate on Iran released earlier this week should put this narrative to rest for good.', 'prediction', NFS, 'prediction.expectation-should'],
  // Attributed to the NIE, so checkable against it, loaded words notwithstanding.
  ['Iran’s leaders, according to the NIE, are not the crazed war-mongers that the White House and its conservative allies have portrayed them as being.', 'fact', CFS, 'fact.attribution'],
  ['This means that the prospect of military strikes against Iranian nuclear installations, and more broadly the Bush doctrine of preventive war, are dead.', 'opinion', NFS, 'opinion.conclusion'],
  ['The president is right.', 'opinion', NFS, 'opinion.evaluative-adjective'],
  // Opens with a judgement, but its claim is attributed to the NIE, to experts and to a dated, titled report.
  ['Iran is still a dangerous adversary, but the NIE makes clear, and most experts agree, that Iran can be deterred and contained with the right combination of carrots and sticks—as we detailed in our report on Iran earlier this year, “Contain and Engage: A New Strategy for Resolving the Nuclear Crisis with Iran.”', 'fact', CFS, 'fact.attribution'],
  ['The Bush administration should put at least as much effort into addressing Iran’s security concerns as it does trying to sustain international pressure on Iran.', 'recommendation', NFS, 'recommendation.modal-should'],
  // A claim of necessity: the writer's argument for talks.
  ['And it cannot begin to do this without a diplomatic face-to-face with Iran.', 'opinion', NFS, 'opinion.necessity'],
  ['The United States should be willing to talk to Iran without preconditions.', 'recommendation', NFS, 'recommendation.modal-should'],
  ['Only then can we truly test Iran’s resolve to proceed with its nuclear plans.', 'opinion', NFS, 'opinion.necessity'],
];

// Invented but realistic op-ed sentences, to show the rules are not fitted to one text.
const elsewhere: Expectation[] = [
  // Facts worth checking.
  ['Secretary of State Condoleezza Rice met with Chinese officials in Beijing on Tuesday.', 'fact', CFS, 'fact.statement'],
  ['In 2003, Libya agreed to dismantle its weapons of mass destruction programs.', 'fact', CFS, 'fact.statement'],
  ['The Senate voted 76 to 22 to approve the measure.', 'fact', CFS, 'fact.statement'],
  ['Iran’s oil exports fell by 12 percent last year.', 'fact', CFS, 'fact.statement'],
  ['North Korea conducted a nuclear test on Oct. 9, 2006.', 'fact', CFS, 'fact.statement'],
  ['Vice President Cheney told reporters that diplomacy had failed.', 'fact', CFS, 'fact.reported-speech'],
  // The modal belongs to the person reported, not to the writer.
  ['The foreign minister said Tehran would never give up enrichment.', 'fact', CFS, 'fact.reported-speech'],
  ['According to the Pentagon, the exercise will involve 5,000 troops.', 'fact', CFS, 'fact.attribution'],
  ['The agency reported that Iran had enriched uranium to 3.5 percent.', 'fact', CFS, 'fact.attribution'],
  ['The agency released its findings.', 'fact', CFS, 'fact.statement'],
  // Unimportant facts: true or false, but too general to check.
  ['Most countries maintain embassies in foreign capitals.', 'fact', UFS, 'fact.statement'],
  ['Nuclear weapons require highly enriched uranium or plutonium.', 'fact', UFS, 'fact.statement'],
  ['Negotiations between governments usually take place in private.', 'fact', UFS, 'fact.statement'],
  // Opinions.
  ['This policy is a dangerous gamble.', 'opinion', NFS, 'opinion.evaluative-adjective'],
  ['The administration’s approach has been remarkably naive.', 'opinion', NFS, 'opinion.stance-adverb'],
  ['Clearly, sanctions alone are not enough.', 'opinion', NFS, 'opinion.stance-adverb'],
  ['Walking away from the talks was a blunder.', 'opinion', NFS, 'opinion.verdict-word'],
  ['The president’s critics are wrong.', 'opinion', NFS, 'opinion.evaluative-adjective'],
  ['In our view, the sanctions have done more harm than good.', 'opinion', NFS, 'opinion.first-person-stance'],
  ['We believe that engagement offers the best hope for peace.', 'opinion', NFS, 'opinion.first-person-stance'],
  ['Congress should have asked harder questions in 2002.', 'opinion', NFS, 'opinion.judging-conduct'],
  ['Why would Tehran trust Washington now?', 'opinion', NFS, 'opinion.question'],
  // "Would be a mistake to …" weighs an option; it forecasts nothing.
  ['It would be a grave mistake to bomb Iran before talking to it.', 'opinion', NFS, 'opinion.hypothetical-verdict'],
  ['There is no substitute for direct talks.', 'opinion', NFS, 'opinion.necessity'],
  // Recommendations.
  ['Congress must act before the summer recess.', 'recommendation', NFS, 'recommendation.modal-must'],
  ['Washington ought to reopen its embassy in Tehran.', 'recommendation', NFS, 'recommendation.modal-should'],
  ['The next president needs to restore America’s standing in the world.', 'recommendation', NFS, 'recommendation.needs-to'],
  ['It is time to talk to our adversaries.', 'recommendation', NFS, 'recommendation.it-is-time'],
  ['Let us never negotiate out of fear.', 'recommendation', NFS, 'recommendation.imperative'],
  ['Talk to Iran now, before it is too late.', 'recommendation', NFS, 'recommendation.imperative'],
  ['Do not mistake patience for weakness.', 'recommendation', NFS, 'recommendation.imperative'],
  // A document as subject, but "be" + a done-to verb: someone is being asked to act.
  ['The agreement should be ratified without delay.', 'recommendation', NFS, 'recommendation.modal-should'],
  ['Sanctions should be lifted only after inspectors return.', 'recommendation', NFS, 'recommendation.modal-should'],
  // Predictions.
  ['Iran will have enough fissile material for a bomb by 2010.', 'prediction', NFS, 'prediction.future-modal'],
  ['The new sanctions are likely to hurt ordinary Iranians more than the regime.', 'prediction', NFS, 'prediction.likelihood'],
  ['The deal could collapse if either side walks away.', 'prediction', NFS, 'prediction.hypothetical'],
  ['Oil prices may rise sharply next year.', 'prediction', NFS, 'prediction.likelihood'],
  ['The report should ease tensions between the two capitals.', 'prediction', NFS, 'prediction.expectation-should'],
  ['Without talks, the standoff is going to get worse.', 'prediction', NFS, 'prediction.future-modal'],
  ['A military strike would be a disaster.', 'prediction', NFS, 'prediction.future-modal'],
  ['If you told most experts in 2006 that Bush would write to Kim, they would have laughed.', 'prediction', NFS, 'prediction.hypothetical'],
];

describe('classifySentence on the op-ed', () => {
  it('has a judgement for each of the op-ed’s 24 sentences, in order', () => {
    expect(opEd.map(([sentence]) => sentence)).toEqual(OP_ED_SENTENCES.flat());
  });

  for (const [sentence, type, checkWorthiness, rule] of opEd) {
    it(`classifies “${sentence.slice(0, 60)}…” as ${type}, ${checkWorthiness}, by ${rule}`, () => {
      const result = classifySentence(sentence);
      expect({ type: result.type, checkWorthiness: result.checkWorthiness }).toEqual({ type, checkWorthiness });
      expect(result.rules[0]).toBe(rule);
    });
  }
});

describe('classifySentence beyond the op-ed', () => {
  it('covers every type and every check-worthiness class with at least 25 sentences', () => {
    expect(elsewhere.length).toBeGreaterThanOrEqual(25);
    expect(new Set(elsewhere.map(([, type]) => type))).toEqual(new Set(['fact', 'opinion', 'recommendation', 'prediction']));
    expect(new Set(elsewhere.map(([, , worthiness]) => worthiness))).toEqual(new Set([CFS, UFS, NFS]));
  });

  for (const [sentence, type, checkWorthiness, rule] of elsewhere) {
    it(`classifies “${sentence}” as ${type}, ${checkWorthiness}, by ${rule}`, () => {
      const result = classifySentence(sentence);
      expect({ type: result.type, checkWorthiness: result.checkWorthiness }).toEqual({ type, checkWorthiness });
      expect(result.rules[0]).toBe(rule);
    });
  }
});

describe('classifySentence', () => {
  it('lists the check-worthiness cues after the type rule for a fact', () => {
    expect(classifySentence('As recently as October 2007, President Bush talked of World War III with Iran.').rules).toEqual([
      'fact.reported-speech',
      'fact.dated-event',
      'fact.named-actor',
    ]);
  });

  it('says why a general fact is unimportant', () => {
    expect(classifySentence('In most cases, those underlying impulses are a desire for security and prestige.').rules).toEqual([
      'fact.statement',
      'fact.no-checkable-detail',
    ]);
  });

  it('gives a non-fact only the rule that decided its type', () => {
    expect(classifySentence('The president is right.').rules).toEqual(['opinion.evaluative-adjective']);
  });

  it('counts a quotation, a number and a year as checkable details', () => {
    const { rules } = classifySentence('the agency counted 3,000 centrifuges in 2007 and called it “a milestone.”');
    expect(rules).toEqual(['fact.reported-speech', 'fact.dated-event', 'fact.number', 'fact.quotation']);
  });

  it('does not read “the political will” or “military might” as forecasts', () => {
    expect(classifySentence('Washington lacked the political will to talk.').type).toBe('fact');
    expect(classifySentence('American military might is unmatched.').type).toBe('fact');
  });

  it('does not read “May” the month as a possibility', () => {
    expect(classifySentence('Talks resumed in May 2007.')).toEqual({
      type: 'fact',
      checkWorthiness: CFS,
      rules: ['fact.statement', 'fact.dated-event'],
    });
  });

  it('does not read a noun subject as a command', () => {
    expect(classifySentence('Talk is cheap.').type).toBe('fact');
    expect(classifySentence('Support for the war has collapsed.').type).toBe('fact');
  });

  it('treats straight and curly quotes and apostrophes alike', () => {
    expect(classifySentence('They\'d laugh if you told them.')).toEqual(classifySentence('They’d laugh if you told them.'));
    expect(classifySentence('He called it "a farce."')).toEqual(classifySentence('He called it “a farce.”'));
  });
});

describe('CLAIM_RULES', () => {
  it('gives every rule a unique id of the form type.cue and a one-sentence description', () => {
    const ids = CLAIM_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of CLAIM_RULES) {
      expect(rule.id).toMatch(/^(fact|opinion|recommendation|prediction)\.[a-z]+(-[a-z]+)*$/);
      expect(rule.id.startsWith(`${rule.type}.`)).toBe(true);
      expect(rule.description).toMatch(/^\S.*[.]$/);
      expect(Object.keys(rule).sort()).toEqual(['description', 'id', 'type']);
    }
  });

  it('lists every rule the classifier reports', () => {
    const known = new Set(CLAIM_RULES.map((rule) => rule.id));
    const used = [...opEd, ...elsewhere].flatMap(([sentence]) => classifySentence(sentence).rules);
    for (const id of used) expect(known.has(id), id).toBe(true);
  });

  it('has a rule for each type', () => {
    expect(new Set(CLAIM_RULES.map((rule) => rule.type))).toEqual(new Set(['fact', 'opinion', 'recommendation', 'prediction']));
  });
});

describe('claim ids', () => {
  const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;

  it('makes every op-ed sentence a kebab-case id from its first words and a hash', () => {
    for (const sentence of OP_ED_SENTENCES.flat()) expect(claimId(sentence)).toMatch(kebab);
    expect(claimId('It should.')).toMatch(/^it-should-[a-z0-9]{4}$/);
    expect(claimId('Bush once called him a “pygmy.”')).toMatch(/^bush-once-called-him-pygmy-[a-z0-9]{4}$/);
  });

  it('gives the same sentence the same id whatever surrounds it and in whatever order', () => {
    const sentence = 'The president is right.';
    const inOrder = splitSentences(`It should. ${sentence} Iran is next.`).map((span) => claimId(span.text));
    const reordered = splitSentences(`Iran is next. Something new. ${sentence}`).map((span) => claimId(span.text));
    expect(inOrder[1]).toBe(claimId(sentence));
    expect(reordered[2]).toBe(claimId(sentence));
  });

  it('changes only the edited sentence’s id when one sentence is edited', () => {
    const before = OP_ED_SENTENCES.flat();
    const after = before.map((sentence, index) => (index === 4 ? 'The letter accomplishes both of its purposes.' : sentence));
    const changed = before.map((sentence, index) => claimId(sentence) !== claimId(after[index] ?? ''));
    expect(changed.filter(Boolean)).toHaveLength(1);
    expect(changed[4]).toBe(true);
  });

  it('ignores differences in whitespace', () => {
    expect(claimId('  The president\n is   right. ')).toBe(claimId('The president is right.'));
  });

  it('tells apart two sentences that open with the same words', () => {
    const first = claimId('The Bush administration has applied this formula with success to Libya.');
    const second = claimId('The Bush administration has applied this formula to North Korea.');
    expect(first).not.toBe(second);
    expect(first.slice(0, -5)).toBe(second.slice(0, -5));
  });

  it('gives every op-ed sentence a different id', () => {
    const ids = OP_ED_SENTENCES.flat().map((sentence) => claimId(sentence));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the slug to at most six words and shortens long ones to four', () => {
    expect(claimId('One two three four five six seven eight.')).toMatch(/^one-two-three-four-five-six-[a-z0-9]{4}$/);
    expect(claimId('Internationalisation notwithstanding, counterproliferation negotiations stalled repeatedly.')).toMatch(
      /^internationalisation-notwithstanding-counterproliferation-negotiations-[a-z0-9]{4}$/,
    );
  });

  it('still makes an id for a sentence without words', () => {
    expect(claimId('—')).toMatch(/^claim-[a-z0-9]{4}$/);
  });
});

describe('slugify', () => {
  it('folds accents, curly quotes and dashes to plain kebab-case', () => {
    expect(slugify('North Korea’s “pygmy”—Kim Jong Il')).toBe('north-koreas-pygmy-kim-jong-il');
    expect(slugify('Mohamed ElBaradei, Mahmoud Ahmadinejad, Jürgen Möllemann, Straße, Łódź')).toBe(
      'mohamed-elbaradei-mahmoud-ahmadinejad-jurgen-mollemann-strasse-lodz',
    );
    expect(slugify('U.S. policy')).toBe('u-s-policy');
  });

  it('returns an empty string for text with no letters or digits', () => {
    expect(slugify(' — “” ')).toBe('');
  });
});

describe('hashText', () => {
  it('computes 32-bit FNV-1a over UTF-8, in base 36', () => {
    // Published FNV-1a 32-bit test vectors: "" → 0x811c9dc5, "a" → 0xe40c292c, "foobar" → 0xbf9cf968.
    expect(hashText('')).toBe((0x811c9dc5).toString(36));
    expect(hashText('a')).toBe((0xe40c292c).toString(36));
    expect(hashText('foobar')).toBe((0xbf9cf968).toString(36));
  });

  it('hashes non-ASCII text by its UTF-8 bytes', () => {
    expect(hashText('’')).not.toBe(hashText("'"));
    expect(hashText('Korea’s')).toMatch(/^[a-z0-9]{1,7}$/);
  });
});

describe('uniqueId', () => {
  it('returns a free id unchanged and records it', () => {
    const taken = new Set<string>();
    expect(uniqueId('it-should-ab12', taken)).toBe('it-should-ab12');
    expect(taken.has('it-should-ab12')).toBe(true);
  });

  it('appends -2, -3 … to an id already taken', () => {
    const taken = new Set(['it-should-ab12']);
    expect(uniqueId('it-should-ab12', taken)).toBe('it-should-ab12-2');
    expect(uniqueId('it-should-ab12', taken)).toBe('it-should-ab12-3');
    expect(taken).toEqual(new Set(['it-should-ab12', 'it-should-ab12-2', 'it-should-ab12-3']));
  });

  it('gives the first free suffix also when others took some of them meanwhile', () => {
    const taken = new Set(['a', 'a-3']);
    expect(uniqueId('a', taken)).toBe('a-2');
    taken.add('a-4');
    expect(uniqueId('a', taken)).toBe('a-5');
    expect(uniqueId('b', taken)).toBe('b');
    // The same id in another set starts again from -2.
    expect(uniqueId('a', new Set(['a']))).toBe('a-2');
  });

  it('stays linear for a sentence repeated thousands of times: a few lookups per id, not one per earlier id', () => {
    class CountingSet extends Set<string> {
      lookups = 0;
      override has(value: string): boolean {
        this.lookups++;
        return super.has(value);
      }
    }
    const taken = new CountingSet();
    const ids = Array.from({ length: 20_000 }, () => uniqueId('same', taken));
    expect(ids.at(-1)).toBe('same-20000');
    expect(new Set(ids).size).toBe(20_000);
    expect(taken.lookups).toBeLessThan(3 * 20_000);
  });
});
