import { SEVERITY } from '../../src/compare/flags';
import { dedupeFlags, filterByReviewState, filterBySeverity, processFindings, reviewState, sortBySeverity } from '../../src/findings';
import { FLAG_KINDS, flagKindMeta } from '../../src/model/flag-kinds';
import type { Flag, Severity } from '../../src/types';

const flag = (id: string, severity: Severity, evidenceHash = `h-${id}`): Flag => ({ id, kind: 'value-conflict', severity, claims: [], reason: id, evidence: [], evidenceHash });
const FLAGS = [flag('a', 'info'), flag('b', 'error'), flag('c', 'warning'), flag('b', 'error'), flag('d', 'error')];
const when = '2024-05-01T09:00:00Z';

describe('findings steps', () => {
  test('dedupe keeps the first flag of an id', () => {
    expect(dedupeFlags(FLAGS).map((f) => f.id)).toEqual(['a', 'b', 'c', 'd']);
  });
  test('filter by severity keeps what is at or above', () => {
    expect(filterBySeverity(FLAGS, 'warning').map((f) => f.id)).toEqual(['b', 'c', 'b', 'd']);
    expect(filterBySeverity(FLAGS, 'error').map((f) => f.id)).toEqual(['b', 'b', 'd']);
  });
  test('sort by severity is stable within a severity', () => {
    expect(sortBySeverity(dedupeFlags(FLAGS)).map((f) => f.id)).toEqual(['b', 'd', 'c', 'a']);
  });
  test('review states, a note without a decision included', () => {
    const out = processFindings(FLAGS, {
      reviews: [
        { flagId: 'a', decision: null, note: 'asked', who: 'x', when, evidenceHash: 'h-a' },
        { flagId: 'b', decision: 'dismissed', who: 'x', when, evidenceHash: 'h-b' },
        { flagId: 'c', decision: 'dismissed', who: 'x', when, evidenceHash: 'old' },
      ],
    });
    expect(out.map((f) => [f.id, reviewState(f)])).toEqual([['a', 'noted'], ['b', 'dismissed'], ['c', 'stale'], ['d', 'unreviewed']]);
    expect(filterByReviewState(out, ['stale', 'unreviewed']).map((f) => f.id)).toEqual(['c', 'd']);
  });
  test('processFindings runs the steps in order', () => {
    const out = processFindings(FLAGS, { minSeverity: 'warning', bySeverity: true, reviews: [] });
    expect(out.map((f) => f.id)).toEqual(['b', 'd', 'c']);
  });
});

describe('the one flag-kind table', () => {
  test('compare reads its default severities from it', () => {
    for (const [kind, meta] of Object.entries(FLAG_KINDS)) expect(SEVERITY[kind as keyof typeof SEVERITY]).toBe(meta.severity);
  });
  test('omissions and framing divergence are info by default (a strong framing divergence is graded up by compare)', () => {
    expect(FLAG_KINDS.omission.severity).toBe('info');
    expect(FLAG_KINDS['framing-divergence'].severity).toBe('info');
  });
  test('an unknown kind gets meta, never a crash', () => {
    expect(flagKindMeta('new-kind')).toMatchObject({ title: 'New kind', severity: 'warning' });
    expect(flagKindMeta('constructor').title).toBe('Constructor');
  });
});
