import fc from 'fast-check';
import { alignQuotes, quoteMatch, sharedWordCount } from '../../src/align/quotes';
import { quoteWordSimilarity } from '../../src/align/score';

// The word diff of two quotes is skipped where it cannot match (quotes.ts, score.ts). These properties are the
// premises of those skips, on random quotes over a small vocabulary (so that long shared runs do occur).
const words = fc.array(fc.constantFrom('the', 'tax', 'will', 'rise', 'a', 'we', 'not', 'cut', 'of', 'jobs'), { minLength: 1, maxLength: 30 });

describe('quote match prefilters', () => {
  it('no alignment matches more words than the quotes share', () => {
    fc.assert(
      fc.property(words, words, (a, b) => {
        const al = alignQuotes(a, b);
        expect(al === null || al.matched <= sharedWordCount(a, b)).toBe(true);
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('a match always shares a word pair (score.ts skips the diff without one)', () => {
    fc.assert(
      fc.property(words, words, (a, b) => {
        if (quoteMatch(a, b) !== null) expect(quoteWordSimilarity(a, b)).toBeGreaterThan(0);
      }),
      { numRuns: 500, seed: 11 },
    );
  });

  it('counts shared words with repeats and stops at the bound', () => {
    expect(sharedWordCount(['a', 'a', 'b'], ['a', 'b', 'b', 'a', 'a'])).toBe(3);
    expect(sharedWordCount(['a', 'a', 'b'], ['a', 'a'], 1)).toBe(1);
    expect(sharedWordCount(['x'], ['y'])).toBe(0);
  });

  it('still finds an excerpt and an altered quote', () => {
    const long = 'we will not raise the tax on working families this year or next'.split(' ');
    expect(quoteMatch(long, long.slice(2, 11))).not.toBeNull();
    const altered = [...long];
    altered[5] = 'levy';
    expect(quoteMatch(long, altered)).toBe('altered');
  });
});
