import { escapeHtml, escapeMarkdown, jsonForScript, markdownCode } from '../../src/report/escape';
import { splitEvidence } from '../../src/model/evidence';

describe('escapeHtml', () => {
  test.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"><img src=x onerror=alert(1)>', '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'],
    ["it's & more", 'it&#39;s &amp; more'],
    ['&amp; stays literal', '&amp;amp; stays literal'],
    ['plain text, “curly” quotes and $2.4 billion', 'plain text, “curly” quotes and $2.4 billion'],
    [null, ''],
    [42, '42'],
  ])('%p → %p', (input, expected) => expect(escapeHtml(input)).toBe(expected));
});

describe('jsonForScript', () => {
  test.each([
    ['</script><script>alert(1)</script>', '"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"'],
    ['<!-- a & b -->', '"\\u003c!-- a \\u0026 b --\\u003e"'],
    ['line\u2028sep', '"line\\u2028sep"'],
  ])('%p', (input, expected) => {
    const out = jsonForScript(input);
    expect(out).toBe(expected);
    expect(out).not.toMatch(/[<>&]/);
    expect(JSON.parse(out)).toBe(input);
  });
});

describe('escapeMarkdown', () => {
  test.each([
    ['a | b', 'a \\| b'],
    ['line one\nline two\r\nthree', 'line one line two three'],
    ['*not bold* and _not italic_', '\\*not bold\\* and \\_not italic\\_'],
    ['<b>html</b>', '\\<b\\>html\\</b\\>'],
    ['[link](http://x)', '\\[link\\](http://x)'],
    ['back\\slash', 'back\\\\slash'],
    ['issue #12', 'issue \\#12'],
    ['$2.4 billion, 12% (2023)', '$2.4 billion, 12% (2023)'],
  ])('%p → %p', (input, expected) => expect(escapeMarkdown(input)).toBe(expected));
});

describe('markdownCode', () => {
  test.each([
    ['f-cost', '`f-cost`'],
    ['a`b', '``a`b``'],
    ['`x', '`` `x ``'],
    ['a\nb', '`a b`'],
  ])('%p → %p', (input, expected) => expect(markdownCode(input)).toBe(expected));
});

describe('splitEvidence', () => {
  const sentence = { start: 100, end: 127, text: 'Trade rose to $189 billion.' };
  test.each<[string, { start: number; end: number }, string | undefined, [string, string, string]]>([
    ['span inside the sentence', { start: 114, end: 126 }, undefined, ['Trade rose to ', '$189 billion', '.']],
    ['span running past the sentence end', { start: 114, end: 200 }, undefined, ['Trade rose to ', '$189 billion.', '']],
    ['span starting before the sentence', { start: 50, end: 105 }, undefined, ['', 'Trade', ' rose to $189 billion.']],
    ['span outside: fall back to the claim words', { start: 0, end: 10 }, 'rose', ['Trade ', 'rose', ' to $189 billion.']],
    ['span outside and words absent: nothing marked', { start: 0, end: 10 }, 'fell', ['Trade rose to $189 billion.', '', '']],
  ])('%s', (_name, span, claimText, [before, match, after]) => {
    expect(splitEvidence(sentence, span, claimText)).toEqual({ before, match, after });
  });

  test('sentence text that does not line up with its offsets: find the words instead of trusting offsets', () => {
    const folded = { start: 0, end: 30, text: 'Trade rose to $189 billion.' };
    expect(splitEvidence(folded, { start: 14, end: 26 }, '$189 billion')).toEqual({ before: 'Trade rose to ', match: '$189 billion', after: '.' });
  });
});
