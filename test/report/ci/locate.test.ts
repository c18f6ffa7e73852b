import fc from 'fast-check';
import { LineIndex, lineCol } from '../../../src/report/ci/locate';

describe('lineCol', () => {
  const table: Array<{ text: string; offset: number; line: number; col: number }> = [
    { text: 'abc', offset: 0, line: 1, col: 1 },
    { text: 'abc', offset: 2, line: 1, col: 3 },
    { text: 'abc', offset: 3, line: 1, col: 4 },
    { text: 'a\nb', offset: 1, line: 1, col: 2 },
    { text: 'a\nb', offset: 2, line: 2, col: 1 },
    { text: 'a\r\nb', offset: 3, line: 2, col: 1 },
    // Inside a CRLF pair: still the first line.
    { text: 'a\r\nb', offset: 2, line: 1, col: 3 },
    { text: 'a\rb', offset: 2, line: 2, col: 1 },
    { text: '\n\n', offset: 2, line: 3, col: 1 },
    { text: '\r\n\r\nx', offset: 4, line: 3, col: 1 },
    // An astral character takes two UTF-16 code units, hence two columns.
    { text: '😀x', offset: 2, line: 1, col: 3 },
    { text: 'é\n😀😀y', offset: 6, line: 2, col: 5 },
    // No-break space and U+2028 are not line breaks here (editors and GitHub count CR/LF only).
    { text: 'a\u00a0b\u2028c', offset: 4, line: 1, col: 5 },
    { text: '', offset: 0, line: 1, col: 1 },
    { text: 'ab', offset: -5, line: 1, col: 1 },
    { text: 'ab', offset: 99, line: 1, col: 3 },
  ];
  it.each(table)('$text @ $offset → $line:$col', ({ text, offset, line, col }) => {
    expect(lineCol(text, offset)).toEqual({ line, col });
  });

  it('agrees with splitting the text on line breaks (property)', () => {
    const chars = fc.constantFrom('a', 'b', ' ', '\n', '\r', '😀', 'é');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }).map((a) => a.join('')), fc.nat(), (text, n) => {
        const offset = n % (text.length + 1);
        const { line, col } = lineCol(text, offset);
        // Rebuild the offset from the lines the usual way.
        const parts = text.split(/(\r\n|\r|\n)/);
        let o = 0;
        for (let i = 0; i < (line - 1) * 2; i++) o += parts[i].length;
        expect(o + col - 1).toBe(offset);
        expect(col - 1).toBeLessThanOrEqual((parts[(line - 1) * 2] ?? '').length + 1);
      }),
    );
  });
});

describe('LineIndex.region', () => {
  const text = 'one two\nthree 😀 four\r\nfive';
  const table: Array<{ name: string; start: number; end: number; region: [number, number, number, number] }> = [
    { name: 'a word', start: 4, end: 7, region: [1, 5, 1, 8] },
    { name: 'ending just before a line break stays on its line', start: 0, end: 7, region: [1, 1, 1, 8] },
    { name: 'a span including the line break ends on it', start: 4, end: 8, region: [1, 5, 1, 9] },
    { name: 'over two lines', start: 4, end: 13, region: [1, 5, 2, 6] },
    { name: 'after an astral character', start: 17, end: 21, region: [2, 10, 2, 14] },
    { name: 'the astral character itself', start: 14, end: 16, region: [2, 7, 2, 9] },
    { name: 'after CRLF', start: 23, end: 27, region: [3, 1, 3, 5] },
    { name: 'an empty span', start: 4, end: 4, region: [1, 5, 1, 5] },
  ];
  it.each(table)('$name', ({ start, end, region }) => {
    expect(text.slice(start, end).length).toBe(end - start);
    const r = new LineIndex(text).region({ start, end });
    expect([r.startLine, r.startColumn, r.endLine, r.endColumn]).toEqual(region);
    expect([r.charOffset, r.charLength]).toEqual([start, end - start]);
  });
});
