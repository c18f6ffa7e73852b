import type { Claim, Span } from '../types';
import type { GoldClaim } from './gold';

/** What matching reads of a gold claim. */
export type MatchableGold = Pick<GoldClaim, 'id' | 'articleId' | 'kind' | 'span' | 'quantity'>;

export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Whether a predicted claim may stand for a gold claim: same kind, or a numeric duration given as a DURATION date. */
function compatibleKinds(p: Claim, g: MatchableGold): boolean {
  if (p.kind === g.kind) return true;
  return g.kind === 'quantity' && !!g.quantity?.equivalentTimex && p.kind === 'date' && p.time.type === 'DURATION';
}

/**
 * One-to-one matching of predicted to gold claims of one article by span overlap (the gold README's rule:
 * match by overlap, not exact offsets). Greedy on the largest overlap first, ties by the fewest words outside the
 * gold span, then by position, so it is deterministic.
 */
export function matchClaims<G extends MatchableGold>(predicted: Claim[], gold: G[]): Map<Claim, G> {
  const pairs: Array<{ p: Claim; g: G; o: number }> = [];
  for (const p of predicted) {
    for (const g of gold) {
      if (p.articleId !== g.articleId || !compatibleKinds(p, g)) continue;
      const o = overlap(p.span, g.span);
      if (o > 0) pairs.push({ p, g, o });
    }
  }
  // On equal overlap the tighter claim wins: a quoted term inside a reported clause overlaps the gold term as
  // much as the clause does, but only the term is that claim.
  const extra = (x: { p: Claim; g: G }) => x.p.span.end - x.p.span.start - overlap(x.p.span, x.g.span);
  pairs.sort((x, y) => y.o - x.o || extra(x) - extra(y) || x.g.span.start - y.g.span.start || x.p.span.start - y.p.span.start);
  const matched = new Map<Claim, G>();
  const usedGold = new Set<G>();
  for (const { p, g } of pairs) {
    if (matched.has(p) || usedGold.has(g)) continue;
    matched.set(p, g);
    usedGold.add(g);
  }
  return matched;
}
