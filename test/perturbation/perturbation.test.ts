import * as fs from 'node:fs';
import * as path from 'node:path';
import { editRounded, perturbationRates, roundedRestatement, runPerturbation, sampleArticles, shiftLastDigit } from '../../src/eval/perturbation';
import { extractArticle } from '../../src/extract';
import { makeArticle, SHARED } from '../helpers/article';

const BBC = path.join(SHARED, 'corpora/bbc-news');

describe('perturbation edits', () => {
  test('a changed figure moves its last significant digit beyond rounding', () => {
    expect(shiftLastDigit('62')).toBe('64');
    expect(shiftLastDigit('10.9')).toBe('10.7');
    expect(shiftLastDigit('1,500')).toBe('1,700');
  });
  test('rounded restatements read as a reader would round', () => {
    expect(roundedRestatement('62', '%', 0)).toEqual({ prefix: 'more than ', num: '60' });
    expect(roundedRestatement('43,885,310', ' in', 0)).toEqual({ prefix: '', num: '43.9', suffix: ' million' });
    expect(roundedRestatement('11.1', 'bn', 0)).toEqual({ prefix: 'more than ', num: '11' });
    expect(roundedRestatement('75,000', '', 1)).toEqual({ prefix: 'more than ', num: '74,000' });
  });
  test('the rounded copy keeps the rest of the text', () => {
    const a = makeArticle('Sales\n\nSales rose 62% in the year, the firm said.', null);
    const e = editRounded(a, extractArticle(a).claims, 0);
    expect(e?.text).toBe('Sales\n\nSales rose more than 60% in the year, the firm said.');
  });
});

(fs.existsSync(BBC) ? describe : describe.skip)('perturbation suite on bbc-news (small sample)', () => {
  const result = runPerturbation(sampleArticles(BBC, 2));
  const rates = perturbationRates(result);
  test('the sample covers every edit kind', () => {
    for (const k of result.kinds) expect(k.copies).toBeGreaterThan(0);
  });
  test('controls, rounded restatements and paraphrases raise no error', () => {
    expect(rates.controlErrors).toBe(0);
    expect(rates.roundedErrors).toBe(0);
    expect(rates.paraphraseErrors).toBe(0);
  });
  test('changed figures, years and quoted words are flagged on the edited claim', () => {
    expect(rates.quotesFlagged).toBeGreaterThanOrEqual(0.9);
    expect(rates.figuresFlagged).toBeGreaterThanOrEqual(0.95);
  });
  test('no error falls off the edit, and unrelated articles raise none', () => {
    expect(rates.strayErrors).toBe(0);
    expect(result.baseErrors).toBe(0);
  });
});
