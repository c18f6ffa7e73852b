import {
  BACK_REFERENCE_DETERMINERS,
  DOCUMENT_ARTICLES,
  DOCUMENT_DETERMINERS,
  DOCUMENT_NOUNS,
  ISSUE_ADVERBS,
  ISSUE_DETERMINERS,
  ISSUE_VERBS as ISSUE_VERB_WORDS,
} from '../../language';
import { alternation } from '../../language/lexicon';
import type { Span } from '../../types';

/** Nouns that name a text an institution issues; "the document concludes" refers back to the latest of them. */
export { DOCUMENT_NOUNS } from '../../language';
/** The single-word document nouns are the heads a document is found by ("12-point peace plan" by "plan"). */
const NOUN_RE = new RegExp(String.raw`\b${alternation(DOCUMENT_NOUNS.filter((n) => !n.includes(' ')))}\b`, 'giu');
/** An alternation of words in which a phrase's space stands for any whitespace ("put forth"). */
const words = (list: Iterable<string>): string => alternation(list).replace(/ /g, String.raw`\s+`);
const ISSUE_VERBS = words(ISSUE_VERB_WORDS);
const DETERMINER = words(DOCUMENT_DETERMINERS);
const ACTOR = String.raw`((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.'’-]*)*)`;
const ACTOR_VERB_DET = new RegExp(String.raw`${ACTOR}\s+(?:${words(ISSUE_ADVERBS)}\s+)*${ISSUE_VERBS}\s+${words(ISSUE_DETERMINERS)}\s+(?:[\p{L}\p{N}-]+\s+){0,4}$`, 'u');
const POSSESSOR = /(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)['’]s\s+(?:[\p{L}\p{N}-]+\s+){0,4}$/u;
/** The noun phrase before a document noun, from its determiner ("a 12-point peace" before "plan"); never over an article. */
const NOUN_PHRASE_BEFORE = new RegExp(String.raw`\b${DETERMINER}\s+(?:(?!${words(DOCUMENT_ARTICLES)}\s)[\p{L}\p{N}'’-]+\s+){0,3}$`, 'iu');
const BACK_REFERENCE = new RegExp(String.raw`^${words(BACK_REFERENCE_DETERMINERS)}\s+$`, 'i');
const LEADING_DETERMINER = new RegExp(String.raw`^${DETERMINER}\s+`, 'i');
const AFTER_ISSUER = new RegExp(String.raw`^\s+(?:that\s+|which\s+)?${ACTOR}\s+(?:has\s+|had\s+)?${ISSUE_VERBS}\b`, 'u');

/** A document named in the text, with who issued it when the text says. */
export interface DocumentMention extends Span {
  /** The noun phrase ("12-point peace plan"). */
  phrase: string;
  /** Words naming the issuer ("China"), or null. */
  issuer: string | null;
  /** True for a bare back-reference ("the document") that names no document of its own. */
  bare: boolean;
}

/**
 * Document mentions in text order. The issuer comes from "<Actor> unveiled a ... plan", "<Actor>'s ... paper"
 * or "the ... paper <Actor> released".
 */
export function findDocuments(text: string, sentences: Span[]): DocumentMention[] {
  const out: DocumentMention[] = [];
  for (const s of sentences) {
    const sent = text.slice(s.start, s.end);
    NOUN_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = NOUN_RE.exec(sent))) {
      const before = sent.slice(0, m.index);
      const after = sent.slice(m.index + m[0].length);
      // The noun phrase starts at its determiner: "a 12-point peace plan", "the document" (never "stated the document").
      const np = NOUN_PHRASE_BEFORE.exec(before);
      const modifiers = np ? np[0] : '';
      const bare = BACK_REFERENCE.test(modifiers) || modifiers === '';
      const issuer = ACTOR_VERB_DET.exec(before)?.[1] ?? POSSESSOR.exec(before)?.[1] ?? AFTER_ISSUER.exec(after)?.[1] ?? null;
      const start = s.start + m.index - modifiers.length;
      out.push({
        start,
        end: s.start + m.index + m[0].length,
        phrase: (modifiers + m[0]).replace(LEADING_DETERMINER, ''),
        issuer: issuer ? issuer.replace(/^the\s+/i, '') : null,
        bare: bare && !issuer,
      });
    }
  }
  return out;
}
