import type { Extractor } from '../pipeline';

/** Quotes with their speakers. (Placeholder until the extractor lands.) */
export const quoteExtractor: Extractor = { name: 'quotes', extract: () => [] };
