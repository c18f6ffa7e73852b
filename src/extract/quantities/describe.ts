/**
 * What a figure measures, whether it is forecast or estimated, and who it is attributed to.
 * The measure is used to align figures across articles, so it is a short noun phrase in the text's words:
 * the counted noun phrase for counts and ranks, the subject of the governing verb for money and percentages
 * ("Trade between the two countries rose to $189 billion"), the "of" phrase of a share ("60% of X").
 */
import type { Quantity } from '../../types';
import {
  QUANTITY_AUXILIARIES as AUXILIARIES, QUANTITY_CLAUSE_BREAKS as CLAUSE_BREAKS, QUANTITY_CONNECTORS as CONNECTORS, QUANTITY_DATE_WORDS as DATE_WORDS,
  QUANTITY_NAME_ABBREVIATIONS as NAME_ABBREVIATIONS, QUANTITY_PARTICIPLE_CONNECTORS as PARTICIPLE_CONNECTORS, QUANTITY_PP_HEADS as PP_HEADS,
  QUANTITY_PP_INNER as PP_INNER, QUANTITY_PRONOUN_SUBJECTS as PRONOUN_SUBJECTS, QUANTITY_REPORTING_VERBS as REPORTING_VERBS,
  QUANTITY_SAYER_NON_NAMES as SAYER_NON_NAMES,
} from '../../language';
import { ESTIMATE_CUES, FORECAST_CUES } from './lexicon';
import type { RawQuantity, ScanInput } from './scan';
import { isCapitalized, isPossessive, isWord } from './tokens';
import { FUNCTION_WORDS, isNounTagged, isVerbLike } from './words';

export interface Described {
  kind: RawQuantity['kind'];
  quantity: Quantity;
  /** Index of the sentence, to tell whether a later figure is in the next sentence. */
  sentenceIndex: number;
}

/** "Mr.", "U.K.": a full stop inside a name, not a sentence or phrase break. */
const isAbbrevDot = (tokens: { text: string; joined: boolean }[], k: number): boolean =>
  tokens[k]?.text === '.' && tokens[k].joined && k + 1 < tokens.length && (/^[A-Z]$/.test(tokens[k - 1]?.text ?? '') || NAME_ABBREVIATIONS.has(tokens[k - 1]?.text ?? ''));
const PUNCT_BREAK = /^[,;:()\[\]"“”‘’«»—–!?.]$/;

const join = (input: ScanInput, a: number, b: number): string => (a < b ? input.text.slice(input.tokens[a].start, input.tokens[b - 1].end) : '');

function stripDeterminer(input: ScanInput, a: number, b: number): number {
  while (a < b && isWord(input.tokens[a], 'the', 'a', 'an')) a++;
  return a;
}

/** A prepositional phrase after a noun phrase ("in Hungary", "between the two leaders"): its end token. */
function trailingPhrase(input: ScanInput, from: number, max = 7): number {
  const { tokens, tags } = input;
  if (!tokens[from] || !PP_HEADS.has(tokens[from].lower)) return from;
  let j = from + 1;
  let end = from;
  while (j < tokens.length && j - from <= max) {
    const t = tokens[j];
    if (t.type === 'punct' && !(/^[-‐‑]$/.test(t.text) && t.joined) && !isAbbrevDot(tokens, j)) break;
    if (t.type === 'sym' || t.type === 'num') break;
    if (t.type === 'word') {
      if (isVerbLike(t, tags) && !isCapitalized(t)) break;
      if (DATE_WORDS.has(t.lower)) break;
      if (FUNCTION_WORDS.has(t.lower) && !PP_INNER.has(t.lower)) break;
      if (isWord(t, 'and') && !tokens.slice(from, j).some((x) => isWord(x, 'between'))) break;
    }
    j++;
    if (t.type === 'word' && !FUNCTION_WORDS.has(t.lower)) end = j;
  }
  return end;
}

/** The subject noun phrase of the verb that governs a figure, walking back from token `before` (exclusive). */
function subjectBefore(input: ScanInput, before: number, sentenceFirst: number, verbConsumed: boolean): { start: number; end: number } | null {
  const { tokens, tags } = input;
  let j = before - 1;
  // Skip linking words and the governing verb with its auxiliaries: "rose to", "will exceed", "reached", "worth".
  // compromise mis-tags short verbs ("rose" as a noun), so the word before the linking words is taken as the verb.
  let sawVerb = false;
  let lastConnector = '';
  while (j >= sentenceFirst && tokens[j].type === 'word' && CONNECTORS.has(tokens[j].lower)) lastConnector = tokens[j--].lower;
  if (lastConnector === 'of') return null;
  if (verbConsumed || PARTICIPLE_CONNECTORS.has(lastConnector)) sawVerb = true;
  else if (j >= sentenceFirst && tokens[j].type === 'word' && !isWord(tokens[j], 'a', 'an', 'the') && !isPossessive(tokens[j])) {
    sawVerb = true;
    j--;
  }
  while (j >= sentenceFirst && tokens[j].type === 'word' && (AUXILIARIES.has(tokens[j].lower) || /ly$/.test(tokens[j].lower))) j--;
  // "trade with Russia, totaling $240 billion": the phrase before a participle's comma
  if (j >= sentenceFirst && tokens[j].text === ',' && (sawVerb || lastConnector !== '')) j--;
  const end = j + 1;
  while (j >= sentenceFirst) {
    const t = tokens[j];
    if (t.type === 'punct' && PUNCT_BREAK.test(t.text) && !isAbbrevDot(tokens, j)) break;
    if (t.type === 'sym' || t.type === 'num') break;
    if (t.type === 'word') {
      if (isWord(t, 'and', 'or') && !tokens.slice(Math.max(sentenceFirst, j - 4), j).some((x) => isWord(x, 'between'))) break;
      if (CLAUSE_BREAKS.has(t.lower)) break;
      // "China's increased trade": a participle after a determiner is a modifier; a sentence's first word is not
      // taken for a verb (compromise reads "Trade ..." as an imperative).
      if (isVerbLike(t, tags) && j > sentenceFirst && !(isPossessive(tokens[j - 1]) || isWord(tokens[j - 1], 'the', 'a', 'an', 'its', 'their'))) break;
    }
    j--;
  }
  let start = stripDeterminer(input, j + 1, end);
  // Leading prepositional phrases are not part of the subject ("In 2023 trade rose").
  if (start < end && tokens[start].type === 'word' && PP_HEADS.has(tokens[start].lower)) return null;
  if (start >= end) return null;
  // Keep the phrase short: its last 8 tokens.
  if (end - start > 10) start = end - 10;
  return { start, end };
}

function measureFor(input: ScanInput, raw: RawQuantity, sentenceFirst: number): string | null {
  const { tokens } = input;
  const after = raw.end;
  if (raw.kind === 'age') {
    if (raw.noun) return `age of ${join(input, raw.noun.start, raw.noun.end)}`;
    return 'age';
  }
  // "75 years since the Soviet Union's acknowledgment of ...": the time since an event
  if (raw.kind === 'duration' && isWord(tokens[after], 'since')) {
    let end = after + 1;
    while (end < tokens.length && end - after < 12 && (tokens[end].type === 'word' || isAbbrevDot(tokens, end)) && !CLAUSE_BREAKS.has(tokens[end].lower)) end++;
    while (end > after + 1 && FUNCTION_WORDS.has(tokens[end - 1].lower)) end--;
    if (end > after + 1) return `time ${join(input, after, end)}`;
  }
  if (raw.kind === 'ordinal' && !raw.noun) {
    // "the first of Putin's new term": the frame the rank is counted in
    const of = tokens.findIndex((t, k) => k >= raw.start && isWord(t, 'of'));
    return of >= 0 && of < raw.end ? join(input, stripDeterminer(input, of + 1, raw.end), raw.end) || null : null;
  }
  if (raw.noun) {
    const end = trailingPhrase(input, raw.noun.end);
    const phrase = join(input, stripDeterminer(input, raw.noun.start, raw.noun.end), end);
    // "six months" alone says nothing about what lasted six months.
    if (!phrase || (raw.kind === 'duration' && end - raw.noun.start === 1)) return null;
    // A possessor right before the figure says whose it is: "Putin's fifth term", "Putin's two-day visit".
    const possessor = tokens[raw.start - 1];
    if (possessor && isPossessive(possessor) && isCapitalized(possessor)) return `${possessor.text} ${phrase}`;
    return phrase;
  }
  // Bare counts: the verb that counts them ("killed tens of thousands on both sides")
  if (raw.kind === 'bare' && raw.verb === undefined) {
    const v = tokens[raw.start - 1];
    if (v && v.type === 'word' && !FUNCTION_WORDS.has(v.lower) && isVerbLike(v, input.tags)) {
      const end = trailingPhrase(input, after);
      return [v.text, join(input, after, end)].filter(Boolean).join(' ');
    }
  }
  // "60% of the total foreign direct investment": the whole of a share
  if (raw.kind === 'percent' && isWord(tokens[after], 'of')) {
    const end = trailingPhrase(input, after, 9);
    if (end > after + 1) return join(input, stripDeterminer(input, after + 1, end), end);
  }
  // "€1 billion worth of Russian oil"
  if (isWord(tokens[after], 'worth') && isWord(tokens[after + 1], 'of')) {
    const end = trailingPhrase(input, after + 1, 6);
    if (end > after + 2) return join(input, stripDeterminer(input, after + 2, end), end);
  }
  // "a $5bn deal", "a 12% stake in the company": the figure modifies the noun after it
  const next = tokens[after];
  if (next && next.type === 'word' && !FUNCTION_WORDS.has(next.lower) && !DATE_WORDS.has(next.lower) && isNounTagged(next, input.tags) && !isVerbLike(next, input.tags)) {
    let end = after + 1;
    while (tokens[end]?.type === 'word' && !FUNCTION_WORDS.has(tokens[end].lower) && isNounTagged(tokens[end], input.tags) && !isVerbLike(tokens[end], input.tags) && end - after < 3) end++;
    return join(input, after, trailingPhrase(input, end));
  }
  if (raw.kind !== 'money' && raw.kind !== 'percent' && raw.kind !== 'bare') return null;
  const subject = subjectBefore(input, raw.verb ?? raw.start, sentenceFirst, raw.verb !== undefined);
  if (subject) {
    const words = tokens.slice(subject.start, subject.end);
    // "it will exceed $200 billion": a pronoun does not say what is measured, so the figure gets no measure (the
    // aligner reads the context itself). Borrowing the previous figure's measure was right only when the pronoun
    // happened to refer to it.
    if (words.length === 1 && PRONOUN_SUBJECTS.has(words[0].lower)) return null;
    if (words.some((w) => w.type === 'word' && !FUNCTION_WORDS.has(w.lower))) return join(input, subject.start, subject.end);
  }
  return null;
}

/** The governing verb group right before a figure ("will exceed", "is expected to reach", "estimated at"). */
function verbGroupBefore(input: ScanInput, raw: RawQuantity, sentenceFirst: number): string[] {
  const { tokens } = input;
  const group: string[] = [];
  let verbs = 0;
  for (let j = (raw.verb ?? raw.start) - 1; j >= sentenceFirst && group.length < 6; j--) {
    const t = tokens[j];
    if (t.type !== 'word') break;
    if (CONNECTORS.has(t.lower) || AUXILIARIES.has(t.lower) || /ly$/.test(t.lower) || t.lower === 'that' || FORECAST_CUES.some((c) => c.length === 1 && c[0] === t.lower) || ESTIMATE_CUES.some((c) => c[0] === t.lower)) {
      group.unshift(t.lower);
      continue;
    }
    if (verbs === 0 && !FUNCTION_WORDS.has(t.lower) && !isWord(t, 'a', 'an', 'the')) {
      verbs++;
      group.unshift(t.lower);
      continue;
    }
    // "he believes it will exceed": a pronoun subject between the verb group and the reporting verb
    if (PRONOUN_SUBJECTS.has(t.lower) || isWord(t, 'he', 'she', 'we', 'i')) {
      group.unshift(t.lower);
      continue;
    }
    break;
  }
  if (raw.verb !== undefined) group.push(tokens[raw.verb].lower);
  return group;
}

function modalityFor(input: ScanInput, raw: RawQuantity, sentenceFirst: number): Quantity['modality'] {
  const window = verbGroupBefore(input, raw, sentenceFirst);
  const has = (cue: string[]): boolean => window.some((_, k) => cue.every((w, n) => window[k + n] === w));
  if (raw.estimate || ESTIMATE_CUES.some(has)) return 'estimate';
  if (FORECAST_CUES.some(has)) return 'forecast';
  return 'asserted';
}

/** "according to the U.K. Ministry of Defense", "..., the ministry said", "Mr. Putin said ...". */
function sourceFor(input: ScanInput, sentenceFirst: number, sentenceLast: number): string | null {
  const { tokens } = input;
  for (let j = sentenceFirst; j < sentenceLast - 1; j++) {
    if (isWord(tokens[j], 'according') && isWord(tokens[j + 1], 'to')) {
      let k = j + 2;
      while (k < sentenceLast && !(tokens[k].type === 'punct' && PUNCT_BREAK.test(tokens[k].text) && !isAbbrevDot(tokens, k)) && k - j < 12) {
        if (tokens[k].type === 'word' && CLAUSE_BREAKS.has(tokens[k].lower)) break;
        k++;
      }
      while (k > j + 2 && tokens[k - 1].type === 'punct') k--;
      const start = stripDeterminer(input, j + 2, k);
      if (k > start) return join(input, start, k);
    }
  }
  // A named sayer: a run of capitalised words (with "Mr.", "of", "the") right before a reporting verb.
  for (let j = sentenceFirst + 1; j < sentenceLast; j++) {
    const v = tokens[j];
    if (!(v.type === 'word' && REPORTING_VERBS.has(v.lower))) continue;
    let k = j - 1;
    while (k >= sentenceFirst && (isCapitalized(tokens[k]) || (tokens[k].text === '.' && tokens[k].joined) || (isWord(tokens[k], 'of') && isCapitalized(tokens[k - 1])))) k--;
    const start = k + 1;
    if (start < j && isCapitalized(tokens[start]) && (k < sentenceFirst || tokens[k].type === 'punct' || isWord(tokens[k], 'the'))) {
      const name = join(input, start, j);
      if (!SAYER_NON_NAMES.has(name)) return name;
    }
  }
  return null;
}

export function describeQuantity(input: ScanInput, raw: RawQuantity, sentenceIndex: number): Described {
  const { tokens } = input;
  const sentenceFirst = 0;
  const sentenceLast = tokens.length;
  const q: Quantity = { ...raw.quantity };
  q.measure = measureFor(input, raw, sentenceFirst);
  if (raw.kind !== 'ordinal' && raw.kind !== 'age') {
    q.modality = modalityFor(input, raw, sentenceFirst);
    q.source = sourceFor(input, sentenceFirst, sentenceLast);
  }
  return { kind: raw.kind, quantity: q, sentenceIndex };
}

