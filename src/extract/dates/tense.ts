import { TENSE_ADJECTIVE_BEFORE, TENSE_CONDITIONAL_CUES, TENSE_DEADLINE_BEFORE, TENSE_DEADLINE_VERBS, TENSE_WORDS } from '../../language';
import { FUTURE_CUES, PAST_VERBS, alternation } from './lexicon';

/** The alternation of one slot of time-tense-words.json. */
const alt = (slot: string): string => alternation(TENSE_WORDS(slot));

export type Direction = 'past' | 'future';

/** Regular past tense ("appeared", "signed"); the exceptions are words in -ed that are not verbs in the past. */
const REGULAR_PAST = /^[a-z]{2,}(?:ed)$/;
const NOT_PAST = new Set(TENSE_WORDS('notPast'));
/** Two-word future cues ("is to", "are to"). */
const FUTURE_BIGRAMS = new RegExp(
  `^(?:${alt('bigramCopulas')})\\s+(?:${alt('bigramCues')})\\b|^(?:${alt('toCopulas')})\\s+to\\b|^as\\s+(?:${alt('asSoonWords')})\\s+as$`,
  'i',
);
/** Words before "to" that make it a future ("is set to visit", "going to"). */
const TO_BEFORE = new RegExp(`^(?:${alt('toBefore')})$`, 'i');
/** Auxiliaries after which a participle is passive, not past ("will be held"). */
const PASSIVE_AUXILIARY = new RegExp(`^(?:${alt('passiveAuxiliaries')})$`, 'i');

const bare = (word: string | undefined): string => (word ?? '').toLowerCase().replace(/^[“"‘'(]+|[”"’',.;:)]+$/g, '');

/** The tense one word marks; `next` is the word after it, which some cues need ("plans to", not "vacation plans"). */
function classify(word: string, next?: string): Direction | null {
  const w = bare(word);
  if (!w) return null;
  const conditional = TENSE_CONDITIONAL_CUES.get(w);
  if (conditional) {
    const [kind, needed] = conditional.split(':');
    const matches = needed === '*' || (!/[,;.:]$/.test(word) && needed.split('|').includes(bare(next)));
    if (kind === 'none') return matches ? null : FUTURE_CUES.has(w) ? 'future' : null;
    return matches ? (kind === 'past' ? 'past' : 'future') : null;
  }
  if (FUTURE_CUES.has(w)) return 'future';
  if (PAST_VERBS.has(w)) return 'past';
  // a capitalized -ed word is a name ("United States", "Red Cross"), not a verb
  if (REGULAR_PAST.test(w) && !NOT_PAST.has(w) && !/^[“"‘'(]*[A-Z]/.test(word)) return 'past';
  return null;
}

/**
 * Which way the sentence points at the words [start, end): the nearest tense cue wins, looking back first
 * (up to 10 words: "met Tuesday", "will meet on Friday", "expected Tuesday to sign") and then ahead
 * (up to 12 words: "On Monday, the two leaders focused"). null when the sentence says nothing.
 */
export function directionAt(sentence: string, start: number, end: number): Direction | null {
  // A possessive names a time by what happened on it ("Friday's close", "Wednesday's ruling"): news writes it of
  // the past, whatever tense governs the sentence ("would look for ways around Wednesday's ruling").
  if (/^['’]s\b/.test(sentence.slice(end))) return 'past';
  const before = sentence.slice(0, start).split(/\s+/).filter(Boolean).slice(-10).reverse();
  const joinedBefore = sentence.slice(0, start).trimEnd();
  const lastWords = joinedBefore.split(/\s+/);
  if (FUTURE_BIGRAMS.test(lastWords.slice(-2).join(' ')) || FUTURE_BIGRAMS.test(lastWords.slice(-3).join(' '))) return 'future'; // "as soon as Tuesday"
  // "until 9 a.m. Tuesday", "by February": a deadline ahead, unless a past verb that sets no deadline governs it
  // ("worked there until Monday") or the pluperfect looks back ("Until Thursday, they had not").
  const deadline = TENSE_DEADLINE_BEFORE.has(bare(lastWords[lastWords.length - 1])) && !/\bhad\b/i.test(`${lastWords.slice(-6).join(' ')} ${sentence.slice(end, end + 40)}`);
  for (let i = 0; i < before.length; i++) {
    const w = before[i];
    if (/[.;!?]$/.test(w)) break;
    if (w.toLowerCase() === 'to' && TO_BEFORE.test(before[i + 1] ?? '')) return 'future'; // "is set to visit", "is to resume"
    const c = classify(w, i > 0 ? before[i - 1] : sentence.slice(start).split(/\s+/)[0]);
    // A participle after "be" is passive, not past ("to be held in June", "will be signed"): the auxiliary decides.
    if (c === 'past' && PASSIVE_AUXILIARY.test(before[i + 1] ?? '')) continue;
    // An -ed word after a determiner or degree adverb is an adjective ("on a still unspecified date").
    if (c === 'past' && !PAST_VERBS.has(bare(w)) && TENSE_ADJECTIVE_BEFORE.has(bare(before[i + 1]))) continue;
    // The pluperfect looks back from a past time ("had been due to expire Friday", "had planned to"): past.
    if (c === 'future' && (/^had$/i.test(before[i + 1] ?? '') || (/^been$/i.test(before[i + 1] ?? '') && /^had$/i.test(before[i + 2] ?? '')))) return 'past';
    if (deadline && (c === 'past' || c === null) && TENSE_DEADLINE_VERBS.has(bare(w))) return 'future';
    if (c) return c;
  }
  if (deadline) return 'future';
  const after = sentence.slice(end).split(/\s+/).filter(Boolean).slice(0, 13);
  for (let i = 0; i < Math.min(after.length, 12); i++) {
    const w = after[i];
    const c = classify(w, after[i + 1]);
    // A time before its verb is that verb's time: "On Friday, the government planned to pay" is when it planned.
    if (c === 'future' && REGULAR_PAST.test(bare(w)) && TENSE_CONDITIONAL_CUES.has(bare(w))) return 'past';
    if (c) return c;
    if (/[.;!?]$/.test(w)) break;
  }
  return null;
}
