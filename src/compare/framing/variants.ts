import { compareTwoStrings } from 'string-similarity';
import type { Span } from '../../types';
import type { FramingLexicon } from '../../extract/analysis/framing/lexicon';
import type { RawLabel } from './model';
import { inChrome, sentenceIndex, type ArticleScope } from './scope';
import { wordAfter, wordBefore } from '../../extract/analysis/framing/text';

/**
 * Finds spelling variants of one name that no lexicon lists ("Sergei"/"Sergey", "Shoigu"/"Shoygu"): capitalised
 * words from different sources that
 *   1. are near-identical (Dice over character bigrams ≥ minDice, or edit distance ≤ maxEditDistance),
 *   2. reduce to the same transliteration skeleton (data/transliteration.json: y/i/iy endings, doubled letters,
 *      kh/h, q/k, ...), and are not one word plus an inflection (Russia/Russian),
 *   3. stand in the same role: a shared neighbouring name ("Sergei Lavrov"/"Sergey Lavrov"), a shared title
 *      ("Gen. Shoigu"/"Gen. Shoygu") or both after a place preposition ("in Mariupol"/"in Mariupil"),
 *   4. are written differently by at least two sources, and are names (never written in lower case anywhere).
 * Each set of such words becomes a concept `spelling:<skeleton>`.
 */

interface Occurrence {
  articleId: string;
  span: Span;
  cues: Set<string>;
}

const NAME = /(?<![\p{L}\p{N}’'\-])\p{Lu}[\p{Ll}\p{M}]+(?:[’'\-]\p{L}[\p{Ll}\p{M}]*)*(?![\p{L}\p{N}\-])/gu;

export class VariantFinder {
  private readonly rewrites: Array<[RegExp, string]>;
  private readonly inflections: string[];
  private readonly titles: Set<string>;
  private readonly places: Set<string>;

  constructor(private readonly lex: FramingLexicon, private readonly listed: Set<string>) {
    const t = lex.transliteration;
    this.rewrites = t.rewrites.map(([from, to]) => [new RegExp(from, 'gu'), to]);
    this.inflections = t.inflections;
    this.titles = new Set(t.titles.map((w) => w.toLowerCase()));
    this.places = new Set(t.placePrepositions);
  }

  skeleton(word: string): string {
    let s = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (const [re, to] of this.rewrites) s = s.replace(re, to);
    return s.replace(/(\p{L})\1+/gu, '$1');
  }

  /** True when `a` and `b` are spellings of one name by rules 1–2 above. */
  areVariants(a: string, b: string): boolean {
    const t = this.lex.transliteration;
    if (a === b || a.length < t.minLength || b.length < t.minLength) return false;
    const [short, long] = a.length <= b.length ? [a, b] : [b, a];
    if (long.startsWith(short) && this.inflections.includes(long.slice(short.length).toLowerCase())) return false;
    if (this.skeleton(a) !== this.skeleton(b)) return false;
    return compareTwoStrings(a.toLowerCase(), b.toLowerCase()) >= t.minDice || editDistance(a.toLowerCase(), b.toLowerCase()) <= t.maxEditDistance;
  }

  find(scopes: ArticleScope[]): RawLabel[] {
    const lower = new Set<string>();
    for (const s of scopes) for (const w of s.article.text.match(/\p{Ll}[\p{L}\p{M}’'-]*/gu) ?? []) lower.add(w.toLowerCase());
    const byWord = new Map<string, Occurrence[]>();
    for (const scope of scopes) this.collect(scope, byWord);
    const words = [...byWord.keys()].filter((w) => !lower.has(w.toLowerCase()) && !this.listed.has(w)).sort();
    const bySkeleton = new Map<string, string[]>();
    for (const w of words) {
      const k = this.skeleton(w);
      bySkeleton.set(k, [...(bySkeleton.get(k) ?? []), w]);
    }
    const out: RawLabel[] = [];
    for (const [key, forms] of [...bySkeleton.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      if (forms.length < 2) continue;
      const kept = forms.filter((f) => forms.some((g) => g !== f && this.areVariants(f, g) && this.shareRole(byWord.get(f)!, byWord.get(g)!)));
      const sources = new Set(kept.flatMap((f) => byWord.get(f)!.map((o) => o.articleId)));
      if (kept.length < 2 || sources.size < 2 || !this.differByArticle(kept, byWord)) continue;
      const about = `Spelling of the name ${kept.join(' / ')}`;
      for (const f of kept) {
        for (const o of byWord.get(f)!) {
          out.push({ concept: `spelling:${key}`, family: 'spelling', about, articleId: o.articleId, label: f, text: f, span: o.span });
        }
      }
    }
    return out;
  }

  private collect(scope: ArticleScope, byWord: Map<string, Occurrence[]>): void {
    const text = scope.article.text;
    for (const m of text.matchAll(NAME)) {
      const word = m[0].replace(/[’']s$/, '');
      const span = { start: m.index!, end: m.index! + word.length };
      if (inChrome(scope.article, span)) continue;
      const sentence = scope.sentences[sentenceIndex(scope, span.start)];
      const cues = new Set<string>();
      const prev = wordBefore(text, span.start, sentence.start);
      const next = wordAfter(text, span.end, sentence.end);
      if (prev) {
        const p = prev.text.replace(/\.$/, '');
        if (this.titles.has(p.toLowerCase())) cues.add(`title:${p.toLowerCase()}`);
        else if (this.places.has(p)) cues.add('place');
        else if (/^\p{Lu}/u.test(p) && prev.end >= span.start - 1) cues.add(`name:${this.skeleton(p)}`);
      }
      if (next && /^\p{Lu}/u.test(next.text) && next.start <= span.end + 1) cues.add(`name:${this.skeleton(next.text.replace(/[’']s$/, ''))}`);
      byWord.set(word, [...(byWord.get(word) ?? []), { articleId: scope.article.id, span, cues }]);
    }
  }

  private shareRole(a: Occurrence[], b: Occurrence[]): boolean {
    const cues = new Set(a.flatMap((o) => [...o.cues]));
    return b.some((o) => [...o.cues].some((c) => cues.has(c)));
  }

  /** Some source writes one form where another source writes a different one. */
  private differByArticle(forms: string[], byWord: Map<string, Occurrence[]>): boolean {
    const used = new Map<string, Set<string>>();
    for (const f of forms) for (const o of byWord.get(f)!) used.set(o.articleId, new Set([...(used.get(o.articleId) ?? []), f]));
    const sets = [...used.values()];
    return sets.some((a) => sets.some((b) => [...a].some((f) => !b.has(f)) && [...b].some((f) => !a.has(f))));
  }
}

/** Levenshtein distance (small words only). */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length];
}
