import { alternationInOrder as alternation, wordMap, wordSet, type WordListFile } from '../lexicon';
import titlesJson from './framing-abbreviated-titles.json';
import actorPrepositionsJson from './framing-actor-prepositions.json';
import complementPrepositionsJson from './framing-complement-prepositions.json';
import conflictHeadsJson from './framing-conflict-heads.json';
import determinersJson from './framing-determiners.json';
import functionWordsJson from './framing-function-words.json';
import locativeJson from './framing-locative-prepositions.json';
import planComplementsJson from './framing-plan-complements.json';
import pointNumbersJson from './framing-point-numbers.json';
import sideTakingJson from './framing-side-taking-verbs.json';
import stanceObjectJson from './framing-stance-object-prepositions.json';
import supplyVerbsJson from './framing-supply-verbs.json';
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

// The label finders' context words (src/compare/framing): the words around a label that tie it to a country.

const FUNCTION_WORDS: ReadonlySet<string> = wordSet(functionWordsJson as WordListFile);
const TITLES: ReadonlySet<string> = wordSet(titlesJson as WordListFile);
const ACTOR_PREPOSITIONS: ReadonlySet<string> = wordSet(actorPrepositionsJson as WordListFile);
const CONFLICT_HEADS: ReadonlySet<string> = wordSet(conflictHeadsJson as WordListFile);
const LOCATIVE: ReadonlySet<string> = wordSet(locativeJson as WordListFile);

export type DeterminerKind = 'article' | 'possessive' | 'collective-possessive' | 'demonstrative';
const DETERMINERS: ReadonlyMap<string, DeterminerKind> = wordMap<DeterminerKind>(determinersJson as WordListFile);

/** A word capitalised only because it starts a sentence or headline ("The", "Since"). */
export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word.toLowerCase());
}

/** A title whose full stop is part of it ("Mr", "Gen"; as written). */
export function isAbbreviatedTitle(word: string): boolean {
  return TITLES.has(word);
}

/** A preposition that makes the country after it an object ("with Moscow"). */
export function isActorPreposition(word: string): boolean {
  return ACTOR_PREPOSITIONS.has(word.toLowerCase());
}

/** A noun a country word modifies rather than acts in ("the Ukraine conflict"). */
export function isConflictHead(word: string): boolean {
  return CONFLICT_HEADS.has(word.toLowerCase());
}

/** A preposition of place ("in Washington"): the country is where, not who. */
export function isLocativePreposition(word: string): boolean {
  return LOCATIVE.has(word.toLowerCase());
}

/** The determiner kind of a word ("its" → collective-possessive), or null. */
export function determinerKind(word: string): DeterminerKind | null {
  return DETERMINERS.get(word.toLowerCase()) ?? null;
}

/** Regex alternation of the determiners of these kinds, in file order. */
export function determinerPattern(kinds: readonly DeterminerKind[]): string {
  return alternation([...DETERMINERS].filter(([, k]) => kinds.includes(k)).map(([w]) => w));
}

/** Regex alternation of the number words of "<n>-point" plans. */
export function pointNumberPattern(): string {
  return alternation((pointNumbersJson as WordListFile).words!);
}

/** The prepositions that tie a war label to its object, in file order. */
export function complementPrepositions(): string[] {
  return [...(complementPrepositionsJson as WordListFile).words!];
}

/** Regex alternation of the supply verb forms. */
export function supplyVerbPattern(): string {
  return alternation((supplyVerbsJson as WordListFile).words!);
}

/** Regex alternation of the words before "<country>'s side" (lower case, as written). */
export function sideTakingPattern(): string {
  return alternation((sideTakingJson as WordListFile).words!);
}

/** Regex alternation of the prepositions between a stance label and its country. */
export function stanceObjectPrepositionPattern(): string {
  return alternation((stanceObjectJson as WordListFile).words!);
}

/** The parts of a peace plan's complement ("to end the war"), as regex alternations. */
export function planComplementPatterns(): { prepositions: string; goals: string; placeLinks: string } {
  const t = planComplementsJson.table as { prepositions: string[]; goals: Record<string, 'word' | 'prefix' | 'stem'>; placeLinks: string[] };
  const goals = [...wordMap<'word' | 'prefix' | 'stem'>({ description: 'peace plan goals', table: t.goals })];
  const goal = ([w, kind]: [string, string]) => alternation([w]) + (kind === 'stem' ? '\\w+' : kind === 'prefix' ? '\\w*' : '');
  return { prepositions: alternation(t.prepositions), goals: goals.map(goal).join('|'), placeLinks: alternation(t.placeLinks) };
}
