import { describe, expect, it } from 'vitest';
import { checkNotePhases, publicationWindow } from '../../src/lib/content/phase.ts';
import { noteSchema, type Note } from '../../src/lib/content/schema.ts';

const window = publicationWindow({ published: '2007-12-06', publishedCertainty: { estimated: true, earliest: '2007-12-06', latest: '2007-12-08', reason: 'No date printed.' } });

function note(fields: Record<string, unknown>): Note {
  return noteSchema.parse({ id: 'n', layer: 'claim', quote: { exact: 'x' }, body: 'Body.', ...fields });
}

describe('then and later', () => {
  it('the window is the certainty range, or the one printed day', () => {
    expect(window).toEqual({ earliest: '2007-12-06', latest: '2007-12-08' });
    expect(publicationWindow({ published: '2007-12-06' })).toEqual({ earliest: '2007-12-06', latest: '2007-12-06' });
  });

  it('refuses a later event before publication and a then event after it, at the event', () => {
    const problems = checkNotePhases(note({
      events: [
        { date: '2007-12-04', label: 'Before', phase: 'later' },
        { date: '2008-07-19', label: 'After', phase: 'then' },
        { date: '2007-12-07', label: 'Inside the window', phase: 'later' },
        { date: '2007-12', label: 'A month that reaches past publication', phase: 'later' },
        { date: '2007-12-07', label: 'Inside the window, after its earliest day', phase: 'then' },
        { date: '2007-12-06', label: 'The earliest possible day', phase: 'then' },
      ],
    }), window, '2007-12-06');
    expect(problems.map((problem) => [problem.ruleId, problem.path.join('.')])).toEqual([
      ['annotate/phase-later-before-publication', 'events.0.phase'],
      ['annotate/phase-then-after-publication', 'events.1.phase'],
      ['annotate/phase-then-after-publication', 'events.4.phase'],
    ]);
  });

  it('refuses knownThen that names a day inside the window but after its earliest day', () => {
    const problems = checkNotePhases(note({ knownThen: 'Delivered on December 6, 2007; on December 8, 2007 the envoy spoke.' }), window, '2007-12-06');
    expect(problems.map((problem) => problem.reason)).toEqual([
      'Unexpected “December 8, 2007” in knownThen of note `n`, expected only what was known by 2007-12-06, the earliest possible publication day',
    ]);
  });

  it('refuses knownThen that names a date after publication', () => {
    const [problem] = checkNotePhases(note({ knownThen: 'Known by then. North Korea declared on June 26, 2008.' }), window, '2007-12-06');
    expect(problem?.ruleId).toBe('annotate/known-then-after-publication');
    expect(problem?.reason).toContain('“June 26, 2008”');
  });

  it('refuses knownLater dated only before publication, and accepts it once it says what came next', () => {
    const [problem] = checkNotePhases(note({ knownLater: 'On December 4, 2007, Bush said it again.' }), window, '2007-12-06');
    expect(problem?.ruleId).toBe('annotate/known-later-before-publication');
    expect(checkNotePhases(note({ knownLater: 'After December 4, 2007 came January 9, 2008.' }), window, '2007-12-06')).toEqual([]);
  });

  it('ignores relative phrases, which count from another day', () => {
    expect(checkNotePhases(note({ knownThen: 'The next day and next year, nothing changed.' }), window, '2007-12-06')).toEqual([]);
  });
});
