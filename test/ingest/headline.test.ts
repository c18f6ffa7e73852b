import { findHeadline } from '../../src/ingest/article';

/** The contract's .txt rule, as the text it selects (null: no headline). */
function headline(text: string): string | null {
  const h = findHeadline(text);
  return h ? text.slice(h.start, h.end) : null;
}

describe('findHeadline (.txt first-line rule)', () => {
  const long = 'A'.repeat(201);
  const cases: Array<[string, string, string | null]> = [
    ['followed by a blank line', 'Fleet returns to port.\n\nThe boats came back on Friday.', 'Fleet returns to port.'],
    ['blank line with spaces', 'Fleet returns to port.\n   \nThe boats came back.', 'Fleet returns to port.'],
    ['short, no final punctuation', 'Fleet returns to port\nThe boats came back on Friday.', 'Fleet returns to port'],
    ['ends with a question mark, no blank line', 'Will the fleet return?\nThe boats came back.', null],
    ['ends with a full stop and closing quote', 'He said “we will return.”\nThe boats came back.', null],
    ['ends with an exclamation and straight quote', 'They shouted "back!"\nThe boats came back.', null],
    ['a lede: sentence-final, no blank line', 'The boats came back on Friday after a week at sea.\nOfficials said all crews were safe.', null],
    ['over 200 characters, no punctuation, no blank line', `${long}\nBody.`, null],
    ['over 200 characters followed by a blank line', `${long}.\n\nBody.`, `${long}.`],
    ['exactly 200 characters', `${'B'.repeat(200)}\nBody.`, 'B'.repeat(200)],
    ['200 code points of astral characters', `${'𝐀'.repeat(200)}\nBody.`, '𝐀'.repeat(200)],
    ['a one-line text that is a title', 'Fleet returns to port', 'Fleet returns to port'],
    ['a one-line text that is a sentence', 'The fleet returned to port.', null],
    ['CRLF line ends', 'Fleet returns to port\r\n\r\nThe boats came back.', 'Fleet returns to port'],
    ['trailing spaces are not part of it', 'Fleet returns to port   \nThe boats came back.', 'Fleet returns to port'],
    ['a blank first line', '\nFleet returns to port\n\nBody.', null],
    ['empty text', '', null],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(headline(text)).toBe(expected);
  });
});
