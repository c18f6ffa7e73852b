import { alignClaims, clusterStories, type CorpusStats } from '../align';
import type { ClaimFeatures } from '../align/features';
import type { Article, Claim, ExtractedArticle, Flag, FramingConcept, Group, Omission, Report, Story } from '../types';
import { framingFlags, groupFlags, omissionFlag } from './flags';
import { findOmissions } from './omissions';
import { judgeGroup, type PairRelation } from './verdicts';
import { byId } from '../lib/order';

export type CompareResult = Pick<Report, 'stories' | 'groups' | 'flags' | 'omissions'> & {
  /** Relations between the members of each group (pairwise verdicts), by group id. */
  relations: Record<string, PairRelation[]>;
  /** Article ids left out as duplicates (same content as an earlier id), with the id they duplicate. */
  duplicates: Record<string, string>;
  /** Story id of each article (duplicates share their original's story). */
  storyOf: Record<string, string>;
  /** How many claim pairs blocking proposed (cost diagnostics). */
  candidatePairs: number;
};


/**
 * The comparison over a corpus: stories, aligned groups with verdicts, flags (one per non-agreeing relation
 * kind of a group, one per omission, one per diverging framing concept) and omissions, all sorted.
 * Articles with the same content count as ONE source: the later ids are set aside (listed in `duplicates`)
 * and their story is their original's. A corpus of one article, or articles without claims, gives no
 * groups and no flags.
 */
export function compareCorpus(articles: Article[], extracted: ExtractedArticle[], framing: FramingConcept[] = [], stats?: CorpusStats): CompareResult {
  const sorted = [...articles].sort(byId);
  const firstByHash = new Map<string, string>();
  const duplicates: Record<string, string> = {};
  const unique: Article[] = [];
  for (const a of sorted) {
    const orig = firstByHash.get(a.contentHash);
    if (orig) duplicates[a.id] = orig;
    else {
      firstByHash.set(a.contentHash, a.id);
      unique.push(a);
    }
  }
  const uniqueIds = new Set(unique.map((a) => a.id));
  const claims: Claim[] = extracted.filter((e) => uniqueIds.has(e.id)).flatMap((e) => e.claims);

  const stories: Story[] = storiesOf(unique, claims, stats).map((s) => ({
    ...s,
    articles: [...s.articles, ...Object.keys(duplicates).filter((d) => s.articles.includes(duplicates[d]))].sort(),
  }));
  const storyOf: Record<string, string> = {};
  for (const s of stories) for (const a of s.articles) storyOf[a] = s.id;

  const alignment = alignClaims(unique, claims, stories.map((s) => ({ ...s, articles: s.articles.filter((a) => uniqueIds.has(a)) })), undefined, stats);
  const features = new Map<string, ClaimFeatures>(alignment.features.map((f) => [f.claim.id, f]));
  const claimMap = new Map<string, Claim>(claims.map((c) => [c.id, c]));
  const periods = new Map<string, string | null>(alignment.features.map((f) => [f.claim.id, f.claim.kind === 'quantity' ? f.period : null]));

  const groups: Group[] = [];
  const flags: Flag[] = [];
  const relations: Record<string, PairRelation[]> = {};
  for (const g of alignment.groups) {
    const judged = judgeGroup(g.claims.map((id) => features.get(id)!));
    groups.push({ ...g, verdict: judged.verdict });
    relations[g.id] = judged.relations;
    flags.push(...groupFlags(g.id, g.about, judged.relations, claimMap, periods));
  }

  const omissions: Omission[] = findOmissions(
    stories.map((s) => ({ ...s, articles: s.articles.filter((a) => uniqueIds.has(a)) })),
    alignment.groups,
    alignment.features,
    unique,
  );
  flags.push(...omissions.map((o) => omissionFlag(o, claimMap)));
  flags.push(...framingFlags(framing, new Map(unique.map((a) => [a.id, a]))));

  // Two flags with the same id would be one review item: keep the first.
  const seen = new Set<string>();
  const uniqueFlags = flags.filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)));
  const severityRank = { error: 0, warning: 1, info: 2 } as const;
  uniqueFlags.sort((a, b) => severityRank[a.severity] - severityRank[b.severity] || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) || byId(a, b));

  return {
    stories,
    groups: groups.sort(byId),
    flags: uniqueFlags,
    omissions,
    relations,
    duplicates,
    storyOf,
    candidatePairs: alignment.candidatePairs,
  };
}

export { clusterStories } from '../align';

/**
 * Story clustering; in a scoped run, articles with a fixed story (blocking neighbours outside the new
 * articles' stories) keep the whole corpus' story instead of being clustered among a partial corpus.
 */
function storiesOf(unique: Article[], claims: Claim[], stats?: CorpusStats): Story[] {
  const fixed = stats?.fixedStory;
  if (!fixed) return clusterStories(unique, claims, {}, stats?.stories, stats?.termsOf);
  const free = unique.filter((a) => fixed(a.id) === undefined);
  const freeIds = new Set(free.map((a) => a.id));
  const stories = clusterStories(free, claims.filter((c) => freeIds.has(c.articleId)), {}, stats.stories, stats.termsOf);
  const held = new Map<string, string[]>();
  for (const a of unique) {
    const id = fixed(a.id);
    if (id !== undefined) held.set(id, [...(held.get(id) ?? []), a.id]);
  }
  for (const [id, articles] of held) stories.push({ id, label: stats.storyLabel?.(id) ?? '', articles: articles.sort() });
  return stories.sort((a, b) => (a.articles[0] < b.articles[0] ? -1 : a.articles[0] > b.articles[0] ? 1 : 0));
}
