import type { Span } from '../../types';
import { isHonorific, isPluralHonorific, isRoleNoun, isTitleWord } from '../entities/names';
import { lookupPlace } from '../entities/governments';
import { isCapitalized, tokenize, type Token } from '../entities/tokens';
import { isPostQuoteVerb, isPreQuoteVerb } from './verbs';
import {
  QUOTE_AUX_ADVERBS,
  QUOTE_CLAUSE_CONJUNCTIONS,
  QUOTE_COMMON_CAPITALIZED,
  QUOTE_NAME_PARTICLES,
  QUOTE_PHRASE_DETERMINERS,
  QUOTE_PHRASE_FUNCTION_WORDS,
  QUOTE_SPEAKER_NOUNS,
  QUOTE_SUBJECT_PRONOUNS,
} from '../../language';
import { alternation } from '../../language/lexicon';
import { wordPattern as wordOf } from './words';

/** Words in the text that name (or refer to) a speaker, before resolution. */
export interface SpeakerPhrase extends Span {
  text: string;
  kind: 'pronoun' | 'name' | 'joint' | 'description';
  /** For joint speakers: each part. */
  parts?: SpeakerPhrase[];
}


const PRONOUNS = wordOf(QUOTE_SUBJECT_PRONOUNS, 'i');
const NOUN_HEADS = wordOf(QUOTE_SPEAKER_NOUNS, 'i');
const FUNCTION_WORDS = wordOf(QUOTE_PHRASE_FUNCTION_WORDS, 'i');
const DETERMINERS = wordOf(QUOTE_PHRASE_DETERMINERS, 'i');
const PARTICLES = wordOf(QUOTE_NAME_PARTICLES);
/** Conjunctions after which a noun phrase opens a clause. */
const CLAUSE_CONJUNCTION = wordOf(QUOTE_CLAUSE_CONJUNCTIONS, 'i');
/** Auxiliaries and adverbs that may sit between a subject and its verb ("Putin has previously said"). */
const AUX_ADVERB = new RegExp(String.raw`^(?:${alternation(QUOTE_AUX_ADVERBS)}|\p{Ll}+ly)$`, 'u');

/** Function words and sentence adverbs that open sentences in capitals but never name anyone. */
const COMMON_CAPS = wordOf(QUOTE_COMMON_CAPITALIZED);

/**
 * A participle opening its sentence ("Choosing China for his first visit, …", "Striking a contrast with …",
 * "Asked about …, she said"): a capitalised -ing/-ed word at the sentence start, not a known place, followed
 * by a word that is no verb (a name would be: "Harding said") and, later in the sentence, the comma that ends
 * the participle clause.
 */
export function isParticipleOpener(text: string, tok: Token, next: Token | undefined): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}(?:ing|ed)$/u.test(tok.text) || lookupPlace(tok.text) !== null) return false;
  const before = text.slice(Math.max(0, tok.start - 3), tok.start);
  if (tok.start > 0 && !/(?:^|[.!?:;]["”’]?[\s\u00a0]+|\n[\s\u00a0]*|[“"‘(—–][\s\u00a0]*)$/u.test(before)) return false;
  if (!next || !/^[ \u00a0]{1,3}$/.test(text.slice(tok.end, next.start))) return false;
  const n = next.text.toLowerCase();
  if (isPostQuoteVerb(n) || isPreQuoteVerb(n) || AUX_ADVERB.test(n)) return false;
  const rest = /^[^.!?\n]*/.exec(text.slice(next.end, next.end + 300))![0];
  return rest.includes(',');
}

/** Also a capitalized speech verb opening a sentence ("Welcoming the report, …", "Asked about …"). */
export function isCommonCapitalized(w: string): boolean {
  return COMMON_CAPS.test(w) || isPreQuoteVerb(w) || isPostQuoteVerb(w);
}

function isNameToken(w: string): boolean {
  return isCapitalized(w) && !isTitleWord(w) && lookupPlace(w) === null && !isCommonCapitalized(w);
}

function phrase(text: string, toks: Token[], kind: SpeakerPhrase['kind']): SpeakerPhrase {
  const start = toks[0].start;
  const end = toks[toks.length - 1].end;
  return { start, end, text: text.slice(start, end), kind };
}

/** Only spaces (or a single space-like gap) between two tokens. */
function adjacent(text: string, a: Token, b: Token): boolean {
  return /^[\s\u00a0]{0,3}$/.test(text.slice(a.end, b.start)) && !text.slice(a.end, b.start).includes('\n');
}

/**
 * The trailing name inside a name phrase, keeping honorifics but not titles or nationality:
 * "Russian Foreign Ministry spokeswoman Maria Zakharova" → "Maria Zakharova", "Mr. Xi" → "Mr. Xi".
 */
function trailingName(_text: string, toks: Token[]): Token[] {
  let k = toks.length;
  while (k > 0) {
    const raw = toks[k - 1].text;
    // An owner is not part of the name: "Yahoo's Yonca Brunini" → "Yonca Brunini".
    if (k < toks.length && /['’]s$/.test(raw)) break;
    const w = raw.replace(/['’]s$/, '');
    if (isNameToken(w) || (PARTICLES.test(w) && k < toks.length)) k--;
    else break;
  }
  if (k < toks.length && k > 0 && (isHonorific(toks[k - 1].text) || isPluralHonorific(toks[k - 1].text))) k--;
  return toks.slice(k);
}

/** A speaker phrase that starts right after `at` (after the verb: "said Ge", "stated the document"). */
export function phraseAfter(text: string, at: number, limit: number, requireSpace = true, loose = false): SpeakerPhrase | null {
  const toks = tokenize(text, at, Math.min(limit, at + 160));
  if (toks.length === 0 || !new RegExp(requireSpace ? '^[\\s\\u00a0]+$' : '^[\\s\\u00a0]*$').test(text.slice(at, toks[0].start))) return null;
  const first = toks[0].text;
  // A capitalised pronoun is a subject only where a sentence or clause starts (not "said He").
  if (PRONOUNS.test(first) && first !== 'I' && (/^\p{Ll}/u.test(first) || !requireSpace)) return phrase(text, [toks[0]], 'pronoun');
  if (DETERMINERS.test(first) || /['’]s$/.test(first) && lookupPlace(first.replace(/['’]s$/, ''))) {
    // "the document", "the two countries", "Japan’s foreign ministry": up to the head noun.
    const taken: Token[] = [toks[0]];
    for (let k = 1; k < Math.min(toks.length, 7); k++) {
      if (!adjacent(text, toks[k - 1], toks[k]) || FUNCTION_WORDS.test(toks[k].text) && toks[k].text !== 'of') break;
      taken.push(toks[k]);
      if (NOUN_HEADS.test(toks[k].text) || isRoleNoun(toks[k].text)) {
        if (toks[k + 1]?.text === 'of' && toks[k + 2] && isCapitalized(toks[k + 2].text)) taken.push(toks[k + 1], toks[k + 2]);
        return phrase(text, taken, 'description');
      }
    }
    // After a speech verb or "according to", the noun phrase up to the next function word or comma speaks:
    // "said the gambling tycoon in …", "according to the newspaper, …".
    while (taken.length > 1 && taken[taken.length - 1].text === 'of') taken.pop();
    if (loose && taken.length >= 2 && taken.length < 7 && taken.every(plainWord)) return phrase(text, taken, 'description');
    return null;
  }
  if (isCommonCapitalized(first) || isParticipleOpener(text, toks[0], toks[1])) return null;
  // Names with titles before them: "Russian Foreign Ministry spokeswoman Maria Zakharova".
  const taken: Token[] = [];
  for (let k = 0; k < toks.length && k < 12; k++) {
    const w = toks[k].text;
    if (k > 0 && !adjacent(text, toks[k - 1], toks[k])) break;
    const joiner = (w === 'and' || w === 'of') && toks[k + 1] && (isCapitalized(toks[k + 1].text) || isTitleWord(toks[k + 1].text));
    // Lower-case modifiers of a title: "said election lawyer Joe Birkenstock", "said campaign manager Jeff Weaver".
    // So do plain lower-case words right before a name: "said retired neurosurgeon Ben Carson".
    const lowerBeforeName = k < 3 && loose && toks.slice(k + 1, 4).some((t, j) => isNameToken(t.text) && toks.slice(k + 1, k + 1 + j).every((x) => /^\p{Ll}[\p{Ll}-]+$/u.test(x.text) && !FUNCTION_WORDS.test(x.text) && !isPreQuoteVerb(x.text)));
    const modifier = k < 3 && /^\p{Ll}[\p{Ll}-]+$/u.test(w) && !FUNCTION_WORDS.test(w) && !DETERMINERS.test(w) && !isPreQuoteVerb(w) && ([toks[k + 1], toks[k + 2]].some((t) => t !== undefined && isTitleWord(t.text) && !isCapitalized(t.text)) || lowerBeforeName) && taken.every((t) => !isCapitalized(t.text));
    if (isCapitalized(w) || isTitleWord(w) || joiner || modifier || (PARTICLES.test(w) && toks[k + 1] && isCapitalized(toks[k + 1].text))) taken.push(toks[k]);
    else break;
  }
  while (taken.length && !isCapitalized(taken[taken.length - 1].text)) taken.pop();
  if (taken.length === 0) return null;
  const andAt = taken.findIndex((t) => t.text === 'and');
  if (andAt > 0 && andAt < taken.length - 1 && isCapitalized(taken[andAt + 1].text) && !isTitleWord(taken[andAt + 1].text)) {
    // "Messrs. Xi and Putin", "Xi Jinping and Vladimir Putin": joint speakers.
    const left = taken.slice(0, andAt);
    const plural = isPluralHonorific(left[0].text);
    const firstName = plural ? left.slice(1) : trailingName(text, left);
    const secondName = trailingName(text, taken.slice(andAt + 1));
    if (firstName.length && secondName.length) {
      const startTok = plural ? left[0] : firstName[0];
      const end = secondName[secondName.length - 1].end;
      return { start: startTok.start, end, text: text.slice(startTok.start, end), kind: 'joint', parts: [phrase(text, firstName, 'name'), phrase(text, secondName, 'name')] };
    }
  }
  const name = trailingName(text, taken);
  if (name.length === 0) {
    // "said the President", "said President" with no name: a role description.
    return null;
  }
  return phrase(text, name, 'name');
}

/** Strips auxiliaries and adverbs before a verb: "Putin has previously" → "Putin". */
function trimAux(text: string, toks: Token[], end: number): Token[] {
  let k = toks.length;
  // Only words that touch the verb: "a North Carolina rally, saying" keeps "rally" (a comma stands between).
  while (k > 0 && AUX_ADVERB.test(toks[k - 1].text) && (k === toks.length ? /^[\s\u00a0]*$/.test(text.slice(toks[k - 1].end, end)) : adjacent(text, toks[k - 1], toks[k]))) k--;
  return toks.slice(0, k);
}

/**
 * A speaker phrase that ends right before `end` (the verb), starting no earlier than `from`:
 * "Mr. Xi", "she", "the document", "The two countries", "Japan’s foreign ministry", "Messrs. Xi and Putin",
 * "Wang Wenbin, a Chinese Foreign Ministry spokesman,", "The two autocratic countries — which two years ago".
 */
export function phraseBefore(text: string, from: number, end: number): SpeakerPhrase | null {
  const all = tokenize(text, from, end);
  const toks = trimAux(text, all, end);
  if (toks.length === 0) return null;
  const last = toks[toks.length - 1];
  const tail = text.slice(last.end, toks.length < all.length ? all[toks.length].start : end);
  // Appositive or relative clause between subject and verb.
  if (/^\s*,\s*$/.test(tail) || /^\s*$/.test(tail)) {
    const rel = /^(.*?\S)\s*[,—–]+\s*(?:which|who)\b[^,—–]*$/su.exec(text.slice(from, end));
    if (rel) return phraseBefore(text, from, from + rel[1].length);
  }
  if (/^\s*,\s*$/.test(tail)) {
    // "Wang Wenbin, a Chinese Foreign Ministry spokesman, said"; "Maeve Sherlock, chief executive of X, said".
    const app = /^(.*?\S)\s*,\s+(\p{Ll}[\p{L}-]*|\p{Lu}[\p{L}.-]*['’]s?(?=\s))[^,;“”"]*,\s*$/su.exec(text.slice(from, end));
    // "Jeff Weaver, Sanders' campaign manager, said": a possessive opens an appositive too.
    if (app && (/^(?:a|an|the|who|whose|one|\p{Ll}+-based)$/u.test(app[2]) || /['’]s?$/.test(app[2]) || isTitleWord(app[2]))) return phraseBefore(text, from, from + app[1].length);
    // A title before the name in commas: "Duncan Hunter’s chief of staff, Joe Kasper, told".
    const named = /,[\s\u00a0]+((?:\p{Lu}[\p{L}.'’-]*[\s\u00a0]+){1,3}\p{Lu}[\p{L}'’-]*)[\s\u00a0]*,[\s\u00a0]*$/u.exec(text.slice(from, end));
    if (named && isTitleWord(text.slice(from, from + named.index).trim().split(/[\s\u00a0]+/).pop() ?? '')) {
      const start = from + named.index + named[0].indexOf(named[1]);
      const ph = phraseBefore(text, start, start + named[1].length);
      if (ph && ph.kind === 'name') return ph;
    }
    return null;
  }
  if (!/^[\s\u00a0]*$/.test(tail)) return null;
  const w = last.text;
  if (PRONOUNS.test(w)) return phrase(text, [last], 'pronoun');
  // Joint speakers: "Messrs. Xi and Putin", "Xi and Putin", "China and Russia".
  const joint = jointBefore(text, toks);
  if (joint) return joint;
  if (isCapitalized(w)) {
    let k = toks.length - 1;
    while (k > 0 && adjacent(text, toks[k - 1], toks[k]) && !COMMON_CAPS.test(toks[k - 1].text) && !isParticipleOpener(text, toks[k - 1], toks[k]) && (isCapitalized(toks[k - 1].text) || PARTICLES.test(toks[k - 1].text))) k--;
    const run = toks.slice(k);
    if (isCommonCapitalized(run[0].text)) return null;
    const name = trailingName(text, run);
    // "the head of Ukraine" is a description; "Joel Pollak of Breitbart" names Pollak; "in the mouth of
    // Donald Trump" still names Trump.
    if (toks[k - 1]?.text === 'of') return descriptionBefore(text, toks) ?? nameBeforeOf(text, toks.slice(0, k - 1)) ?? (name.length > 0 ? phrase(text, name, 'name') : null);
    if (name.length > 0) return phrase(text, name, 'name');
    // A place or institution used as a speaker: "Beijing", "the Kremlin", "the White House".
    const start = k > 0 && /^the$/i.test(toks[k - 1].text) ? k - 1 : k;
    return phrase(text, toks.slice(start), 'name');
  }
  return descriptionBefore(text, toks);
}

/** The name right before "of" ("Joel Pollak" of Breitbart), unless it is a title ("Secretary" of State). */
function nameBeforeOf(text: string, toks: Token[]): SpeakerPhrase | null {
  let k = toks.length;
  while (k > 0 && (k === toks.length || adjacent(text, toks[k - 1], toks[k])) && isCapitalized(toks[k - 1].text) && !COMMON_CAPS.test(toks[k - 1].text)) k--;
  const run = toks.slice(k);
  if (run.length === 0 || run.some((t) => isTitleWord(t.text))) return null;
  const name = trailingName(text, run);
  return name.length > 0 ? phrase(text, name, 'name') : null;
}

/** A word of a noun phrase: letters (hyphens, apostrophes), not a pronoun or function word. */
function plainWord(t: Token): boolean {
  return /^[\p{L}\p{N}][\p{L}\p{N}'’-]*$/u.test(t.text) && !PRONOUNS.test(t.text) && (!FUNCTION_WORDS.test(t.text) || t.text === 'of');
}

/** Descriptions: "the document", "the head of Ukraine", "The two autocratic countries", "Japan’s foreign ministry". */
function descriptionBefore(text: string, toks: Token[]): SpeakerPhrase | null {
  for (let k = toks.length - 1; k >= Math.max(0, toks.length - 7); k--) {
    const t = toks[k].text;
    if (k < toks.length - 1 && !adjacent(text, toks[k], toks[k + 1])) break;
    if (DETERMINERS.test(t) || (/['’]s$/.test(t) && isCapitalized(t))) {
      const np = toks.slice(k);
      const head = np[np.length - 1].text;
      const ofHead = np.findIndex((x) => x.text === 'of');
      const h = ofHead > 0 ? np[ofHead - 1].text : head;
      if (NOUN_HEADS.test(h) || isRoleNoun(h)) return phrase(text, np, 'description');
      // Right before a speech verb any plain noun phrase that opens its clause is its subject: "the gambling
      // tycoon told", "The ad says" (but not an object: "issued a frightening warning").
      const opensClause = k === 0 || /[,;:—–“”"]/.test(text.slice(toks[k - 1].end, toks[k].start)) || CLAUSE_CONJUNCTION.test(toks[k - 1].text);
      return opensClause && np.length >= 2 && np.every(plainWord) && !/ing$/.test(head) ? phrase(text, np, 'description') : null;
    }
    if (k < toks.length - 1 && FUNCTION_WORDS.test(t) && t !== 'of') break;
  }
  return null;
}

function jointBefore(text: string, toks: Token[]): SpeakerPhrase | null {
  const n = toks.length;
  if (n < 3 || !isCapitalized(toks[n - 1].text)) return null;
  const andIdx = toks.length - 2;
  if (toks[andIdx].text !== 'and') return null;
  const second = toks[n - 1];
  let k = andIdx - 1;
  if (k < 0 || !isCapitalized(toks[k].text)) return null;
  while (k > 0 && adjacent(text, toks[k - 1], toks[k]) && isCapitalized(toks[k - 1].text)) k--;
  const firstRun = toks.slice(k, andIdx);
  const plural = isPluralHonorific(firstRun[0].text);
  const firstName = plural ? firstRun.slice(1) : trailingName(text, firstRun);
  if (firstName.length === 0) return null;
  const p1 = phrase(text, firstName, 'name');
  const p2 = phrase(text, [second], 'name');
  const startTok = plural ? firstRun[0] : firstName[0];
  return { start: startTok.start, end: second.end, text: text.slice(startTok.start, second.end), kind: 'joint', parts: [p1, p2] };
}
