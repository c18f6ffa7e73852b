import * as fs from 'node:fs';
import * as path from 'node:path';
import { compareCorpus } from '../compare';
import { extractArticle } from '../extract';
import { buildArticle } from '../ingest/article';
import { loadArticleFile } from '../ingest';
import { PERTURB_NEUTRAL, PERTURB_PARAPHRASE, PERTURB_QUOTE_WORDS } from '../language';
import type { Article, Claim, ExtractedArticle, Flag, QuantityClaim, Span } from '../types';

/**
 * The perturbation suite: second-outlet copies of real articles with one known edit each, checked against
 * the original plus a few unrelated articles through the comparison (compareCorpus, the path `compare` and
 * `check` take). An edited figure, year or quoted word must raise a conflict on the edited claim; a control
 * copy (a neutral word changed), a rounded restatement of a figure and a paraphrased sentence must raise no
 * error at all. The edits are made on the text; claims only say where figures, dates and quotes are.
 */

export type EditKind = 'figure' | 'year' | 'quote' | 'rounded' | 'paraphrase' | 'control' | 'figure-varied' | 'year-varied';
export const EDIT_KINDS: readonly EditKind[] = ['figure', 'year', 'quote', 'rounded', 'paraphrase', 'control', 'figure-varied', 'year-varied'];
/** Edits that must be flagged; the others must raise no error. */
export const MUST_FLAG: ReadonlySet<EditKind> = new Set(['figure', 'year', 'quote', 'figure-varied', 'year-varied']);
/** The claim kind an edit that must be flagged changes. */
const EDITED_CLAIM: Partial<Record<EditKind, Claim['kind']>> = { figure: 'quantity', 'figure-varied': 'quantity', year: 'date', 'year-varied': 'date', quote: 'quote' };

export interface Edit {
  kind: EditKind;
  text: string;
  /** Where the edit lies in the copy's text. */
  span: Span;
  /** What was changed, for the verbose listing ("62%" → "more than 60%"). */
  note: string;
}

export interface CopyResult {
  base: string;
  kind: EditKind;
  note: string;
  /** A conflict flag (error) holds the copy's claim at the edit. */
  flagged: boolean;
  /** A flag of any severity holds it (a warning counts here). */
  flaggedAny: boolean;
  /** Error flags that hold a claim of the copy, and those not about the edit. */
  errors: number;
  strayErrors: number;
  reasons: string[];
}

export interface KindScore {
  kind: EditKind;
  copies: number;
  flagged: number;
  flaggedAny: number;
  errors: number;
  strayErrors: number;
  /** Copies with at least one error flag. */
  copiesWithErrors: number;
}

export interface PerturbationResult {
  bases: string[];
  kinds: KindScore[];
  copies: CopyResult[];
  /** Error flags between the original and the unrelated articles (no copy involved). */
  baseErrors: number;
}

// ---------------------------------------------------------------------------------------------
// Edits
// ---------------------------------------------------------------------------------------------

const NUMBER_RE = /\d[\d,]*(?:\.\d+)?/;

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function inBody(article: Article, c: Claim): boolean {
  return !(article.headline && overlaps(article.headline, c.span)) && !article.chrome.some((x) => overlaps(x, c.span));
}

/** Plain figures outside quotes: a number in the text, no range, no rank, not a bare year. */
function plainFigures(article: Article, claims: Claim[]): QuantityClaim[] {
  return claims.filter(
    (c): c is QuantityClaim =>
      c.kind === 'quantity' &&
      !c.inQuote &&
      inBody(article, c) &&
      !c.quantity.ordinal &&
      c.quantity.low === undefined &&
      !c.quantity.timex &&
      !/^age\b/.test(c.quantity.measure ?? '') && // ages carry no timex (TimeML marks none) but stay out, as before
      NUMBER_RE.test(c.text) &&
      !(c.quantity.unit === null && /^(?:1[89]|20)\d\d$/.test(c.text.trim())),
  );
}

function replaceAt(text: string, start: number, end: number, by: string): string {
  return text.slice(0, start) + by + text.slice(end);
}

/** The number with its last significant digit moved by two: beyond any rounding of the stated figure. */
export function shiftLastDigit(num: string): string {
  const chars = [...num];
  let k = -1;
  for (let i = chars.length - 1; i >= 0; i--) {
    if (/[1-9]/.test(chars[i])) {
      k = i;
      break;
    }
  }
  if (k < 0) return num.replace(/0(?=[^0]*$)/, '2');
  const d = +chars[k];
  chars[k] = String(d <= 7 ? d + 2 : d - 2);
  return chars.join('');
}

/**
 * Other ways a figure is changed, so the suite is not narrower than copies made by someone else: the last
 * significant digit moved by one up or down, the figure doubled, its first digit moved. Style by seed.
 */
export const FIGURE_STYLES = ['last digit +1', 'last digit -1', 'doubled', 'first digit moved'] as const;

export function changeNumber(num: string, style: number): string {
  const chars = [...num];
  const digitAt = (from: 'first' | 'last') => {
    const idx = chars.map((c, i) => (/[1-9]/.test(c) ? i : -1)).filter((i) => i >= 0);
    return from === 'first' ? idx[0] : idx[idx.length - 1];
  };
  const move = (k: number | undefined, up: boolean) => {
    if (k === undefined) return num.replace(/0(?=[^0]*$)/, '1');
    const d = +chars[k];
    // Never to 0 (a figure's leading digit must stay) nor past 9.
    chars[k] = String(up ? (d < 9 ? d + 1 : d - 1) : d > 1 || k !== digitAt('first') ? d - 1 : d + 1);
    return chars.join('');
  };
  switch (FIGURE_STYLES[style % FIGURE_STYLES.length]) {
    case 'last digit +1':
      return move(digitAt('last'), true);
    case 'last digit -1':
      return move(digitAt('last'), false);
    case 'doubled': {
      const decimals = /\.(\d+)$/.exec(num)?.[1].length ?? 0;
      const value = parseFloat(num.replace(/,/g, '')) * 2;
      const out = value.toFixed(decimals);
      // Thousands written as the corpus writes them ("1,500 peers"), not as a bare four digits that read as a year.
      return num.includes(',') || value >= 1000 ? Number(out).toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }) : out;
    }
    default:
      return move(digitAt('first'), true);
  }
}

export function editFigure(article: Article, claims: Claim[]): Edit | null {
  const c = plainFigures(article, claims).find((q) => q.quantity.unit !== null) ?? plainFigures(article, claims)[0];
  if (!c) return null;
  const m = NUMBER_RE.exec(c.text)!;
  const start = c.span.start + m.index;
  const by = shiftLastDigit(m[0]);
  return { kind: 'figure', text: replaceAt(article.text, start, start + m[0].length, by), span: { start, end: start + by.length }, note: `${m[0]} → ${by} in “${c.text}”` };
}

/**
 * Another figure of the article (seeded, the first one with a unit left to editFigure when there are
 * others), changed in one of FIGURE_STYLES.
 */
export function editFigureVaried(article: Article, claims: Claim[], seed: number): Edit | null {
  const all = plainFigures(article, claims);
  const first = all.find((q) => q.quantity.unit !== null) ?? all[0];
  const rest = all.length > 1 ? all.filter((q) => q !== first) : all;
  const c = rest[seed % Math.max(1, rest.length)];
  if (!c) return null;
  const m = NUMBER_RE.exec(c.text)!;
  const start = c.span.start + m.index;
  const by = changeNumber(m[0], Math.floor(seed / 2));
  if (by === m[0]) return null;
  return { kind: 'figure-varied', text: replaceAt(article.text, start, start + m[0].length, by), span: { start, end: start + by.length }, note: `${m[0]} → ${by} in “${c.text}” (${FIGURE_STYLES[Math.floor(seed / 2) % FIGURE_STYLES.length]})` };
}

/** Another dated claim of the body (seeded), its year moved one or two years either way. */
export function editYearVaried(article: Article, claims: Claim[], seed: number): Edit | null {
  const dated = claims.filter((c) => c.kind === 'date' && !c.inQuote && inBody(article, c) && /\b(?:19|20)\d\d\b/.test(c.text));
  const c = dated[seed % Math.max(1, dated.length)];
  if (!c) return null;
  const m = /\b(?:19|20)\d\d\b/.exec(c.text)!;
  const start = c.span.start + m.index;
  const by = String(+m[0] + [1, 2, -2, -1][Math.floor(seed / 2) % 4]);
  return { kind: 'year-varied', text: replaceAt(article.text, start, start + 4, by), span: { start, end: start + 4 }, note: `${m[0]} → ${by} in “${c.text}”` };
}

export function editYear(article: Article, claims: Claim[]): Edit | null {
  for (const c of claims) {
    if (c.kind !== 'date' || c.inQuote || !inBody(article, c)) continue;
    const m = /\b(?:19|20)\d\d\b/.exec(c.text);
    if (!m) continue;
    const start = c.span.start + m.index;
    const by = String(+m[0] - 1);
    return { kind: 'year', text: replaceAt(article.text, start, start + 4, by), span: { start, end: start + 4 }, note: `${m[0]} → ${by} in “${c.text}”` };
  }
  return null;
}

export function editQuote(article: Article, claims: Claim[], seed: number): Edit | null {
  for (const c of claims) {
    if (c.kind !== 'quote' || !c.quote.direct || c.quote.role !== 'statement' || !inBody(article, c)) continue;
    const inner = c.quote.innerSpan ?? c.span;
    const body = article.text.slice(inner.start, inner.end);
    const words = [...body.matchAll(/(?<!\p{L})\p{Ll}{5,}(?!\p{L})/gu)].filter((w) => w.index! > 0 && w.index! + w[0].length < body.length - 1);
    if (body.split(/\s+/).length < 8 || words.length < 3) continue;
    const w = words[Math.floor(words.length / 2)];
    const subs = PERTURB_QUOTE_WORDS.filter((s) => s !== w[0]);
    const by = subs[seed % subs.length];
    const start = inner.start + w.index!;
    return { kind: 'quote', text: replaceAt(article.text, start, start + w[0].length, by), span: { start, end: start + by.length }, note: `“${w[0]}” → “${by}” in a quote of ${c.quote.speaker ?? 'an unnamed speaker'}` };
  }
  return null;
}

/**
 * A figure restated as a reader would round it: "62%" → "more than 60%", "$11.1bn" → "more than $11bn",
 * "$43,885,310" → "$43.9 million", "$75,000" → "about $75,000" or "more than $74,000".
 */
export function roundedRestatement(num: string, after: string, seed: number): { prefix: string; num: string; suffix?: string } | null {
  const digits = num.replace(/,/g, '');
  const value = parseFloat(digits);
  if (!isFinite(value) || value <= 0) return null;
  if (!digits.includes('.') && digits.length >= 7 && !/^\s*(?:m|bn|million|billion|trillion)\b/i.test(after)) {
    return { prefix: '', num: (value / 1e6).toFixed(1), suffix: ' million' };
  }
  if (digits.includes('.')) {
    const floor = Math.floor(value);
    return floor >= 1 && floor < value ? { prefix: 'more than ', num: String(floor) } : { prefix: 'about ', num };
  }
  if (value >= 20 && value < 1000 && value % 10 !== 0) return { prefix: 'more than ', num: String(Math.floor(value / 10) * 10) };
  const zeros = /0+$/.exec(digits)?.[0].length ?? 0;
  if (value >= 10000 && zeros >= 2 && seed % 2 === 1) {
    const step = Math.pow(10, Math.min(zeros, digits.length - 2));
    const lower = value - step;
    return { prefix: 'more than ', num: num.includes(',') ? lower.toLocaleString('en-US') : String(lower) };
  }
  return { prefix: 'about ', num };
}

export function editRounded(article: Article, claims: Claim[], seed: number): Edit | null {
  const figures = plainFigures(article, claims).filter((c) => c.quantity.bound === '=' && !c.quantity.approximate && c.quantity.unit !== null);
  for (const c of figures) {
    const m = NUMBER_RE.exec(c.text)!;
    const numStart = c.span.start + m.index;
    const numEnd = numStart + m[0].length;
    const before = article.text.slice(Math.max(0, c.span.start - 20), c.span.start);
    if (/\b(?:about|around|some|nearly|almost|more|less|over|under|than|up|to|from|by|roughly|approximately)\s*$/i.test(before)) continue;
    const r = roundedRestatement(m[0], article.text.slice(numEnd, numEnd + 12), seed);
    if (!r) continue;
    const restated = article.text.slice(c.span.start, numStart) + r.num + (r.suffix ?? '');
    const text = article.text.slice(0, c.span.start) + r.prefix + restated + article.text.slice(numEnd);
    return { kind: 'rounded', text, span: { start: c.span.start, end: c.span.start + r.prefix.length + restated.length }, note: `“${c.text}” → “${r.prefix}${restated}${article.text.slice(numEnd, c.span.end)}”` };
  }
  return null;
}

/** Spans no neutral or paraphrase edit may touch: claims (quotes whole), the headline, chrome. */
function protectedSpans(article: Article, claims: Claim[]): Span[] {
  return [...claims.map((c) => c.span), ...(article.headline ? [article.headline] : []), ...article.chrome];
}

function swapWords(article: Article, claims: Claim[], sentence: Span, table: ReadonlyMap<string, string>, max: number): { text: string; span: Span; notes: string[] } | null {
  const guard = protectedSpans(article, claims);
  const text = article.text;
  const hits: Array<{ start: number; end: number; by: string; word: string }> = [];
  for (const m of text.slice(sentence.start, sentence.end).matchAll(/\p{L}+/gu)) {
    const start = sentence.start + m.index!;
    const span = { start, end: start + m[0].length };
    const lower = m[0].toLowerCase();
    const by = table.get(lower);
    if (!by || m[0] !== lower || guard.some((g) => overlaps(g, span))) continue;
    hits.push({ ...span, by, word: m[0] });
    if (hits.length >= max) break;
  }
  if (!hits.length) return null;
  let out = text;
  for (const h of [...hits].reverse()) out = replaceAt(out, h.start, h.end, h.by);
  const shift = hits.reduce((a, h) => a + h.by.length - h.word.length, 0);
  return { text: out, span: { start: hits[0].start, end: hits[hits.length - 1].end + shift }, notes: hits.map((h) => `${h.word} → ${h.by}`) };
}

/** Sentences of the body that hold a figure outside quotes, first; then the others. */
function sentencesByFigures(article: Article, claims: Claim[]): Span[] {
  const withFigure = article.sentences.filter((s) => plainFigures(article, claims).some((c) => c.span.start >= s.start && c.span.end <= s.end));
  return [...withFigure, ...article.sentences.filter((s) => !withFigure.includes(s))];
}

export function editParaphrase(article: Article, claims: Claim[]): Edit | null {
  for (const s of sentencesByFigures(article, claims)) {
    const r = swapWords(article, claims, s, PERTURB_PARAPHRASE, 3);
    if (r) return { kind: 'paraphrase', text: r.text, span: r.span, note: r.notes.join(', ') };
  }
  return null;
}

export function editControl(article: Article, claims: Claim[], seed: number): Edit | null {
  const order = sentencesByFigures(article, claims);
  // Odd seeds edit a later sentence, so both sentences with figures and plain ones are covered.
  const list = seed % 2 === 0 ? order : [...order.slice(Math.floor(order.length / 2)), ...order.slice(0, Math.floor(order.length / 2))];
  for (const s of list) {
    const r = swapWords(article, claims, s, PERTURB_NEUTRAL, 1);
    if (r) return { kind: 'control', text: r.text, span: r.span, note: r.notes.join(', ') };
  }
  return null;
}

export function makeEdits(article: Article, claims: Claim[], seed: number): Edit[] {
  return [
    editFigure(article, claims),
    editYear(article, claims),
    editQuote(article, claims, seed),
    editRounded(article, claims, seed),
    editParaphrase(article, claims),
    editControl(article, claims, seed),
    editFigureVaried(article, claims, seed),
    editYearVaried(article, claims, seed),
  ].filter((e): e is Edit => e !== null);
}

// ---------------------------------------------------------------------------------------------
// Sample and check
// ---------------------------------------------------------------------------------------------

export function defaultBbcDir(): string {
  return path.resolve(__dirname, '../../../shared/corpora/bbc-news');
}

/**
 * A deterministic sample: per category, files at an even stride from `offset` (wrapping round), kept when
 * the article has a figure and a direct quote to edit (so every edit kind is represented), up to
 * `perCategory` each. Articles whose text hash is in `exclude` are passed over (bbc-news repeats some stories).
 */
export function sampleArticles(dir: string, perCategory: number, offset = 0, exclude: ReadonlySet<string> = new Set()): Article[] {
  const files = fs.readdirSync(dir).filter((f) => /^[a-z]+-\d+\.txt$/.test(f)).sort();
  const byCat = new Map<string, string[]>();
  for (const f of files) {
    const cat = f.replace(/-\d+\.txt$/, '');
    if (!byCat.has(cat)) byCat.set(cat, []);
    byCat.get(cat)!.push(f);
  }
  const out: Article[] = [];
  for (const [, list] of [...byCat].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const stride = Math.max(1, Math.floor(list.length / (perCategory * 4)));
    let taken = 0;
    const seen = new Set<string>();
    const order: number[] = [];
    for (let r = 0; r < stride; r++) for (let i = r; i < list.length; i += stride) order.push((i + offset) % list.length);
    for (const i of order) {
      if (taken >= perCategory) break;
      const a = loadArticleFile(path.join(dir, list[i]));
      if (exclude.has(a.contentHash) || seen.has(a.contentHash)) continue;
      seen.add(a.contentHash);
      const claims = extractArticle(a).claims;
      if (!editFigure(a, claims) || !editQuote(a, claims, 0)) continue;
      out.push(a);
      taken++;
    }
  }
  return out;
}

function copyArticle(base: Article, text: string, kind: EditKind): Article {
  const id = `${base.id}-${kind}-copy`;
  return buildArticle({
    text,
    format: base.format,
    meta: { id, file: `${id}.txt`, title: null, outlet: 'copy', published: base.published, publishedPrecision: base.publishedPrecision },
  });
}

function category(a: Article): string {
  return a.id.replace(/-\d+$/, '');
}

/** Runs every edit of every sample article; `unrelated` other-category articles join each check. */
export function runPerturbation(bases: Article[], unrelated = 3): PerturbationResult {
  const extracted = new Map<string, ExtractedArticle>(bases.map((a) => [a.id, extractArticle(a)]));
  const copies: CopyResult[] = [];
  let baseErrors = 0;
  bases.forEach((base, bi) => {
    const others: Article[] = [];
    for (let k = 1; k < bases.length && others.length < unrelated; k++) {
      const o = bases[(bi + k * 7) % bases.length];
      if (category(o) !== category(base) && !others.includes(o)) others.push(o);
    }
    const baseClaims = extracted.get(base.id)!.claims;
    for (const edit of makeEdits(base, baseClaims, bi)) {
      const copy = copyArticle(base, edit.text, edit.kind);
      const copyEx = extractArticle(copy);
      const articles = [base, copy, ...others];
      const result = compareCorpus(articles, [...[base, ...others].map((a) => extracted.get(a.id)!), copyEx]);
      const copyClaims = new Set(copyEx.claims.map((c) => c.id));
      const wantKind = EDITED_CLAIM[edit.kind];
      const targets = new Set(copyEx.claims.filter((c) => c.kind === wantKind && overlaps(c.span, edit.span)).map((c) => c.id));
      const touches = (f: Flag) => f.claims.some((id) => copyClaims.has(id));
      const errors = result.flags.filter((f) => f.severity === 'error' && touches(f));
      const onTarget = (f: Flag) => f.claims.some((id) => targets.has(id));
      const must = MUST_FLAG.has(edit.kind);
      const conflictKinds = new Set(['value-conflict', 'date-conflict', 'quote-altered']);
      // The original against the unrelated articles, counted once per base (in its control check).
      if (edit.kind === 'control') baseErrors += result.flags.filter((f) => f.severity === 'error' && !touches(f)).length;
      copies.push({
        base: base.id,
        kind: edit.kind,
        note: edit.note,
        flagged: must && errors.some((f) => onTarget(f) && conflictKinds.has(f.kind)),
        flaggedAny: must && result.flags.some((f) => onTarget(f) && f.kind !== 'omission' && f.kind !== 'framing-divergence'),
        errors: errors.length,
        strayErrors: must ? errors.filter((f) => !onTarget(f)).length : errors.length,
        reasons: errors.map((f) => `${f.kind}: ${f.reason}`),
      });
    }
  });
  const kinds = EDIT_KINDS.map((kind) => {
    const list = copies.filter((c) => c.kind === kind);
    return {
      kind,
      copies: list.length,
      flagged: list.filter((c) => c.flagged).length,
      flaggedAny: list.filter((c) => c.flaggedAny).length,
      errors: list.reduce((a, c) => a + c.errors, 0),
      strayErrors: list.reduce((a, c) => a + c.strayErrors, 0),
      copiesWithErrors: list.filter((c) => c.errors > 0).length,
    };
  });
  return { bases: bases.map((b) => b.id), kinds, copies, baseErrors };
}

/** The suite's headline rates (figuresFlagged over the first figure and year edits; variedFlagged over the others). */
export function perturbationRates(r: PerturbationResult): { figuresFlagged: number; variedFlagged: number; quotesFlagged: number; controlErrors: number; roundedErrors: number; paraphraseErrors: number; strayErrors: number } {
  const k = (kind: EditKind) => r.kinds.find((x) => x.kind === kind)!;
  const share = (n: number, d: number) => (d === 0 ? 1 : n / d);
  return {
    figuresFlagged: share(k('figure').flagged + k('year').flagged, k('figure').copies + k('year').copies),
    variedFlagged: share(k('figure-varied').flagged + k('year-varied').flagged, k('figure-varied').copies + k('year-varied').copies),
    quotesFlagged: share(k('quote').flagged, k('quote').copies),
    controlErrors: k('control').errors,
    roundedErrors: k('rounded').errors,
    paraphraseErrors: k('paraphrase').errors,
    strayErrors: [...MUST_FLAG].reduce((a, kind) => a + k(kind).strayErrors, 0),
  };
}
