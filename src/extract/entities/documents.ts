import type { Span } from '../../types';

/** Nouns that name a text an institution issues; "the document concludes" refers back to the latest of them. */
export const DOCUMENT_NOUNS = [
  'document', 'paper', 'position paper', 'white paper', 'plan', 'peace plan', 'proposal', 'report', 'statement',
  'joint statement', 'declaration', 'communique', 'communiqué', 'letter', 'resolution', 'memo', 'memorandum',
  'blueprint', 'roadmap', 'framework', 'treaty', 'charter', 'manifesto', 'white paper', 'strategy', 'guidelines',
];
const NOUN_RE = /\b(document|paper|plan|proposal|report|statement|declaration|communiqu[eé]|letter|resolution|memo|memorandum|blueprint|roadmap|framework|treaty|charter|manifesto|strategy|guidelines)\b/giu;
const ISSUE_VERBS = String.raw`(?:unveiled|released|published|issued|put\s+forth|put\s+forward|presented|proposed|adopted|drafted|circulated|submitted|tabled|announced|outlined|signed|launched)`;
const ACTOR = String.raw`((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.'’-]*)*)`;
const ACTOR_VERB_DET = new RegExp(String.raw`${ACTOR}\s+(?:(?:has|have|had|also|recently|formally|officially)\s+)*${ISSUE_VERBS}\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{L}\p{N}-]+\s+){0,4}$`, 'u');
const POSSESSOR = /(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)['’]s\s+(?:[\p{L}\p{N}-]+\s+){0,4}$/u;
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
      const np = /\b(?:the|a|an|its|their|his|her|this|that)\s+(?:(?!(?:the|a|an)\s)[\p{L}\p{N}'’-]+\s+){0,3}$/iu.exec(before);
      const modifiers = np ? np[0] : '';
      const bare = /^(?:the|this|that|its)\s+$/i.test(modifiers) || modifiers === '';
      const issuer = ACTOR_VERB_DET.exec(before)?.[1] ?? POSSESSOR.exec(before)?.[1] ?? AFTER_ISSUER.exec(after)?.[1] ?? null;
      const start = s.start + m.index - modifiers.length;
      out.push({
        start,
        end: s.start + m.index + m[0].length,
        phrase: (modifiers + m[0]).replace(/^(?:the|a|an|its|their|his|her|this|that)\s+/i, ''),
        issuer: issuer ? issuer.replace(/^the\s+/i, '') : null,
        bare: bare && !issuer,
      });
    }
  }
  return out;
}
