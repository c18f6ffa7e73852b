import type { Span } from '../../types';
import type { ArticleContext } from '../context';
import type { EntityIndex, Speaker } from '../entities';
import { tokenize } from '../entities/tokens';
import { resolvePhrase, verbInContext } from './attribution';
import type { QuotePair } from './marks';
import { phraseAfter, phraseBefore, type SpeakerPhrase } from './speaker-phrase';
import { inflect, REPORTING_FORMS } from './verbs';
import {
  QUOTE_CLAUSE_OPENERS,
  QUOTE_CLAUSE_SUBJECTS,
  QUOTE_CONTENT_VERBS,
  QUOTE_GOVERNING_PREPOSITIONS,
  QUOTE_OBJECT_END_OPENERS,
  QUOTE_OBJECT_ING_WORDS,
  QUOTE_OBJECT_SETTINGS,
  QUOTE_PASSIVE_AUXILIARIES,
  QUOTE_PERIOD_NOUNS,
  QUOTE_SECOND_VERB_AUXILIARIES,
  QUOTE_SETTING_DETERMINERS,
  QUOTE_SETTING_NOUNS,
  QUOTE_SETTING_PREPOSITIONS,
  QUOTE_VERB_ADVERBS,
  QUOTE_WEEKDAYS,
  MONTHS_AND_DAYS,
} from '../../language';
import { alternation } from '../../language/lexicon';

/** Reported speech: "Putin said the Kremlin was willing to negotiate" → the clause, attributed to Putin. */
export interface IndirectQuote {
  clause: Span;
  phrase: SpeakerPhrase;
  speaker: Speaker;
}

const WEEKDAY = `(?:${alternation(QUOTE_WEEKDAYS)})`;
/** Month (and day) names as written ("said in February that …"). */
const MONTH = `(?:${alternation([...MONTHS_AND_DAYS].map((w) => w[0].toUpperCase() + w.slice(1)))})`;
/** Adverbials that may sit between the verb and its clause ("said on Monday in a statement that …"). */
const ADVERBIAL = new RegExp(
  String.raw`^(?:[\s\u00a0]+(?:on\s+)?${WEEKDAY}|[\s\u00a0]+(?:${alternation(QUOTE_VERB_ADVERBS)})|[\s\u00a0]+(?:last|this)\s+(?:${alternation(QUOTE_PERIOD_NOUNS)})|[\s\u00a0]+in\s+an?\s+(?:\p{L}+\s+)?(?:${alternation(QUOTE_SETTING_NOUNS)})(?:\s+(?:${alternation(QUOTE_SETTING_PREPOSITIONS)})\s+[^,.;“”"]{1,40}?)?(?=[\s\u00a0]+that\b)|[\s\u00a0]+in\s+${MONTH}\b|[\s\u00a0]+on\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?(?=[\s\u00a0]+that\b)|[\s\u00a0]+before\s+the\s+\p{Ll}+|,\s*however,)*`,
  'u',
);
const MIN_WORDS = 4;

/** Speech-act and evaluation verbs whose object is what was said ("praised China’s willingness to help"). */
const CONTENT_FORMS: ReadonlySet<string> = new Set(QUOTE_CONTENT_VERBS.flatMap(inflect));
/** An object of a content verb needs this many words: "criticized Biden" reports no content. */
const MIN_OBJECT_WORDS = 3;
/** Auxiliaries and adverbs before a second verb of the same subject ("… and has commended …"). */
const SECOND_VERB_AUX = alternation(QUOTE_SECOND_VERB_AUXILIARIES);
/**
 * Where the object of a content verb ends: a relative or adverbial clause after a comma (", which advocates
 * …", ", highlighting …"), a semicolon, colon or dash, a direct quote, a second verb of the same subject
 * ("… and has commended …"), or the setting of the speech ("in an interview with …").
 */
const OBJECT_END = new RegExp(
  String.raw`,[\s\u00a0]+(?:(?:\p{Ll}+ly)[\s\u00a0]+)?(?:${alternation(QUOTE_OBJECT_END_OPENERS)}|(?!${alternation(QUOTE_OBJECT_ING_WORDS)})\p{Ll}+ing)\b|[;:]|[—–]|[\s\u00a0]-[\s\u00a0]|[“"]|[\s\u00a0]+(?:and|but)[\s\u00a0]+(?:(?:${SECOND_VERB_AUX})[\s\u00a0]+)+|[\s\u00a0]+(?:in|during)[\s\u00a0]+(?:${alternation(QUOTE_SETTING_DETERMINERS)})[\s\u00a0]+(?:[\p{L}’'-]+[\s\u00a0]+){0,2}(?:${alternation(QUOTE_OBJECT_SETTINGS)})\b`,
  'u',
);
/** A preposition right before a name: the name is governed, not a subject. */
const PREPOSITION_BEFORE = new RegExp(String.raw`(?:^|[\s\u00a0])(?:${alternation(QUOTE_GOVERNING_PREPOSITIONS)})[\s\u00a0]+(?:the[\s\u00a0]+)?$`, 'i');
/** Words that open a clause, not a noun phrase: the that-clause rule takes those. */
const CLAUSE_OPENER = new RegExp(`^(?:${alternation(QUOTE_CLAUSE_OPENERS)})$`, 'i');
/** A subject pronoun opening a reported clause without "that" ("X says he …"). */
const CLAUSE_SUBJECT = new RegExp(String.raw`^[\s\u00a0]+(?=(?:${alternation(QUOTE_CLAUSE_SUBJECTS)})[\s\u00a0]+\p{Ll})`, 'u');
/** "… and (has) commended": a second verb of the subject before it. */
const SECOND_VERB = new RegExp(String.raw`[\s\u00a0](?:and|but)[\s\u00a0]+(?:(?:${SECOND_VERB_AUX})[\s\u00a0]+)*$`);
/** A form of "be" before the verb: a passive. */
const PASSIVE_BEFORE = new RegExp(String.raw`(?:^|[\s\u00a0])(?:${alternation(QUOTE_PASSIVE_AUXILIARIES)})[\s\u00a0]+(?:\p{Ll}+ly[\s\u00a0]+)?$`, 'u');

/** A quoted term of at most this many words inside a reported clause is part of it ("couldn’t “confirm” the messages"). */
const MAX_TERM_WORDS = 3;

/** Where the first quote in `s` opens that is more than a quoted term within the clause; -1 when none. */
function firstQuotedStatement(s: string): number {
  let from = 0;
  for (;;) {
    const at = s.slice(from).search(/[“"]/);
    if (at < 0) return -1;
    const open = from + at;
    const close = s.slice(open + 1).search(/[”"]/);
    const inner = close >= 0 ? s.slice(open + 1, open + 1 + close) : '';
    const term = open > 0 && close > 0 && !/[,.;:!?]/.test(inner) && inner.trim().split(/[\s\u00a0]+/).length <= MAX_TERM_WORDS;
    if (!term) return open;
    from = open + close + 2;
  }
}

/** The clause from `start` to the sentence end, cut cleanly before a direct quote; null when a quote interrupts it. */
function clauseFrom(text: string, start: number, end: number): Span | null {
  let stop = end;
  const mark = firstQuotedStatement(text.slice(start, end));
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
  const out: IndirectQuote[] = [];
  const exclude = quotes.map((q) => ({ start: q.innerStart, end: q.innerEnd }));
  for (const s of ctx.sentences) {
    if (ctx.isChrome(s)) continue;
    const clause = thatClause(ctx, idx, quotes, s, exclude);
    if (clause) out.push(clause);
    // Content objects of speech-act verbs, where no reported clause already covers them.
    for (const r of contentObjects(ctx, idx, quotes, s, exclude)) if (!out.some((o) => o.clause.start < r.clause.end && r.clause.start < o.clause.end)) out.push(r);
  }
  return out.sort((a, b) => a.clause.start - b.clause.start);
}

/** "about" and a gerund after a reporting verb ("joked ruefully about moving to …"): the gerund opens the content. */
const ABOUT_GERUND = /^(?:[\s\u00a0]+\p{Ll}+ly)?[\s\u00a0]+about[\s\u00a0]+(?=\p{Ll}+ing[\s\u00a0])/u;

/**
 * The subject that opens a sentence, when it is a speaker phrase followed by a lower-case word (its verb):
 * "Wikileaks publisher Julian Assange tweeted …", "Justice Ruth Bader Ginsburg hasn’t been shy …". Null when
 * a quote comes first.
 */
function sentenceSubject(text: string, s: Span, lastQuoteEnd: number): SpeakerPhrase | null {
  if (lastQuoteEnd > s.start) return null;
  const ph = phraseAfter(text, s.start, s.end, false);
  return ph && /^[\s\u00a0]+\p{Ll}/u.test(text.slice(ph.end, ph.end + 3)) ? ph : null;
}

/** "According to X, <clause>", "X said (that) <clause>" or "X …, saying that <clause>": the first one in the sentence. */
function thatClause(ctx: ArticleContext, idx: EntityIndex, quotes: QuotePair[], s: Span, exclude: Span[]): IndirectQuote | null {
  const text = ctx.text;
  const inQuote = (o: number): boolean => quotes.some((q) => o > q.start && o < q.end);
  const sent = text.slice(s.start, s.end);
  const acc = /^According to\b/.exec(sent);
  if (acc) {
    const ph = phraseAfter(text, s.start + acc[0].length, s.end);
    // Skip an appositive: "According to Hoo Tiang Boon, a professor at …, both parties aim …".
    const comma = ph ? /^(?:,[\s\u00a0]+(?:a|an|the)\s[^,]{0,160}?)?[^,]{0,120}?,[\s\u00a0]+/.exec(text.slice(ph.end, s.end)) : null;
    if (!ph || !comma) return null;
    const speaker = resolvePhrase(idx, ph, exclude);
    const clause = clauseFrom(text, ph.end + comma[0].length, s.end);
    return speaker && clause ? { clause, phrase: ph, speaker } : null;
  }
  const toks = tokenize(text, s.start, s.end);
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (!REPORTING_FORMS.has(t.text) || inQuote(t.start)) continue;
    // ", saying that …", ", joking that …": a participle after a comma reports what the sentence's subject said.
    const participle = /ing$/.test(t.text) && k > 0 && /,/.test(text.slice(toks[k - 1].end, t.start));
    if ((/ing$/.test(t.text) && !participle) || (!participle && !verbInContext(toks, k))) continue;
    if (/['’]s$/.test(toks[k - 1]?.text ?? '')) continue; // "Moscow’s claims that …": a noun
    const rest = text.slice(t.end, s.end);
    const adv = ADVERBIAL.exec(rest)?.[0] ?? '';
    const tail = rest.slice(adv.length);
    // "joked about moving to …": what a gerund after "about" says is the content.
    const m = /^[\s\u00a0]+that[\s\u00a0]+/.exec(tail) ?? CLAUSE_SUBJECT.exec(tail) ?? ABOUT_GERUND.exec(tail);
    if (!m) continue;
    const start = t.end + adv.length + m[0].length;
    if (/^[“"‘]/.test(text.slice(start, start + 1))) continue;
    const lastQuoteEnd = Math.max(s.start, ...quotes.filter((q) => q.end <= t.start).map((q) => q.end));
    const ph = participle ? sentenceSubject(text, s, lastQuoteEnd) : phraseBefore(text, lastQuoteEnd, t.start);
    if (!ph) continue;
    const speaker = resolvePhrase(idx, ph, exclude);
    const clause = clauseFrom(text, start, s.end);
    return speaker && clause ? { clause, phrase: ph, speaker } : null;
  }
  return null;
}

/** The object of a content verb from `start`: up to its end (see OBJECT_END), long enough and a noun phrase. */
function objectFrom(text: string, start: number, end: number): Span | null {
  const rest = text.slice(start, end);
  const cut = OBJECT_END.exec(rest);
  // A direct quote inside the object is its content: the quote is the claim ("stressed the “…”").
  if (cut && /^[“"]/.test(cut[0])) return null;
  let e = start + (cut ? cut.index : rest.length);
  while (e > start && /[\s\u00a0.,;:!?”’"]/.test(text[e - 1])) e--;
  const words = text.slice(start, e).split(/[\s\u00a0]+/).filter(Boolean);
  if (words.length < MIN_OBJECT_WORDS || CLAUSE_OPENER.test(words[0]) || /^[“"‘]/.test(words[0])) return null;
  return { start, end: e };
}

/**
 * Reported speech acts with a content object, in one sentence:
 *  - "X praised/commended/conveyed <object>" (a resolvable speaker right before the verb), and
 *    "X has criticized … and has commended <object>" (a second verb of the same speaker);
 *  - "Emphasizing <object>, X signaled …" (an opening participle whose subject follows the comma).
 */
function contentObjects(ctx: ArticleContext, idx: EntityIndex, quotes: QuotePair[], s: Span, exclude: Span[]): IndirectQuote[] {
  const text = ctx.text;
  const out: IndirectQuote[] = [];
  const inQuote = (o: number): boolean => quotes.some((q) => o >= q.start && o < q.end);
  const toks = tokenize(text, s.start, s.end);
  const first = toks[0];
  if (first && CONTENT_FORMS.has(first.text.toLowerCase()) && /ing$/.test(first.text) && !inQuote(first.start)) {
    // The subject is the first speaker phrase right after a comma, followed by a lower-case word (its verb).
    const sent = text.slice(first.end, s.end);
    for (const m of sent.matchAll(/,/g)) {
      const at = first.end + m.index! + 1;
      const ph = phraseAfter(text, at, s.end);
      if (!ph || !/^[\s\u00a0]+\p{Ll}/u.test(text.slice(ph.end, ph.end + 3))) continue;
      const speaker = resolvePhrase(idx, ph, exclude);
      const obj = speaker ? objectFrom(text, first.end + (/^[\s\u00a0]+/.exec(sent)?.[0].length ?? 0), at - 1) : null;
      if (speaker && obj) out.push({ clause: obj, phrase: ph, speaker });
      break;
    }
  }
  let last: IndirectQuote | null = null;
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k];
    if (!CONTENT_FORMS.has(t.text) || /ing$/.test(t.text) || inQuote(t.start) || !verbInContext(toks, k)) continue;
    if (/['’]s$/.test(toks[k - 1].text)) continue; // "Moscow’s stress on …": a noun
    const rest = text.slice(t.end, s.end);
    const adv = ADVERBIAL.exec(rest)?.[0] ?? '';
    const objStart = t.end + adv.length + (/^[\s\u00a0]+/.exec(rest.slice(adv.length))?.[0].length ?? 0);
    const obj = objectFrom(text, objStart, s.end);
    const before = text.slice(s.start, t.start);
    let found: Pick<IndirectQuote, 'phrase' | 'speaker'> | null = null;
    if (last && SECOND_VERB.test(before)) found = { phrase: last.phrase, speaker: last.speaker };
    else {
      const lastQuoteEnd = Math.max(s.start, ...quotes.filter((q) => q.end <= t.start).map((q) => q.end));
      // A passive ("has been criticised by …") names the target, not the speaker; and a name after a
      // preposition ("a goal from X condemned …", "staff in Frankfurt expressed …") is not the subject.
      const passive = PASSIVE_BEFORE.test(before);
      const ph = passive ? null : phraseBefore(text, lastQuoteEnd, t.start);
      const governed = ph && PREPOSITION_BEFORE.test(text.slice(Math.max(s.start, ph.start - 12), ph.start));
      const speaker = ph && !governed ? resolvePhrase(idx, ph, exclude) : null;
      if (ph && speaker) found = { phrase: ph, speaker };
    }
    if (!found) continue;
    const r: IndirectQuote = { ...found, clause: obj ?? { start: objStart, end: objStart } };
    last = r;
    if (obj) out.push(r);
  }
  return out;
}
