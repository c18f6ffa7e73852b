import {
  ABBREVIATION_TITLES as TITLES,
  ABBREVIATIONS_BEFORE_NUMBER as BEFORE_NUMBER,
  ABBREVIATIONS_CALENDAR as CALENDAR,
  ABBREVIATIONS_MID_SENTENCE as MID_SENTENCE,
  SENTENCE_OPENERS,
  SPEECH_VERBS_AFTER_QUOTE,
} from '../language';
import type { Sentence, Span } from '../types';

/**
 * Sentence segmentation with offsets into the text as read.
 * Why our own: the contract fixes rules that general segmenters get wrong on news text:
 * abbreviations ("Mr.", "U.S.", "Messrs.") do not end sentences, a quote that closes after the full stop
 * belongs to its sentence, and a line break inside a paragraph does not end a sentence.
 *
 * The abbreviations (src/language/en/sentence-*.json): titles before a name never end a sentence ("Mr. Xi",
 * "St. George"); those that stand before a number ("No. 10", "Vol. 3") do not before a number; those that
 * usually sit inside a sentence ("Apple Inc. said") and month and weekday abbreviations, capitalised ("Sept.
 * 11"), end one only when a typical sentence opener follows ("... bought by Apple Inc. The deal").
 */

/** A speaker and speech verb after a quote ending in ? or ! ("“Why now?” Mr. Xi asked."): the same sentence. */
const ATTRIBUTION_AFTER_QUOTE = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}'’-]*\.?\s+){1,4}` +
    `(?:${SPEECH_VERBS_AFTER_QUOTE.join('|')})` +
    // ... and ends soon ("Mr. Xi asked in an interview."), unlike a new sentence ("He said he would go ...").
    String.raw`(?:\s+(?!that\b)[^\s.!?,;:]+){0,6}\s*[.,;!?]`,
  'u',
);

const CLOSERS = '"\'”’)]»';

/** Paragraph spans: lines separated by line breaks; a line that starts in lower case continues its paragraph. */
export function segmentParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  const lineRe = /[^\n]*(?:\n|$)/g;
  let m: RegExpExecArray | null;
  let current: Span | null = null;
  while ((m = lineRe.exec(text)) && m[0].length > 0) {
    const raw = m[0].replace(/\r?\n$/, '');
    const start = m.index + (raw.length - raw.trimStart().length);
    const end = m.index + raw.trimEnd().length;
    if (end <= start) {
      current = null; // a blank line always ends a paragraph
      continue;
    }
    const firstChar = text[start];
    // A new paragraph never starts in lower case: such a line is a hard break inside a sentence.
    const continues = current !== null && /\p{Ll}/u.test(firstChar);
    if (continues && current) {
      current.end = end;
    } else {
      current = { start, end };
      paragraphs.push(current);
    }
  }
  return paragraphs;
}

function nextWord(text: string, from: number): string {
  return /^[\p{L}'’]+/u.exec(text.slice(from, from + 40))?.[0] ?? '';
}

/** Whether the full stop at `dotIndex` belongs to an abbreviation, given the word that follows at `nextIndex`. */
function isAbbreviation(text: string, dotIndex: number, nextIndex: number): boolean {
  // The word before the dot, e.g. "Mr" in "Mr." or "U.S" in "U.S."
  let i = dotIndex - 1;
  while (i >= 0 && /[\p{L}.]/u.test(text[i])) i--;
  const word = text.slice(i + 1, dotIndex);
  // "1980s." is a word ending a sentence, not the initial "s."
  if (word.length === 0 || (i >= 0 && /[\p{N}_-]/u.test(text[i]))) return false;
  const lower = word.toLowerCase();
  const next = text[nextIndex] ?? '';
  const opensSentence = SENTENCE_OPENERS.has(nextWord(text, nextIndex).toLowerCase().replace('’', "'"));
  if (TITLES.has(lower)) return true;
  if (BEFORE_NUMBER.has(lower)) return /\p{N}/u.test(next);
  if (CALENDAR.has(lower)) return /^\p{Lu}/u.test(word) && !opensSentence;
  if (MID_SENTENCE.has(lower)) return !opensSentence;
  // Initials and dotted acronyms: "J.", "U.S", "U.K", "a.m"
  if (/^(\p{L}\.)*\p{L}$/u.test(word) && word.length <= 7 && (word.length === 1 || word.includes('.'))) return !opensSentence;
  return false;
}

/** Sentences within one paragraph span. */
function splitParagraph(text: string, para: Span, paragraphIndex: number): Sentence[] {
  const out: Sentence[] = [];
  let start = para.start;
  for (let i = para.start; i < para.end; i++) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let j = i + 1;
    while (j < para.end && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < para.end && CLOSERS.includes(text[j])) j++;
    if (j >= para.end) break;
    if (!/\s/.test(text[j])) continue;
    let k = j;
    while (k < para.end && /\s/.test(text[k])) k++;
    const next = text[k] ?? '';
    // A sentence starts with a capital, a digit or an opening quote/bracket.
    if (!/[\p{Lu}\p{N}"“‘'(\[]/u.test(next)) continue;
    if (ch === '.' && j === i + 1 && isAbbreviation(text, i, k)) continue;
    if (ch === '…' && !/[\p{Lu}"“]/u.test(next)) continue;
    // "“Why now?” Mr. Xi asked.": the attribution belongs to the quote's sentence.
    if ((ch === '?' || ch === '!') && j > i + 1 && CLOSERS.includes(text[j - 1]) && ATTRIBUTION_AFTER_QUOTE.test(text.slice(k, k + 80))) continue;
    // A list number or letter opening the paragraph ("1. The first point") is not a sentence.
    if (ch === '.' && /^(\d{1,2}|\p{L})$/u.test(text.slice(start, i))) continue;
    out.push(makeSentence(text, start, j, paragraphIndex));
    start = k;
    i = k - 1;
  }
  if (start < para.end) out.push(makeSentence(text, start, para.end, paragraphIndex));
  return out;
}

function makeSentence(text: string, start: number, end: number, paragraph: number): Sentence {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end, text: text.slice(start, end), paragraph };
}

export function segmentSentences(text: string, paragraphs: Span[]): Sentence[] {
  return paragraphs.flatMap((p, i) => splitParagraph(text, p, i));
}
