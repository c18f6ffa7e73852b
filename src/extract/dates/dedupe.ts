import type { Refiner } from '../pipeline';

/**
 * A numeric duration is a quantity with a TIMEX3 `timex` (the contract), so when both extractors read the same
 * words ("a five year low", "the four days"), the date claim of type DURATION is dropped and the quantity stays.
 * A date duration that is wider than the quantity ("the past twenty four hours") is kept: it holds more of the text.
 */
export const durationDedupeRefiner: Refiner = {
  name: 'duration-dedupe',
  refine(_ctx, claims) {
    const timed = claims.filter((c) => c.kind === 'quantity' && c.quantity.timex);
    if (timed.length === 0) return claims;
    return claims.filter(
      (c) => !(c.kind === 'date' && c.time.type === 'DURATION' && timed.some((q) => q.span.start <= c.span.start && c.span.end <= q.span.end)),
    );
  },
};
