import { lexemes, tokenize } from '../../src/language/tokens';
import { tokenize as entityWords } from '../../src/extract/entities/tokens';

const texts = (ts: Array<{ text: string }>) => ts.map((t) => t.text);

describe('the word tokenizer', () => {
  it('joins initialisms, possessives, hyphens and digit groups; splits commas between letters', () => {
    expect(texts(tokenize('The U.S. and Putin’s no-limits 10,000 men,women.'))).toEqual(['The', 'U.S.', 'and', 'Putin’s', 'no-limits', '10,000', 'men', 'women']);
  });
});

describe('the entity view of it', () => {
  it('keeps the full stop of initials and listed abbreviations, not of a sentence end', () => {
    const text = 'Mr. John F. Kennedy met U.S. officials. They left.';
    expect(texts(entityWords(text))).toEqual(['Mr.', 'John', 'F.', 'Kennedy', 'met', 'U.S.', 'officials', 'They', 'left']);
  });
  it('gives offsets into the whole text and stops at the slice end', () => {
    const text = 'Said J. Smith.';
    const words = entityWords(text, 5, 6);
    expect(words).toEqual([{ text: 'J', start: 5, end: 6 }]);
    expect(entityWords(text, 5)).toEqual([{ text: 'J.', start: 5, end: 7 }, { text: 'Smith', start: 8, end: 13 }]);
  });
});

describe('the lexemes of the quantity rules', () => {
  it('make hyphens, signs and punctuation lexemes of their own', () => {
    const ls = lexemes('a two-day $1,200.5 rise');
    expect(texts(ls)).toEqual(['a', 'two', '-', 'day', '$', '1,200.5', 'rise']);
    expect(ls.map((l) => l.type)).toEqual(['word', 'word', 'punct', 'word', 'sym', 'num', 'word']);
    expect(ls[2].joined).toBe(true);
  });
});
