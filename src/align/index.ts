import type { Article, Claim, Story } from '../types';
import { candidatePairs, DEFAULT_BLOCKING, type BlockingOptions } from './candidates';
import { ArticleEntities } from './entities';
import { articleFeatures, attachIdf, type ClaimFeatures } from './features';
import { buildGroups, type AlignedGroup, type ScoredPair } from './groups';
import { scorePair, type PairScore } from './score';
import { byId } from '../lib/order';
import type { CorpusStats } from './stats';

export { clusterStories } from './stories';
export type { AlignedGroup } from './groups';
export type { ClaimFeatures } from './features';
export type { CorpusStats } from './stats';

export interface Alignment {
  groups: AlignedGroup[];
  features: ClaimFeatures[];
  /** How many pairs blocking proposed (for the cost report and tests). */
  candidatePairs: number;
}

/** Story id of each article. */
export function storyOf(stories: Story[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const s of stories) for (const a of s.articles) m.set(a, s.id);
  return m;
}

/**
 * Align claims across articles: features per claim (once per article), candidate pairs by blocking,
 * pair scores with gates, then groups. Articles with the same content count once: the caller passes
 * one copy (see compareCorpus); claims of articles not in `articles` are ignored.
 */
export function alignClaims(articles: Article[], claims: Claim[], stories: Story[], blocking: BlockingOptions = DEFAULT_BLOCKING, stats?: CorpusStats): Alignment {
  const story = storyOf(stories);
  const byArticle = new Map<string, Claim[]>();
  for (const c of claims) {
    if (!byArticle.has(c.articleId)) byArticle.set(c.articleId, []);
    byArticle.get(c.articleId)!.push(c);
  }
  const features: ClaimFeatures[] = [];
  for (const a of [...articles].sort(byId)) {
    const list = (byArticle.get(a.id) ?? []).slice().sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
    if (list.length === 0) continue;
    const stored = stats?.featuresOf?.(a.id);
    if (stored && list.every((c) => stored.some((f) => f.claim.id === c.id))) {
      // A scoped run's corpus article: its stored features, for the claims given, in the same order.
      const byClaim = new Map(stored.map((f) => [f.claim.id, f]));
      features.push(...list.map((c) => ({ ...byClaim.get(c.id)!, story: story.get(a.id) ?? null })));
    } else features.push(...articleFeatures(a, list, story.get(a.id) ?? null, ArticleEntities.of(a)));
  }
  attachIdf(features, stats?.idf, stats?.figureCount);
  const all = candidatePairs(features, blocking, stats?.bucketSize);
  const scored: ScoredPair[] = stats?.focus ? focusedPairs(features, all, story, stats.focus) : all.map(([i, j]) => ({ i, j, score: scorePair(features[i], features[j]) }));
  return { groups: buildGroups(features, scored), features, candidatePairs: scored.length };
}

/**
 * The scored candidate pairs of the claims connected, through PASSING pairs, to a claim of a story holding a
 * focus article. A group only ever joins claims linked by passing pairs (buildGroups' edges), and its forming
 * reads no pair outside its own claims, so those claims' groups come out as from all pairs; the others are not
 * made. The walk scores each candidate pair of a reached claim once and follows it only if it passes: a pair
 * that fails joins nothing, so the rest of the candidate graph beyond it is never scored.
 */
function focusedPairs(features: ClaimFeatures[], pairs: Array<[number, number]>, story: Map<string, string>, focus: ReadonlySet<string>): ScoredPair[] {
  const stories = new Set([...focus].map((a) => story.get(a)).filter((s): s is string => s !== undefined));
  const incident: number[][] = features.map(() => []);
  pairs.forEach(([i, j], p) => {
    incident[i].push(p);
    incident[j].push(p);
  });
  const scores = new Array<PairScore | undefined>(pairs.length);
  const reached = features.map((f) => focus.has(f.articleId) || stories.has(story.get(f.articleId) ?? ''));
  const queue = reached.flatMap((r, i) => (r ? [i] : []));
  while (queue.length > 0) {
    const x = queue.pop()!;
    for (const p of incident[x]) {
      if (scores[p]) continue;
      const [i, j] = pairs[p];
      const s = (scores[p] = scorePair(features[i], features[j]));
      const other = i === x ? j : i;
      if (!reached[other] && s.compatible && s.score >= s.threshold) {
        reached[other] = true;
        queue.push(other);
      }
    }
  }
  return pairs.flatMap(([i, j], p) => (scores[p] ? [{ i, j, score: scores[p]! }] : []));
}
