import type { Article, LabelLexiconFamily, LabelOccurrence, Span } from '../../types';
import type { AnchorMention, CountryMention, EntityFinder } from '../../extract/analysis/framing/entities';
import { analysisOf } from '../../extract/analysis';
import { inChrome } from '../../extract/analysis/framing/text';

/**
 * One article as the finders see it: its sentences, its country and conflict mentions (page chrome left out),
 * which conflict it is about and which pair of countries it is mostly about.
 */
export interface ArticleScope {
  article: Article;
  sentences: Span[];
  countries: CountryMention[];
  anchors: AnchorMention[];
  /** The label-lexicon occurrences extraction's analysis found, in text order (chrome included: the finders skip it). */
  labels: LabelOccurrence[];
  /** Anchor mentions per conflict id, for resolving a label tied only to a party ("the war against Russia"). */
  conflictCounts: Map<string, number>;
  /** The two countries most often named in the same sentence (at least twice), sorted; null if none. */
  dominantPair: [string, string] | null;
  /** Spans of the war labels found (filled after the war-label pass): countries inside them are the war's parties. */
  conflictSpans: Span[];
}

export function buildScope(article: Article, entities: EntityFinder): ArticleScope {
  const whole = { start: 0, end: article.text.length };
  const sentences: Span[] = article.sentences.length > 0 ? article.sentences.map((s) => ({ start: s.start, end: s.end })) : [whole];
  const outsideChrome = <T extends Span>(m: T) => !inChrome(article, m);
  // Places and anchors come from extraction's analysis; people's nationality is the corpus's (learnPeople).
  const analysis = analysisOf(article);
  const slice = (m: Span) => article.text.slice(m.start, m.end);
  const places: CountryMention[] = analysis.places.map((m) => ({ start: m.start, end: m.end, text: slice(m), country: m.country, kind: m.kind }));
  const countries = entities.withPersons(article.text, whole, places).filter(outsideChrome);
  const anchors: AnchorMention[] = analysis.anchors.map((m) => ({ start: m.start, end: m.end, text: slice(m), conflicts: m.conflicts })).filter(outsideChrome);
  const conflictCounts = new Map<string, number>();
  for (const a of anchors) for (const c of a.conflicts) conflictCounts.set(c, (conflictCounts.get(c) ?? 0) + 1);
  return { article, sentences, countries, anchors, labels: analysis.labels, conflictCounts, dominantPair: dominantPair(sentences, countries), conflictSpans: [] };
}

export { inChrome } from '../../extract/analysis/framing/text';

function dominantPair(sentences: Span[], countries: CountryMention[]): [string, string] | null {
  const counts = new Map<string, number>();
  for (const s of sentences) {
    const ids = [...new Set(countries.filter((c) => c.start >= s.start && c.end <= s.end).map((c) => c.country))].sort();
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) {
      const k = `${ids[i]}|${ids[j]}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  if (!best || best[1] < 2) return null;
  return best[0].split('|') as [string, string];
}

/** Index of the sentence holding `pos` (the last one starting at or before it). */
export function sentenceIndex(scope: ArticleScope, pos: number): number {
  let lo = 0;
  let hi = scope.sentences.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (scope.sentences[mid].start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function sentenceAt(scope: ArticleScope, pos: number): Span {
  return scope.sentences[sentenceIndex(scope, pos)];
}

/** True inside the article's headline (often in title case, where capitals say nothing). */
export function inHeadline(scope: ArticleScope, pos: number): boolean {
  const h = scope.article.headline;
  return !!h && pos >= h.start && pos < h.end;
}

/** A capitalised word inside a sentence (not its first word, not a headline) is part of a name: "the Pro-Life Alliance". */
export function isProperName(scope: ArticleScope, head: Span, sentence: Span): boolean {
  const text = scope.article.text;
  if (!/^\p{Lu}/u.test(text.slice(head.start, head.end)) || inHeadline(scope, head.start)) return false;
  return /[\p{L}\p{N},;:]/u.test(text.slice(sentence.start, head.start).replace(/[“”"‘’'\s\u00a0]/g, ''));
}

export function within<T extends Span>(items: T[], range: Span): T[] {
  return items.filter((m) => m.start >= range.start && m.end <= range.end);
}

/**
 * Each occurrence of a lexicon family's phrase in the article's content (never in chrome), as extraction's
 * analysis found it, with the lexicon entry the phrase belongs to and the sentence that holds it: the loop every
 * label finder starts from.
 */
export function* lexiconMatches<E>(scope: ArticleScope, family: LabelLexiconFamily, entries: ReadonlyMap<string, E>): Generator<{ head: Span; entry: E; sentence: Span }> {
  for (const o of scope.labels) {
    if (o.family !== family) continue;
    const head = { start: o.start, end: o.end };
    const entry = entries.get(o.phrase);
    if (entry === undefined || inChrome(scope.article, head)) continue;
    yield { head, entry, sentence: scope.sentences[sentenceIndex(scope, head.start)] };
  }
}
