import type { Claim, Flag, Group, Report } from '../../src/types';
import type { BasilClaim, BasilEventGold } from '../../src/eval/basil-gold';
import { scoreBasil } from '../../src/eval/basil';

// A synthetic event: the scorer's arithmetic is checked on a report built by hand, without the corpus.
const gq = (id: string, articleId: string, start: number): BasilClaim => ({
  id, articleId, kind: 'quantity', text: 'x', span: { start, end: start + 5 }, value: { value: 1, unit: null, bound: '=' },
});
const gold: BasilEventGold = {
  event: 't01', about: '', file: 't01.json', articles: ['t01-fox', 't01-nyt', 't01-hpo'],
  claims: [gq('fox-q1', 't01-fox', 0), gq('nyt-q1', 't01-nyt', 0), gq('hpo-q1', 't01-hpo', 0), gq('fox-q2', 't01-fox', 20), gq('nyt-q2', 't01-nyt', 20), gq('nyt-q3', 't01-nyt', 40)],
  groups: [
    { id: 'g1', about: '', verdict: 'agree', claims: ['fox-q1', 'nyt-q1', 'hpo-q1'] },
    { id: 'g2', about: '', verdict: 'conflict', claims: ['fox-q2', 'nyt-q2'] },
  ],
  mustNotAlign: [{ id: 'x1', a: ['nyt-q3'], b: ['fox-q1'], reason: '' }],
  framing: [{ id: 'f1', about: '', labels: { 't01-fox': [{ label: 'a', text: 'a', span: { start: 60, end: 65 } }], 't01-nyt': [{ label: 'b', text: 'b', span: { start: 60, end: 66 } }] } }],
  omissions: [{ id: 'o1', about: '', claims: ['nyt-q3'], missingFrom: ['t01-fox', 't01-hpo'] }],
};

const claim = (id: string, articleId: string, start: number): Claim => ({
  id, articleId, kind: 'quantity', text: 'x', span: { start: start + 1, end: start + 4 }, sentence: { start, end: start + 10, text: 'x' },
  quantity: { value: 1, unit: null, bound: '=', approximate: false },
});
const flag = (id: string, kind: Flag['kind'], severity: Flag['severity'], claims: string[], data?: Record<string, unknown>): Flag => ({
  id, kind, severity, claims, reason: id, evidence: [], evidenceHash: '', ...(data ? { data } : {}),
});
const group = (id: string, verdict: Group['verdict'], claims: string[]): Group => ({ id, about: '', kind: 'quantity', verdict, claims, why: { keys: [], scores: {}, summary: '' } });

const report: Report = {
  tool: { name: 'claimdiff', version: '0', extractorVersion: '0' }, corpus: '', notices: [],
  articles: ['t01-fox', 't01-nyt', 't01-hpo', 't02-fox'].map((id) => ({ id, file: id, outlet: null, published: null, title: null, story: 's1', contentHash: '' })),
  stories: [{ id: 's1', label: '', articles: ['t01-fox', 't01-nyt', 't01-hpo', 't02-fox'] }],
  claims: [claim('a', 't01-fox', 0), claim('b', 't01-nyt', 0), claim('c', 't01-hpo', 0), claim('d', 't01-fox', 20), claim('e', 't01-nyt', 20), claim('f', 't01-nyt', 40), claim('u', 't01-hpo', 80)],
  groups: [group('r1', 'agree', ['a', 'b', 'f', 'u']), group('r2', 'agree', ['d', 'e'])],
  flags: [
    flag('fl1', 'value-conflict', 'warning', ['d', 'e']),
    flag('fl2', 'value-conflict', 'error', ['a', 'c']),
    flag('fl3', 'omission', 'info', ['c'], { missingFrom: ['t01-fox'] }),
    flag('fl4', 'omission', 'info', ['f'], { missingFrom: ['t01-fox', 't01-hpo'] }),
    flag('fl5', 'omission', 'info', ['u'], { missingFrom: ['t01-fox'] }),
  ],
  framing: [{ concept: 'c1', about: '', divergence: 1, labels: { 't01-fox': [{ label: 'a', text: 'a', span: { start: 62, end: 63 } }], 't01-nyt': [{ label: 'b', text: 'b', span: { start: 64, end: 70 } }] } }],
  omissions: [],
};
const stories = [{ articles: ['t01-fox', 't01-nyt', 't01-hpo'] }, { articles: ['t02-fox', 't02-nyt'] }];

describe('scoreBasil', () => {
  const s = scoreBasil(report, [gold], stories);
  const e = s.events[0];

  it('scores story clustering by same-story article pairs', () => {
    // predicted: 6 pairs among 4 articles, 3 of them right; gold: 3 + 1 pairs
    expect(s.stories).toMatchObject({ predictedPairs: 6, goldPairs: 4, tp: 3, precision: 0.5, recall: 0.75 });
  });
  it('judges pairs over matched claims only, and counts look-alikes apart', () => {
    // gold pairs: a-b a-c b-c d-e; predicted (matched): a-b, a-f (fox-nyt), d-e; b-f same article; u unannotated
    expect(e.pairs).toMatchObject({ gold: 4, predicted: 3, tp: 2, unjudged: 3, precision: 0.667, recall: 0.5 });
    expect(e.mustNotAlign).toEqual({ pairs: 1, violations: 1 });
  });
  it('scores verdicts on recovered groups', () => {
    expect(e.verdicts).toEqual({ groups: 2, recovered: 2, right: 1 });
    expect(s.perVerdict.find((v) => v.verdict === 'conflict')).toMatchObject({ groups: 1, recovered: 1, right: 0 });
  });
  it('counts a warning-level conflict flag as flagged, and unbacked error flags as false', () => {
    expect(e.conflicts).toEqual({ gold: 1, flagged: 1, flaggedAsError: 0 });
    expect(e.falseConflicts).toBe(1);
    expect(s.details.falseConflicts.map((f) => f.id)).toEqual(['fl2']);
  });
  it('finds framing concepts by label overlap in 2+ articles', () => expect(e.framing).toEqual({ hit: 1, total: 1 }));
  it('calls an omission flag false when the gold group has the fact in an article it names', () => {
    // fl3: hpo-q1 said missing from fox, where fox-q1 states it; fl4 is the gold omission; fl5 is unannotated
    expect(e.omissions).toEqual({ gold: 1, found: 1, flags: 3, falseFlags: 1, judged: 2 });
  });
});
