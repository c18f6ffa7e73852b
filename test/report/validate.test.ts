import { validateExtraction, validateReport } from '../../src/report/validate';
import type { Report } from '../../src/types';
import { HOSTILE, makeReport } from './fixtures';

/** A deep copy to mutate one field per case. */
function mutated(change: (r: Report & Record<string, unknown>) => void): unknown {
  const r = structuredClone(makeReport()) as Report & Record<string, unknown>;
  change(r);
  return r;
}

describe('validateReport', () => {
  test('the fixture is a valid report', () => {
    expect(validateReport(makeReport())).toEqual([]);
  });

  test('hostile text is still valid data (escaping is the renderers\' job)', () => {
    expect(validateReport(makeReport(HOSTILE))).toEqual([]);
  });

  test('further top-level fields and further flag kinds are welcome', () => {
    expect(validateReport(mutated((r) => {
      r.extra = { anything: true };
      r.flags[0]!.kind = 'number-rounding' as never;
    }))).toEqual([]);
  });

  const invalid: Array<[string, (r: Report & Record<string, unknown>) => void, RegExp]> = [
    ['missing top-level field', (r) => { delete (r as Partial<Report>).omissions; }, /must have required property 'omissions'/],
    ['unknown severity', (r) => { r.flags[0]!.severity = 'fatal' as never; }, /\/flags\/0\/severity must be equal to one of the allowed values \(error, warning, info\)/],
    ['unknown verdict', (r) => { r.groups[0]!.verdict = 'maybe' as never; }, /\/groups\/0\/verdict/],
    ['quantity claim without its quantity', (r) => { delete (r.claims[0] as Partial<Report['claims'][number]> & { quantity?: unknown }).quantity; }, /\/claims\/0 must have required property 'quantity'/],
    ['bad bound', (r) => { (r.claims[0] as { quantity: { bound: string } }).quantity.bound = '!='; }, /\/claims\/0\/quantity\/bound/],
    ['non-integer offset', (r) => { r.claims[1]!.span.start = 1.5; }, /\/claims\/1\/span\/start must be integer/],
    ['timex type', (r) => { (r.claims[1] as { time: { type: string } }).time.type = 'DAY'; }, /\/claims\/1\/time\/type/],
    ['published not a date', (r) => { r.articles[0]!.published = '12 March 2024'; }, /\/articles\/0\/published/],
    ['tool name', (r) => { (r.tool as { name: string }).name = 'other'; }, /\/tool\/name must be equal to constant/],
    ['flag without reason', (r) => { r.flags[2]!.reason = ''; }, /\/flags\/2\/reason/],
    ['group names an unknown claim', (r) => { r.groups[0]!.claims.push('c-nope'); }, /\/groups\/0\/claims\/2 unknown claim "c-nope"/],
    ['claim in two groups', (r) => { r.groups[1]!.claims.push('c-a-cost'); }, /claim "c-a-cost" is already in group "g-cost"/],
    ['flag names an unknown group', (r) => { r.flags[0]!.group = 'g-nope'; }, /\/flags\/0\/group unknown group "g-nope"/],
    ['duplicate flag id', (r) => { r.flags[1]!.id = r.flags[0]!.id; }, /\/flags\/1\/id duplicate id "f-cost"/],
    ['omission missing from an unknown article', (r) => { r.omissions[0]!.missingFrom = ['zz']; }, /\/omissions\/0\/missingFrom\/0 unknown article "zz"/],
    ['framing names an unknown article', (r) => { r.framing[0]!.labels.zz = []; }, /\/framing\/0\/labels unknown article "zz"/],
    ['span backwards', (r) => { r.claims[2]!.span = { start: 10, end: 4 }; }, /\/claims\/2\/span span start 10 is after its end 4/],
  ];
  test.each(invalid)('rejects: %s', (_name, change, message) => {
    const errors = validateReport(mutated(change));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(message);
  });
});

describe('validateExtraction', () => {
  const extraction = () => {
    const r = makeReport();
    return {
      articles: r.articles.map((a) => ({
        id: a.id, file: a.file, title: a.title, published: a.published,
        claims: r.claims.filter((c) => c.articleId === a.id),
      })),
    };
  };

  test('claims grouped per article are a valid extraction', () => {
    expect(validateExtraction(extraction())).toEqual([]);
    expect(validateExtraction({ articles: [] })).toEqual([]);
  });

  test('a further claim kind without kind-specific fields is accepted', () => {
    const doc = extraction();
    (doc.articles[0]!.claims as unknown[]).push({
      id: 'c-x', articleId: 'a01', kind: 'ranking', text: 'x', span: { start: 0, end: 1 }, sentence: { start: 0, end: 2, text: 'xy' },
    });
    expect(validateExtraction(doc)).toEqual([]);
  });

  test.each<[string, (d: ReturnType<typeof extraction>) => void, RegExp]>([
    ['no articles field', (d) => { delete (d as Partial<typeof d>).articles; }, /must have required property 'articles'/],
    ['claim of another article', (d) => { d.articles[0]!.claims[0]!.articleId = 'b02'; }, /articleId "b02" is not the article's id "a01"/],
    ['quote without speaker field', (d) => { delete (d.articles[0]!.claims.find((c) => c.kind === 'quote') as { quote: Partial<{ speaker: unknown }> }).quote.speaker; }, /must have required property 'speaker'/],
    ['date claim without time', (d) => { delete (d.articles[2]!.claims.find((c) => c.kind === 'date') as Partial<{ time: unknown }>).time; }, /must have required property 'time'/],
    ['duplicate claim id', (d) => { d.articles[1]!.claims[1]!.id = d.articles[1]!.claims[0]!.id; }, /duplicate id/],
  ])('rejects: %s', (_name, change, message) => {
    const doc = extraction();
    change(doc);
    expect(validateExtraction(doc).join('\n')).toMatch(message);
  });
});
