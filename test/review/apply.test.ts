import { applyReviews, isOpen, type ReviewedFlag } from '../../src/findings';
import { decisionFor } from '../../src/review/apply';
import type { ReviewDecision } from '../../src/review/store';
import type { Flag } from '../../src/types';

function flag(id: string, evidenceHash: string): Flag {
  return { id, kind: 'value-conflict', severity: 'error', claims: [], reason: 'r', evidence: [], evidenceHash };
}

function decision(flagId: string, d: ReviewDecision['decision'], evidenceHash: string, note?: string): ReviewDecision {
  return { flagId, decision: d, who: 'ana', when: '2024-05-01T09:00:00Z', evidenceHash, ...(note ? { note } : {}) };
}

describe('applyReviews and isOpen', () => {
  const table: Array<{ name: string; decision: ReviewDecision | null; flagHash: string; review: Partial<NonNullable<ReviewedFlag['review']>> | undefined; open: boolean }> = [
    { name: 'no decision: open', decision: null, flagHash: 'h1', review: undefined, open: true },
    { name: 'dismissed on the same evidence: closed', decision: decision('f', 'dismissed', 'h1', 'rounding'), flagHash: 'h1', review: { decision: 'dismissed', note: 'rounding', stale: false }, open: false },
    { name: 'dismissed but the evidence changed: open again', decision: decision('f', 'dismissed', 'h0'), flagHash: 'h1', review: { decision: 'dismissed', note: null, stale: true }, open: true },
    { name: 'confirmed: stays open (keeps failing)', decision: decision('f', 'confirmed', 'h1'), flagHash: 'h1', review: { decision: 'confirmed', stale: false }, open: true },
    { name: 'needs-work: stays open', decision: decision('f', 'needs-work', 'h1'), flagHash: 'h1', review: { decision: 'needs-work', stale: false }, open: true },
    { name: 'a decision on another flag does not apply', decision: decision('g', 'dismissed', 'h1'), flagHash: 'h1', review: undefined, open: true },
  ];
  it.each(table)('$name', ({ decision: d, flagHash, review, open }) => {
    const [out] = applyReviews([flag('f', flagHash)], { version: 1, decisions: d ? [d] : [] });
    if (review === undefined) expect(out.review).toBeUndefined();
    else expect(out.review).toMatchObject({ ...review, who: 'ana', when: '2024-05-01T09:00:00Z' });
    expect(isOpen(out)).toBe(open);
  });

  it('keeps the flags, their order and fields, and does not mutate them', () => {
    const flags = [flag('b', 'x'), flag('a', 'y')];
    const out = applyReviews(flags, [decision('a', 'dismissed', 'y')]);
    expect(out.map((f) => f.id)).toEqual(['b', 'a']);
    expect(out[1]).toMatchObject(flags[1]);
    expect('review' in flags[1]).toBe(false);
  });
});

describe('decisionFor', () => {
  it('records the flag id and its current evidence hash, and a note only when given', () => {
    expect(decisionFor(flag('f-9', 'h9'), 'confirmed', { who: 'ana', when: '2024-05-01T09:00:00Z' })).toEqual({
      flagId: 'f-9', decision: 'confirmed', who: 'ana', when: '2024-05-01T09:00:00Z', evidenceHash: 'h9',
    });
    expect(decisionFor(flag('f-9', 'h9'), 'dismissed', { who: 'bo', when: '2024-05-01T09:00:00Z', note: 'rounding' }).note).toBe('rounding');
    // A decision made now applies to the flag as it is now.
    const d = decisionFor(flag('f-9', 'h9'), 'dismissed', { who: 'bo', when: '2024-05-01T09:00:00Z' });
    expect(isOpen(applyReviews([flag('f-9', 'h9')], [d])[0])).toBe(false);
  });
});
