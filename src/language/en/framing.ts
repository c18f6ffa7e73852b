import { wordMap, wordSet, type WordListFile } from '../lexicon';
import attributionJson from './framing-attribution-verbs.json';
import evaluativeJson from './framing-evaluative-words.json';
import familiesJson from './framing-label-families.json';
import closedJson from './framing-closed-class.json';
import definiteJson from './framing-definite-articles.json';
import genericJson from './framing-generic-nouns.json';

/** Word data for framing (labels, attribution verbs, evaluative words) and omissions (who is heard). */

export type AttributionTone = 'neutral' | 'marked';
export interface Attribution {
  lemma: string;
  tone: AttributionTone;
}

const ATTRIBUTION: ReadonlyMap<string, Attribution> = (() => {
  const byLemma = wordMap<{ tone: AttributionTone; forms: string[] }>(attributionJson as WordListFile);
  const out = new Map<string, Attribution>();
  for (const [lemma, v] of byLemma) for (const f of v.forms) out.set(f.toLowerCase(), { lemma, tone: v.tone });
  return out;
})();
const FAMILIES: ReadonlyMap<string, string> = wordMap<string>(familiesJson as WordListFile);
const EVALUATIVE: ReadonlySet<string> = wordSet(evaluativeJson as WordListFile);
const GENERIC: ReadonlySet<string> = wordSet(genericJson as WordListFile);
const DEFINITE: ReadonlySet<string> = wordSet(definiteJson as WordListFile);
const CLOSED: ReadonlySet<string> = wordSet(closedJson as WordListFile);

/** The attribution verb a word form is ("claimed" → claim, marked), or null. */
export function attributionOf(word: string): Attribution | null {
  return ATTRIBUTION.get(word.toLowerCase()) ?? null;
}

/** The lemma of an attribution verb form, or null. */
export function attributionLemma(word: string): string | null {
  return attributionOf(word)?.lemma ?? null;
}

/** The label family of a head noun ("aliens" → immigrant), or null. */
export function labelFamily(word: string): string | null {
  return FAMILIES.get(word.toLowerCase()) ?? null;
}

export function isEvaluativeWord(word: string): boolean {
  return EVALUATIVE.has(word.toLowerCase());
}

/** Nouns too generic to be a story's referent on their own ("year", "people", "report"). */
export function isGenericNoun(word: string): boolean {
  return GENERIC.has(word.toLowerCase());
}

/** A definite article ("the"): the phrase after it refers back to something already named. */
export function isDefiniteArticle(word: string): boolean {
  return DEFINITE.has(word.toLowerCase());
}

/** A preposition, auxiliary or contraction: never part of a noun phrase, whatever the tagger says. */
export function isClosedClassWord(word: string): boolean {
  return CLOSED.has(word.toLowerCase().replace(/’/g, "'"));
}
