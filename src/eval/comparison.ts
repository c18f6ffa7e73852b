import type { Claim, Flag, Group, Omission, Span } from '../types';
import type { GoldClaim } from './gold';
import { isVerdict } from '../model/verdicts';
import { matchClaims } from './match';

/**
 * Scores a comparison against hand-made gold (the shape of shared/gold/seeds.gold.json). Produced claims
 * are matched to gold claims of the same article and kind by span overlap (the largest overlap wins), so
 * the scores do not depend on exact extents.
 *
 *   pairs      precision/recall/F1 of cross-article claim pairs that share a group. Gold pairs come from
 *              gold groups; pairs touching a borderline gold claim, or lying inside a borderline gold group,
 *              are ignored on both sides. A produced pair whose claims match no gold claim counts as wrong.
 *   verdicts   for each non-borderline gold group, the produced group holding most of its matched claims
 *              (at least two of them, from two articles) is its recovery; accuracy = same verdict / recovered.
 *   mustNotAlign  produced groups joining a claim of `a` with a claim of `b`, counted per pair.
 *   omissions  a gold omission is found when a produced omission or flag covers one of its claims, or
 *              (claim-less gold omissions) when one of their evidence spans lies in its passage.
 */

export interface GoldForEval {
  claims: Array<Pick<GoldClaim, 'id' | 'articleId' | 'kind' | 'span' | 'borderline' | 'quantity'>>;
  groups: Array<{ id: string; verdict: string; claims: string[]; borderline?: boolean }>;
  mustNotAlign: Array<{ id: string; a: string[]; b: string[] }>;
  omissions: Array<{ id: string; articleId: string; claims: string[]; spans: Array<{ start: number; end: number }> }>;
}

export interface EvalResult {
  pairs: { goldPairs: number; producedPairs: number; truePositives: number; precision: number; recall: number; f1: number; falsePositives: string[]; falseNegatives: string[] };
  /**
   * `accuracy` reads the produced group's one verdict. `accuracyByPair` reads, where the report states one,
   * the relation of the gold group's own claims: a flag of the group whose kind is a verdict (different-period,
   * forecast-vs-actual) naming only claims of the gold group. The gold's groups may share a claim (a forecast
   * and last year's figure both set against this year's), which one produced group of three can hold with a
   * flag per pair but not with one verdict.
   */
  verdicts: {
    goldGroups: number; recovered: number; correct: number; accuracy: number; correctByPair: number; accuracyByPair: number;
    details: Array<{ gold: string; goldVerdict: string; produced: string | null; producedVerdict: string | null; pairVerdict: string | null }>;
  };
  mustNotAlign: { violations: number; details: string[] };
  omissions: { gold: number; found: number; foundIds: string[]; missedIds: string[] };
  claimMatch: { produced: number; matched: number };
}

/** The verdict-kind flag of `group` that names only claims matched to the gold group's claims, if any. */
function pairVerdict(group: Group, goldClaims: ReadonlySet<string>, match: ReadonlyMap<string, string>, flags: readonly Flag[]): string | null {
  const flag = flags.find((f) => f.group === group.id && isVerdict(f.kind) && f.claims.length >= 2
    && f.claims.every((id) => goldClaims.has(match.get(id) ?? '')));
  return flag ? flag.kind : null;
}

/**
 * Produced claim id → gold claim id, one-to-one by span overlap: the same matching as the extraction scores
 * (eval/match.ts), so that a produced claim never stands for two gold claims.
 */
export function matchClaimIds(gold: GoldForEval, produced: Claim[]): Map<string, string> {
  return new Map([...matchClaims(produced, gold.claims)].map(([p, g]) => [p.id, g.id]));
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const round = (x: number) => Math.round(x * 1000) / 1000;

export function evaluateComparison(
  gold: GoldForEval,
  produced: { claims: Claim[]; groups: Group[]; omissions: Omission[]; flags: Flag[] },
): EvalResult {
  const match = matchClaimIds(gold, produced.claims);
  const goldClaim = new Map(gold.claims.map((c) => [c.id, c]));
  const borderline = new Set(gold.claims.filter((c) => c.borderline).map((c) => c.id));
  const article = (goldId: string) => goldClaim.get(goldId)!.articleId;

  const goldPairs = new Set<string>();
  const ignored = new Set<string>();
  for (const g of gold.groups) {
    for (let i = 0; i < g.claims.length; i++) {
      for (let j = i + 1; j < g.claims.length; j++) {
        const [a, b] = [g.claims[i], g.claims[j]];
        if (article(a) === article(b)) continue;
        (g.borderline || borderline.has(a) || borderline.has(b) ? ignored : goldPairs).add(pairKey(a, b));
      }
    }
  }
  for (const k of goldPairs) ignored.delete(k);

  const producedPairs = new Set<string>();
  for (const g of produced.groups) {
    const members = g.claims.map((id) => ({ id, gold: match.get(id) ?? null, articleId: produced.claims.find((c) => c.id === id)?.articleId }));
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = [members[i], members[j]];
        if (a.articleId === b.articleId) continue;
        const ka = a.gold ?? `?${a.id}`;
        const kb = b.gold ?? `?${b.id}`;
        if (ka === kb) continue;
        if ((a.gold && borderline.has(a.gold)) || (b.gold && borderline.has(b.gold))) continue;
        const k = pairKey(ka, kb);
        if (ignored.has(k)) continue;
        producedPairs.add(k);
      }
    }
  }
  const tp = [...producedPairs].filter((k) => goldPairs.has(k));
  const precision = producedPairs.size ? tp.length / producedPairs.size : 0;
  const recall = goldPairs.size ? tp.length / goldPairs.size : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;

  // Verdicts on recovered groups.
  const groupOfGold = new Map<string, Group[]>();
  for (const g of produced.groups) {
    for (const id of g.claims) {
      const gid = match.get(id);
      if (!gid) continue;
      if (!groupOfGold.has(gid)) groupOfGold.set(gid, []);
      groupOfGold.get(gid)!.push(g);
    }
  }
  const details: EvalResult['verdicts']['details'] = [];
  for (const g of gold.groups.filter((x) => !x.borderline)) {
    const count = new Map<Group, Set<string>>();
    for (const gid of g.claims) for (const pg of groupOfGold.get(gid) ?? []) {
      if (!count.has(pg)) count.set(pg, new Set());
      count.get(pg)!.add(gid);
    }
    const best = [...count]
      .filter(([, s]) => s.size >= 2 && new Set([...s].map(article)).size >= 2)
      .sort((x, y) => y[1].size - x[1].size || (x[0].id < y[0].id ? -1 : 1))[0];
    details.push({ gold: g.id, goldVerdict: g.verdict, produced: best?.[0].id ?? null, producedVerdict: best?.[0].verdict ?? null, pairVerdict: best ? pairVerdict(best[0], new Set(best[1]), match, produced.flags) : null });
  }
  const recovered = details.filter((d) => d.produced);
  const correct = recovered.filter((d) => d.producedVerdict === d.goldVerdict).length;
  const correctByPair = recovered.filter((d) => (d.pairVerdict ?? d.producedVerdict) === d.goldVerdict).length;

  // mustNotAlign.
  const violations: string[] = [];
  for (const x of gold.mustNotAlign) {
    for (const a of x.a) for (const b of x.b) {
      const ga = new Set(groupOfGold.get(a) ?? []);
      if ((groupOfGold.get(b) ?? []).some((g) => ga.has(g))) violations.push(`${x.id}: ${a} ~ ${b}`);
    }
  }

  // Omissions.
  const covered = new Set<string>();
  const spans: Array<{ articleId: string; span: Span }> = [];
  for (const o of produced.omissions) for (const id of o.claims) {
    const gid = match.get(id);
    if (gid) covered.add(gid);
    const c = produced.claims.find((x) => x.id === id);
    if (c) spans.push({ articleId: c.articleId, span: c.span });
  }
  for (const f of produced.flags) {
    for (const id of f.claims) {
      const gid = match.get(id);
      if (gid) covered.add(gid);
    }
    for (const e of f.evidence) spans.push({ articleId: e.articleId, span: e.span });
  }
  const foundIds: string[] = [];
  const missedIds: string[] = [];
  for (const o of gold.omissions) {
    const found = o.claims.length
      ? o.claims.some((id) => covered.has(id))
      : spans.some((s) => s.articleId === o.articleId && o.spans.some((p) => s.span.start >= p.start && s.span.end <= p.end));
    (found ? foundIds : missedIds).push(o.id);
  }

  return {
    pairs: {
      goldPairs: goldPairs.size,
      producedPairs: producedPairs.size,
      truePositives: tp.length,
      precision: round(precision),
      recall: round(recall),
      f1: round(f1),
      falsePositives: [...producedPairs].filter((k) => !goldPairs.has(k)).sort(),
      falseNegatives: [...goldPairs].filter((k) => !producedPairs.has(k)).sort(),
    },
    verdicts: {
      goldGroups: details.length, recovered: recovered.length, correct, accuracy: round(recovered.length ? correct / recovered.length : 0),
      correctByPair, accuracyByPair: round(recovered.length ? correctByPair / recovered.length : 0), details,
    },
    mustNotAlign: { violations: violations.length, details: violations },
    omissions: { gold: gold.omissions.length, found: foundIds.length, foundIds, missedIds },
    claimMatch: { produced: produced.claims.length, matched: match.size },
  };
}
