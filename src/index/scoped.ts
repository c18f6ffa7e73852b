import { blockingKeys, DEFAULT_BLOCKING } from '../align/candidates';
import { ArticleEntities } from '../align/entities';
import { attachAnalyses } from '../extract/analysis';
import { articleFeatures, figureKey, type ClaimFeatures } from '../align/features';
import type { CorpusStats } from '../align/stats';
import { clusterStories, DEFAULT_STORY_OPTIONS, termCounts } from '../align/stories';
import type { Article, ExtractedArticle } from '../types';
import { isStoryKey, type ScopeArticle, type ScopeStore } from './scope-store';

/**
 * The scope of an incremental check: the corpus articles new ones can touch, with the corpus-wide statistics
 * a full compare would use, so that `buildReport(scope + new, stats)` gives the new articles the flags a full
 * compare of corpus + new would give them (test/index/scoped.test.ts compares the two on real articles).
 *
 * What can touch a new article, in the order alignment reaches it:
 *  1. stories: the corpus articles its story clustering could join it with (those sharing a posting term
 *     with it, as clusterStories' blocking finds them, whose cosine passes half the story threshold), each
 *     with its whole stored story, since average-link joins stories, not articles;
 *     Those are clustered with the new articles as compareCorpus will cluster them; only the stories the new
 *     articles join are compared whole. The neighbourhood's other articles keep their text (framing reads
 *     the neighbourhood) and date claims (clustering dates an undated article by them), fixed in the story
 *     this clustering gives them, and otherwise come in as blocking neighbours do;
 *  2. claims: the claims holding a blocking key that a claim of the new articles or of the stories they join
 *     holds, in a bucket small enough to be used (whole-corpus size ≤ maxBucket); they come with their stored
 *     features and their whole-corpus story, without their article's text or other claims.
 *
 * Where this is not the full compare (see docs/scaling.md, "Exactness of the incremental check"): a story
 * whose clustering flips because the new article changed the corpus-wide term weights by one document, and
 * a group whose chain of passing pairs runs beyond the new claims' own blocking keys: a story mate's claim
 * that a full compare groups with a claim outside the scope (then an omission naming the new article as
 * missing the mate's fact may differ; `storyKeys` closes that, at a cost that grows with the corpus).
 */

export interface Scope {
  /** Corpus articles to compare with the new ones, with their claims (in id order). */
  articles: Article[];
  extracted: ExtractedArticle[];
  stats: CorpusStats;
}

/** Share of the story threshold a candidate's plain cosine must reach (date damping only lowers it). */
const STORY_MARGIN = 0.5;

function weights(counts: Map<string, number>, df: Map<string, number>, n: number): Map<string, number> {
  const v = new Map<string, number>();
  let norm = 0;
  for (const [k, c] of counts) {
    const w = (1 + Math.log(c)) * Math.log(1 + n / (df.get(k) ?? 1));
    v.set(k, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [k, w] of v) v.set(k, w / norm);
  return v;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  for (const [k, v] of a.size < b.size ? a : b) dot += v * ((a.size < b.size ? b : a).get(k) ?? 0);
  return dot;
}

const bump = (m: Map<string, number>, k: string, by = 1) => m.set(k, (m.get(k) ?? 0) + by);

/** Features of a new article's claims (story-free: blocking keys and bags do not depend on it). */
function freshFeatures(a: Article, e: ExtractedArticle): ClaimFeatures[] {
  const list = e.claims.slice().sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
  return list.length ? articleFeatures(a, list, null, ArticleEntities.of(a)) : [];
}

/**
 * The scope of `fresh` in the stored corpus, or null when the incremental path cannot be exact by
 * construction (a new article with the same text as a corpus article or another new one: duplicates
 * change which copy counts).
 */
/** The notices a full report of corpus + new articles gives (as pipeline.ts words them). */
function wholeNotices(store: ScopeStore, fresh: Article[], freshExtracted: ExtractedArticle[], docs: number): string[] {
  const { extractionNotices, duplicates } = store.reportParts();
  const all: Array<[string, string[]]> = [...extractionNotices, ...freshExtracted.flatMap((e): Array<[string, string[]]> => (e.notices?.length ? [[e.id, e.notices]] : []))];
  all.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const out = [...all.flatMap(([, n]) => n), ...duplicates.map(([dup, orig]) => `${dup} has the same text as ${orig}: counted as one source`)];
  void fresh;
  if (docs < 2) out.push(`only ${docs} distinct article${docs === 1 ? '' : 's'}: there is nothing to compare across sources`);
  return out;
}

export interface ScopeOptions {
  /**
   * Follow the blocking keys of the claims of the stories the new articles join, not only of their own claims
   * (on by default: omissions of the story rest on its groups, which may reach outside it; false: own keys only).
   */
  storyKeys?: boolean;
}

export function scopeFor(store: ScopeStore, dir: string, fresh: Article[], freshExtracted: ExtractedArticle[], opts: ScopeOptions = {}): Scope | null {
  attachAnalyses(fresh, freshExtracted);
  const hashes = new Set<string>();
  for (const a of fresh) {
    if (hashes.has(a.contentHash) || store.hasHash(a.contentHash)) return null;
    hashes.add(a.contentHash);
  }
  const o = DEFAULT_STORY_OPTIONS;
  const n = store.docs() + fresh.length;
  const df = store.termDf();
  const freshCounts = fresh.map((a) => termCounts(a).counts);
  for (const c of freshCounts) for (const k of c.keys()) bump(df, k);
  const maxDf = Math.min(o.maxPostings, Math.max(20, Math.ceil(n * o.maxDfShare)));

  // 1. Story neighbours.
  const chosen = new Set<string>();
  const addStory = (id: string) => {
    if (chosen.has(id)) return;
    const story = store.storyOf(id);
    for (const m of story ? store.storyMembers(story) : [id]) chosen.add(m);
  };
  freshCounts.forEach((counts) => {
    const v = weights(counts, df, n);
    const top = [...v].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, o.topTerms).map(([k]) => k);
    const near = new Set<string>();
    for (const k of top) if (df.get(k)! <= maxDf) for (const id of store.postings(k)) near.add(id);
    for (const k of counts.keys()) if (df.get(k)! <= maxDf) for (const id of store.topHolders(k)) near.add(id);
    for (const id of [...near].sort()) {
      if (chosen.has(id)) continue;
      if (cosine(v, weights(store.terms(id).counts, df, n)) >= o.threshold * STORY_MARGIN) addStory(id);
    }
  });

  // 1b. The stories the new articles join, clustered as compareCorpus will cluster them (the whole stories of
  // the neighbourhood, with the corpus-wide term weights). Only those stories need all their claims compared:
  // the other neighbours' stories are fixed here and their claims come in as blocking neighbours do (below).
  const freshIds = new Set(fresh.map((a) => a.id));
  const mates = [...chosen].sort().map((id) => store.load(id, dir));
  const termsOf = (id: string) => (freshIds.has(id) ? undefined : store.terms(id));
  const near = clusterStories(
    [...mates.map((m) => m.article), ...fresh],
    [...mates.flatMap((m) => m.extracted.claims), ...freshExtracted.flatMap((e) => e.claims)],
    {},
    { n, df },
    termsOf,
  );
  const joined = new Set<string>();
  const nearStory = new Map<string, { id: string; label: string }>();
  for (const st of near) {
    const withFresh = st.articles.some((id) => freshIds.has(id));
    for (const id of st.articles) {
      if (withFresh) joined.add(id);
      else nearStory.set(id, { id: st.id, label: st.label });
    }
  }

  // 2. Blocking neighbours of the new claims and of their stories' claims.
  const features = fresh.flatMap((a, i) => freshFeatures(a, freshExtracted[i]));
  const freshKeys = new Map<string, number>();
  for (const f of features) for (const k of blockingKeys(f)) if (!isStoryKey(k)) bump(freshKeys, k);
  const keyTotal = new Map<string, number>();
  const totalOf = (k: string): number => {
    let t = keyTotal.get(k);
    if (t === undefined) keyTotal.set(k, (t = store.keyCount(k) + (freshKeys.get(k) ?? 0)));
    return t;
  };
  const reach = new Set<string>(freshKeys.keys());
  if (opts.storyKeys !== false) for (const id of [...joined].sort()) if (!freshIds.has(id)) for (const k of store.keysOf(id)) reach.add(k);
  // Outside the joined stories only the claims sharing a key are needed (their stored features say
  // everything alignment reads); their articles come without their other claims.
  const holders = new Map<string, Set<string>>();
  const hold = (id: string, claim: string) => {
    if (!holders.has(id)) holders.set(id, new Set());
    holders.get(id)!.add(claim);
  };
  for (const k of [...reach].sort()) {
    const t = totalOf(k);
    if (t < 2 || t > DEFAULT_BLOCKING.maxBucket) continue;
    for (const [id, claim] of store.keyHolders(k)) if (!joined.has(id)) hold(id, claim);
  }
  // A neighbour outside the joined stories keeps its text (framing reads the whole neighbourhood) and its
  // date claims (story clustering dates an undated article by them), with the claims it shares keys by.
  for (const m of mates) {
    if (joined.has(m.article.id)) continue;
    if (!holders.has(m.article.id)) holders.set(m.article.id, new Set());
    for (const c of m.extracted.claims) if (c.kind === 'date') hold(m.article.id, c.id);
  }

  // 3. Corpus-wide statistics, the new articles counted in.
  const kinds = store.kindCounts();
  const claimDf = store.claimDf();
  for (const f of features) {
    bump(kinds, f.claim.kind);
    if (!claimDf.has(f.claim.kind)) claimDf.set(f.claim.kind, new Map());
    for (const w of new Set([...f.measure, ...f.paraphraseBag])) bump(claimDf.get(f.claim.kind)!, w);
  }
  const idf = new Map<string, Map<string, number>>();
  for (const [kind, words] of claimDf) {
    const count = kinds.get(kind) ?? 0;
    idf.set(kind, new Map([...words].map(([w, d]) => [w, Math.log(1 + count / d)])));
  }
  const freshFigures = new Map<string, number>();
  for (const f of features) if (f.claim.kind === 'quantity') bump(freshFigures, figureKey(f));
  const storyOfHolder = new Map<string, string>();
  const labels = store.storyLabels();
  for (const st of nearStory.values()) labels.set(st.id, st.label);
  const framing = new Set([...chosen, ...freshIds]);
  const stats: CorpusStats = {
    stories: { n, df },
    idf,
    bucketSize: (k) => (isStoryKey(k) ? undefined : totalOf(k)),
    featuresOf: (id) => (freshIds.has(id) ? undefined : store.features(id, holders.get(id))),
    termsOf,
    framingArticles: framing,
    focus: freshIds,
    fixedStory: (id) => storyOfHolder.get(id),
    figureCount: (fig) => store.keyCount(`fig|${fig}`) + (freshFigures.get(fig) ?? 0),
    storyLabel: (id) => labels.get(id) ?? '',
    reportNotices: wholeNotices(store, fresh, freshExtracted, n),
  };

  const mateById = new Map(mates.map((m) => [m.article.id, m]));
  const loaded = [...new Set([...chosen, ...holders.keys()])].sort().map((id): ScopeArticle => {
    const mate = mateById.get(id);
    if (!mate) return store.loadLight(id, dir, holders.get(id)!);
    if (joined.has(id)) return mate;
    const keep = holders.get(id)!;
    return { ...mate, story: nearStory.get(id)!.id, extracted: { ...mate.extracted, claims: mate.extracted.claims.filter((c) => keep.has(c.id)) } };
  });
  for (const l of loaded) if (!joined.has(l.article.id)) storyOfHolder.set(l.article.id, l.story);
  return { articles: loaded.map((l) => l.article), extracted: loaded.map((l) => l.extracted), stats };
}
