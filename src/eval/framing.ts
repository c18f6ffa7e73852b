import type { FramingConcept, Span } from '../types';

/**
 * Scores framing concepts against a gold annotation (../shared/gold/seeds.gold.json `framing`).
 *
 * Matching rule: a found concept F covers gold article a of gold concept G when one of F's labels in a overlaps
 * (shares at least one character with) one of G's annotated spans in a. G needs F to cover at least
 * min(2, |G's articles|) of its articles, or 1 when G is `singleSource`. Gold and found concepts are paired
 * one-to-one, greedily: the pairs with the most covered articles first (then the most overlapping labels, then
 * ids in order), so one broad concept cannot count for two gold concepts.
 */

export interface GoldFramingConcept {
  id: string;
  singleSource?: boolean;
  articles: Record<string, Array<{ span: Span }>>;
}

export interface FramingConceptScore {
  gold: string;
  found: boolean;
  /** The concept of ours it was paired with. */
  matchedConcept: string | null;
  /** Gold articles whose spans our labels overlap. */
  articlesCovered: string[];
  articlesRequired: number;
}

export interface FramingScore {
  found: number;
  total: number;
  perConcept: FramingConceptScore[];
}

interface Candidate {
  gold: GoldFramingConcept;
  concept: FramingConcept;
  covered: string[];
  overlapping: number;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function requiredArticles(g: GoldFramingConcept): number {
  return g.singleSource ? 1 : Math.min(2, Object.keys(g.articles).length);
}

function coverage(gold: GoldFramingConcept, concept: FramingConcept): Candidate {
  const covered: string[] = [];
  let overlapping = 0;
  for (const [articleId, goldSpans] of Object.entries(gold.articles)) {
    const ours = concept.labels[articleId] ?? [];
    const hits = ours.filter((l) => goldSpans.some((g) => overlaps(l.span, g.span))).length;
    if (hits > 0) covered.push(articleId);
    overlapping += hits;
  }
  return { gold, concept, covered: covered.sort(), overlapping };
}

export function scoreFraming(found: FramingConcept[], gold: { framing: GoldFramingConcept[] }): FramingScore {
  const candidates = gold.framing
    .flatMap((g) => found.map((c) => coverage(g, c)))
    .filter((c) => c.covered.length >= requiredArticles(c.gold))
    .sort(
      (a, b) =>
        b.covered.length - a.covered.length ||
        b.overlapping - a.overlapping ||
        a.gold.id.localeCompare(b.gold.id) ||
        a.concept.concept.localeCompare(b.concept.concept),
    );
  const byGold = new Map<string, Candidate>();
  const usedConcepts = new Set<string>();
  for (const c of candidates) {
    if (byGold.has(c.gold.id) || usedConcepts.has(c.concept.concept)) continue;
    byGold.set(c.gold.id, c);
    usedConcepts.add(c.concept.concept);
  }
  const perConcept = gold.framing.map((g) => {
    const m = byGold.get(g.id);
    return {
      gold: g.id,
      found: !!m,
      matchedConcept: m ? m.concept.concept : null,
      articlesCovered: m ? m.covered : [],
      articlesRequired: requiredArticles(g),
    };
  });
  return { found: perConcept.filter((p) => p.found).length, total: gold.framing.length, perConcept };
}
