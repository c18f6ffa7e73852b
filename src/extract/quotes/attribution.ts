import type { Span } from '../../types';
import type { ArticleContext } from '../context';
import type { EntityIndex, Speaker } from '../entities';
import { governmentFor } from '../entities/governments';
import { isTitleWord } from '../entities/names';
import { isCapitalized, tokenize, type Token } from '../entities/tokens';
import type { QuotePair } from './marks';
import { isCommonCapitalized, phraseAfter, phraseBefore, type SpeakerPhrase } from './speaker-phrase';
import { IRREGULAR_FORMS, LIGHT_VERB_FORMS, SPEECH_NOUNS, isParticiple, isPostQuoteVerb, isPreQuoteVerb } from './verbs';
import {
  QUOTE_BASE_FORM_CONTEXT,
  QUOTE_COORDINATED_ADVERBS,
  QUOTE_COORDINATORS,
  QUOTE_FINITE_AUXILIARIES,
  QUOTE_GAP_FUNCTION_WORDS,
  QUOTE_GERUND_CONTEXT,
  QUOTE_HEADLINE_AUXILIARIES,
  QUOTE_NOUN_CONTEXT,
  QUOTE_NOUN_PREPOSITIONS,
  QUOTE_POSSESSIVE_DETERMINERS,
  QUOTE_RELATIVE_ADVERBS,
  QUOTE_RUN_ON_CONJUNCTIONS,
  QUOTE_SENTENCE_OPENERS,
  QUOTE_TITLE_JOINERS,
  QUOTE_VAGUE_PRONOUNS,
} from '../../language';
import { alternation } from '../../language/lexicon';
import { wordPattern as wordOf } from './words';

/** Who a quote is attributed to, and how that was found. */
export interface Attribution {
  phrase: SpeakerPhrase;
  speaker: Speaker | null;
  how: 'after' | 'before' | 'according-to' | 'clause-subject';
}

/** Farthest a speech verb may sit before the quote it attributes, in words (same sentence only). */
const MAX_VERB_DISTANCE = 40;


/** Resolves a speaker phrase to canonical name(s) and records people for later pronouns. */
export function resolvePhrase(idx: EntityIndex, ph: SpeakerPhrase, exclude: Span[]): Speaker | null {
  switch (ph.kind) {
    case 'pronoun':
      return idx.resolvePronoun(ph.text, ph.start, exclude);
    case 'name': {
      const r = idx.resolveNamed(ph.text, ph.start);
      if (r && r.kind === 'person' && typeof r.canonical === 'string') {
        idx.addMention({ kind: 'person', start: ph.start, end: ph.end, name: ph.text, canonical: r.canonical, describedAs: [] });
      }
      return r ? r.canonical : null;
    }
    case 'joint': {
      const parts = (ph.parts ?? []).map((p) => resolvePhrase(idx, p, exclude)).filter((s): s is string => typeof s === 'string');
      return parts.length >= 2 ? [...new Set(parts)] : parts[0] ?? null;
    }
    case 'description': {
      const r = idx.resolveDescription(ph.text, ph.start, exclude);
      if (r && r.kind === 'person' && typeof r.canonical === 'string') {
        idx.addMention({ kind: 'person', start: ph.start, end: ph.end, name: ph.text, canonical: r.canonical, describedAs: [] });
      }
      return r ? r.canonical : null;
    }
  }
}

function paragraphEnd(ctx: ArticleContext, q: QuotePair): number {
  return ctx.article.paragraphs[q.paragraph]?.end ?? ctx.text.length;
}

/** "“…,” said Ge" / "“…,” she added" / "“…,” the document concludes". */
function attributionAfter(ctx: ArticleContext, q: QuotePair): SpeakerPhrase | null {
  if (!q.closed) return null;
  const text = maskedText(ctx);
  const limit = paragraphEnd(ctx, q);
  const after = text.slice(q.end, Math.min(limit, q.end + 200));
  // A nested quote may close with the outer one: “… say, ‘Thank you for voting,’” Bennett explained.
  const inner = text.slice(q.innerStart, q.innerEnd).trimEnd().replace(/[’'”"]+$/, '');
  const handsOver = /[,!?—–\-…]$/.test(inner) || /^[\s\u00a0]+\p{Ll}/u.test(after) || /^,[\s\u00a0]+[\p{L}]/u.test(after);
  if (!handsOver || !/^[\s\u00a0,]/.test(after)) return null;
  const all = tokenize(text, q.end, q.end + after.length);
  const toks: Token[] = [];
  for (let k = 0; k < all.length; k++) {
    toks.push(all[k]);
    const gap = text.slice(all[k].end, all[k + 1]?.start ?? all[k].end);
    if (/[.;:!?“"]/.test(gap)) break; // the attribution ends with its sentence
  }
  if (toks.length === 0) return null;
  if (isPostQuoteVerb(toks[0].text) && /^\p{Ll}/u.test(toks[0].text)) {
    return phraseAfter(text, toks[0].end, limit, true, true);
  }
  for (let k = 1; k < Math.min(toks.length, 16); k++) {
    if (!(isPostQuoteVerb(toks[k].text) || phrasalVerb(toks, k, isPostQuoteVerb)) || !/^\p{Ll}/u.test(toks[k].text)) continue;
    const ph = phraseBefore(text, q.end, toks[k].start);
    // Titles may stand between the quote and the name: "…,” Nissan chief executive Carlos Ghosn said.
    if (ph && /^[\s\u00a0,]*$/.test(text.slice(q.end, ph.start))) return ph;
    if (ph && ph.kind === 'name' && titlesOnly(text.slice(q.end, ph.start))) return ph;
    // The quoted sentence runs on before its speaker: "…” and against the Brady law, Clinton said.
    if (ph && ph.kind !== 'description' && RUN_ON.test(text.slice(q.end, ph.start))) return ph;
    // Not the cue ("…,” the report stated": "report" is no verb here): try the next one.
  }
  return null;
}

/** Words that continue a quoted sentence up to a comma before its speaker and verb. */
const RUN_ON = new RegExp(String.raw`^[\s\u00a0]+(?:${alternation(QUOTE_RUN_ON_CONJUNCTIONS)})\b[^“”"‘’.;:!?]{0,120},[\s\u00a0]*$`);
const POSSESSIVE = wordOf(QUOTE_POSSESSIVE_DETERMINERS);
const TITLE_JOINER = wordOf(QUOTE_TITLE_JOINERS);

function titlesOnly(gap: string): boolean {
  // "California Rep. Duncan Hunter’s chief of staff, Joe Kasper": the commas of an apposition.
  const words = gap.replace(/^[\s\u00a0,]+/, '').trim().split(/[\s\u00a0]+/).map((w) => w.replace(/,$/, '')).filter(Boolean);
  // Lower-case modifiers may stand in a title that has a title word: "Senate minority leader Harry Reid".
  // So may a plain description that opens with a capitalised word or a possessive: "Republican candidate
  // Donald Trump", "his friend Mahamat Saleh Oumar".
  const titled = words.some((w) => isTitleWord(w)) || (words.length > 0 && words.length <= 4 && (/^\p{Lu}/u.test(words[0]) || POSSESSIVE.test(words[0])));
  return words.length <= 6 && words.every((w) => /^\p{Lu}/u.test(w) || isTitleWord(w) || TITLE_JOINER.test(w) || (titled && /^\p{Ll}[\p{Ll}-]+$/u.test(w) && !isPostQuoteVerb(w) && !isPreQuoteVerb(w) && !GAP_FUNCTION_WORDS.test(w)));
}

/** Words that end a title-and-name apposition: what follows them is a clause, not a title. */
const GAP_FUNCTION_WORDS = wordOf(QUOTE_GAP_FUNCTION_WORDS);

/** The region before the quote in which its speech verb may stand: its sentence (or a sentence ending in ":"). */
/** How far before a quote its attribution is looked for, in characters. */
const MAX_ATTRIBUTION_REACH = 400;

/** The sentence ending in a colon right before sentence `s`: in its paragraph, or closing the paragraph before. */
export function introducingSentence(ctx: ArticleContext, s: { start: number; paragraph: number }): { start: number; end: number } | null {
  const paragraphs = ctx.article.paragraphs;
  const para = paragraphs[s.paragraph];
  const opensParagraph = para && /^[\s\u00a0]*$/.test(ctx.text.slice(para.start, s.start));
  const before = opensParagraph ? paragraphs[s.paragraph - 1] : null;
  const at = before ? before.end : s.start;
  if (opensParagraph && !before) return null;
  let prev = ctx.sentenceAt(at - 1);
  // sentenceAt may miss trailing spaces of a paragraph: step back over them.
  for (let k = at - 1; !prev && k > at - 4 && k >= 0; k--) prev = ctx.sentenceAt(k);
  if (!prev || prev.paragraph !== (before ? s.paragraph - 1 : s.paragraph)) return null;
  if (!/:[\s\u00a0]*$/.test(ctx.text.slice(prev.start, before ? before.end : s.start))) return null;
  return { start: prev.start, end: prev.end };
}

function regionBefore(ctx: ArticleContext, q: QuotePair): Span | null {
  const s = ctx.sentenceAt(q.start);
  if (!s) return null;
  let start = s.start;
  if (/^[\s\u00a0]*$/.test(ctx.text.slice(start, q.start))) {
    // A quote that opens its sentence may be introduced by the previous one: "He said: “…”", also when that
    // sentence closes the previous paragraph ("Cruz continued:" ¶ "“…”").
    const prev = introducingSentence(ctx, s);
    if (!prev) return null;
    start = prev.start;
  }
  // A speech verb and its subject stand within a few hundred characters of the quote; looking further back
  // made a giant sentence full of quotes quadratic. Cut at a word boundary.
  if (q.start - start > MAX_ATTRIBUTION_REACH) {
    const cut = q.start - MAX_ATTRIBUTION_REACH;
    const space = ctx.text.slice(cut, q.start).search(/\s/);
    start = space >= 0 ? cut + space + 1 : cut;
  }
  return { start, end: q.start };
}

interface VerbHit {
  token: Token;
  kind: 'verb' | 'according-to';
  /** Where the speaker phrase after "according to" starts. */
  after?: number;
}

const COORDINATED = new RegExp(String.raw`(?:,|\b(?:${alternation(QUOTE_COORDINATORS)}))(?:[\s\u00a0]+(?:${alternation(QUOTE_COORDINATED_ADVERBS)}|\p{Ll}+ly))*[\s\u00a0]*$`, 'u');

/** Base forms double as nouns ("a head of state", "a fifth term"): they count after a modal, "to" or a pronoun. */
const BASE_FORM_CONTEXT = wordOf(QUOTE_BASE_FORM_CONTEXT, 'i');
const GERUND_CONTEXT = wordOf(QUOTE_GERUND_CONTEXT, 'i');
const NOUN_CONTEXT = wordOf(QUOTE_NOUN_CONTEXT, 'i');

export function verbInContext(toks: Token[], k: number): boolean {
  const w = toks[k].text.toLowerCase();
  const prev = toks[k - 1]?.text ?? '';
  // A gerund after a preposition is still the cue: "made a point of saying", "by warning that".
  if (/ing$/.test(w) && GERUND_CONTEXT.test(prev)) return true;
  // After a determiner or a possessive the word is a noun: "a fifth term", "Trump’s remarks".
  if (NOUN_CONTEXT.test(prev) || /\p{L}['’]s?$/u.test(prev)) return false;
  if (/(?:s|ed|ing)$/.test(w) || isIrregularPast(w)) return true;
  return BASE_FORM_CONTEXT.test(prev) || /^\p{Ll}+s$/u.test(prev);
}

function isIrregularPast(w: string): boolean {
  return IRREGULAR_FORMS.has(w);
}

/** Pronouns that, unresolved, name no speaker ("it said" with nothing found). */
const VAGUE_PRONOUN = wordOf(QUOTE_VAGUE_PRONOUNS, 'i');

/** ", who (has) described": a relative pronoun right before the verb. */
const RELATIVE_BEFORE_VERB = new RegExp(String.raw`,[\s\u00a0]*who[\s\u00a0]+(?:(?:${alternation(QUOTE_RELATIVE_ADVERBS)}|\p{Ll}+ly)[\s\u00a0]+)*$`, 'u');

/** How many cues before a quote are tried, nearest first, when the subject of one is not found. */
const MAX_CUES = 3;

/** A two-word speech verb at `k` ("pointed out", "put it", "went on"). */
function phrasalVerb(toks: Token[], k: number, test: (w: string) => boolean): boolean {
  const next = toks[k + 1];
  return next !== undefined && test(`${toks[k].text} ${next.text}`);
}

/**
 * The speech cues before a quote, nearest first: speech verbs, "according to", a light verb with a speech
 * noun, and a verb that otherwise only follows a quote when it introduces this one ("He continued, “…”").
 */
function cuesBefore(text: string, toks: Token[], quotes: QuotePair[], end: number): VerbHit[] {
  const inQuote = (t: Token): boolean => quotes.some((q) => t.start >= q.start && t.end <= q.end);
  const hits: VerbHit[] = [];
  for (let k = toks.length - 1, seen = 0; k >= 0 && seen <= MAX_VERB_DISTANCE && hits.length < MAX_CUES; k--, seen++) {
    const t = toks[k];
    if (inQuote(t)) continue;
    const w = t.text.toLowerCase();
    const lower = /^\p{Ll}/u.test(t.text);
    if (w === 'according' && toks[k + 1]?.text === 'to') {
      hits.push({ token: t, kind: 'according-to', after: toks[k + 1].end });
    } else if (lower && ((isPreQuoteVerb(w) && verbInContext(toks, k)) || phrasalVerb(toks, k, isPreQuoteVerb))) {
      hits.push({ token: t, kind: 'verb' });
    } else if (lower && (isPostQuoteVerb(w) || phrasalVerb(toks, k, isPostQuoteVerb)) && /^[\s\u00a0]*[,:][\s\u00a0]*$/.test(text.slice(toks[Math.min(k + (isPostQuoteVerb(w) ? 0 : 1), toks.length - 1)].end, end))) {
      hits.push({ token: t, kind: 'verb' });
    } else if (LIGHT_VERB_FORMS.has(w)) {
      // "issued a frightening warning:": a light verb with a speech noun stands for a speech verb.
      const next = toks.slice(k + 1, k + 4).map((x) => x.text.toLowerCase());
      if (next.some((n) => SPEECH_NOUNS.has(n))) hits.push({ token: t, kind: 'verb' });
    }
  }
  return hits;
}

/**
 * The subject of the clause a participle or coordinated verb hangs on ("Mr. Xi made no mention …, saying …",
 * "Messrs. Xi and Putin met … and declared …"): the first speaker phrase that starts the sentence or follows
 * a comma before the verb.
 */
function clauseSubject(ctx: ArticleContext, idx: EntityIndex, region: Span, limit: number, quotes: QuotePair[]): SpeakerPhrase | null {
  const text = maskedText(ctx);
  const toks = tokenize(text, region.start, limit).filter((t) => !quotes.some((q) => t.start >= q.start && t.end <= q.end));
  for (let k = 0; k < toks.length; k++) {
    const before = text.slice(k === 0 ? region.start : toks[k - 1].end, toks[k].start);
    const atBoundary = k === 0 ? /^[\s\u00a0]*$/.test(before) : /,[\s\u00a0]*$/.test(before) || (k === 1 && SENTENCE_OPENER.test(toks[0].text));
    if (!atBoundary) continue;
    const ph = phraseAfter(text, toks[k].start, limit, false);
    // Far from its verb, a capitalized word is only a subject when it is a known entity ("Anger over …" is not).
    if (ph && (ph.kind !== 'name' || knownEntity(idx, ph) || (k === 0 && (verbFollows(text, ph.end, limit) || !prepositionFollows(text, ph.end))))) return ph;
  }
  return null;
}

/** Conjunctions and adverbs that open a sentence before its subject: "And he made a point of saying …". */
const SENTENCE_OPENER = wordOf(QUOTE_SENTENCE_OPENERS);
const FINITE_AUX = wordOf(QUOTE_FINITE_AUXILIARIES);
const NOUN_PREPOSITION = new RegExp(String.raw`^[\s\u00a0]+(?:${alternation(QUOTE_NOUN_PREPOSITIONS)})\b`);

/** A finite verb (or auxiliary) right after a phrase: "McConnell was quick …", "Bolton thought …". */
function verbFollows(text: string, at: number, limit: number): boolean {
  const next = /^[\s\u00a0]+(?:\p{Ll}+ly[\s\u00a0]+)?(\p{Ll}+)/u.exec(text.slice(at, Math.min(limit, at + 40)));
  return !!next && (FINITE_AUX.test(next[1]) || /[^s]s$|ed$/.test(next[1]) || isIrregularPast(next[1]));
}

/** "Anger over …", "Support for …": a capitalised noun with a preposition after it names nobody. */
function prepositionFollows(text: string, at: number): boolean {
  return NOUN_PREPOSITION.test(text.slice(at, at + 12));
}

function knownEntity(idx: EntityIndex, ph: SpeakerPhrase): boolean {
  return governmentFor(ph.text) !== null || idx.mentions.some((m) => m.start < ph.end && ph.start < m.end);
}

/**
 * Finds who a quote is attributed to, in this order: an attribution right after it ("…,” said Ge), then the
 * nearest speech verb before it in the same sentence with its subject ("Mr. Xi said he was “confident …”",
 * "Beijing has declared it a “no-limits” friendship"), "according to X", and for participles and coordinated
 * verbs the clause's subject or the speaker of an earlier quote in the sentence.
 */
const interiors = new WeakMap<QuotePair[], Span[]>();

/** The inside of every quote of the article (speakers are not looked for there), computed once per article. */
function quoteInteriors(quotes: QuotePair[]): Span[] {
  let spans = interiors.get(quotes);
  if (!spans) {
    spans = quotes.map((x) => ({ start: x.innerStart, end: x.innerEnd }));
    interiors.set(quotes, spans);
  }
  return spans;
}

/** A transcript quoted line names its speaker in capitals: "“PENCE: Well, look, …”". */
function transcriptSpeaker(ctx: ArticleContext, q: QuotePair): SpeakerPhrase | null {
  const m = /^[\s\u00a0]*((?:\p{Lu}[\p{Lu}.'’-]+[ \u00a0]?){1,3}):[\s\u00a0]/u.exec(ctx.text.slice(q.innerStart, q.innerEnd));
  if (!m) return null;
  const name = m[1].trim();
  if (name.replace(/[^\p{Lu}]/gu, '').length < 2) return null;
  const start = q.innerStart + m[0].indexOf(name);
  return { start, end: start + name.length, text: name, kind: 'name' };
}

/** Words a headline puts between a name and its verb ("Trump Is Now Calling …"). */
const HEADLINE_AUX = wordOf(QUOTE_HEADLINE_AUXILIARIES, 'i');

/**
 * Headlines write attributions their own way: "Graham: Trump’s ‘Incredibly Hateful Rhetoric’ …" (a name and a
 * colon) and "Donald Trump Praises Reporter: ‘Very Good’", "…, Howard Dean Tells Convention" (Title Case verbs).
 */
function headlineSpeaker(ctx: ArticleContext, q: QuotePair, quotes: QuotePair[]): SpeakerPhrase | null {
  const h = ctx.article.headline;
  if (!h || q.start < h.start || q.end > h.end) return null;
  const text = ctx.text;
  const words = tokenize(text, h.start, h.end).filter((t) => !quotes.some((x) => t.start >= x.start && t.end <= x.end));
  const namePhrase = (run: Token[]): SpeakerPhrase | null => {
    while (run.length > 0 && HEADLINE_AUX.test(run[run.length - 1].text)) run = run.slice(0, -1);
    if (run.length === 0 || run.length > 5 || !run.every((t) => isCapitalized(t.text) && !isCommonCapitalized(t.text))) return null;
    const start = run[0].start;
    const end = run[run.length - 1].end;
    return { start, end, text: text.slice(start, end), kind: 'name' };
  };
  const colon = /^[\s\u00a0]*([^:“”‘’"\n]{2,60}?):[\s\u00a0]/u.exec(text.slice(h.start, h.end));
  if (colon && h.start + colon[0].length <= q.start) {
    const ph = namePhrase(words.filter((t) => t.end <= h.start + colon[0].length));
    if (ph) return ph;
  }
  for (let k = 1; k < words.length; k++) {
    const w = words[k].text;
    if (!isCapitalized(w) || !(isPreQuoteVerb(w) || isPostQuoteVerb(w)) || !/(?:s|ed|ing)$/.test(w)) continue;
    let j = k;
    while (j > 0 && k - j < 6 && /^[\s\u00a0]+$/.test(text.slice(words[j - 1].end, words[j].start)) && isCapitalized(words[j - 1].text)) j--;
    const ph = namePhrase(words.slice(j, k));
    if (ph) return ph;
  }
  return null;
}

const masked = new WeakMap<ArticleContext, string>();

/**
 * The article text with short parentheticals blanked out (same length, so offsets hold): a party-and-state tag
 * or an aside between a name and its verb is no part of either ("Rep. Earl Blumenauer (D-Ore.) said").
 */
function maskedText(ctx: ArticleContext): string {
  let t = masked.get(ctx);
  if (t === undefined) {
    t = ctx.text
      .replace(/\([^()\n“”"]{1,30}\)/g, (m) => ' '.repeat(m.length))
      // An age or a party-and-state tag in apposition: "Ramos, 58, told AFP", "Mitch McConnell, R-Ky., said".
      .replace(/(?<=\p{L}),[\s\u00a0](?:\d{1,3}|[RDI]-[A-Z][A-Za-z.]{1,12}),(?=[\s\u00a0])/gu, (m) => ' '.repeat(m.length));
    masked.set(ctx, t);
  }
  return t;
}

/** A phrase found in the masked text, with its words as the article has them. */
function original(ctx: ArticleContext, ph: SpeakerPhrase): SpeakerPhrase {
  const text = ctx.text.slice(ph.start, ph.end);
  return { ...ph, text, ...(ph.parts ? { parts: ph.parts.map((p) => original(ctx, p)) } : {}) };
}

export function findAttribution(
  ctx: ArticleContext,
  idx: EntityIndex,
  q: QuotePair,
  quotes: QuotePair[],
  earlierInSentence: Attribution | null,
): Attribution | null {
  const found = attributionOf(ctx, idx, q, quotes, earlierInSentence);
  return found && { ...found, phrase: original(ctx, found.phrase) };
}

function attributionOf(
  ctx: ArticleContext,
  idx: EntityIndex,
  q: QuotePair,
  quotes: QuotePair[],
  earlierInSentence: Attribution | null,
): Attribution | null {
  const exclude = quoteInteriors(quotes);
  const transcript = transcriptSpeaker(ctx, q);
  if (transcript) return { phrase: transcript, speaker: resolvePhrase(idx, transcript, exclude), how: 'before' };
  const inHeadline = headlineSpeaker(ctx, q, quotes);
  if (inHeadline) return { phrase: inHeadline, speaker: resolvePhrase(idx, inHeadline, exclude), how: 'before' };
  const after = attributionAfter(ctx, q);
  if (after) return { phrase: after, speaker: resolvePhrase(idx, after, exclude), how: 'after' };
  const region = regionBefore(ctx, q);
  if (!region) return null;
  const text = maskedText(ctx);
  const toks = tokenize(text, region.start, region.end);
  // Only the quotes inside the region can hide a verb or end a clause there.
  quotes = quotes.filter((x) => x.end > region.start && x.start < region.end);
  const hits = cuesBefore(text, toks, quotes, region.end);
  if (hits.length === 0) {
    // A colon introduces the quote with no speech verb ("The email goes on:", "Politico has the numbers:"):
    // the speaker is the subject of the clause before the colon (CoreNLP's colon sieve).
    if (!/:[\s\u00a0]*$/.test(text.slice(Math.max(region.start, q.start - 8), q.start))) return null;
    const colonAt = text.lastIndexOf(':', q.start);
    const subject = clauseSubject(ctx, idx, region, colonAt, quotes);
    return subject ? { phrase: subject, speaker: resolvePhrase(idx, subject, exclude), how: 'clause-subject' } : null;
  }
  // The nearest cue whose speaker is found wins ("Zimmerman said he planned … to counter “…”": no subject
  // for "counter", so "said").
  for (const hit of hits) {
    const found = speakerOfCue(ctx, idx, q, region, quotes, hit, earlierInSentence, exclude);
    if (found) return found;
  }
  return null;
}

/** The speaker a cue before the quote names: its subject, the name after it, or its clause's subject. */
function speakerOfCue(
  ctx: ArticleContext,
  idx: EntityIndex,
  q: QuotePair,
  region: Span,
  quotes: QuotePair[],
  hit: VerbHit,
  earlierInSentence: Attribution | null,
  exclude: Span[],
): Attribution | null {
  const text = maskedText(ctx);
  if (hit.kind === 'according-to') {
    const ph = phraseAfter(text, hit.after!, q.start, true, true);
    return ph ? { phrase: ph, speaker: resolvePhrase(idx, ph, exclude), how: 'according-to' } : null;
  }
  const lastQuoteEnd = Math.max(region.start, ...quotes.filter((x) => x.end <= hit.token.start).map((x) => x.end));
  // "Roffman, who estimates …, described": the relative pronoun stands for the noun phrase before its comma.
  const relative = RELATIVE_BEFORE_VERB.exec(text.slice(lastQuoteEnd, hit.token.start));
  const ph = relative ? phraseBefore(text, lastQuoteEnd, lastQuoteEnd + relative.index) : phraseBefore(text, lastQuoteEnd, hit.token.start);
  if (ph) {
    const speaker = resolvePhrase(idx, ph, exclude);
    if (speaker !== null || ph.kind !== 'pronoun' || !VAGUE_PRONOUN.test(ph.text)) return { phrase: ph, speaker, how: 'before' };
    return null;
  }
  // The subject after its verb, right before the quote: "explained CBS moderator Nancy Cordes: “…”".
  const inverted = phraseAfter(text, hit.token.end, q.start, true, false);
  if (inverted && inverted.kind !== 'pronoun' && /^[\s\u00a0]*[,:][\s\u00a0]*$/.test(text.slice(inverted.end, q.start))) {
    return { phrase: inverted, speaker: resolvePhrase(idx, inverted, exclude), how: 'before' };
  }
  // A verb coordinated with an earlier one shares its subject: "…, and later said", "but described it as"; so
  // does an infinitive ("went on to say", "had this to say").
  const joined = COORDINATED.test(text.slice(Math.max(region.start, hit.token.start - 30), hit.token.start));
  const infinitive = /\bto[\s\u00a0]+$/.test(text.slice(Math.max(region.start, hit.token.start - 4), hit.token.start));
  if (!isParticiple(hit.token.text) && !joined && !infinitive) return null;
  if (earlierInSentence && earlierInSentence.speaker !== null) return { ...earlierInSentence, how: 'clause-subject' };
  const subject = clauseSubject(ctx, idx, region, hit.token.start, quotes);
  return subject ? { phrase: subject, speaker: resolvePhrase(idx, subject, exclude), how: 'clause-subject' } : null;
}
