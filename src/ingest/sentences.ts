import type { Sentence, Span } from '../types';

/**
 * Sentence segmentation with offsets into the text as read.
 * Why our own: the contract fixes rules that general segmenters get wrong on news text:
 * abbreviations ("Mr.", "U.S.", "Messrs.") do not end sentences, a quote that closes after the full stop
 * belongs to its sentence, and a line break inside a paragraph does not end a sentence.
 */

/** Abbreviations that do not end a sentence when followed by a capitalised word. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'mmes', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr',
  'adm', 'sgt', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'det', 'insp', 'fr', 'mt', 'ft', 'ave', 'blvd',
  'no', 'nos', 'vol', 'vols', 'fig', 'figs', 'pp', 'ch', 'art', 'sec', 'approx', 'est', 'dept', 'univ', 'inc',
  'corp', 'ltd', 'co', 'bros', 'vs', 'cf', 'al', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);

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

function isAbbreviation(text: string, dotIndex: number): boolean {
  // The word before the dot, e.g. "Mr" in "Mr." or "U.S" in "U.S."
  let i = dotIndex - 1;
  while (i >= 0 && /[\p{L}.]/u.test(text[i])) i--;
  const word = text.slice(i + 1, dotIndex);
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // Initials and dotted acronyms: "J.", "U.S", "U.K", "a.m"
  if (/^(\p{L}\.)*\p{L}$/u.test(word) && word.length <= 5 && (word.length === 1 || word.includes('.'))) return true;
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
    if (ch === '.' && j === i + 1 && isAbbreviation(text, i)) continue;
    if (ch === '…' && !/[\p{Lu}"“]/u.test(next)) continue;
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
