import type { Candidate, Quote, Span } from '../../types';
import type { ArticleContext } from '../context';
import { EntityIndex, type Speaker } from '../entities';
import type { Extractor } from '../pipeline';
import { findAttribution, type Attribution } from './attribution';
import { findIndirect } from './indirect';
import { findQuotePairs, type QuotePair } from './marks';
import { QUOTE_LOOSE_OPENERS, QUOTE_NOT_NOUN_AFTER, QUOTE_TITLE_CUES } from '../../language';
import { alternation } from '../../language/lexicon';

export { findQuotePairs } from './marks';
export type { QuotePair } from './marks';

/** Quotes of at most this many words with no speaker are labels or scare quotes ("no limits"), not statements. */
const MAX_PHRASE_WORDS = 4;

/** Something said by someone at a place in the text: carries a speaker to a following unattributed quote. */
interface SpeakerEvent {
  at: number;
  paragraph: number;
  speaker: Speaker | null;
  speakerText: string | null;
  speakerSpan: Span | null;
}

/** The quoted words, one trailing comma or full stop dropped (the contract's convention). */
export function quoteText(inner: string): string {
  return inner.trim().replace(/[,.]$/, '');
}

function opensSentence(ctx: ArticleContext, q: QuotePair): boolean {
  const s = ctx.sentenceAt(q.start);
  const p = ctx.article.paragraphs[q.paragraph];
  const from = Math.max(s?.start ?? p.start, p.start);
  return /^[\s\u00a0]*$/.test(ctx.text.slice(from, q.start));
}

/** A conjunction or adverb (and a comma) before a quote that still opens its sentence. */
const LOOSE_OPENER = new RegExp(String.raw`^[\s\u00a0]*(?:${alternation(QUOTE_LOOSE_OPENERS)})(?:,)?[\s\u00a0]+$`);

/** A quote that opens its sentence but for a conjunction or adverb: "But “…”", "Then, “…”". */
function opensSentenceLoosely(ctx: ArticleContext, q: QuotePair): boolean {
  if (opensSentence(ctx, q)) return true;
  const s = ctx.sentenceAt(q.start);
  const p = ctx.article.paragraphs[q.paragraph];
  const from = Math.max(s?.start ?? p.start, p.start);
  return LOOSE_OPENER.test(ctx.text.slice(from, q.start));
}

/** A function word after a quoted phrase: it modifies no noun. */
const NOT_NOUN_AFTER = new RegExp(`^(?:${alternation(QUOTE_NOT_NOUN_AFTER)})$`);

/** "“no limits” relationship": a quoted label used before a noun. */
function modifiesNoun(text: string, q: QuotePair): boolean {
  const next = /^[\s\u00a0]+(\p{Ll}[\p{Ll}-]*)/u.exec(text.slice(q.end, q.end + 40));
  return !!next && !NOT_NOUN_AFTER.test(next[1]);
}

function phraseRole(ctx: ArticleContext, q: QuotePair): Pick<Quote, 'role' | 'quoteType'> {
  const inner = ctx.text.slice(q.innerStart, q.innerEnd).trim();
  const words = inner.split(/[\s\u00a0]+/).filter(Boolean).length;
  const sentenceLike = opensSentence(ctx, q) && /^[\p{Lu}\d]/u.test(inner) && /[.!?…]$/.test(inner);
  if (words <= MAX_PHRASE_WORDS && !sentenceLike) return { role: 'phrase', quoteType: modifiesNoun(ctx.text, q) ? 'term' : 'scare' };
  return { role: 'statement', quoteType: 'unattributed' };
}

function candidate(ctx: ArticleContext, q: QuotePair, quote: Quote): Candidate {
  return { kind: 'quote', text: ctx.text.slice(q.start, q.end), span: { start: q.start, end: q.end }, quote };
}

/** Words right before a quoted name of a work or programme: "titled", "on" (“Meet the Press”), "the film". */
const TITLE_CUE = new RegExp(String.raw`(?:\b(?:${alternation(QUOTE_TITLE_CUES)}))[\s\u00a0]+(?:the[\s\u00a0]+)?$`, 'i');

/**
 * A quoted title of a work, show or publication ("he said on “Meet the Press.”", "a film titled “Citizen
 * Carly”"): Title Case words right after a title cue. A label, not speech.
 */
function isQuotedTitle(ctx: ArticleContext, q: QuotePair): boolean {
  const inner = ctx.text.slice(q.innerStart, q.innerEnd).replace(/[,.!?]+$/, '').trim();
  const words = inner.split(/[\s\u00a0]+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  const titleCase = words.every((w) => /^[\p{Lu}\p{N}(]/u.test(w) || (w.length <= 3 && /^\p{Ll}+$/u.test(w)));
  if (!titleCase || !/^\p{Lu}/u.test(words[0])) return false;
  return TITLE_CUE.test(ctx.text.slice(Math.max(0, q.start - 30), q.start));
}

/**
 * Quotes joined by "and", "or" or a comma share the attribution after the last of them: “stunt growth” and
 * “cost lives,” Dean said.
 */
function sharedAttribution(ctx: ArticleContext, idx: EntityIndex, pairs: QuotePair[], i: number): Attribution | null {
  for (let j = i + 1; j < pairs.length; j++) {
    const gap = ctx.text.slice(pairs[j - 1].end, pairs[j].start);
    if (!/^[\s\u00a0]*(?:,|,?[\s\u00a0]*(?:and|or))[\s\u00a0]*$/.test(gap)) return null;
    if (ctx.sentenceAt(pairs[j].start) !== ctx.sentenceAt(pairs[i].start)) return null;
    const attr = findAttribution(ctx, idx, pairs[j], pairs, null);
    if (attr) return attr.how === 'after' ? attr : null;
  }
  return null;
}

/**
 * A quote that resumes its sentence after the attribution of the quote before it: “She is too far behind,”
 * said an Iowa Democrat, “and Iowa was not a decisive win.”
 */
function resumedAfter(ctx: ArticleContext, previous: { q: QuotePair; attr: Attribution | null } | null, q: QuotePair): Attribution | null {
  if (!previous?.attr || previous.attr.how !== 'after' || previous.q.paragraph !== q.paragraph) return null;
  const gap = ctx.text.slice(previous.q.end, q.start);
  if (gap.length > 160 || /[.;!?“”"]/.test(gap) || !/,[\s\u00a0]*$/.test(gap)) return null;
  return previous.attr.phrase.start >= previous.q.end && previous.attr.phrase.end <= q.start ? previous.attr : null;
}

/**
 * Direct quotes (every pair of marks, one claim per pair) with speakers, and clear indirect quotes.
 * A quote without its own attribution takes the speaker of an earlier quote in its paragraph when it is a
 * sentence of its own ("…,” said Ge. “…”), or of the previous paragraph when it opens a paragraph
 * (continuation; speakerText null).
 */
export const quoteExtractor: Extractor = {
  name: 'quotes',
  extract(ctx: ArticleContext): Candidate[] {
    const text = ctx.text;
    const idx = EntityIndex.for(ctx);
    const pairs = findQuotePairs(text, ctx.article.paragraphs).filter((q) => !ctx.isChrome(q));
    const out: Candidate[] = [];
    const events: SpeakerEvent[] = [];
    const indirect = findIndirect(ctx, idx, pairs);
    for (const r of indirect) {
      events.push({ at: r.clause.start, paragraph: ctx.paragraphAt(r.clause.start), speaker: r.speaker, speakerText: r.phrase.text, speakerSpan: { start: r.phrase.start, end: r.phrase.end } });
      out.push({
        kind: 'quote',
        text: text.slice(r.clause.start, r.clause.end),
        span: r.clause,
        quote: {
          text: text.slice(r.clause.start, r.clause.end),
          speaker: r.speaker,
          speakerText: r.phrase.text,
          speakerSpan: { start: r.phrase.start, end: r.phrase.end },
          direct: false,
          role: 'statement',
          innerSpan: r.clause,
          quoteType: 'indirect',
        },
      });
    }
    let previous: { q: QuotePair; attr: Attribution | null } | null = null;
    for (let i = 0; i < pairs.length; i++) {
      const q = pairs[i];
      const sameSentence: Attribution | null = previous && ctx.sentenceAt(previous.q.start) === ctx.sentenceAt(q.start) ? previous.attr : null;
      const attr: Attribution | null = isQuotedTitle(ctx, q) ? null : findAttribution(ctx, idx, q, pairs, sameSentence) ?? sharedAttribution(ctx, idx, pairs, i) ?? resumedAfter(ctx, previous, q);
      const base = { text: quoteText(text.slice(q.innerStart, q.innerEnd)), direct: true, innerSpan: { start: q.innerStart, end: q.innerEnd } };
      let quote: Quote;
      if (attr) {
        quote = { ...base, speaker: attr.speaker, speakerText: attr.phrase.text, speakerSpan: { start: attr.phrase.start, end: attr.phrase.end }, role: 'statement', quoteType: 'attributed' };
      } else {
        const prior = [...events].reverse().find((e) => e.at < q.start);
        const opens = opensSentenceLoosely(ctx, q);
        const paraStart = ctx.article.paragraphs[q.paragraph].start === q.start;
        if (isQuotedTitle(ctx, q)) {
          quote = { ...base, speaker: null, speakerText: null, speakerSpan: null, role: 'phrase', quoteType: 'term' };
        } else if (opens && prior && prior.paragraph === q.paragraph) {
          quote = { ...base, speaker: prior.speaker, speakerText: prior.speakerText, speakerSpan: prior.speakerSpan, role: 'statement', quoteType: prior.speakerText === null ? 'continuation' : 'attributed' };
        } else if (paraStart && prior && prior.paragraph === q.paragraph - 1) {
          quote = { ...base, speaker: prior.speaker, speakerText: null, speakerSpan: null, role: 'statement', quoteType: 'continuation' };
        } else {
          quote = { ...base, speaker: null, speakerText: null, speakerSpan: null, ...(isQuotedTitle(ctx, q) ? { role: 'phrase' as const, quoteType: 'term' as const } : phraseRole(ctx, q)) };
        }
      }
      // An unresolved speaker phrase ("I", "the gambling tycoon") still carries over to the quotes that follow.
      if ((quote.speaker !== null || quote.speakerText !== null) && quote.role === 'statement') {
        events.push({ at: q.start, paragraph: q.paragraph, speaker: quote.speaker, speakerText: quote.speakerText, speakerSpan: quote.speakerSpan ?? null });
        events.sort((a, b) => a.at - b.at);
      }
      out.push(candidate(ctx, q, quote));
      previous = { q, attr };
    }
    return out;
  },
};
