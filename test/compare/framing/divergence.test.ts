import { divergence, jensenShannon, distribution } from '../../../src/compare/framing/divergence';

describe('divergence: mean pairwise Jensen–Shannon divergence (base 2) of label distributions', () => {
  const table: Array<{ name: string; sources: Record<string, string[]>; expected: number }> = [
    { name: 'one source', sources: { a: ['war', 'invasion'] }, expected: 0 },
    { name: 'same labels, same proportions', sources: { a: ['war', 'war', 'invasion'], b: ['invasion', 'war', 'war'] }, expected: 0 },
    { name: 'no label in common', sources: { a: ['Kiev'], b: ['Kyiv'] }, expected: 1 },
    { name: 'half shared: {war} vs {war, conflict}', sources: { a: ['war'], b: ['war', 'conflict'] }, expected: 0.3113 },
    { name: 'three sources, one apart', sources: { a: ['Kyiv'], b: ['Kyiv'], c: ['Kiev'] }, expected: 0.6667 },
    { name: 'a source with no labels is ignored', sources: { a: ['Kyiv'], b: [], c: ['Kiev'] }, expected: 1 },
  ];
  it.each(table)('$name → $expected', ({ sources, expected }) => {
    expect(divergence(new Map(Object.entries(sources)))).toBeCloseTo(expected, 4);
  });

  it('is symmetric and bounded', () => {
    const p = distribution(['a', 'a', 'b']);
    const q = distribution(['b', 'c']);
    expect(jensenShannon(p, q)).toBeCloseTo(jensenShannon(q, p), 10);
    expect(jensenShannon(p, q)).toBeGreaterThan(0);
    expect(jensenShannon(p, q)).toBeLessThan(1);
  });
});
