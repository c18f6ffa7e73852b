import { segmentParagraphs, segmentSentences } from '../../src/ingest/sentences';

function sentences(text: string): string[] {
  return segmentSentences(text, segmentParagraphs(text)).map((s) => s.text);
}

describe('segmentSentences', () => {
  const cases: Array<[string, string[]]> = [
    ['Mr. Xi met Mr. Putin. They talked.', ['Mr. Xi met Mr. Putin.', 'They talked.']],
    ['Messrs. Xi and Putin met. Then they ate.', ['Messrs. Xi and Putin met.', 'Then they ate.']],
    ['It angered the U.S. and its allies. Next.', ['It angered the U.S. and its allies.', 'Next.']],
    ['“It is good,” he said. “Very good.” She agreed.', ['“It is good,” he said.', '“Very good.”', 'She agreed.']],
    ['He met the U.S.\nfocused sharply on Taiwan. Done.', ['He met the U.S.\nfocused sharply on Taiwan.', 'Done.']],
    ['First paragraph.\nSecond paragraph', ['First paragraph.', 'Second paragraph']],
    ['Growth was 12.53% in 2023. Fine.', ['Growth was 12.53% in 2023.', 'Fine.']],
    ['It is at St. George Hall. Yes.', ['It is at St. George Hall.', 'Yes.']],
    // A dotted acronym ends the sentence when a typical sentence opener follows, not before a name or noun.
    ['Tension rose with the U.S. The talks went on.', ['Tension rose with the U.S.', 'The talks went on.']],
    ['He met the U.S. Ambassador on Friday. Done.', ['He met the U.S. Ambassador on Friday.', 'Done.']],
    ['The deal went to Acme Inc. It closed in May.', ['The deal went to Acme Inc.', 'It closed in May.']],
    ['Acme Inc. Chief Jo Bell spoke. Then she left.', ['Acme Inc. Chief Jo Bell spoke.', 'Then she left.']],
    ['President George W. Bush spoke. Later he left.', ['President George W. Bush spoke.', 'Later he left.']],
    // Words ending in a letter after digits are not initials.
    ['Profit rose to $300m. It was a record.', ['Profit rose to $300m.', 'It was a record.']],
    ['It began in the 1980s. But it ended.', ['It began in the 1980s.', 'But it ended.']],
    // Abbreviations that only count before a number, or only capitalised.
    ['He lives at No. 10 Downing Street. Yes.', ['He lives at No. 10 Downing Street.', 'Yes.']],
    ['The answer was no. The vote failed.', ['The answer was no.', 'The vote failed.']],
    ['They met on Sept. 11 in Paris. Fine.', ['They met on Sept. 11 in Paris.', 'Fine.']],
    ['They sat in the sun. Then it rained.', ['They sat in the sun.', 'Then it rained.']],
    // Quotes: a closing mark after the full stop stays with its sentence; an attribution after ? or ! joins.
    ['“Why now?” Mr. Xi asked. Nobody answered.', ['“Why now?” Mr. Xi asked.', 'Nobody answered.']],
    ['“Enough!” Ms. Roe shouted at the crowd. Silence.', ['“Enough!” Ms. Roe shouted at the crowd.', 'Silence.']],
    ['“Why now?” He said he would not wait for an answer from anyone today.', ['“Why now?”', 'He said he would not wait for an answer from anyone today.']],
    ['He said: “We will win.” The crowd cheered.', ['He said: “We will win.”', 'The crowd cheered.']],
    ['1. The first point is cost. It is high.', ['1. The first point is cost.', 'It is high.']],
    ['Prices rose... Then they fell.', ['Prices rose...', 'Then they fell.']],
  ];
  it.each(cases)('%j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('gives offsets into the text as read', () => {
    const text = 'Headline\n\nOne. Two.';
    for (const s of segmentSentences(text, segmentParagraphs(text))) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
