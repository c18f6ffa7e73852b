import type { Extractor } from '../pipeline';

/** Explicit and relative dates as TIMEX3 values. (Placeholder until the extractor lands.) */
export const dateExtractor: Extractor = { name: 'dates', extract: () => [] };
