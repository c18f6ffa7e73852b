import { parseTimeML } from '../../src/eval/timeml-read';
import { emptyCounts, goldSpans, measures, pairTimexes, scoreDocument, type TimexSpan } from '../../src/eval/timeml';

/** A hand-made TimeML document (not dev data): three gold times, one entity, one nested EVENT tag. */
const DOC = `<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
AT&amp;T <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> that sales rose for <TIMEX3 tid="t2" type="DURATION" value="P3Y">the past three years</TIMEX3> and will rise <TIMEX3 tid="t3" type="SET" value="P1Y">annually</TIMEX3>.
</TEXT>
</TimeML>`;

function span(text: string, phrase: string, type: TimexSpan['type'], value: string): TimexSpan {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`no "${phrase}"`);
  return { start, end: start + phrase.length, text: phrase, type, value };
}

describe('TimeML reader', () => {
  const doc = parseTimeML(DOC);
  it('takes the text without tags, entities decoded, and each TIMEX3 span in it', () => {
    expect(doc.id).toBe('TEST1');
    expect(doc.dct).toBe('1998-01-08');
    expect(doc.text).toBe('\nAT&T said yesterday that sales rose for the past three years and will rise annually.\n');
    expect(doc.timexes.map((t) => [t.text, t.type, t.value])).toEqual([
      ['yesterday', 'DATE', '1998-01-07'],
      ['the past three years', 'DURATION', 'P3Y'],
      ['annually', 'SET', 'P1Y'],
    ]);
    for (const t of doc.timexes) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('TempEval-3 timex scoring', () => {
  const doc = parseTimeML(DOC);
  const gold = goldSpans(doc.timexes);
  // exact and right; overlapping with a wrong value; overlapping with the wrong type; one extra
  const predicted = [
    span(doc.text, 'yesterday', 'DATE', '1998-01-07'),
    span(doc.text, 'three years', 'DURATION', 'P2Y'),
    span(doc.text, 'rise annually', 'DATE', 'P1Y'),
    span(doc.text, 'sales', 'DATE', 'PRESENT_REF'),
  ];

  it('counts strict, relaxed, type and value matches', () => {
    const counts = emptyCounts();
    const issues = scoreDocument(doc.id, doc.text, gold, predicted, counts);
    expect(counts).toEqual({ documents: 1, gold: 3, predicted: 4, strict: 1, relaxed: 3, typeRight: 2, valueRight: 2 });
    expect(issues.map((i) => i.kind).sort()).toEqual(['extra', 'type', 'value']);
  });

  it('computes P/R/F1 and value F1 = relaxed F1 × value accuracy', () => {
    const counts = emptyCounts();
    scoreDocument(doc.id, doc.text, gold, predicted, counts);
    const m = measures(counts);
    expect(m.strict.precision).toBeCloseTo(1 / 4);
    expect(m.strict.recall).toBeCloseTo(1 / 3);
    expect(m.strict.f1).toBeCloseTo((2 * (1 / 4) * (1 / 3)) / (1 / 4 + 1 / 3));
    expect(m.relaxed.precision).toBeCloseTo(3 / 4);
    expect(m.relaxed.recall).toBeCloseTo(1);
    expect(m.relaxed.f1).toBeCloseTo(6 / 7);
    expect(m.valueAccuracy).toBeCloseTo(2 / 3);
    expect(m.valueF1).toBeCloseTo((6 / 7) * (2 / 3));
    expect(m.typeF1).toBeCloseTo((6 / 7) * (2 / 3));
  });

  it('pairs one to one: two predictions inside one gold time match it once', () => {
    const split = [span(doc.text, 'the past', 'DATE', 'PAST_REF'), span(doc.text, 'three years', 'DURATION', 'P3Y')];
    const pairs = pairTimexes(gold, split);
    expect(pairs).toEqual([[1, 1]]);
  });
});
