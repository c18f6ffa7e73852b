import type { ClaimFeatures } from '../../src/align/features';
import { buildGroups, MIN_SUPPORT, MIN_SUPPORT_SAME_DATE, type ScoredPair } from '../../src/align/groups';
import type { PairScore } from '../../src/align/score';

/** A date claim's features, with only what grouping reads. */
function date(article: string, text = 'Tuesday', value = '2014-06-10'): ClaimFeatures {
  const sentence = `The vote was counted ${text}.`;
  return {
    articleId: article,
    claim: { id: `${article}-d`, articleId: article, kind: 'date', text, span: { start: 21, end: 21 + text.length }, sentence: { start: 0, end: sentence.length, text: sentence }, time: { type: 'DATE', value, expression: text, anchored: true } },
    measure: new Set(['count']),
    countries: new Set(),
  } as unknown as ClaimFeatures;
}
const link = (i: number, j: number, score: number, threshold: number, keys: string[]): ScoredPair => ({
  i,
  j,
  score: { compatible: true, score, threshold, agree: true, keys, scores: {} } as PairScore,
});

describe('buildGroups: the same day worded apart by each outlet', () => {
  const fs = [date('a'), date('b'), date('c')];
  // a–b and b–c are linked on shared words; a and c share none (support 0.04 of 1).
  const far = link(0, 2, 0.04, 1.01, ['date:same']);
  it('merges on a worded link with the lower support that agreeing dates need', () => {
    expect(MIN_SUPPORT_SAME_DATE).toBeLessThan(MIN_SUPPORT);
    const groups = buildGroups(fs, [link(0, 1, 0.5, 0.1, ['date:same', 'word:count']), link(1, 2, 0.45, 0.1, ['date:same', 'word:vote']), far]);
    expect(groups).toHaveLength(1);
    expect(groups[0].claims).toHaveLength(3);
  });
  it('does not merge when the link names no shared word (a person alone)', () => {
    const groups = buildGroups(fs, [link(0, 1, 0.5, 0.1, ['date:same', 'word:count']), link(1, 2, 0.45, 0.1, ['date:same']), far]);
    expect(groups).toHaveLength(1);
    expect(groups[0].claims).toHaveLength(2);
  });
});
