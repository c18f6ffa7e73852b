import fc from 'fast-check';
import { extractArticle } from '../../src/extract';
import { validateExtraction } from '../../src/report';
import { makeArticle } from '../helpers/article';

/**
 * Word tables must be looked up with own-property semantics: a plain object finds "constructor", "toString" or
 * "__proto__" in itself, which once crashed extraction ("vague is not iterable") and gave `value: null`.
 * Every Object.prototype key goes through every extractor, alone, after numbers and in sentences.
 */
const KEYS = Object.getOwnPropertyNames(Object.prototype);
const variants = (k: string): string[] => [k, k.toLowerCase(), k[0].toUpperCase() + k.slice(1)];

/** Frames a key is put in: after digits, number words, currency, scale; before "of"; in dates and quotes. */
const FRAMES: Array<(k: string) => string> = [
  (k) => k,
  (k) => `5 ${k}`,
  (k) => `twenty ${k}`,
  (k) => `$5 ${k} and 3 ${k}s`,
  (k) => `between 5 and 7 ${k}`,
  (k) => `about 2.5 million ${k}, up 4% from ${k} 2020.`,
  (k) => `${k} of thousands of ${k} were ${k} on ${k} 12 ${k} last ${k}.`,
  (k) => `The ${k} rose to €1.2 ${k} in the ${k} half of ${k}, a 30-${k} ${k}.`,
  (k) => `"${k} ${k}," ${k} said. ${k} ${k} told the ${k} ministry: "We paid 9 ${k}."`,
  (k) => `In early ${k}, the ${k} ${k} of 2021, ${k} minister ${k} ${k} visited ${k} for the ${k} time.`,
  (k) => `${k} 5 to 6 ${k}, ${k} 71-year-old, the ${k} 3rd ${k} ${k}-long`,
];

function check(text: string): void {
  const out = extractArticle(makeArticle(text, '2024-05-16'));
  expect(validateExtraction({ articles: [out] })).toEqual([]);
  for (const c of out.claims) if (c.kind === 'quantity') expect(Number.isFinite(c.quantity.value)).toBe(true);
}

describe('Object.prototype keys as words (property)', () => {
  it.each(KEYS)('%s in every frame: no throw, schema-valid output', (key) => {
    for (const k of variants(key)) for (const frame of FRAMES) check(frame(k));
  });

  it('any mix of prototype keys, number words and figures', () => {
    const word = fc.oneof(
      fc.constantFrom(...KEYS),
      fc.constantFrom('5', 'twenty', 'million', 'of', 'the', '$', '%', '-', 'to', 'and', 'per', 'a', 'May', 'said', '"', ',', '.', '2020', 'years'),
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 14 }), (words) => {
        check(words.join(' '));
      }),
      { numRuns: 200 },
    );
  });
});
