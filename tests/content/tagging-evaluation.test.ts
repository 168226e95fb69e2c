import { describe, expect, it } from 'vitest';

describe('the labelled texts in tests/fixtures/tagging', () => {
  // Tagging sixty-two texts takes seconds; a loaded machine can pass Vitest's default five.
  it('tag the op-ed exactly as its hand labels say, and score every text', async () => {
    const { evaluateTagging } = await import('../../scripts/eval-tagging.ts');
    const evaluation = evaluateTagging('tests/fixtures/tagging');
    expect(evaluation.files.map((file) => file.file.split('/').pop())).toEqual([
      'ackerman-lebanon-statement-2007-04-18.md',
      'afps-defense-authorization-2006.md',
      'afps-freakley-afghanistan-2007-01-26.md',
      'afps-myers-colombia-2005-04-12.md',
      'afps-petraeus-iraq-2007-07-31.md',
      'afps-rumsfeld-indonesia-2006-06-06.md',
      'afps-rumsfeld-romania-2005-12-06.md',
      'afps-schloesser-afghanistan-2008-06-24.md',
      'boucher-briefing-venezuela-2003-03-03.md',
      'boucher-nepal-statement-2005-02-14.md',
      'bush-costas-interview-2008-08-11.md',
      'bush-kosovo-remarks-2008-02-19.md',
      'bush-putin-news-conference-2008-04-06.md',
      'bush-radio-address-2006-07-01.md',
      'bush-radio-address-2006-12-09.md',
      'bush-roh-oval-office-2006.md',
      'bush-sudan-statement-2006-05-08.md',
      'bush-yushchenko-news-conference-2005-04-04.md',
      'casey-briefing-2006-12-01.md',
      'casey-briefing-2007-10-18.md',
      'diplomatic-about-face.md',
      'enzi-budget-statement-2007.md',
      'fratto-briefing-crawford-2008-08-26.md',
      'gallegos-briefing-2006-11-16.md',
      'gates-india-roundtable-2008-02-27.md',
      'hadley-nie-briefing-2007.md',
      'hill-chun-seoul-2007-07-16.md',
      'hill-six-party-walk-through-2007.md',
      'hoyer-petraeus-crocker-statement-2007-09-10.md',
      'johndroe-gaggle-crawford-2007-11-09.md',
      'lugar-nominations-statement-2005.md',
      'mcconnell-palestinian-act-statement-2006-06-23.md',
      'mccormack-briefing-2006-05-26.md',
      'mccormack-briefing-2007-06-22.md',
      'mccormack-briefing-2007-08-15.md',
      'mccormack-briefing-2007-09-17.md',
      'morrell-briefing-2007-09-20.md',
      'odierno-iraq-briefing-2007-06-22.md',
      'perino-briefing-2007-11-05.md',
      'perino-briefing-2007-11-15.md',
      'perino-gillespie-gaggle-riyadh-2008-05-16.md',
      'powell-lopez-doriga-interview-2004-11-09.md',
      'rice-africa-asia-briefing-2008-02-22.md',
      'rice-lauer-interview-2006-09-19.md',
      'rice-nato-remarks-2008-11-26.md',
      'senate-defense-authorization-floor-2006-06-13.md',
      'snow-gaggle-strelna-2006-07-14.md',
      'usinfo-somalia-reconciliation-2006-12-29.md',
      'voa-editorial-afghan-security-2007-09-25.md',
      'voa-editorial-cuba-prisoners-2006-03-30.md',
      'voa-editorial-egypt-nour-2005-12-29.md',
      'voa-editorial-envoy-sudan-2006-10-10.md',
      'voa-editorial-haiti-latortue-2004-03-11.md',
      'voa-editorial-north-korea-missile-2006-06-23.md',
      'voa-editorial-rice-sudan-2006-10-02.md',
      'voa-editorial-syria-prisoners-2004-02-20.md',
      'voa-editorial-ukraine-yushchenko-2005-04-08.md',
      'voa-editorial-zimbabwe-runoff-2008-06-25.md',
      'votel-afghanistan-briefing-2007-06-26.md',
      'washington-file-liberia-taylor-2003-08-11.md',
      'washington-file-prewar-intelligence-2003.md',
      'welch-libya-briefing-2008-09-02.md',
    ]);
    const opEd = evaluation.files.find((file) => file.file.endsWith('diplomatic-about-face.md'))!;
    expect(opEd.people.score).toMatchObject({ falsePositives: 0, falseNegatives: 0 });
    expect(opEd.dates.score).toMatchObject({ falsePositives: 0, falseNegatives: 0 });
    expect(opEd.dates.withinInterval).toBe(opEd.dates.score.truePositives);
  }, 60_000);
});
