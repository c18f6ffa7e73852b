import { QUANTITY_PREFILTER_WORDS } from '../../language';
import { alternation } from '../../language/lexicon';
import type { Candidate } from '../../types';
import type { ArticleContext } from '../context';
import type { Extractor } from '../pipeline';
import { describeQuantity } from './describe';
import { scanQuantities } from './scan';
import { tagLookup } from './tags';
import { tokenize } from './tokens';
import { noTags, type TagLookup } from './words';

/** A sentence can hold a quantity only if it has a digit or a number word (cheap test before any tagging). */
const MAY_HOLD_QUANTITY = new RegExp(String.raw`\d|[½¼¾⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|\b(?:${alternation(QUANTITY_PREFILTER_WORDS)}|\w+(?:teen|ieth)(?:th)?)\b`, 'i');

/** The sentences this extractor reads (and whose part-of-speech tags it asks for). */
export function mayHoldQuantity(sentence: string): boolean {
  return MAY_HOLD_QUANTITY.test(sentence);
}

/** Money, percentages, counts, ordinals, durations and ages (see ./README.md for the conventions). */
export function extractQuantities(ctx: ArticleContext): Candidate[] {
  const candidates: Candidate[] = [];
  let tags: TagLookup | null = null;
  ctx.sentences.forEach((sentence, sentenceIndex) => {
    if (!mayHoldQuantity(sentence.text)) return;
    tags ??= safeTags(ctx);
    const tokens = tokenize(sentence.text, sentence.start);
    const input = { text: ctx.text, tokens, tags };
    for (const raw of scanQuantities(input, sentence.start)) {
      const span = { start: tokens[raw.start].start, end: tokens[raw.end - 1].end };
      if (ctx.isChrome(span)) continue;
      const described = describeQuantity(input, raw, sentenceIndex);
      candidates.push({ kind: 'quantity', text: ctx.text.slice(span.start, span.end), span, quantity: described.quantity });
    }
  });
  return candidates;
}

function safeTags(ctx: ArticleContext): TagLookup {
  try {
    return tagLookup(ctx);
  } catch {
    return noTags;
  }
}

export const quantityExtractor: Extractor = { name: 'quantities', extract: extractQuantities };
