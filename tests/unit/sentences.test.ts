import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/lib/tagging/sentences.ts';

const texts = (input: string) => splitSentences(input).map((sentence) => sentence.text);

// Each case: a paragraph and the sentences a careful reader finds in it.
const cases: Array<[name: string, input: string, expected: string[]]> = [
  ['splits two plain sentences', 'Talks resumed. Both sides attended.', ['Talks resumed.', 'Both sides attended.']],
  ['keeps U.S. before a lower-case word', 'He distrusts U.S. adversaries. He said so.', ['He distrusts U.S. adversaries.', 'He said so.']],
  ['keeps U.S. before a proper noun', 'The U.S. Senate voted. It passed.', ['The U.S. Senate voted.', 'It passed.']],
  ['splits after U.S. when a new sentence opens', 'He returned to the U.S. The trip was over.', ['He returned to the U.S.', 'The trip was over.']],
  ['keeps U.N. inside a sentence', 'The U.N. Security Council met on Iran. Russia abstained.', ['The U.N. Security Council met on Iran.', 'Russia abstained.']],
  ['keeps Mr. and Mrs. with the name', 'Mr. Smith and Mrs. Jones arrived. They sat down.', ['Mr. Smith and Mrs. Jones arrived.', 'They sat down.']],
  ['keeps Dr. with the name', 'Dr. ElBaradei disagreed. He was blunt.', ['Dr. ElBaradei disagreed.', 'He was blunt.']],
  ['keeps Sen., Gov. and Gen. with the name', 'Sen. Biden, Gov. Richardson and Gen. Petraeus spoke. All agreed.', ['Sen. Biden, Gov. Richardson and Gen. Petraeus spoke.', 'All agreed.']],
  ['keeps a title and a run of initials with the name', 'Gen. I. M. Smith retired.', ['Gen. I. M. Smith retired.']],
  ['keeps a month abbreviation before the day', 'The estimate came out on Dec. 3, 2007. It surprised Washington.', ['The estimate came out on Dec. 3, 2007.', 'It surprised Washington.']],
  ['keeps Jan. and Oct. before the day', 'Between Jan. 20 and Oct. 9 little changed. Then came the test.', ['Between Jan. 20 and Oct. 9 little changed.', 'Then came the test.']],
  ['keeps No. before a number', 'Resolution No. 1737 imposed sanctions. Iran ignored it.', ['Resolution No. 1737 imposed sanctions.', 'Iran ignored it.']],
  ['keeps St. before a place name', 'They met in St. Petersburg. Nothing was agreed.', ['They met in St. Petersburg.', 'Nothing was agreed.']],
  ['keeps vs. inside a sentence', 'It was diplomacy vs. force. Diplomacy won.', ['It was diplomacy vs. force.', 'Diplomacy won.']],
  ['keeps e.g. and i.e. inside a sentence', 'Some states, e.g. Libya, gave up; i.e. they disarmed. Others did not.', ['Some states, e.g. Libya, gave up; i.e. they disarmed.', 'Others did not.']],
  ['keeps e.g. before a capitalised name', 'Rogue states (e.g. Iran) worry them. They say so.', ['Rogue states (e.g. Iran) worry them.', 'They say so.']],
  ['keeps etc. inside a sentence', 'Carrots, sticks, etc. are all on the table. Nothing is ruled out.', ['Carrots, sticks, etc. are all on the table.', 'Nothing is ruled out.']],
  ['splits after etc. when a new sentence opens', 'They offered trade, aid, etc. The regime said no.', ['They offered trade, aid, etc.', 'The regime said no.']],
  ['keeps a middle initial with the name', 'George W. Bush wrote to Kim Jong Il. The letter was short.', ['George W. Bush wrote to Kim Jong Il.', 'The letter was short.']],
  ['keeps a run of initials with the name', 'J. R. R. Tolkien wrote it. So did A. Q. Khan, in a way.', ['J. R. R. Tolkien wrote it.', 'So did A. Q. Khan, in a way.']],
  ['splits after a single letter that ends a sentence', 'This was the lesson of World War I. The next war taught another.', ['This was the lesson of World War I.', 'The next war taught another.']],
  ['keeps decimals whole', 'Growth slowed to 3.5 percent. Oil rose 2.25 dollars.', ['Growth slowed to 3.5 percent.', 'Oil rose 2.25 dollars.']],
  ['keeps an ellipsis inside a sentence', 'The president said he would … consider it. Nobody believed him.', ['The president said he would … consider it.', 'Nobody believed him.']],
  ['keeps three dots before a lower-case word', 'We waited... and waited. Then it came.', ['We waited... and waited.', 'Then it came.']],
  ['splits after an ellipsis when a new sentence opens', 'And then he paused... The room went quiet.', ['And then he paused...', 'The room went quiet.']],
  ['treats four dots as an ellipsis plus a full stop', 'It trailed off.... Iran never answered.', ['It trailed off....', 'Iran never answered.']],
  ['ends a sentence inside closing quotes', 'Bush called him a “pygmy.” Kim was not amused.', ['Bush called him a “pygmy.”', 'Kim was not amused.']],
  ['ends a question inside closing quotes', 'She asked, “Why not Iran?” Nobody answered.', ['She asked, “Why not Iran?”', 'Nobody answered.']],
  ['does not split a quoted question followed by a lower-case tag', '“Why not Iran?” she asked. Nobody answered.', ['“Why not Iran?” she asked.', 'Nobody answered.']],
  ['splits after a quoted title that ends with a full stop', 'See our report, “Contain and Engage.” The Bush administration ignored it.', ['See our report, “Contain and Engage.”', 'The Bush administration ignored it.']],
  ['keeps a quoted full stop before a lower-case word', 'He called it “a farce.” and walked out.', ['He called it “a farce.” and walked out.']],
  ['ends a sentence after a closing quote and a full stop', 'Bush once called him a “pygmy”. The name stuck.', ['Bush once called him a “pygmy”.', 'The name stuck.']],
  ['includes closing brackets in the sentence', 'Iran refused (as expected.) Talks stalled.', ['Iran refused (as expected.)', 'Talks stalled.']],
  ['never splits at an em dash', 'He loathed Kim Jong Il—Bush once called him a “pygmy”—and showed it. Still, he wrote.', ['He loathed Kim Jong Il—Bush once called him a “pygmy”—and showed it.', 'Still, he wrote.']],
  ['splits after a question mark', 'Should Iran be next? We think so.', ['Should Iran be next?', 'We think so.']],
  ['splits after an exclamation mark', 'What a reversal! Few saw it coming.', ['What a reversal!', 'Few saw it coming.']],
  ['splits after a question that opens with a quote', 'Why now? “Because it works,” he said.', ['Why now?', '“Because it works,” he said.']],
  ['splits off a single short sentence', 'It has yet to apply it to Iran. It should. The reasons are plain.', ['It has yet to apply it to Iran.', 'It should.', 'The reasons are plain.']],
  ['splits before a sentence that starts with a number', 'The vote was close. 52 senators agreed.', ['The vote was close.', '52 senators agreed.']],
  ['keeps a final sentence that has no end mark', 'The talks resumed. More later', ['The talks resumed.', 'More later']],
  ['keeps a lone sentence whole', 'It should.', ['It should.']],
  ['ignores surrounding and repeated whitespace', '  First one.\n   Second one.  ', ['First one.', 'Second one.']],
  ['returns nothing for blank text', '   ', []],
  ['keeps a.m. before a lower-case word', 'The call came at 9 a.m. and lasted an hour. It went well.', ['The call came at 9 a.m. and lasted an hour.', 'It went well.']],
  ['splits after the word “no” at the end of a sentence', 'Iran said no. Washington shrugged.', ['Iran said no.', 'Washington shrugged.']],
  ['splits after a regnal numeral that is also a letter', 'The play was Henry V. The critics loved it.', ['The play was Henry V.', 'The critics loved it.']],
  ['keeps v. in a case name', 'Compare Roe v. Wade. It is different.', ['Compare Roe v. Wade.', 'It is different.']],
  ['keeps Jr. before a lower-case word', 'Martin Luther King Jr. was quoted. So was Kennedy.', ['Martin Luther King Jr. was quoted.', 'So was Kennedy.']],
];

describe('splitSentences', () => {
  for (const [name, input, expected] of cases) {
    it(name, () => {
      expect(texts(input)).toEqual(expected);
    });
  }

  it('gives offsets that point back at each sentence in the input', () => {
    const input = '  Mr. Bush wrote.  “Why?” he asked.\nIt should. ';
    const sentences = splitSentences(input);
    expect(sentences).toEqual([
      { text: 'Mr. Bush wrote.', offset: 2 },
      { text: '“Why?” he asked.', offset: 19 },
      { text: 'It should.', offset: 36 },
    ]);
    for (const { text, offset } of sentences) expect(input.slice(offset, offset + text.length)).toBe(text);
  });

  it('leaves out nothing but the whitespace between sentences', () => {
    for (const paragraph of cases.map(([, input]) => input)) {
      const sentences = splitSentences(paragraph);
      let rebuilt = '';
      let end = 0;
      for (const { text, offset } of sentences) {
        expect(paragraph.slice(end, offset).trim()).toBe('');
        rebuilt += paragraph.slice(end, offset) + text;
        end = offset + text.length;
      }
      expect(rebuilt + paragraph.slice(end)).toBe(paragraph);
    }
  });
});
