import { fingerprint } from '../extract/ids';
import type { AlignmentWhy, Claim, ClaimKind, QuoteClaim } from '../types';
import type { ClaimFeatures } from './features';
import { SAME_SENTENCE, scorePair, type PairScore } from './score';
import { stem, tokenize } from '../language/text';
import { isConcreteTimex, periodRelation } from './values';
import { byId } from '../lib/order';

/** A group before its verdict: one fact as stated by several articles. */
export interface AlignedGroup {
  id: string;
  about: string;
  kind: ClaimKind;
  claims: string[];
  why: AlignmentWhy;
}

/** Mean of min(1, score/threshold) over the cross-article pairs of two clusters needed to merge them. */
export const MIN_SUPPORT = 0.75;
/**
 * The same, when every pair across states the same date: each outlet words the event's day in its own sentence
 * ("beaten Tuesday night" / "celebrated his victory on Tuesday night"), so the words across are seldom close. The
 * link that merges must itself share words (a person alone names no event of a day that holds several) and join
 * two stated days: a year or a month holds too many events of one story.
 */
export const MIN_SUPPORT_SAME_DATE = 0.5;

/**
 * Edge order: agreeing pairs get a head start, so a figure joins its twin in the other article before a
 * differing figure of that article can claim it (one witness per article then keeps the other out); a
 * clearly closer differing pair still comes first (a date changed in one of two places that state it).
 */
export const AGREE_BONUS = 0.25;
/**
 * Twin sentences (the same words apart from the claims, see score.ts) go before anything else, agreeing or
 * not: when an article states a figure twice and the other outlet changes one of them, the changed figure
 * meets its own sentence, not the repeat whose value it no longer shares. A twin scores at least 0.5 (its
 * lexical evidence is complete, see score.ts), so with this bonus it ranks above any other pair's score
 * (at most 1.2 with the rare-figure bonus) plus AGREE_BONUS.
 */
export const TWIN_BONUS = 1;
function rank(p: ScoredPair): number {
  // Figures of two different periods, or a forecast and an outcome, do not clash, but they are no twins
  // either: no head start.
  const agreeing = p.score.agree && !p.score.keys.includes('periods differ') && !p.score.keys.includes('forecast vs actual');
  return p.score.score + (agreeing ? AGREE_BONUS : 0) + (p.score.keys.includes(SAME_SENTENCE) ? TWIN_BONUS : 0);
}

export interface ScoredPair {
  i: number;
  j: number;
  score: PairScore;
}

/**
 * Groups from scored pairs. Edges are taken strongest first; two clusters merge when the edge passes its
 * threshold, EVERY pair across the two clusters passes the gates (complete-link compatibility), so a
 * neutral claim cannot chain Xi's trip to Putin's, and the pairs across are close on average (average link). A claim ends in at most one group; groups that do not
 * span two articles are dropped.
 */
export function buildGroups(features: ClaimFeatures[], pairs: ScoredPair[]): AlignedGroup[] {
  const cache = new Map<string, PairScore>();
  const pairScore = (x: number, y: number): PairScore => {
    const [a, b] = x < y ? [x, y] : [y, x];
    const k = `${a}:${b}`;
    let s = cache.get(k);
    if (!s) {
      s = scorePair(features[a], features[b]);
      cache.set(k, s);
    }
    return s;
  };
  for (const p of pairs) cache.set(`${Math.min(p.i, p.j)}:${Math.max(p.i, p.j)}`, p.score);

  const edges = pairs
    .filter((p) => p.score.compatible && p.score.score >= p.score.threshold)
    .sort((a, b) => rank(b) - rank(a) || a.i - b.i || a.j - b.j);
  const owner = features.map((_, i) => i);
  const members: number[][] = features.map((_, i) => [i]);
  const used: ScoredPair[][] = features.map(() => []);
  for (const e of edges) {
    const ca = owner[e.i];
    const cb = owner[e.j];
    if (ca === cb) {
      used[ca].push(e);
      continue;
    }
    let ok = true;
    let support = 0;
    let cross = 0;
    let allAgree = true;
    for (const x of members[ca]) {
      for (const y of members[cb]) {
        if (features[x].articleId !== features[y].articleId) {
          const s = pairScore(x, y);
          support += s.compatible ? Math.min(1, s.score / s.threshold) : 0;
          cross++;
        }
        // One article is one witness: two of its claims share a group only when they state the same value
        // ("rose to $11.1bn from $10.9bn" holds two figures of one measure, never one fact).
        if (features[x].articleId === features[y].articleId) {
          if (!mayShareGroup(features[x], features[y])) {
            ok = false;
            break;
          }
          continue;
        }
        // Every pair must pass the gates; a pair whose values clash must ALSO be linked strongly on its own,
        // so that a clash is never inferred through a chain of agreeing neighbours.
        const ps = pairScore(x, y);
        if (!ps.agree) allAgree = false;
        if (!ps.compatible || (!ps.agree && ps.score < ps.threshold)) {
          ok = false;
          break;
        }
      }
      if (!ok) break;
    }
    // Average link: the two clusters must be close on the whole, not through one strong pair only.
    const worded = e.score.keys.some((k) => k.startsWith('word:'));
    const days = [features[e.i], features[e.j]].every((f) => f.claim.kind === 'date' && /^\d{4}-\d{2}-\d{2}/.test(f.claim.time.value));
    const minSupport = allAgree && worded && days ? MIN_SUPPORT_SAME_DATE : MIN_SUPPORT;
    if (!ok || (cross > 0 && support / cross < minSupport)) continue;
    if (!oneSeriesWitness([...members[ca], ...members[cb]].map((i) => features[i]))) continue;
    for (const x of members[cb]) owner[x] = ca;
    members[ca].push(...members[cb]);
    used[ca].push(...used[cb], e);
    members[cb] = [];
    used[cb] = [];
  }

  const groups: AlignedGroup[] = [];
  members.forEach((m, c) => {
    if (m.length < 2) return;
    const fs = m.map((i) => features[i]).sort((a, b) => (a.claim.articleId < b.claim.articleId ? -1 : a.claim.articleId > b.claim.articleId ? 1 : a.claim.span.start - b.claim.span.start));
    if (new Set(fs.map((f) => f.articleId)).size < 2) return;
    const claims = fs.map((f) => f.claim.id);
    groups.push({
      id: groupId(claims),
      about: describeGroup(fs),
      kind: fs[0].claim.kind,
      claims,
      why: explain(fs, used[c]),
    });
  });
  return groups.sort(byId);
}

/** Two claims of one article that state the same value (a figure repeated, a quote given twice). */
export function sameStatement(a: ClaimFeatures, b: ClaimFeatures): boolean {
  const x = a.claim;
  const y = b.claim;
  if (x.kind === 'quantity' && y.kind === 'quantity') return x.quantity.value === y.quantity.value && x.quantity.unit === y.quantity.unit && x.quantity.bound === y.quantity.bound;
  // A date restated at another precision ("February 2022", "2022") is the same date.
  if (x.kind === 'date' && y.kind === 'date') return x.time.value === y.time.value ? x.time.mod === y.time.mod : !x.time.mod && !y.time.mod && periodRelation(x.time, y.time) === 'same';
  if (x.kind === 'quote' && y.kind === 'quote') return a.quoteWords.join(' ') === b.quoteWords.join(' ');
  return false;
}

/**
 * Two claims of one article may share a group: quotes (one statement split over several quotes), the same
 * value stated twice, or figures/dates whose stated periods are disjoint (one article's series, 2022 and
 * 2023, set against another outlet's figure for one of those years).
 */
function mayShareGroup(a: ClaimFeatures, b: ClaimFeatures): boolean {
  if (a.claim.kind === 'quote') return true;
  if (sameStatement(a, b)) return true;
  return a.claim.kind === 'quantity' && isConcreteTimex(a.period) && isConcreteTimex(b.period) && periodRelation({ value: a.period }, { value: b.period }) === 'disjoint';
}

/**
 * At most one article may bring a series (several differing figures): when two articles each state X and Y,
 * those are two agreements, never one group where X meets Y.
 */
function oneSeriesWitness(fs: ClaimFeatures[]): boolean {
  if (fs[0].claim.kind === 'quote') return true;
  const byArticle = new Map<string, ClaimFeatures[]>();
  for (const f of fs) byArticle.set(f.articleId, [...(byArticle.get(f.articleId) ?? []), f]);
  const series = [...byArticle.values()].filter((list) => list.some((f) => !sameStatement(f, list[0])));
  return series.length <= 1;
}

/** A group's id depends only on its members. */
export function groupId(claimIds: string[]): string {
  return `g-${fingerprint([...claimIds].sort(), 10)}`;
}

function explain(fs: ClaimFeatures[], edges: ScoredPair[]): AlignmentWhy {
  const keyCount = new Map<string, number>();
  for (const e of edges) for (const k of e.score.keys) keyCount.set(k, (keyCount.get(k) ?? 0) + 1);
  const keys = [...keyCount].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);
  const scores: Record<string, number> = {};
  const names = new Set(edges.flatMap((e) => Object.keys(e.score.scores)));
  for (const n of [...names].sort()) {
    const vals = edges.map((e) => e.score.scores[n]).filter((v) => v !== undefined);
    scores[n] = Math.round((vals.reduce((a, b) => a + b, 0) / vals.length) * 1000) / 1000;
  }
  scores.pairScore = edges.length ? Math.round((edges.reduce((a, e) => a + e.score.score, 0) / edges.length) * 1000) / 1000 : 0;
  scores.links = edges.length;
  const articles = [...new Set(fs.map((f) => f.articleId))];
  const words = keys.filter((k) => k.startsWith('word:')).map((k) => k.slice(5));
  const other = keys.filter((k) => !k.startsWith('word:'));
  const summary =
    `${fs.length} ${fs[0].claim.kind} claims from ${articles.length} articles (${articles.join(', ')}) joined by ${edges.length} link(s)` +
    (other.length ? `; shared: ${other.join(', ')}` : '') +
    (words.length ? `; common words: ${words.slice(0, 8).join(', ')}` : '') +
    '. No two members name different persons, different country pairs or different units.';
  return { keys, scores, summary };
}

/** Plain words for what the group is about, taken from the members' own text. */
function describeGroup(fs: ClaimFeatures[]): string {
  const first = fs[0].claim;
  if (first.kind === 'quote') {
    const q = (first as QuoteClaim).quote;
    const sp = fs.map((f) => (f.claim as QuoteClaim).quote.speaker).find((s) => s);
    const who = sp ? ` (${Array.isArray(sp) ? sp.join(' and ') : sp})` : '';
    return `“${truncate(q.text, 80)}”${who}`;
  }
  // Stems that most members share, shown in the first member's own words.
  const count = new Map<string, number>();
  for (const f of fs) for (const s of f.measure) count.set(s, (count.get(s) ?? 0) + 1);
  const common = new Set([...count].filter(([, n]) => n >= Math.max(2, Math.ceil(fs.length / 2))).map(([s]) => s));
  // In the first member's words that show them ("invasion" for @war), else the next member's.
  const words: string[] = [];
  for (const f of fs) {
    for (const t of tokenize(f.claim.sentence.text)) {
      const w = t.norm;
      if (common.has(stem(w)) && !words.some((x) => stem(x) === stem(w))) words.push(t.text.replace(/[’']s$/, ''));
    }
    if (words.length) break;
  }
  const countries = intersectAll(fs.map((f) => f.countries));
  const subject = [...countries].map((c) => c.replace(/\b\p{L}/gu, (x) => x.toUpperCase())).join('–');
  const values = fs.map((f) => valueText(f.claim)).filter((v, i, a) => a.indexOf(v) === i);
  const head = [subject, words.slice(0, 5).join(' ')].filter(Boolean).join(': ') || (first.kind === 'date' ? 'a date' : 'a figure');
  return `${head} (${values.slice(0, 4).join(' / ')})`;
}

function valueText(c: Claim): string {
  if (c.kind === 'date') return c.time.anchor ? c.text : c.time.value; // an undated event-relative time shows its words
  return c.text.replace(/\s+/g, ' ');
}

function intersectAll(sets: Set<string>[]): Set<string> {
  if (sets.length === 0) return new Set();
  return new Set([...sets[0]].filter((x) => sets.every((s) => s.has(x))).sort());
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}
