import { findQuotePairs } from '../../../src/extract/quotes';
import { segmentParagraphs } from '../../../src/ingest/sentences';

function inners(text: string): string[] {
  return findQuotePairs(text, segmentParagraphs(text)).map((q) => text.slice(q.innerStart, q.innerEnd));
}

describe('findQuotePairs', () => {
  const cases: Array<{ text: string; expected: string[] }> = [
    { text: '“It works,” she said.', expected: ['It works,'] },
    { text: 'He called it a “no limits” friendship and a “new era.”', expected: ['no limits', 'new era.'] },
    { text: '"We will win," he said. "Nobody doubts it."', expected: ['We will win,', 'Nobody doubts it.'] },
    { text: 'The so-called "peace plan" was dropped.', expected: ['peace plan'] },
    { text: "Critics called the plan 'a stealth tax' on Monday.", expected: ['a stealth tax'] },
    { text: 'The minister said ‘we are ready’, aides confirmed.', expected: ['we are ready'] },
    // A quote that runs over two sentences is one pair.
    { text: '“First sentence. Second sentence,” he said.', expected: ['First sentence. Second sentence,'] },
    // Multi-paragraph quote: the first paragraph has no closing mark, the next reopens.
    { text: '“The first part goes on.\n“And this is the end,” she said.', expected: ['The first part goes on.', 'And this is the end,'] },
    // Paragraph breaks lost inside a quote (He said: "A. "B.").
    { text: 'He said: "This is one. "This is two."', expected: ['This is one.', 'This is two.'] },
  ];
  test.each(cases)('$text', ({ text, expected }) => {
    expect(inners(text)).toEqual(expected);
  });

  const negatives: Array<{ text: string; why: string }> = [
    { text: "Russia’s army and the country's economy don't rest.", why: 'apostrophes are not quotes' },
    { text: "The players' union met the owners' group.", why: 'plural possessives' },
    { text: '“An opening mark with no end.\nA new paragraph without marks.', why: 'unmatched mark is skipped' },
    { text: 'It rose 5" in the 1990s.', why: 'a lone straight mark' },
    { text: "rock 'n' roll in the '80s", why: 'elisions' },
  ];
  test.each(negatives)('no pair: $why', ({ text }) => {
    expect(inners(text)).toEqual([]);
  });

  test('never pairs across paragraphs', () => {
    const text = 'He said “one thing.\n\nThen another” happened.';
    expect(inners(text)).toEqual([]);
  });
});
