import type { ChromeSpan, Sentence, Span } from '../types';

/**
 * Editing debris: text with no content of its own that a careless edit or a scraper left behind.
 * - `truncated-duplicate`: a sentence that ends a paragraph and repeats, cut short, the start of the next
 *   paragraph's first sentence ("After X halted oil and gas." before "After X halted oil and gas imports from
 *   Russia, ..."). The later, complete sentence is the content.
 * - `repeated-paragraph`: a paragraph repeated word for word right after itself; the second copy is debris.
 * Marked as `artifact` chrome so that no claim is counted twice or taken from a fragment.
 */

/** Comparable words: case, quote style and punctuation do not matter. */
function words(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .split(/[^\p{L}\p{N}'$%€£¥]+/u)
    .filter(Boolean);
}

const MIN_DUPLICATE_WORDS = 4;
const MIN_REPEATED_PARAGRAPH_WORDS = 6;

function startsWith(longer: string[], prefix: string[]): boolean {
  return prefix.every((w, i) => longer[i] === w);
}

export function findArtifacts(text: string, paragraphs: Span[], sentences: Sentence[], skip: Span | null = null): ChromeSpan[] {
  const out: ChromeSpan[] = [];
  const byParagraph = new Map<number, Sentence[]>();
  for (const s of sentences) {
    const list = byParagraph.get(s.paragraph) ?? [];
    list.push(s);
    byParagraph.set(s.paragraph, list);
  }
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const p = paragraphs[i];
    // The headline is often the first words of the lede; that is not debris.
    if (skip && p.start < skip.end && skip.start < p.end) continue;
    const next = paragraphs[i + 1];
    const pText = text.slice(p.start, p.end);
    const nextText = text.slice(next.start, next.end);
    const pw = words(pText);
    if (pw.length >= MIN_REPEATED_PARAGRAPH_WORDS && pw.join(' ') === words(nextText).join(' ')) {
      out.push({ start: next.start, end: next.end, type: 'artifact', rule: 'repeated-paragraph' });
      i++; // the copy is not compared with what follows it
      continue;
    }
    const last = byParagraph.get(i)?.at(-1);
    const first = byParagraph.get(i + 1)?.[0];
    if (!last || !first) continue;
    // Cut short and closed with a full stop: the fragment ends where the full sentence goes on.
    if (!/\.["'”’]?$/.test(last.text)) continue;
    const lw = words(last.text);
    const fw = words(first.text);
    if (lw.length >= MIN_DUPLICATE_WORDS && fw.length > lw.length && startsWith(fw, lw)) {
      out.push({ start: last.start, end: last.end, type: 'artifact', rule: 'truncated-duplicate' });
    }
  }
  return out;
}
