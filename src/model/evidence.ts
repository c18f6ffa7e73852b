import type { Span } from '../types';

/** A sentence cut around the claim it holds, for highlighting (bold in Markdown, <mark> in HTML). */
export interface EvidenceParts {
  before: string;
  match: string;
  after: string;
}

/**
 * Where the claim sits in its sentence. Offsets are article offsets; the sentence text is used as given.
 * A claim span may run past its sentence (a quote over several sentences): only the part inside is marked.
 * When the sentence text does not line up with its offsets (folded whitespace), fall back to finding the
 * claim's words; when they are not there either, nothing is marked rather than the wrong words.
 */
export function splitEvidence(sentence: { start: number; end: number; text: string }, span: Span, claimText?: string): EvidenceParts {
  const text = sentence.text;
  if (text.length === sentence.end - sentence.start) {
    const from = Math.max(span.start, sentence.start) - sentence.start;
    const to = Math.min(span.end, sentence.end) - sentence.start;
    if (from < to) return { before: text.slice(0, from), match: text.slice(from, to), after: text.slice(to) };
  }
  if (claimText) {
    const at = text.indexOf(claimText);
    if (at >= 0) return { before: text.slice(0, at), match: claimText, after: text.slice(at + claimText.length) };
  }
  return { before: text, match: '', after: '' };
}
