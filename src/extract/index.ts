import { CLAIM_KIND_NAMES } from '../model/claim-kinds';
import type { Article, ClaimKind, ExtractedArticle } from '../types';
import { dateExtractor } from './dates';
import { durationDedupeRefiner } from './dates/dedupe';
import { runPipeline, type Extractor, type PipelineConfig } from './pipeline';
import { quantityExtractor } from './quantities';
import { quoteExtractor } from './quotes';
import { inQuoteRefiner } from './refiners/in-quote';
import { referencePeriodRefiner } from './refiners/reference-period';

/**
 * Bumped whenever extraction output can change for the same input; the claim index (claimdiff index)
 * rebuilds entries made by another version rather than trust them.
 */
export const EXTRACTOR_VERSION = '0.6.1';

/** Per claim kind, its extractor (see model/claim-kinds.ts). */
export const EXTRACTORS: Record<ClaimKind, Extractor> = {
  quantity: quantityExtractor,
  date: dateExtractor,
  quote: quoteExtractor,
};

export const defaultPipeline: PipelineConfig = {
  extractors: CLAIM_KIND_NAMES.map((k) => EXTRACTORS[k]),
  refiners: [durationDedupeRefiner, inQuoteRefiner, referencePeriodRefiner],
};

export function extractArticle(article: Article, config: PipelineConfig = defaultPipeline): ExtractedArticle {
  return runPipeline(article, config);
}
