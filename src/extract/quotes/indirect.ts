import type { Span } from '../../types';
import type { ArticleContext } from '../context';
import type { EntityIndex, Speaker } from '../entities';
import { tokenize } from '../entities/tokens';
import { resolvePhrase, verbInContext } from './attribution';
import type { QuotePair } from './marks';
import { phraseAfter, phraseBefore, type SpeakerPhrase } from './speaker-phrase';
import { REPORTING_FORMS } from './verbs';

/** Reported speech: "Putin said the Kremlin was willing to negotiate" → the clause, attributed to Putin. */
export interface IndirectQuote {
  clause: Span;
  phrase: SpeakerPhrase;
  speaker: Speaker;
}

const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
/** Adverbials that may sit between the verb and its clause ("said on Monday in a statement that …"). */
const ADVERBIAL = new RegExp(
  String.raw`^(?:[\s\u00a0]+(?:on\s+)?${WEEKDAY}|[\s\u00a0]+(?:yesterday|today|earlier|later|recently|previously|again|also|repeatedly|publicly)|[\s\u00a0]+(?:last|this)\s+(?:week|month|year)|[\s\u00a0]+in\s+an?\s+(?:\p{L}+\s+)?(?:statement|interview|speech|letter|post|report|briefing|address)(?:\s+(?:with|to|on)\s+[^,.;“”"]{1,40}?)?(?=[\s\u00a0]+that\b)|[\s\u00a0]+before\s+the\s+\p{Ll}+|,\s*however,)*`,
  'u',
);
const MIN_WORDS = 4;

/** The clause from `start` to the sentence end, cut cleanly before a direct quote; null when a quote interrupts it. */
function clauseFrom(text: string, start: number, end: number): Span | null {
  let stop = end;
  const mark = text.slice(start, end).search(/[“"]/);
  if (mark >= 0) {
    const before = text.slice(start, start + mark);
    if (!/,[\s\u00a0]*$/.test(before)) return null; // the quote is part of the clause: leave it to the direct quote
    stop = start + before.replace(/,[\s\u00a0]*$/, '').length;
  }
  let e = stop;
  while (e > start && /[\s\u00a0.,;:!?”’"]/.test(text[e - 1])) e--;
  const words = text.slice(start, e).split(/[\s\u00a0]+/).filter(Boolean).length;
  return words >= MIN_WORDS ? { start, end: e } : null;
}

/**
 * Clear cases of reported speech, kept conservative: a resolvable speaker, a reporting verb, then "that" or a
 * subject pronoun starting the reported clause ("X said (on Monday) that …", "X says he …"), and sentences
 * opening with "According to X, …". A clause interrupted by a direct quote is skipped.
 */
export function findIndirect(ctx: ArticleContext, idx: EntityIndex, quotes: QuotePair[]): IndirectQuote[] {
  const text = ctx.text;
  const out: IndirectQuote[] = [];
  const exclude = quotes.map((q) => ({ start: q.innerStart, end: q.innerEnd }));
  const inQuote = (o: number): boolean => quotes.some((q) => o > q.start && o < q.end);
  for (const s of ctx.sentences) {
    if (ctx.isChrome(s)) continue;
    const sent = text.slice(s.start, s.end);
    const acc = /^According to\b/.exec(sent);
    if (acc) {
      const ph = phraseAfter(text, s.start + acc[0].length, s.end);
      // Skip an appositive: "According to Hoo Tiang Boon, a professor at …, both parties aim …".
      const comma = ph ? /^(?:,[\s\u00a0]+(?:a|an|the)\s[^,]{0,160}?)?[^,]{0,120}?,[\s\u00a0]+/.exec(text.slice(ph.end, s.end)) : null;
      if (ph && comma) {
        const speaker = resolvePhrase(idx, ph, exclude);
        const clause = clauseFrom(text, ph.end + comma[0].length, s.end);
        if (speaker && clause) out.push({ clause, phrase: ph, speaker });
      }
      continue;
    }
    const toks = tokenize(text, s.start, s.end);
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k];
      if (!REPORTING_FORMS.has(t.text) || /ing$/.test(t.text) || inQuote(t.start) || !verbInContext(toks, k)) continue;
      if (/['’]s$/.test(toks[k - 1]?.text ?? '')) continue; // "Moscow’s claims that …": a noun
      const rest = text.slice(t.end, s.end);
      const adv = ADVERBIAL.exec(rest)?.[0] ?? '';
      const tail = rest.slice(adv.length);
      const m = /^[\s\u00a0]+that[\s\u00a0]+/.exec(tail) ?? /^[\s\u00a0]+(?=(?:he|she|they|it|we|there)[\s\u00a0]+\p{Ll})/u.exec(tail);
      if (!m) continue;
      const start = t.end + adv.length + m[0].length;
      if (/^[“"‘]/.test(text.slice(start, start + 1))) continue;
      const lastQuoteEnd = Math.max(s.start, ...quotes.filter((q) => q.end <= t.start).map((q) => q.end));
      const ph = phraseBefore(text, lastQuoteEnd, t.start);
      if (!ph) continue;
      const speaker = resolvePhrase(idx, ph, exclude);
      const clause = clauseFrom(text, start, s.end);
      if (speaker && clause) out.push({ clause, phrase: ph, speaker });
      break;
    }
  }
  return out;
}
