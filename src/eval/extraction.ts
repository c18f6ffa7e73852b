import type { Claim, ClaimKind } from '../types';
import type { GoldClaim, GoldFile } from './gold';
import { matchClaims, overlap } from './match';

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface KindScore extends PRF {
  kind: ClaimKind;
  /** Matched claims whose normalized value is right / matched claims that have one to check. */
  valueRight: number;
  valueChecked: number;
  /** Matched pairs whose value is wrong, for the report. */
  valueErrors: Array<{ gold: string; text: string; expected: unknown; got: unknown }>;
  misses: Array<{ gold: string; text: string }>;
  extras: Array<{ articleId: string; text: string; start: number }>;
}

export interface ExtractionScore {
  kinds: KindScore[];
  /** Predicted claims that overlap page chrome in the gold (must be zero). */
  chromeClaims: Array<{ articleId: string; text: string }>;
  /** Indirect quotes: the gold annotates them selectively, so they count in neither precision nor recall. */
  indirect: { predicted: number; matchedGold: number; gold: number };
}

export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

const sameNumber = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function speakerKey(s: string | string[] | null | undefined): string {
  if (s === null || s === undefined) return '';
  return [s].flat().map((x) => x.toLowerCase()).sort().join(' & ');
}

/** The normalized value of a matched pair: quantity value, unit and bound; date TIMEX3 type and value; quote speaker. */
function valueCheck(p: Claim, g: GoldClaim): { checked: boolean; right: boolean; expected?: unknown; got?: unknown } {
  if (g.kind === 'quantity' && g.quantity) {
    const gq = g.quantity;
    if (p.kind === 'date') {
      const right = !!gq.equivalentTimex && p.time.value === gq.equivalentTimex.value;
      return { checked: true, right, expected: gq.equivalentTimex, got: { type: p.time.type, value: p.time.value } };
    }
    if (p.kind !== 'quantity') return { checked: false, right: false };
    const q = p.quantity;
    const bounds = gq.acceptBounds ?? [gq.bound];
    const right = sameNumber(q.value, gq.value) && q.unit === gq.unit && bounds.includes(q.bound);
    return { checked: true, right, expected: { value: gq.value, unit: gq.unit, bound: bounds.join('|') }, got: { value: q.value, unit: q.unit, bound: q.bound } };
  }
  if (g.kind === 'date' && g.time && p.kind === 'date') {
    const right = p.time.type === g.time.type && p.time.value === g.time.value;
    return { checked: true, right, expected: `${g.time.type} ${g.time.value}`, got: `${p.time.type} ${p.time.value}` };
  }
  if (g.kind === 'quote' && g.quote && p.kind === 'quote') {
    // The contract: "the speaker right for attributed quotes" (continuations carry a speaker too).
    if (g.quote.quoteType !== 'attributed' && g.quote.quoteType !== 'continuation') return { checked: false, right: false };
    const right = speakerKey(p.quote.speaker) === speakerKey(g.quote.speaker);
    return { checked: true, right, expected: g.quote.speaker, got: p.quote.speaker };
  }
  return { checked: false, right: false };
}

const isIndirectGold = (g: GoldClaim) => g.kind === 'quote' && g.quote?.direct === false;
const isIndirectPred = (p: Claim) => p.kind === 'quote' && p.quote.direct === false;

/**
 * Scores extracted claims against the gold. Matching is one-to-one by article and span overlap.
 * Only the gold of the articles that were run counts (`articleIds`).
 * Borderline gold claims are optional: matching one neither rewards nor penalizes, missing one is not a miss.
 */
export function scoreExtraction(predicted: Claim[], gold: GoldFile, articleIds: Iterable<string>): ExtractionScore {
  const ids = new Set(articleIds);
  const goldClaims = gold.claims.filter((g) => ids.has(g.articleId));
  const matched = matchClaims(predicted, goldClaims);
  const matchedGold = new Set(matched.values());

  const kinds: KindScore[] = (['quantity', 'date', 'quote'] as const).map((kind) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let valueRight = 0;
    let valueChecked = 0;
    const valueErrors: KindScore['valueErrors'] = [];
    const misses: KindScore['misses'] = [];
    const extras: KindScore['extras'] = [];
    for (const p of predicted) {
      const g = matched.get(p);
      const k = g ? g.kind : p.kind;
      if (k !== kind) continue;
      if (!g) {
        if (isIndirectPred(p)) continue;
        fp++;
        extras.push({ articleId: p.articleId, text: p.text, start: p.span.start });
        continue;
      }
      if (g.borderline || isIndirectGold(g) || isIndirectPred(p)) continue;
      tp++;
      const v = valueCheck(p, g);
      if (v.checked) {
        valueChecked++;
        if (v.right) valueRight++;
        else valueErrors.push({ gold: g.id, text: g.text, expected: v.expected, got: v.got });
      }
    }
    for (const g of goldClaims) {
      if (g.kind !== kind || g.borderline || isIndirectGold(g) || matchedGold.has(g)) continue;
      fn++;
      misses.push({ gold: g.id, text: g.text });
    }
    return { kind, ...prf(tp, fp, fn), valueRight, valueChecked, valueErrors, misses, extras };
  });

  const chromeClaims = predicted
    .filter((p) => gold.boilerplate.some((b) => b.articleId === p.articleId && overlap(b.span, p.span) > 0))
    .map((p) => ({ articleId: p.articleId, text: p.text }));

  const goldIndirect = goldClaims.filter(isIndirectGold);
  const indirect = {
    predicted: predicted.filter(isIndirectPred).length,
    matchedGold: goldIndirect.filter((g) => matchedGold.has(g)).length,
    gold: goldIndirect.length,
  };
  return { kinds, chromeClaims, indirect };
}
