import { mean, rollup, sum } from 'd3-array';

/**
 * Divergence of a concept across sources: the mean, over every pair of sources that use the concept, of the
 * Jensen–Shannon divergence (base 2) between their label frequency distributions:
 *
 *   P_a(l)      = share of source a's labels that are l
 *   JSD(P, Q)   = H(M) − (H(P) + H(Q)) / 2,   M = (P + Q) / 2,   H = −Σ p log2 p
 *   divergence  = mean_{a<b} JSD(P_a, P_b)     (0 with fewer than two sources)
 *
 * 0 means every source uses the same labels in the same proportions; 1 means no two sources share a label.
 * Rounded to 4 decimals so reports compare equal across runs and machines.
 */
export function divergence(labelsBySource: Map<string, string[]>): number {
  const dists = [...labelsBySource.keys()]
    .sort()
    .map((k) => labelsBySource.get(k)!)
    .filter((ls) => ls.length > 0)
    .map(distribution);
  const pairs: number[] = [];
  for (let i = 0; i < dists.length; i++) for (let j = i + 1; j < dists.length; j++) pairs.push(jensenShannon(dists[i], dists[j]));
  return pairs.length === 0 ? 0 : Math.round((mean(pairs) ?? 0) * 1e4) / 1e4;
}

export function distribution(labels: string[]): Map<string, number> {
  const counts = rollup(labels, (v) => v.length, (l) => l);
  const total = sum(counts.values());
  return new Map([...counts].map(([l, c]) => [l, c / total]));
}

function entropy(p: Iterable<number>): number {
  return -sum(p, (x) => (x > 0 ? x * Math.log2(x) : 0));
}

export function jensenShannon(p: Map<string, number>, q: Map<string, number>): number {
  const keys = [...new Set([...p.keys(), ...q.keys()])];
  const m = keys.map((k) => ((p.get(k) ?? 0) + (q.get(k) ?? 0)) / 2);
  const jsd = entropy(m) - (entropy(p.values()) + entropy(q.values())) / 2;
  return Math.min(1, Math.max(0, jsd));
}
