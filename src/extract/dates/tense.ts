import { FUTURE_CUES, PAST_VERBS } from './lexicon';

export type Direction = 'past' | 'future';

/** Regular past tense ("appeared", "signed"); the exceptions are words in -ed that are not verbs in the past. */
const REGULAR_PAST = /^[a-z]{2,}(?:ed)$/;
const NOT_PAST = new Set(['need', 'speed', 'seed', 'red', 'bed', 'feed', 'shed', 'hundred', 'bred', 'embed', 'indeed', 'proceed', 'succeed', 'exceed', 'breed', 'greed', 'creed', 'weed', 'deed', 'bleed', 'heed', 'reed', 'steed', 'tweed', 'wed']);
/** Two-word future cues ("is to", "are to"). */
const FUTURE_BIGRAMS = /^(?:is|are|was|were)\s+(?:due|set|scheduled|expected)\b|^(?:is|are)\s+to\b|^as\s+(?:soon|early)\s+as$/i;

function classify(word: string): Direction | null {
  const w = word.toLowerCase().replace(/^[“"‘'(]+|[”"’',.;:)]+$/g, '');
  if (!w) return null;
  if (FUTURE_CUES.has(w)) return 'future';
  if (PAST_VERBS.has(w)) return 'past';
  if (REGULAR_PAST.test(w) && !NOT_PAST.has(w)) return 'past';
  return null;
}

/**
 * Which way the sentence points at the words [start, end): the nearest tense cue wins, looking back first
 * (up to 10 words: "met Tuesday", "will meet on Friday", "expected Tuesday to sign") and then ahead
 * (up to 12 words: "On Monday, the two leaders focused"). null when the sentence says nothing.
 */
export function directionAt(sentence: string, start: number, end: number): Direction | null {
  const before = sentence.slice(0, start).split(/\s+/).filter(Boolean).slice(-10).reverse();
  const joinedBefore = sentence.slice(0, start).trimEnd();
  const lastWords = joinedBefore.split(/\s+/);
  if (FUTURE_BIGRAMS.test(lastWords.slice(-2).join(' ')) || FUTURE_BIGRAMS.test(lastWords.slice(-3).join(' '))) return 'future'; // "as soon as Tuesday"
  for (let i = 0; i < before.length; i++) {
    const w = before[i];
    if (/[.;!?]$/.test(w)) break;
    if (w.toLowerCase() === 'to' && /^(?:set|about|going)$/i.test(before[i + 1] ?? '')) return 'future'; // "is set to visit"
    const c = classify(w);
    // A participle after "be" is passive, not past ("to be held in June", "will be signed"): the auxiliary decides.
    if (c === 'past' && /^(?:be|been|being)$/i.test(before[i + 1] ?? '')) continue;
    if (c) return c;
  }
  const after = sentence.slice(end).split(/\s+/).filter(Boolean).slice(0, 12);
  for (const w of after) {
    const c = classify(w);
    if (c) return c;
    if (/[.;!?]$/.test(w)) break;
  }
  return null;
}
