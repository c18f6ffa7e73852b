import { createHash } from 'node:crypto';

/** sha256 of the parts joined by NUL, hex, truncated. Deterministic on every machine. */
export function fingerprint(parts: Array<string | number>, length = 12): string {
  return createHash('sha256').update(parts.map(String).join('\u0000')).digest('hex').slice(0, length);
}

/** Whitespace-folded text, so that a re-wrapped line or a no-break space does not change an id. */
export function foldSpace(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

/**
 * A claim's id depends on the article id, the kind, the claim's words, its sentence's words, and which
 * occurrence of that (sentence, words) pair it is. Edits elsewhere in the article leave it unchanged,
 * so review decisions keyed on it survive unrelated edits.
 */
export function claimId(articleId: string, kind: string, text: string, sentence: string, occurrence: number): string {
  return claimIdFolded(articleId, kind, foldSpace(text), foldSpace(sentence), occurrence);
}

/** claimId from already folded words: a sentence's folding is done once for all its claims. */
export function claimIdFolded(articleId: string, kind: string, foldedText: string, foldedSentence: string, occurrence: number): string {
  return `c-${fingerprint([articleId, kind, foldedText, foldedSentence, occurrence])}`;
}
