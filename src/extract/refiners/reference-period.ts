import type { Claim, DateClaim, QuantityClaim } from '../../types';
import type { ArticleContext } from '../context';
import type { Refiner } from '../pipeline';
import { REFERENCE_PERIOD_WORDS } from '../../language';
import { wordAlternation } from '../../language/lexicon';

/**
 * Gives a figure its reference period: the DATE claim of its sentence that the figure is "for".
 *
 * Heuristic, in order (the first that applies wins, so a closer date beats a farther one):
 * 1. A date right after the figure, joined only by a few linking words and no punctuation
 *    ("$189 billion last year", "5% in 2023", "$200 billion as early as this year").
 * 2. A date that opens the sentence (after an optional preposition, quote mark), before the figure:
 *    it governs the whole sentence ("In 2023, trade exceeded $13 billion and investment reached €7.6 billion").
 * Anything else (a date in a relative clause, "the plan China released last month", a date before the figure
 * in the middle of the sentence) is taken to date something else and is left alone.
 * Ranks, durations and ages have no reference period: their dates say when an event happened.
 */

/** Linking words allowed between a figure and a date that follows it. */
const LINK_WORDS = new Set(REFERENCE_PERIOD_WORDS('linkWords'));
const MAX_LINK_WORDS = 4;
/** What may come before a sentence-opening date: quote marks, brackets, one preposition. */
const OPENING = new RegExp(`^[\\s"“‘'(\\[]*(?:(?:${wordAlternation(REFERENCE_PERIOD_WORDS('openings'), ' ')})\\s+)?$`, 'i');
const TIME_UNITS = new Set(REFERENCE_PERIOD_WORDS('timeUnits'));

function carriesPeriod(c: QuantityClaim): boolean {
  const q = c.quantity;
  if (q.ordinal || q.timex) return false;
  // An age ("aged 71", "71-year-old") is a time unit without a duration value.
  if (q.unit && TIME_UNITS.has(q.unit)) return false;
  return true;
}

function linkedAfter(text: string, q: QuantityClaim, d: DateClaim): boolean {
  if (d.span.start < q.span.end) return false;
  const gap = text.slice(q.span.end, d.span.start).trim();
  if (gap === '') return true;
  if (/[^\p{L}\s'’-]/u.test(gap)) return false;
  const words = gap.toLowerCase().split(/\s+/);
  return words.length <= MAX_LINK_WORDS && words.every((w) => LINK_WORDS.has(w));
}

function opensSentence(text: string, q: QuantityClaim, d: DateClaim): boolean {
  if (d.span.end > q.span.start || d.span.start < q.sentence.start) return false;
  return OPENING.test(text.slice(q.sentence.start, d.span.start));
}

export function referencePeriodFor(text: string, q: QuantityClaim, dates: DateClaim[]): DateClaim | null {
  const inSentence = dates.filter((d) => d.span.start >= q.sentence.start && d.span.end <= q.sentence.end);
  const after = inSentence.filter((d) => linkedAfter(text, q, d)).sort((a, b) => a.span.start - b.span.start)[0];
  if (after) return after;
  return inSentence.find((d) => opensSentence(text, q, d)) ?? null;
}

export const referencePeriodRefiner: Refiner = {
  name: 'reference-period',
  refine(ctx: ArticleContext, claims: Claim[]): Claim[] {
    const dates = claims.filter((c): c is DateClaim => c.kind === 'date' && c.time.type === 'DATE');
    if (dates.length === 0) return claims;
    return claims.map((c): Claim => {
      if (c.kind !== 'quantity' || c.quantity.time || !carriesPeriod(c)) return c;
      const d = referencePeriodFor(ctx.text, c, dates);
      return d ? { ...c, quantity: { ...c.quantity, time: d.time, timeClaimId: d.id } } : c;
    });
  },
};
