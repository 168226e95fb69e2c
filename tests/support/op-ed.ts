/**
 * The op-ed's body (content/articles/diplomatic-about-face.md), paragraph by paragraph, as a reader divides it:
 * 24 sentences in 9 paragraphs, each paragraph its sentences joined by a space. Unit tests read the op-ed from
 * here, not from the content folder; the content tier checks that the two agree.
 */
export const OP_ED_SENTENCES: string[][] = [
  [
    'If you informed most experts in the aftermath of North Korea’s October 2006 nuclear test that President Bush and North Korea’s president Kim Jong Il would be pen pals by the end of 2007, they’d laugh in disbelief.',
    'Yet, earlier this month President Bush wrote a letter to Kim Jong Il urging him to honor his commitment to disclose and disband his nuclear program.',
  ],
  [
    'This could be just the personal push necessary to secure this critical part of the negotiated process.',
    'The North Koreans place a high value on respect and needed to know that the policy is truly one endorsed by President Bush.',
    'The letter accomplishes both purposes.',
  ],
  [
    'This must have been a difficult gesture for the president, given his very public loathing of Kim Jong Il—Bush once called him a “pygmy”—and his distaste for face-to-face negotiations with U.S. adversaries.',
    'The president should be applauded for his pragmatic, personal investment in the six-party negotiations with North Korea over its nuclear program, which have shown promising signs of progress in recent months but which are by no means complete.',
  ],
  ['Now if only the administration would show the same pragmatism in its dealings with Iran.'],
  [
    'There is a time-tested formula for convincing countries to abandon their nuclear programs: build an international coalition to exert pressure on the target regime, but offer positive incentives that aim to satisfy the impulses that underly the target country’s nuclear ambitions in alternative, acceptable ways.',
    'In most cases, those underlying impulses are a desire for security and prestige.',
    'The Bush administration has applied this formula with success to Libya and, so far, to North Korea.',
    'It has yet to apply it to Iran.',
  ],
  [
    'It should.',
    'The Bush administration has said time and time again that it has no intention of attacking Iran, but it doesn’t always convince.',
    'As recently as October 2007, President Bush talked of World War III with Iran, and conservative pundits and analysts like to compare Iran to a new Nazi Germany bent on regional conquest at any cost.',
  ],
  [
    'The National Intelligence Estimate on Iran released earlier this week should put this narrative to rest for good.',
    'Iran’s leaders, according to the NIE, are not the crazed war-mongers that the White House and its conservative allies have portrayed them as being.',
    'This means that the prospect of military strikes against Iranian nuclear installations, and more broadly the Bush doctrine of preventive war, are dead.',
  ],
  [
    'The president is right.',
    'Iran is still a dangerous adversary, but the NIE makes clear, and most experts agree, that Iran can be deterred and contained with the right combination of carrots and sticks—as we detailed in our report on Iran earlier this year, “Contain and Engage: A New Strategy for Resolving the Nuclear Crisis with Iran.”',
  ],
  [
    'The Bush administration should put at least as much effort into addressing Iran’s security concerns as it does trying to sustain international pressure on Iran.',
    'And it cannot begin to do this without a diplomatic face-to-face with Iran.',
    'The United States should be willing to talk to Iran without preconditions.',
    'Only then can we truly test Iran’s resolve to proceed with its nuclear plans.',
  ],
];
