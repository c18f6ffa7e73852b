import { fingerprint } from '../extract/ids';
import { analysisOf } from '../extract/analysis';
import type { Article, Claim, Story } from '../types';
import { byId } from '../lib/order';
import type { CorpusStats } from './stats';

/**
 * Stories: articles about the same event. Two articles are close when their content words and named
 * entities overlap (TF-IDF cosine, entities counted twice) AND they were published close in time: the
 * similarity is damped by the distance between publication dates, so that two summits of the same two
 * leaders a year apart stay two stories. Average-link agglomeration over a threshold then groups them.
 *
 * Cost: candidate pairs come from an inverted index over each article's top terms, so unrelated articles
 * are never compared; with n articles, k top terms and postings capped at p, at most n·k·p pairs: linear in n.
 */

export interface StoryOptions {
  /** Average-link similarity needed to join two clusters. */
  threshold: number;
  /** Days within which publication dates do not damp similarity. */
  sameEventDays: number;
  /** Scale (days) of the exponential damping beyond `sameEventDays`. */
  decayDays: number;
  /** Terms per article used to find candidate pairs. */
  topTerms: number;
  /** Terms in more than this share of a large corpus are not used to find candidates. */
  maxDfShare: number;
  /** ... nor terms in more than this many articles, whatever the corpus size: keeps blocking linear. */
  maxPostings: number;
  /**
   * Similarity is multiplied by this when either article has no publication date: without dates two
   * similar events (two telecoms' results, two summits) cannot be told apart, so the words must say more.
   */
  undatedFactor: number;
}

export const DEFAULT_STORY_OPTIONS: StoryOptions = {
  threshold: 0.12,
  sameEventDays: 7,
  decayDays: 45,
  topTerms: 20,
  maxDfShare: 0.05,
  maxPostings: 40,
  undatedFactor: 0.6,
};

type Vector = Map<string, number>;

interface Doc {
  ids: string[];
  vector: Vector;
  /** Publication interval in days since epoch (a month-precision date covers the month). */
  from: number | null;
  to: number | null;
  labels: Map<string, string>;
}

function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** The interval a `YYYY[-MM[-DD]]` date covers, in day numbers. */
export function dateInterval(value: string | null): [number, number] | null {
  const m = value ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value) : null;
  if (!m) return null;
  const y = +m[1];
  if (m[3]) {
    const d = dayNumber(y, +m[2], +m[3]);
    return [d, d];
  }
  if (m[2]) return [dayNumber(y, +m[2], 1), dayNumber(+m[2] === 12 ? y + 1 : y, (+m[2] % 12) + 1, 1) - 1];
  return [dayNumber(y, 1, 1), dayNumber(y, 12, 31)];
}

/** Weighted term counts of one article (words, entities twice) and display labels; exported for the index. */
export function termCounts(article: Article): { counts: Map<string, number>; labels: Map<string, string> } {
  const a = analysisOf(article);
  return { counts: new Map(Object.entries(a.terms)), labels: new Map(Object.entries(a.termLabels)) };
}

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const [k, v] of small) {
    const w = large.get(k);
    if (w) dot += v * w;
  }
  return dot; // vectors are unit length
}

/** A publication date for an undated article: the most common month among its fully dated claims. */
function impliedDate(claims: Claim[]): string | null {
  const months = new Map<string, number>();
  for (const c of claims) {
    if (c.kind !== 'date' || c.time.type !== 'DATE' || !/^\d{4}-\d{2}-\d{2}$/.test(c.time.value)) continue;
    const m = c.time.value.slice(0, 7);
    months.set(m, (months.get(m) ?? 0) + 1);
  }
  const best = [...months].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  return best ? best[0] : null;
}

function dateFactor(a: Doc, b: Doc, o: StoryOptions): number {
  if (a.from === null || b.from === null || a.to === null || b.to === null) return o.undatedFactor;
  const gap = Math.max(0, a.from - b.to, b.from - a.to);
  return gap <= o.sameEventDays ? 1 : Math.exp(-(gap - o.sameEventDays) / o.decayDays);
}

export function clusterStories(
  articles: Article[],
  claims: Claim[],
  options: Partial<StoryOptions> = {},
  stats?: CorpusStats['stories'],
  termsOf?: CorpusStats['termsOf'],
): Story[] {
  const o = { ...DEFAULT_STORY_OPTIONS, ...options };
  // Duplicates (same content) are one source: one document, every id kept.
  const byHash = new Map<string, Article[]>();
  for (const a of [...articles].sort(byId)) {
    if (!byHash.has(a.contentHash)) byHash.set(a.contentHash, []);
    byHash.get(a.contentHash)!.push(a);
  }
  const claimsOf = new Map<string, Claim[]>();
  for (const c of claims) {
    if (!claimsOf.has(c.articleId)) claimsOf.set(c.articleId, []);
    claimsOf.get(c.articleId)!.push(c);
  }
  const raw = [...byHash.values()].map((group) => {
    const a = group[0];
    const { counts, labels } = termsOf?.(a.id) ?? termCounts(a);
    const published = a.published ?? impliedDate(claimsOf.get(a.id) ?? []);
    const iv = dateInterval(published);
    return { ids: group.map((g) => g.id), counts, labels, from: iv?.[0] ?? null, to: iv?.[1] ?? null };
  });
  let df = new Map<string, number>();
  for (const d of raw) for (const k of d.counts.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  let n = raw.length;
  // A scoped run weighs terms and caps postings as the whole corpus would.
  if (stats) {
    df = new Map([...df.keys()].map((k) => [k, stats.df.get(k) ?? df.get(k)!]));
    n = stats.n;
  }
  const docs: Doc[] = raw.map((d) => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [k, c] of d.counts) {
      // Smoothed idf: in a small corpus a term shared by most articles still says something.
      const w = (1 + Math.log(c)) * Math.log(1 + n / df.get(k)!);
      if (w > 0) {
        v.set(k, w);
        norm += w * w;
      }
    }
    norm = Math.sqrt(norm) || 1;
    for (const [k, w] of v) v.set(k, w / norm);
    return { ids: d.ids, vector: v, from: d.from, to: d.to, labels: d.labels };
  });

  // Candidate pairs (blocking): each article's top terms, looked up in the postings of every article.
  // Terms found in a large share of a big corpus are skipped: they join everything and say little.
  const postings = new Map<string, number[]>();
  docs.forEach((d, i) => {
    for (const k of d.vector.keys()) {
      if (!postings.has(k)) postings.set(k, []);
      postings.get(k)!.push(i);
    }
  });
  const maxDf = Math.min(o.maxPostings, Math.max(20, Math.ceil(n * o.maxDfShare)));
  const sims = new Map<string, number>();
  const edges: Array<[number, number, number]> = [];
  docs.forEach((d, i) => {
    const top = [...d.vector].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, o.topTerms);
    for (const [k] of top) {
      const list = postings.get(k)!;
      if (df.get(k)! > maxDf) continue;
      for (const j of list) {
        if (j === i) continue;
        const [x, y] = i < j ? [i, j] : [j, i];
        const key = `${x}:${y}`;
        if (sims.has(key)) continue;
        const s = cosine(docs[x].vector, docs[y].vector) * dateFactor(docs[x], docs[y], o);
        sims.set(key, s);
        if (s >= o.threshold) edges.push([x, y, s]);
      }
    }
  });
  edges.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);

  // Average-link agglomeration: join two clusters when their mean pairwise similarity passes the threshold.
  const members: number[][] = docs.map((_, i) => [i]);
  const owner = docs.map((_, i) => i);
  const simOf = (a: number, b: number) => sims.get(a < b ? `${a}:${b}` : `${b}:${a}`) ?? 0;
  for (const [a, b] of edges) {
    const ca = owner[a];
    const cb = owner[b];
    if (ca === cb) continue;
    let total = 0;
    for (const x of members[ca]) for (const y of members[cb]) total += simOf(x, y);
    if (total / (members[ca].length * members[cb].length) < o.threshold) continue;
    for (const x of members[cb]) owner[x] = ca;
    members[ca].push(...members[cb]);
    members[cb] = [];
  }

  const stories: Story[] = [];
  for (const m of members) {
    if (m.length === 0) continue;
    const ids = m.flatMap((i) => docs[i].ids).sort();
    stories.push({ id: `s-${fingerprint(ids, 8)}`, label: storyLabel(m.map((i) => docs[i])), articles: ids });
  }
  return stories.sort((a, b) => (a.articles[0] < b.articles[0] ? -1 : a.articles[0] > b.articles[0] ? 1 : 0));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The names that weigh most across the story's articles, and when it was published. */
function storyLabel(docs: Doc[]): string {
  const weight = new Map<string, number>();
  const labels = new Map<string, string>();
  for (const d of docs) {
    for (const [k, w] of d.vector) if (d.labels.has(k)) {
      weight.set(k, (weight.get(k) ?? 0) + w);
      labels.set(k, d.labels.get(k)!);
    }
  }
  const names = [...weight].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3).map(([k]) => labels.get(k)!);
  const froms = docs.map((d) => d.from).filter((x): x is number => x !== null);
  let when = '';
  if (froms.length) {
    const d = new Date(Math.min(...froms) * 86_400_000);
    when = `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  }
  return [names.join(', ') || 'untitled', when].filter(Boolean).join(' — ');
}
