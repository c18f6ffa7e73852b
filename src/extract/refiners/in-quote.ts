import type { Claim } from '../../types';
import type { Refiner } from '../pipeline';

/** Marks figures and dates that sit inside a direct quote with that quote's id. */
export const inQuoteRefiner: Refiner = {
  name: 'in-quote',
  refine(_ctx, claims) {
    const quotes = claims.filter((c) => c.kind === 'quote' && c.quote.direct);
    return claims.map((c): Claim => {
      if (c.kind === 'quote') return c;
      const q = quotes.find((q) => q.span.start <= c.span.start && c.span.end <= q.span.end);
      return q ? { ...c, inQuote: q.id } : c;
    });
  },
};
