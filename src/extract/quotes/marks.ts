import type { Span } from '../../types';
import { QUOTE_ELISIONS } from '../../language';
import { alternation } from '../../language/lexicon';

/** One pair of quotation marks (or an opening mark whose quote runs on into the next paragraph). */
export interface QuotePair extends Span {
  innerStart: number;
  innerEnd: number;
  /** False when the quote runs on into the next paragraph without a closing mark here. */
  closed: boolean;
  paragraph: number;
  mark: 'double' | 'single';
}

const SPACE_BEFORE = /[\s([{—–\-/]/;
const OPEN_AFTER = /[^\s]/;

function openerLike(text: string, i: number, pStart: number): boolean {
  const prev = i > pStart ? text[i - 1] : ' ';
  const next = text[i + 1] ?? ' ';
  return (SPACE_BEFORE.test(prev) || prev === '“' || prev === '‘') && OPEN_AFTER.test(next) && !/[\s,;:]/.test(next);
}

function closerLike(text: string, i: number, pEnd: number): boolean {
  const prev = text[i - 1] ?? ' ';
  const next = i + 1 < pEnd ? text[i + 1] : ' ';
  return !/\s/.test(prev) && /[\s.,;:!?)\]—–\-…'’”]/.test(next);
}

/** Double quotes of one paragraph: curly pairs, and straight ones told apart by the spacing around them. */
function doublePairs(text: string, p: Span, index: number, nextParagraphOpens: boolean): QuotePair[] {
  const out: QuotePair[] = [];
  let open = -1;
  for (let i = p.start; i < p.end; i++) {
    const ch = text[i];
    if (ch === '“') {
      open = i; // an earlier opener without its closer is unmatched: skip it
    } else if (ch === '”') {
      if (open >= 0) out.push(pair(open, i, index, 'double'));
      open = -1;
    } else if (ch === '"') {
      if (open >= 0 && closerLike(text, i, p.end)) {
        out.push(pair(open, i, index, 'double'));
        open = -1;
      } else if (openerLike(text, i, p.start)) {
        // A quote reopened after a full stop while still open: paragraph breaks lost inside a multi-paragraph
        // quote (He said: "A. "B."). The open part is a quote of its own that runs on.
        if (open >= 0 && /[.!?…][\s\u00a0]+$/.test(text.slice(open + 1, i))) {
          const end = open + 1 + text.slice(open + 1, i).trimEnd().length;
          out.push({ start: open, end, innerStart: open + 1, innerEnd: end, closed: false, paragraph: index, mark: 'double' });
        }
        open = i;
      }
    }
  }
  // Multi-paragraph quote: the paragraph ends inside the quote and the next one reopens it (standard convention).
  if (open >= 0 && nextParagraphOpens && open + 1 < p.end) {
    out.push({ start: open, end: p.end, innerStart: open + 1, innerEnd: p.end, closed: false, paragraph: index, mark: 'double' });
  }
  return out.filter((q) => /[\p{L}\p{N}]/u.test(text.slice(q.innerStart, q.innerEnd)));
}

function pair(open: number, close: number, paragraph: number, mark: 'double' | 'single'): QuotePair {
  return { start: open, end: close + 1, innerStart: open + 1, innerEnd: close, closed: true, paragraph, mark };
}

const MAX_SINGLE = 300;
/** Elisions that open with an apostrophe: 'em, 'n', 'til. */
const ELISION = new RegExp(String.raw`^(?:${alternation(QUOTE_ELISIONS)})\b`, 'i');

/**
 * Single quotes used as primary marks (‘…’ or '…'), outside double quotes. An apostrophe is never an opener
 * (it follows a letter: "Russia’s", "don't"); a closer must follow a non-space and precede a non-letter. A
 * closer candidate after an "s" and before a lower-case word ("all parties’ interests") is taken for a
 * plural possessive when a later candidate exists.
 */
function singlePairs(text: string, p: Span, index: number, doubles: QuotePair[]): QuotePair[] {
  const out: QuotePair[] = [];
  const insideDouble = (i: number): boolean => doubles.some((d) => i > d.start && i < d.end);
  for (let i = p.start; i < p.end; i++) {
    const ch = text[i];
    if ((ch !== '‘' && ch !== "'") || insideDouble(i)) continue;
    const prev = i > p.start ? text[i - 1] : ' ';
    const next = text[i + 1] ?? ' ';
    if (!/[\s([{—–"“]/.test(prev) || !/[\p{L}\p{N}]/u.test(next)) continue;
    // Elisions that open with an apostrophe: 'em, 'n', 'til, '90s.
    if (ELISION.test(text.slice(i + 1, i + 6)) || /\d/.test(next)) continue;
    const closers: number[] = [];
    for (let k = i + 2; k < Math.min(p.end, i + MAX_SINGLE); k++) {
      const c = text[k];
      if (c === '"' || c === '“' || c === '”') break;
      if (c !== '’' && c !== "'") continue;
      if (/\s/.test(text[k - 1])) continue;
      const after = k + 1 < p.end ? text[k + 1] : ' ';
      if (/[\p{L}\p{N}]/u.test(after)) continue; // an apostrophe inside a word
      closers.push(k);
    }
    if (closers.length === 0) continue;
    let close = closers[0];
    for (const k of closers) {
      const pluralPossessive = text[k - 1] === 's' && /^\s\p{Ll}/u.test(text.slice(k + 1, k + 3));
      if (!pluralPossessive) {
        close = k;
        break;
      }
    }
    out.push(pair(i, close, index, 'single'));
    i = close;
  }
  return out;
}

/** Every pair of quotation marks in the paragraphs, in text order; unmatched marks are skipped. */
export function findQuotePairs(text: string, paragraphs: Span[]): QuotePair[] {
  const out: QuotePair[] = [];
  paragraphs.forEach((p, index) => {
    const next = paragraphs[index + 1];
    const nextOpens = next !== undefined && /^["“]/.test(text.slice(next.start, next.start + 1));
    const doubles = doublePairs(text, p, index, nextOpens);
    out.push(...doubles, ...singlePairs(text, p, index, doubles));
  });
  return out.sort((a, b) => a.start - b.start);
}
