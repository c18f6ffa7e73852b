import type { Extractor } from '../pipeline';

/** Money, percentages, counts, ordinals, durations, ages. (Placeholder until the extractor lands.) */
export const quantityExtractor: Extractor = { name: 'quantities', extract: () => [] };
