import { diffWords } from 'diff';
import type { ClaimFeatures } from '../align/features';
import { ALTERED_MIN_SIMILARITY, isWordSubsequence, MIN_ATTRIBUTION_WORDS, quoteWordSimilarity, speakersMatch } from '../align/score';
import { anchorEventKey, eventRelation, isConcreteTimex, periodRelation, valuesCompatible } from '../align/values';
import type { Claim, DateClaim, FlagKind, QuantityClaim, QuoteClaim, Verdict } from '../types';

/**
 * Verdicts: how two claims of one group relate, and what that makes the group.
 * Figures are compared with their bounds and rounding (see align/values); periods first: the same measure
 * for two different periods is `different-period`, never a conflict; a forecast against a reported figure
 * for the same period is `forecast-vs-actual`. Dates agree when one contains the other. Quotes: the same
 * words agree; a direct quote against a reported version is a paraphrase; altered wording is a conflict
 * (with a word diff); the same long words given to different speakers are an attribution conflict.
 */
export interface PairRelation {
  a: string;
  b: string;
  verdict: Verdict;
  /** The flag this relation raises, when it raises one. */
  flag?: FlagKind;
  note?: string;
  /** Word diff for altered quotes: [op, text] with op '=', '-' (only in a), '+' (only in b). */
  diff?: Array<['=' | '-' | '+', string]>;
}

export function relateQuantities(a: ClaimFeatures, b: ClaimFeatures): PairRelation {
  const qa = a.claim as QuantityClaim;
  const qb = b.claim as QuantityClaim;
  const ids = { a: qa.id, b: qb.id };
  const rel = isConcreteTimex(a.period) && isConcreteTimex(b.period) ? periodRelation({ value: a.period }, { value: b.period }) : null;
  if (rel === 'disjoint') return { ...ids, verdict: 'different-period', flag: 'different-period', note: `different reference periods (${a.period} / ${b.period})` };
  if (a.forecast !== b.forecast) return { ...ids, verdict: 'forecast-vs-actual', flag: 'forecast-vs-actual', note: 'a forecast against a reported figure' };
  if (valuesCompatible(qa, qb)) return { ...ids, verdict: 'agree', note: qa.quantity.value === qb.quantity.value ? undefined : 'agree within bounds and rounding' };
  return { ...ids, verdict: 'conflict', flag: 'value-conflict', note: 'incompatible figures for the same period' };
}

export function relateDates(a: DateClaim, b: DateClaim): PairRelation {
  const evRel = eventRelation(a.time, b.time);
  if (evRel === 'disjoint') {
    return { a: a.id, b: b.id, verdict: 'conflict', flag: 'date-conflict', note: `“${a.text}” and “${b.text}” are different days relative to the same ${anchorEventKey(a.time)}` };
  }
  if (evRel !== null) return { a: a.id, b: b.id, verdict: 'agree', note: 'compatible times relative to the same event' };
  const rel = periodRelation(a.time, b.time);
  if (rel === 'disjoint') return { a: a.id, b: b.id, verdict: 'conflict', flag: 'date-conflict', note: `${a.time.value} and ${b.time.value} do not overlap` };
  return { a: a.id, b: b.id, verdict: 'agree', note: a.time.value === b.time.value ? undefined : 'agree at different precisions' };
}

export function wordDiff(a: string, b: string): Array<['=' | '-' | '+', string]> {
  return diffWords(a, b).map((p) => [p.added ? '+' : p.removed ? '-' : '=', p.value] as ['=' | '-' | '+', string]);
}

export function relateQuotes(a: ClaimFeatures, b: ClaimFeatures): PairRelation {
  const qa = (a.claim as QuoteClaim).quote;
  const qb = (b.claim as QuoteClaim).quote;
  const ids = { a: a.claim.id, b: b.claim.id };
  const wa = a.quoteWords;
  const wb = b.quoteWords;
  const spk = speakersMatch(a, b);
  const identical = wa.join(' ') === wb.join(' ');
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  const contained = identical || isWordSubsequence(short, long);
  if (contained && spk === false && short.length >= MIN_ATTRIBUTION_WORDS && qa.direct && qb.direct) {
    return { ...ids, verdict: 'conflict', flag: 'attribution-conflict', note: `the same words are given to ${speakerText(qa.speaker)} and to ${speakerText(qb.speaker)}` };
  }
  if (identical) return { ...ids, verdict: 'agree' };
  if (qa.direct !== qb.direct) return { ...ids, verdict: 'paraphrase', note: 'a direct quote and a reported version' };
  if (contained) return { ...ids, verdict: 'agree', note: 'one quote is a truncation of the other' };
  if (qa.direct && qb.direct && quoteWordSimilarity(wa, wb) >= ALTERED_MIN_SIMILARITY) {
    return { ...ids, verdict: 'conflict', flag: 'quote-altered', note: 'the quoted words differ', diff: wordDiff(qa.text, qb.text) };
  }
  return { ...ids, verdict: 'paraphrase', note: 'the same statement in different words' };
}

function speakerText(s: string | string[] | null): string {
  if (!s) return 'an unnamed speaker';
  return Array.isArray(s) ? s.join(' and ') : s;
}

export function relate(a: ClaimFeatures, b: ClaimFeatures): PairRelation {
  if (a.claim.kind === 'quantity') return relateQuantities(a, b);
  if (a.claim.kind === 'date') return relateDates(a.claim, b.claim as DateClaim);
  return relateQuotes(a, b);
}

/** Which verdict speaks for a group when its pairs differ: a clash first, then what explains a difference. */
const PRIORITY: Verdict[] = ['conflict', 'different-period', 'forecast-vs-actual', 'paraphrase', 'agree'];

export interface GroupVerdict {
  verdict: Verdict;
  relations: PairRelation[];
}

/** The relations between members from different articles, and the group's verdict. */
export function judgeGroup(members: ClaimFeatures[]): GroupVerdict {
  const relations: PairRelation[] = [];
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      if (members[i].articleId === members[j].articleId) continue;
      relations.push(relate(members[i], members[j]));
    }
  }
  const verdict = PRIORITY.find((v) => relations.some((r) => r.verdict === v)) ?? 'agree';
  return { verdict, relations };
}

export function claimValueText(c: Claim): string {
  if (c.kind === 'quote') return `“${c.quote.text}”`;
  return c.text.replace(/\s+/g, ' ');
}
