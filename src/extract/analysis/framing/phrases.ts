import { isHonorific, isTitleWord } from '../../entities/names';
import { attributionOf, isClosedClassWord, isDefiniteArticle, isEvaluativeWord, isGenericNoun, labelFamily, type AttributionTone } from '../../../language';
import type { Article, Span } from '../../../types';
import { inChrome } from './text';

/**
 * The noun phrases of an article (compromise's part-of-speech tags, chunked here): the candidate labels of
 * Newsalyze's word-choice analysis. A phrase is a run of adjectives and nouns ending in a noun; a possessive
 * ends one run and starts the next; punctuation other than a hyphen breaks a run. A run that ends in a
 * person's name is that person's mention, its leading words (titles dropped) a description of the person;
 * "Name, the/a <phrase>," gives the phrase as an appositive description. Attribution verbs beside a name
 * ("said Sen. X", "X claimed") are collected too. Page chrome gives nothing.
 */

export interface Token extends Span {
  text: string;
  lower: string;
  /** compromise's root (singular noun, verb infinitive) or the lower-cased word. */
  lemma: string;
  tags: ReadonlySet<string>;
  /** Punctuation and space after the word. */
  post: string;
  pre: string;
}

export interface NounPhrase extends Span {
  articleId: string;
  text: string;
  /** Normalised label: lower-cased modifiers and the head's lemma ("sexual harassment lawsuit"). */
  label: string;
  head: string;
  /** Lemmas of the noun modifiers ("harassment" in "sexual harassment lawsuit"). */
  nounModifiers: string[];
  /** Adjectives and participles before the head ("stunning" in "stunning victory"), lower-cased. */
  adjectiveModifiers: string[];
  /** A proper name the phrase is (not a person): "Dream Act", "Fiscal Cliff", lower-cased. */
  properName: string | null;
  /** The head's label family ("alien" → immigrant), a boost for phrases that share no word. */
  family: string | null;
  evaluative: boolean;
  /** Preceded by a definite article ("the billionaire"): may corefer with a person described that way. */
  definite: boolean;
  /** Set when the phrase describes a named person (surname, lower-case). */
  describes: string | null;
  /** A lone name or possessive ("Mexico", "Trump’s"): a mention, not a label. */
  bareName: boolean;
  inHeadline: boolean;
}

export interface Attribution extends Span {
  articleId: string;
  /** Surname (lower case) of the person the verb attributes words to. */
  speaker: string;
  lemma: string;
  tone: AttributionTone;
  text: string;
}

export interface ArticlePhrases {
  phrases: NounPhrase[];
  attributions: Attribution[];
  /** Surnames (lower case) of the persons the article names, with their display name. */
  persons: Map<string, string>;
}

/** A compromise term as its parse holds it (after compute('offset') and compute('root')). */
export interface ParsedTerm {
  text: string;
  pre?: string;
  post?: string;
  normal?: string;
  root?: string;
  tags?: ReadonlySet<string>;
  offset?: { start: number; length: number };
}

/** The parse's terms as phrase tokens (offsets are the parse's: the whole article's). */
export function tokensOf(document: readonly ParsedTerm[][]): Token[] {
  const out: Token[] = [];
  for (const s of document) for (const t of s) {
    // a token of format characters only (a stray BOM, a zero-width joiner) is no word
    if (!t.text || !t.offset || !t.text.replace(/\p{Cf}/gu, '')) continue;
    const start = t.offset.start;
    out.push({
      start, end: start + t.text.length, text: t.text, lower: t.text.toLowerCase(),
      // compromise leaves root and normal empty for a word led by a format character (a stray BOM): use the text
      lemma: (t.root || t.normal || t.text).replace(/\p{Cf}/gu, '').toLowerCase(), tags: new Set(t.tags ?? []), post: t.post ?? '', pre: t.pre ?? '',
    });
  }
  return out;
}

const has = (t: Token, tag: string) => t.tags.has(tag);
/** Punctuation other than a hyphen, or a line break (a headline or paragraph ends), breaks a phrase. */
const isPunctBreak = (s: string) => /[^\s\-‐‑]|\n/u.test(s);

/** A word of a person's name: tagged a person, capitalised, not a title, not a party-state tag ("D-Nev"). */
function isNameToken(t: Token): boolean {
  return has(t, 'Person') && has(t, 'ProperNoun') && !has(t, 'Honorific') && !isTitleWord(t.text) && /^\p{Lu}/u.test(t.text) && !/^\p{Lu}[-‐‑]/u.test(t.text);
}

function isPhraseWord(t: Token, prev: Token | null, next: Token | null): boolean {
  if (has(t, 'Pronoun') || has(t, 'Value') || has(t, 'Date') || has(t, 'Determiner') || has(t, 'Preposition') || has(t, 'Conjunction')) return false;
  if (isClosedClassWord(t.lower) || /n[’']t$/u.test(t.lower)) return false;
  if (has(t, 'Noun') || has(t, 'Adjective')) return true;
  // compromise reads a plural head after a common noun as a verb ("taxpayer funds to"): a noun when nothing
  // follows it. Not after a name ("Clinton claims"), not in title case.
  return has(t, 'PresentTense') && !has(t, 'Infinitive') && !has(t, 'Copula') && !!prev && has(prev, 'Noun') && !has(prev, 'ProperNoun')
    && /^\p{Ll}/u.test(t.text) && /s$/.test(t.lower)
    && (!next || has(next, 'Preposition') || has(next, 'Conjunction') || isPunctBreak(t.post));
}

/** Hyphen-joined tokens read as one word ("tea party-backed", "tough-talking"). */
function joined(ts: Token[]): string {
  return ts.map((t, i) => t.lower + (i < ts.length - 1 ? (/[-‐‑]/u.test(t.post) ? '-' : ' ') : '')).join('');
}

function stripPossessive(w: string): string {
  return w.replace(/[’']s?$/u, '');
}

function phraseFrom(articleId: string, run: Token[], possessor: Token | null, text: string, prevToken: Token | null, headline: Span | null): NounPhrase | null {
  while (run.length > 0 && !has(run[run.length - 1], 'Noun') && !has(run[run.length - 1], 'PresentTense')) run = run.slice(0, -1);
  if (run.length === 0) return null;
  const head = run[run.length - 1];
  const words = run.filter((t) => !has(t, 'Honorific'));
  if (words.length === 0) return null;
  const allProper = run.every((t) => has(t, 'ProperNoun') || /^\p{Lu}/u.test(t.text));
  const start = (possessor ?? run[0]).start;
  const end = head.end;
  const headLemma = stripPossessive(has(head, 'Noun') || has(head, 'PresentTense') ? head.lemma : head.lower);
  const mods = words.slice(0, -1);
  if (!headLemma) return null;
  return {
    articleId, start, end, text: text.slice(start, end),
    label: [...mods.map((t) => stripPossessive(t.lower)), headLemma].join(' ').replace(/ - /g, '-'),
    bareName: run.length === 1 && (has(head, 'ProperNoun') || has(head, 'Possessive')),
    head: headLemma,
    nounModifiers: mods.filter((t) => has(t, 'Noun') && !has(t, 'Adjective')).map((t) => stripPossessive(t.lemma)),
    adjectiveModifiers: mods.filter((t) => has(t, 'Adjective') && !has(t, 'ProperNoun')).map((t) => t.lower),
    properName: allProper && !run.some(isNameToken) ? joined(run) : null,
    family: labelFamily(head.lower) ?? labelFamily(headLemma),
    evaluative: run.some((t) => isEvaluativeWord(t.lower)),
    definite: !!prevToken && isDefiniteArticle(prevToken.lower),
    describes: null,
    inHeadline: !!headline && start >= headline.start && end <= headline.end,
  };
}

/** Where name tokens sit in a run: the last maximal stretch of them. */
function nameStretch(run: Token[]): [number, number] | null {
  let e = -1;
  for (let i = run.length - 1; i >= 0; i--) if (isNameToken(run[i])) { e = i; break; }
  if (e < 0) return null;
  let s = e;
  while (s > 0 && isNameToken(run[s - 1])) s--;
  return [s, e];
}

/** The phrases, attributions and persons of an article, from its parse's tokens (see tokensOf). */
export function phrasesFromParse(article: Article, parsed: Token[]): ArticlePhrases {
  const phrases: NounPhrase[] = [];
  const attributions: Attribution[] = [];
  const persons = new Map<string, string>();
  const tokens = parsed.filter((t) => !inChrome(article, t));
  const text = article.text;
  const personRuns: Array<{ surname: string; first: number; last: number }> = [];

  let run: Token[] = [];
  let runStart = 0;
  let possessor: Token | null = null;
  const flush = (endIndex: number) => {
    const prevToken = runStart > 0 ? tokens[runStart - 1] : null;
    const r = run;
    const pos = possessor;
    run = [];
    possessor = null;
    if (r.length === 0) return;
    const stretch = nameStretch(r);
    if (stretch && stretch[1] === r.length - 1) {
      // A person's mention: the name, and what comes before it as a description.
      const name = r.slice(stretch[0], stretch[1] + 1);
      const surname = name[name.length - 1].lemma.replace(/[’']s$/u, '');
      if (!persons.has(surname)) persons.set(surname, name.map((t) => t.text.replace(/[’']s$/u, '')).join(' '));
      personRuns.push({ surname, first: runStart, last: endIndex });
      const desc = r.slice(0, stretch[0]).filter((t) => !has(t, 'Honorific') && !isHonorific(t.text));
      if (desc.length > 0 && desc.some((t) => has(t, 'Noun') || has(t, 'Adjective'))) {
        const p = phraseFrom(article.id, r.slice(0, stretch[0]), pos, text, prevToken, article.headline);
        if (p) phrases.push({ ...p, end: name[name.length - 1].end, text: text.slice(p.start, name[name.length - 1].end), describes: surname });
      }
      return;
    }
    const p = phraseFrom(article.id, r, pos, text, prevToken, article.headline);
    if (p) phrases.push(p);
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = run.length ? run[run.length - 1] : null;
    const contiguous = !prev || (t.start - prev.end <= 2 && !isPunctBreak(prev.post) && !/["“”‘’]/u.test(t.pre));
    if (!contiguous) flush(i - 1);
    if (isPhraseWord(t, run.length ? run[run.length - 1] : null, tokens[i + 1] ?? null)) {
      if (has(t, 'Possessive')) {
        // "Texas Gov. Rick Perry's plan", "the world's largest retailer": the run up to the possessive is a phrase
        // (or a person's mention) of its own, and the possessor starts the next phrase.
        if (run.length === 0) runStart = i;
        run.push(t);
        flush(i);
        possessor = t;
        runStart = i + 1;
        continue;
      }
      if (run.length === 0) runStart = i;
      run.push(t);
    } else {
      flush(i - 1);
      runStart = i + 1;
    }
  }
  flush(tokens.length - 1);

  appositives(tokens, personRuns, phrases);
  attributionsOf(article, tokens, personRuns, attributions);
  return { phrases: phrases.sort((a, b) => a.start - b.start || a.end - b.end), attributions, persons };
}

/** "Ruth Bader Ginsburg, the liberal icon, ...": the phrase right after a name and a comma describes the person. */
function appositives(tokens: Token[], personRuns: Array<{ surname: string; last: number }>, phrases: NounPhrase[]): void {
  for (const pr of personRuns) {
    const last = tokens[pr.last];
    if (!last || !/^,/.test(last.post.trim())) continue;
    let j = pr.last + 1;
    while (j < tokens.length && has(tokens[j], 'Determiner')) j++;
    const startTok = tokens[j];
    if (!startTok) continue;
    const p = phrases.find((x) => x.start === startTok.start && !x.describes && !x.properName);
    if (p) p.describes = pr.surname;
  }
}

/** Attribution verbs within two words of a name: "X said", "X, the senator, claimed" is left out; "said Sen. X". */
function attributionsOf(article: Article, tokens: Token[], personRuns: Array<{ surname: string; first: number; last: number }>, out: Attribution[]): void {
  const WINDOW = 2;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!has(t, 'Verb')) continue;
    const a = attributionOf(t.lower);
    if (!a) continue;
    const before = personRuns.find((p) => p.last < i && i - p.last <= WINDOW && !tokens.slice(p.last, i).some((x) => isPunctBreak(x.post)));
    const after = personRuns.find((p) => p.first > i && p.first - i <= WINDOW + 1 && !tokens.slice(i, p.first).some((x) => /[.;!?]/.test(x.post)));
    const who = before ?? after;
    if (!who) continue;
    out.push({ articleId: article.id, start: t.start, end: t.end, speaker: who.surname, lemma: a.lemma, tone: a.tone, text: t.text });
  }
}

/** Nouns that can key a referent: not generic, not a single letter. */
export function isKeyNoun(lemma: string): boolean {
  return lemma.length >= 3 && !isGenericNoun(lemma) && /\p{L}/u.test(lemma);
}
