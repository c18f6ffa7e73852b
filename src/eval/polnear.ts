import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractArticle } from '../extract';
import { loadArticleFile } from '../ingest';
import type { Claim, QuoteClaim, Span } from '../types';
import { parseBrat, type BratDocument, type BratSpan } from './brat';
import { prf, type PRF } from './extraction';
import { overlap } from './match';

/**
 * Direct quotes and their speakers against PolNeAR (brat standoff attributions: Source / Cue / Content).
 *
 * Gold. Per article one annotator's file (several may exist: the name's last "_xxxx" part; the first in code-unit
 * order is taken). Every Content span is split into its quoted parts (the words between a pair of quotation
 * marks, “…”, "…" or ‘…’, at least half of which lie inside the Content): each quoted part is one gold direct
 * quote, and the Content's Source is its speaker. Quoted parts given by several Contents are one gold quote with
 * all their Sources. Contents without marks (reported speech) are not scored.
 *
 * Predictions. The extractor's direct quotes with role "statement" (phrases and scare quotes do not claim to be
 * speech). Matching is one-to-one by overlap of the quote's inner span with the quoted part, largest first.
 *
 * Speaker right (over matched quotes), any of:
 *  1. the predicted speaker span overlaps a gold Source span;
 *  2. a head word of a gold Source (the last word of each capitalised run, titles skipped: "Sen. Ted Cruz" → Cruz;
 *     for a lower-case description its last word: "a campaign spokesman" → spokesman) is a word of the predicted
 *     canonical speaker or speaker text;
 *  3. the gold Source is a pronoun ("he", "who"): PolNeAR links no antecedent, so the scorer takes one from the
 *     gold itself: for a relative pronoun the capitalised run right before it ("Trump, who said"), for a
 *     personal pronoun the nearest earlier non-pronoun gold Source of the article; rule 2 is then applied to it.
 * A matched quote with no speaker is wrong. "Attributed direct quotes" counts a match only when its speaker is right.
 */

export interface PolnearGoldQuote {
  articleId: string;
  inner: Span;
  text: string;
  sources: Array<{ span: Span; text: string; antecedent: string | null }>;
}

export interface PolnearError {
  kind: 'miss' | 'extra' | 'speaker';
  articleId: string;
  at: number;
  text: string;
  expected?: string;
  got?: string;
}

export interface PolnearScore {
  articles: number;
  quotes: PRF;
  speakerRight: number;
  speakerChecked: number;
  attributed: PRF;
  errors: PolnearError[];
}

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it', 'his', 'her', 'their', 'who', 'which', 'that', 'whom', 'him', 'them', 'me', 'us', 'one']);
const RELATIVE = new Set(['who', 'which', 'that', 'whom']);
/** Capitalised words that are not heads of a name: articles and titles before names. */
const NOT_HEADS = new Set(['the', 'a', 'an', 'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'president', 'senator', 'governor', 'secretary', 'former', 'candidate', 'nominee']);

function words(s: string): string[] {
  return s.split(/[^\p{L}\p{N}'’-]+/u).map((w) => w.replace(/['’]s?$/, '')).filter(Boolean);
}

/** Head words of a Source phrase (see rule 2 above), lower-cased. */
export function headWords(source: string): string[] {
  const ws = words(source);
  const heads: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    const named = run.filter((w) => !NOT_HEADS.has(w.toLowerCase().replace(/\.$/, '')));
    if (named.length > 0) heads.push(named[named.length - 1].toLowerCase());
    run = [];
  };
  for (const w of ws) {
    if (/^\p{Lu}/u.test(w)) run.push(w);
    else flush();
  }
  flush();
  if (heads.length === 0 && ws.length > 0) {
    const last = ws[ws.length - 1].toLowerCase();
    if (!PRONOUNS.has(last)) heads.push(last);
  }
  return heads;
}

export function isPronounSource(source: string): boolean {
  const ws = words(source.toLowerCase());
  return ws.length === 1 && PRONOUNS.has(ws[0]);
}

/** Whether a predicted speaker names the gold Source (rules 2 and 3). */
export function speakerMatches(speaker: string | string[] | null, speakerText: string | null, source: string): boolean {
  const heads = headWords(source);
  if (heads.length === 0) return false;
  const names = [...(Array.isArray(speaker) ? speaker : speaker ? [speaker] : []), ...(speakerText ? [speakerText] : [])];
  const said = new Set(names.flatMap((n) => words(n.toLowerCase())));
  return heads.some((h) => said.has(h));
}

// ---------------------------------------------------------------------------------------------
// Gold
// ---------------------------------------------------------------------------------------------

/** Quoted parts of a text (inner spans, marks excluded), paragraph by paragraph; an unclosed quote runs to its paragraph's end. */
export function quotedParts(text: string): Span[] {
  const out: Span[] = [];
  const paragraphs = /[^\n]+/g;
  for (let m = paragraphs.exec(text); m; m = paragraphs.exec(text)) {
    const p0 = m.index;
    const p = m[0];
    let open = -1;
    let straight = false;
    const doubles: Span[] = [];
    for (let i = 0; i < p.length; i++) {
      const c = p[i];
      if (open < 0 && (c === '“' || (c === '"' && (i === 0 || /[\s(\[—–-]/.test(p[i - 1]))))) {
        open = i + 1;
        straight = c === '"';
      } else if (open >= 0 && ((c === '”' && !straight) || (c === '"' && straight) || (c === '"' && !straight))) {
        doubles.push({ start: p0 + open, end: p0 + i });
        open = -1;
      }
    }
    if (open >= 0) doubles.push({ start: p0 + open, end: p0 + p.length });
    out.push(...doubles);
    // Single marks outside double quotes (headlines, British style): ‘ after a space, ’ not followed by a letter.
    const single = /(^|[\s(\[—–“-])‘([^‘’]*(?:’\p{L}[^‘’]*)*)’(?!\p{L})/gu;
    for (let s = single.exec(p); s; s = single.exec(p)) {
      const start = p0 + s.index + s[1].length + 1;
      const span = { start, end: start + s[2].length };
      if (!doubles.some((d) => overlap(d, span) > 0)) out.push(span);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The antecedent the gold implies for a pronoun Source (rule 3). */
function antecedent(text: string, doc: BratDocument, source: BratSpan): string | null {
  const at = source.fragments[0].start;
  const word = words(source.text.toLowerCase())[0];
  if (RELATIVE.has(word)) {
    const before = /((?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*)[\s,]*$/u.exec(text.slice(Math.max(0, at - 80), at));
    return before ? before[1] : null;
  }
  let best: BratSpan | null = null;
  for (const s of doc.spans.values()) {
    if (s.type !== 'Source' || s.fragments[0].start >= at || isPronounSource(s.text)) continue;
    if (!best || s.fragments[0].start > best.fragments[0].start) best = s;
  }
  return best ? best.text : null;
}

export function goldQuotes(articleId: string, text: string, doc: BratDocument): PolnearGoldQuote[] {
  const parts = quotedParts(text);
  const byPart = new Map<Span, PolnearGoldQuote>();
  for (const ev of doc.events) {
    const content = doc.spans.get(ev.args['Content'] ?? '');
    if (!content) continue;
    const src = doc.spans.get(ev.args['Source'] ?? '');
    for (const part of parts) {
      const inside = content.fragments.reduce((n, f) => n + overlap(f, part), 0);
      if (part.end === part.start || inside * 2 < part.end - part.start) continue;
      let g = byPart.get(part);
      if (!g) {
        g = { articleId, inner: part, text: text.slice(part.start, part.end), sources: [] };
        byPart.set(part, g);
      }
      if (src) g.sources.push({ span: { start: src.fragments[0].start, end: src.fragments[src.fragments.length - 1].end }, text: src.text, antecedent: isPronounSource(src.text) ? antecedent(text, doc, src) : null });
    }
  }
  return [...byPart.values()].sort((a, b) => a.inner.start - b.inner.start);
}

// ---------------------------------------------------------------------------------------------
// Scoring
// ---------------------------------------------------------------------------------------------

function innerOf(c: QuoteClaim): Span {
  return c.quote.innerSpan ?? c.span;
}

function speakerRight(c: QuoteClaim, g: PolnearGoldQuote): boolean {
  const q = c.quote;
  return g.sources.some((s) => {
    if (q.speakerSpan && overlap(q.speakerSpan, s.span) > 0) return true;
    if (q.speaker === null) return false;
    if (speakerMatches(q.speaker, q.speakerText, s.text)) return true;
    return s.antecedent !== null && speakerMatches(q.speaker, q.speakerText, s.antecedent);
  });
}

function speakerLabel(c: QuoteClaim): string {
  const s = c.quote.speaker;
  return `${Array.isArray(s) ? s.join(' & ') : s ?? '(none)'}${c.quote.speakerText ? ` [${c.quote.speakerText}]` : ''}`;
}

/** Scores one article's claims; counts are added into `acc`. */
export function scoreArticle(articleId: string, claims: Claim[], gold: PolnearGoldQuote[], acc: Counts): void {
  const predicted = claims.filter((c): c is QuoteClaim => c.kind === 'quote' && c.quote.direct && c.quote.role === 'statement');
  const pairs: Array<{ p: QuoteClaim; g: PolnearGoldQuote; o: number }> = [];
  for (const p of predicted) for (const g of gold) {
    const o = overlap(innerOf(p), g.inner);
    if (o > 0) pairs.push({ p, g, o });
  }
  pairs.sort((x, y) => y.o - x.o || x.g.inner.start - y.g.inner.start || x.p.span.start - y.p.span.start);
  const usedP = new Set<QuoteClaim>();
  const usedG = new Set<PolnearGoldQuote>();
  for (const { p, g } of pairs) {
    if (usedP.has(p) || usedG.has(g)) continue;
    usedP.add(p);
    usedG.add(g);
    acc.tp++;
    if (g.sources.length === 0) continue; // an attribution without a Source: the speaker cannot be checked
    acc.checked++;
    if (speakerRight(p, g)) acc.right++;
    else acc.errors.push({ kind: 'speaker', articleId, at: g.inner.start, text: g.text, expected: g.sources.map((s) => s.antecedent ? `${s.text} (${s.antecedent})` : s.text).join(' | '), got: speakerLabel(p) });
  }
  for (const p of predicted) if (!usedP.has(p)) {
    acc.fp++;
    acc.errors.push({ kind: 'extra', articleId, at: innerOf(p).start, text: p.quote.text, got: speakerLabel(p) });
  }
  for (const g of gold) if (!usedG.has(g)) {
    acc.fn++;
    acc.errors.push({ kind: 'miss', articleId, at: g.inner.start, text: g.text, expected: g.sources.map((s) => s.text).join(' | ') });
  }
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  checked: number;
  right: number;
  errors: PolnearError[];
}

export function newCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0, checked: 0, right: 0, errors: [] };
}

export function summarize(acc: Counts, articles: number): PolnearScore {
  // A matched quote whose gold has no Source counts as attributed (nothing to get wrong).
  const unchecked = acc.tp - acc.checked;
  const attributedTp = acc.right + unchecked;
  return {
    articles,
    quotes: prf(acc.tp, acc.fp, acc.fn),
    speakerRight: acc.right,
    speakerChecked: acc.checked,
    attributed: prf(attributedTp, acc.fp + (acc.tp - attributedTp), acc.fn + (acc.tp - attributedTp)),
    errors: acc.errors,
  };
}

/** One .ann file per article: the first annotator's in code-unit order. */
export function pickAnnotations(files: string[]): Map<string, string> {
  const chosen = new Map<string, string>();
  for (const f of [...files].sort()) {
    const base = f.replace(/\.ann$/, '');
    const article = base.replace(/_[^_]+$/, '');
    if (!chosen.has(article)) chosen.set(article, f);
  }
  return chosen;
}

function readMetadata(file: string): Map<string, string> {
  const dates = new Map<string, string>();
  if (!fs.existsSync(file)) return dates;
  const [head, ...rows] = fs.readFileSync(file, 'utf8').split(/\r?\n/);
  const cols = head.split('\t');
  const name = cols.indexOf('filename');
  const date = cols.indexOf('publication_date');
  for (const r of rows) {
    const c = r.split('\t');
    if (c[name] && /^\d{4}-\d{2}-\d{2}$/.test(c[date] ?? '')) dates.set(c[name], c[date]);
  }
  return dates;
}

export function defaultPolnearRoot(): string {
  return path.resolve(__dirname, '../../../shared/dev/polnear');
}

/** Scores the real extractor on one split folder (`train` or `dev`); `limit` caps the number of articles. */
export function scorePolnear(root: string, split: string, limit = Infinity): PolnearScore | null {
  const dir = path.join(root, split);
  if (!fs.existsSync(path.join(dir, 'attributions'))) return null;
  const dates = readMetadata(path.join(root, 'metadata.tsv'));
  const chosen = pickAnnotations(fs.readdirSync(path.join(dir, 'attributions')).filter((f) => f.endsWith('.ann')));
  const acc = newCounts();
  let n = 0;
  for (const [article, annFile] of [...chosen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (n >= limit) break;
    const txt = path.join(dir, 'text', `${article}.txt`);
    if (!fs.existsSync(txt)) continue;
    const published = dates.get(article) ?? null;
    const a = loadArticleFile(txt, { id: article, file: path.basename(txt), outlet: null, published, publishedPrecision: published ? 'day' : null });
    const doc = parseBrat(fs.readFileSync(path.join(dir, 'attributions', annFile), 'utf8'), a.text);
    scoreArticle(article, extractArticle(a).claims, goldQuotes(article, a.text, doc), acc);
    n++;
  }
  return summarize(acc, n);
}

export function formatPolnear(split: string, s: PolnearScore): string {
  const p = (x: number): string => (100 * x).toFixed(1);
  const acc = s.speakerChecked === 0 ? 'n/a' : `${p(s.speakerRight / s.speakerChecked)}% (${s.speakerRight}/${s.speakerChecked})`;
  return (
    `PolNeAR ${split} (${s.articles} articles): direct quotes P ${p(s.quotes.precision)} R ${p(s.quotes.recall)} F1 ${p(s.quotes.f1)}` +
    ` | speaker accuracy ${acc} | attributed direct quotes P ${p(s.attributed.precision)} R ${p(s.attributed.recall)} F1 ${p(s.attributed.f1)}`
  );
}
