import {
  QUOTE_DOUBLING_VERBS,
  QUOTE_IRREGULAR_VERBS,
  QUOTE_LABEL_VERBS,
  QUOTE_LIGHT_VERBS,
  QUOTE_NO_REGULAR_PAST,
  QUOTE_POST_ONLY_VERBS,
  QUOTE_REPORTING_VERBS,
  QUOTE_SPEECH_NOUNS,
  QUOTE_SPEECH_VERBS,
} from '../../language';
import { alternation } from '../../language/lexicon';

const DOUBLING = new RegExp(`^(?:${alternation(QUOTE_DOUBLING_VERBS)})$`);
const NO_REGULAR_PAST: ReadonlySet<string> = new Set(QUOTE_NO_REGULAR_PAST);

/** Regular English inflections of a verb lemma (plus listed irregular forms): say → says, saying, said. */
export function inflect(lemma: string): string[] {
  const parts = lemma.split(' ');
  const verb = parts[0];
  const rest = parts.slice(1).join(' ');
  const forms = new Set<string>([verb]);
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  const y = /[^aeiou]y$/.test(verb);
  forms.add(y ? `${verb.slice(0, -1)}ies` : /(?:s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : `${verb}s`);
  const past = y ? `${verb.slice(0, -1)}ied` : `${stem}ed`;
  forms.add(past);
  forms.add(`${stem}ing`);
  // Final consonant doubling for short stressed verbs (admit → admitted, refer → referred).
  if (DOUBLING.test(verb)) {
    const last = verb[verb.length - 1];
    forms.add(`${verb}${last}ed`);
    forms.add(`${verb}${last}ing`);
  }
  // Irregular forms listed for a phrasal lemma ("go on": "went on") are whole; those of a verb take its particle.
  const whole = rest ? QUOTE_IRREGULAR_VERBS.get(lemma) ?? [] : [];
  for (const f of QUOTE_IRREGULAR_VERBS.get(verb) ?? []) forms.add(f);
  if (NO_REGULAR_PAST.has(verb)) forms.delete(past);
  return [...[...forms].map((f) => (rest ? `${f} ${rest}` : f)), ...whole];
}

/** Irregular past forms of the listed verbs ("said", "told", "thought"): verbs wherever they stand. */
export const IRREGULAR_FORMS = new Set([...QUOTE_IRREGULAR_VERBS.values()].flat().filter((f) => !f.includes(' ')));

function formSet(lemmas: readonly string[]): Set<string> {
  return new Set(lemmas.flatMap(inflect));
}

export const SPEECH_FORMS = formSet(QUOTE_SPEECH_VERBS);
export const LABEL_FORMS = formSet(QUOTE_LABEL_VERBS);
export const REPORTING_FORMS = formSet(QUOTE_REPORTING_VERBS);
export const LIGHT_VERB_FORMS = formSet(QUOTE_LIGHT_VERBS);
export const POST_ONLY_FORMS = formSet(QUOTE_POST_ONLY_VERBS);
export const SPEECH_NOUNS = new Set(QUOTE_SPEECH_NOUNS);

/** Verb forms that may attribute a quote placed after them in the same sentence. */
export function isPreQuoteVerb(word: string): boolean {
  const w = word.toLowerCase();
  return SPEECH_FORMS.has(w) || LABEL_FORMS.has(w);
}

/** Verb forms that attribute a quote placed before them ("…,” she added). */
export function isPostQuoteVerb(word: string): boolean {
  const w = word.toLowerCase();
  return SPEECH_FORMS.has(w) || POST_ONLY_FORMS.has(w);
}

export function isParticiple(word: string): boolean {
  return /ing$/i.test(word);
}
