import * as fs from 'node:fs';
import * as path from 'node:path';
import { changeNumber, editFigureVaried, editRounded, editYearVaried, perturbationRates, roundedRestatement, runPerturbation, sampleArticles, shiftLastDigit } from '../../src/eval/perturbation';
import { extractArticle } from '../../src/extract';
import { makeArticle, SHARED } from '../helpers/article';

const BBC = path.join(SHARED, 'corpora/bbc-news');

describe('perturbation edits', () => {
  test('a changed figure moves its last significant digit beyond rounding', () => {
    expect(shiftLastDigit('62')).toBe('64');
    expect(shiftLastDigit('10.9')).toBe('10.7');
    expect(shiftLastDigit('1,500')).toBe('1,700');
  });
  test('other figure styles: the last digit moved by one, the figure doubled, the first digit moved', () => {
    expect(changeNumber('76', 0)).toBe('77');
    expect(changeNumber('£6', 0)).toBe('£7');
    expect(changeNumber('19', 0)).toBe('18');
    expect(changeNumber('11', 1)).toBe('10');
    expect(changeNumber('10', 1)).toBe('20');
    expect(changeNumber('102.6', 1)).toBe('102.5');
    expect(changeNumber('1,500', 2)).toBe('3,000');
    expect(changeNumber('750', 2)).toBe('1,500');
    expect(changeNumber('2.25', 2)).toBe('4.50');
    expect(changeNumber('45,000', 3)).toBe('55,000');
    expect(changeNumber('900', 3)).toBe('800');
  });
  test('the varied edits change another figure, or a year by one or two', () => {
    const a = makeArticle('Sales\n\nSales rose 62% to $11.1bn in 2004, and the firm hired 300 staff in March 2003.', null);
    const claims = extractArticle(a).claims;
    const f = editFigureVaried(a, claims, 0);
    // Not the first figure with a unit (editFigure's), and in the first style (last digit +1).
    expect(f?.text).toBe(a.text.replace('$11.1bn', '$11.2bn'));
    expect(editFigureVaried(a, claims, 5)?.text).toBe(a.text.replace('300 staff', '600 staff'));
    const y = editYearVaried(a, claims, 2);
    expect(y?.text).toBe(a.text.replace('2004', '2006'));
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
  test('an offset sample shares no article (nor a repeated text) with the default one', () => {
    const first = sampleArticles(BBC, 2);
    const other = sampleArticles(BBC, 2, 1, new Set(first.map((a) => a.contentHash)));
    expect(other).toHaveLength(first.length);
    expect(other.filter((a) => first.some((b) => b.id === a.id || b.contentHash === a.contentHash))).toEqual([]);
  });
  test('no error falls off the edit, and unrelated articles raise none', () => {
    expect(rates.strayErrors).toBe(0);
    expect(result.baseErrors).toBe(0);
  });
});
