import type { ChromeSpan, Span } from '../types';

/**
 * In-body subheadings of plain text: a one-line paragraph that reads as a title (short, starts with a capital,
 * no final full stop, comma, colon or semicolon) between two body paragraphs, the one before it ending a
 * sentence. Extractors may treat them like headlines (no sentence of the running text).
 */

const MAX_WORDS = 12;
const MAX_QUESTION_WORDS = 8;
const MAX_CHARS = 100;

function wordCount(s: string): number {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

function isOneLine(text: string, p: Span): boolean {
  return !text.slice(p.start, p.end).includes('\n');
}

function looksLikeTitle(line: string): boolean {
  const n = wordCount(line);
  if (n < 2 || n > MAX_WORDS || line.length > MAX_CHARS) return false;
  if (!/^["“‘'(]?[\p{Lu}\p{N}]/u.test(line)) return false;
  if (/[.,;:…—–-]["'”’]?$/u.test(line)) return false; // sentence, or a dateline such as "MOSCOW—"
  // Exclamations and "??" are readers' comments or shouted quotes; a short question can be a subheading.
  if (/!["'”’]?$|[?!]{2,}/u.test(line)) return false;
  if (/\?["'”’]?$/u.test(line) && n > MAX_QUESTION_WORDS) return false;
  if (/[.!?]["'”’]?\s+\S/u.test(line)) return false; // two sentences
  return true;
}

/** Subheading spans; `headline` and chrome are never subheadings. */
export function findSubheadings(text: string, paragraphs: Span[], headline: Span | null, chrome: ChromeSpan[]): Span[] {
  const inChrome = (p: Span) => chrome.some((c) => p.start < c.end && c.start < p.end);
  const out: Span[] = [];
  for (let i = 1; i + 1 < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (headline && p.start < headline.end) continue;
    if (!isOneLine(text, p) || inChrome(p) || !looksLikeTitle(text.slice(p.start, p.end))) continue;
    const prev = paragraphs[i - 1];
    // Right under the headline a short line is a standfirst or byline, not a subheading.
    if (headline && prev.start < headline.end) continue;
    if (!/[.!?]["'”’)]?$/u.test(text.slice(prev.start, prev.end))) continue;
    const next = text.slice(paragraphs[i + 1].start, paragraphs[i + 1].end);
    if (!/^["“‘'(]?[\p{Lu}\p{N}]/u.test(next) || wordCount(next) <= MAX_WORDS) continue;
    out.push({ start: p.start, end: p.end });
  }
  return out;
}
