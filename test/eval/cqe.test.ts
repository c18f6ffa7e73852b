import { cqeUnitOf, matchSentence, predictSentence, parseCqeValue, scoreCqeSentences, unitsMatch, valuesMatch, type PredictedQuantity } from '../../src/eval/cqe';

const p = (value: string, unit: string, text = value): PredictedQuantity => ({ text, value: { ...parseCqeValue(value), decimals: 0 }, unit });

describe('CQE scorer', () => {
  it('reads values and ranges', () => {
    expect(parseCqeValue('75000000')).toEqual({ low: 75000000, decimals: 0 });
    expect(parseCqeValue('-5')).toEqual({ low: -5, decimals: 0 });
    expect(parseCqeValue('4-5.6')).toEqual({ low: 4, high: 5.6, decimals: 1 });
    expect(parseCqeValue('-20')).toEqual({ low: -20, decimals: 0 });
  });

  it('matches values to the gold decimals and ranges only to ranges', () => {
    expect(valuesMatch(parseCqeValue('0.33'), { low: 1 / 3, decimals: 0 })).toBe(true);
    expect(valuesMatch(parseCqeValue('100'), { low: 101, decimals: 0 })).toBe(false);
    expect(valuesMatch(parseCqeValue('8-10'), { low: 8, decimals: 0 })).toBe(false);
    expect(valuesMatch(parseCqeValue('8-10'), { low: 8, high: 10, decimals: 0 })).toBe(true);
  });

  it('maps claimdiff units to CQE names and compares counted nouns by their head', () => {
    expect(cqeUnitOf({ unit: 'USD' })).toBe('dollar');
    expect(cqeUnitOf({ unit: 'USD-per-share' })).toBe('dollar per share');
    expect(cqeUnitOf({ unit: 'percent' })).toBe('percentage');
    expect(cqeUnitOf({ unit: null })).toBe('-');
    expect(cqeUnitOf({ unit: 'year', measure: 'age' })).toBe('year of age');
    expect(cqeUnitOf({ unit: 'month', measure: 'age' })).toBe('month of age');
    expect(cqeUnitOf({ unit: 'tonne-per-year' })).toBe('metric ton per year');
    expect(cqeUnitOf({ unit: 'mile-per-hour' })).toBe('mile per hour');
    expect(unitsMatch('people', 'person')).toBe(true);
    expect(unitsMatch('fighter jet', 'jet')).toBe(true);
    expect(unitsMatch('square metre', 'metre')).toBe(false);
    expect(unitsMatch('dollar', 'euro')).toBe(false);
  });

  it('counts one-to-one matches and computes precision, recall and F1', () => {
    // gold: 3 quantities; predicted: 4, of which 2 have the value right and 1 also the unit.
    const m = matchSentence(
      [
        { value: '5000000', normalized_unit: 'dollar' },
        { value: '27', normalized_unit: 'percentage' },
        { value: '3', normalized_unit: 'year' },
      ],
      [p('5000000', 'dollar'), p('27', 'count'), p('27', 'percentage'), p('12', 'month')],
    );
    expect(m.counts).toEqual({ gold: 3, predicted: 4, valueTp: 2, unitTp: 2 });
    expect(m.detail.misses).toEqual(['3 year']);
    expect(m.detail.extras).toHaveLength(2);

    const s = scoreCqeSentences('t.json', [
      { text: 'a', quantities: [{ value: '1', normalized_unit: 'dollar' }, { value: '2', normalized_unit: 'euro' }] },
      { text: 'b', quantities: [] },
    ], (text) => (text === 'a' ? [p('1', 'dollar'), p('2', 'dollar')] : [p('9', '-')]));
    // value: tp 2, predicted 3, gold 2 → P 2/3, R 1; value+unit: tp 1 → P 1/3, R 1/2
    expect(s.score.value.precision).toBeCloseTo(2 / 3);
    expect(s.score.value.recall).toBe(1);
    expect(s.score.value.f1).toBeCloseTo(0.8);
    expect(s.score.valueUnit.precision).toBeCloseTo(1 / 3);
    expect(s.score.valueUnit.recall).toBeCloseTo(0.5);
    expect(s.score.valueUnit.f1).toBeCloseTo(0.4);
    expect(s.details.map((d) => d.text)).toEqual(['a', 'b']);
  });

  it('scores a vague magnitude by its low end and an approximate range by both ends', () => {
    expect(predictSentence('Thousands of people came.').map((x) => x.value)).toEqual([{ low: 1000, decimals: 0 }]);
    expect(predictSentence('He is about 40 to 50 years old.').map((x) => x.value)).toEqual([{ low: 40, high: 50, decimals: 0 }]);
  });
});
