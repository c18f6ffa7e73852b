import { compareCorpus } from '../../src/compare';
import { makeArticle } from '../helpers/article';
import { scenario } from '../align/scenario';
import type { ScenarioArticle } from '../align/scenario';

const GDP: ScenarioArticle[] = [
  { id: 'a', published: '2024-02-01', text: "Kenya's economy grew 5.6% in 2023, the statistics office said on Thursday.", claims: [{ kind: 'quantity', text: '5.6%', q: { value: 5.6, unit: 'percent' }, period: '2023' }] },
  { id: 'b', published: '2024-02-02', text: "Kenya's economy grew 4.8% in 2022 before it picked up, the statistics office said.", claims: [{ kind: 'quantity', text: '4.8%', q: { value: 4.8, unit: 'percent' }, period: '2022' }] },
];

describe('compareCorpus', () => {
  it('counts duplicate articles (same content) as one source', () => {
    const { articles, extracted } = scenario([...GDP, { ...GDP[1], id: 'c' }]);
    const r = compareCorpus(articles, extracted, []);
    expect(r.duplicates).toEqual({ c: 'b' });
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0].claims.every((id) => !id.startsWith('c-'))).toBe(true);
    expect(r.storyOf.c).toBe(r.storyOf.b);
  });

  it('gives no groups and no flags for one article, or for articles without claims', () => {
    const one = scenario([GDP[0]]);
    const r1 = compareCorpus(one.articles, one.extracted, []);
    expect([r1.groups, r1.flags, r1.omissions]).toEqual([[], [], []]);
    expect(r1.stories).toHaveLength(1);
    const bare = [makeArticle('Nothing to see here.', '2024-01-01', 'txt', 'x'), makeArticle('Nor here.', '2024-01-02', 'txt', 'y')];
    const r2 = compareCorpus(bare, bare.map((a) => ({ id: a.id, file: a.file, title: null, published: a.published, claims: [] })), []);
    expect([r2.groups, r2.flags]).toEqual([[], []]);
  });

  it('is deterministic and independent of input order', () => {
    const { articles, extracted } = scenario(GDP);
    const r1 = compareCorpus(articles, extracted, []);
    const r2 = compareCorpus([...articles].reverse(), [...extracted].reverse(), []);
    expect(JSON.stringify(r2)).toBe(JSON.stringify(r1));
  });

  it('explains a different-period flag in plain words with per-article data', () => {
    const { articles, extracted } = scenario(GDP);
    const f = compareCorpus(articles, extracted, []).flags.find((x) => x.kind === 'different-period')!;
    expect(f.severity).toBe('info');
    expect(f.reason).toMatch(/a gives 5\.6% for 2023 and b gives 4\.8% for 2022: different reference periods, not a conflict/);
    expect(f.data).toMatchObject({ values: { a: ['5.6%'], b: ['4.8%'] }, periods: { a: ['2023'], b: ['2022'] } });
    expect(f.evidence.map((e) => e.sentence.text)).toEqual([articles[0].text, articles[1].text]);
  });

  it('keeps a flag id when the evidence sentence changes, and changes its evidence hash', () => {
    const before = scenario(GDP);
    const edited = scenario([{ ...GDP[0], text: GDP[0].text.replace('said on Thursday', 'said in Nairobi on Thursday') }, GDP[1]]);
    const f1 = compareCorpus(before.articles, before.extracted, []).flags.find((x) => x.kind === 'different-period')!;
    const f2 = compareCorpus(edited.articles, edited.extracted, []).flags.find((x) => x.kind === 'different-period')!;
    expect(f2.evidenceHash).not.toBe(f1.evidenceHash);
    // Claim ids here are positional, so the id of a flag on the same claims must not move.
    expect(f2.id).toBe(f1.id);
  });

  it('turns diverging framing concepts into flags and leaves agreeing ones alone', () => {
    const { articles, extracted } = scenario(GDP);
    const framing = [
      { concept: 'place', about: 'Name of the capital', divergence: 0.8, labels: { a: [{ label: 'Kyiv', text: 'Kenya', span: { start: 0, end: 5 } }], b: [{ label: 'Kiev', text: 'Kenya', span: { start: 0, end: 5 } }] } },
      { concept: 'same', about: 'Same label', divergence: 0, labels: { a: [{ label: 'economy', text: 'economy', span: { start: 8, end: 15 } }], b: [{ label: 'economy', text: 'economy', span: { start: 8, end: 15 } }] } },
    ];
    const flags = compareCorpus(articles, extracted, framing).flags.filter((f) => f.kind === 'framing-divergence');
    expect(flags).toHaveLength(1);
    expect(flags[0].severity).toBe('warning');
    expect(flags[0].reason).toContain('a says “Kyiv”; b says “Kiev”');
  });
});
