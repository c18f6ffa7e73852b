import data from './data/attribution.json';
import { ownValue } from '../../language/lexicon';

interface AttributionData {
  speech: string[];
  label: string[];
  reporting: string[];
  irregular: Record<string, string[]>;
  lightVerbs: string[];
  speechNouns: string[];
  postOnly: string[];
}
const DATA = data as AttributionData;

/** Regular English inflections of a verb lemma (plus listed irregular forms): say → says, saying, said. */
export function inflect(lemma: string): string[] {
  const parts = lemma.split(' ');
  const verb = parts[0];
  const rest = parts.slice(1).join(' ');
  const forms = new Set<string>([verb]);
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  const y = /[^aeiou]y$/.test(verb);
  forms.add(y ? `${verb.slice(0, -1)}ies` : /(?:s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : `${verb}s`);
  forms.add(y ? `${verb.slice(0, -1)}ied` : `${stem}ed`);
  forms.add(`${stem}ing`);
  // Final consonant doubling for short stressed verbs (admit → admitted, refer → referred).
  if (/^(?:admit|refer|regret|commit|submit|omit|permit|quip|dub|label|signal|counsel)$/.test(verb)) {
    const last = verb[verb.length - 1];
    forms.add(`${verb}${last}ed`);
    forms.add(`${verb}${last}ing`);
  }
  // Irregular forms listed for a phrasal lemma ("go on": "went on") are whole; those of a verb take its particle.
  const whole = rest ? ownValue(DATA.irregular, lemma) ?? [] : [];
  for (const f of ownValue(DATA.irregular, verb) ?? []) forms.add(f);
  if (verb === 'say') forms.delete('sayed');
  if (verb === 'tell') forms.delete('telled');
  if (verb === 'write') forms.delete('writed');
  return [...[...forms].map((f) => (rest ? `${f} ${rest}` : f)), ...whole];
}

/** Irregular past forms of the listed verbs ("said", "told", "thought"): verbs wherever they stand. */
export const IRREGULAR_FORMS = new Set(Object.values(DATA.irregular).flat().filter((f) => !f.includes(' ')));

function formSet(lemmas: string[]): Set<string> {
  return new Set(lemmas.flatMap(inflect));
}

export const SPEECH_FORMS = formSet(DATA.speech);
export const LABEL_FORMS = formSet(DATA.label);
export const REPORTING_FORMS = formSet(DATA.reporting);
export const LIGHT_VERB_FORMS = formSet(DATA.lightVerbs);
export const POST_ONLY_FORMS = formSet(DATA.postOnly);
export const SPEECH_NOUNS = new Set(DATA.speechNouns);

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
