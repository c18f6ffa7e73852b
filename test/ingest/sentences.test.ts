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
  ];
  it.each(cases)('%j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('gives offsets into the text as read', () => {
    const text = 'Headline\n\nOne. Two.';
    for (const s of segmentSentences(text, segmentParagraphs(text))) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
