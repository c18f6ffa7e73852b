import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import { blockingKeys } from '../align/candidates';
import { ArticleEntities } from '../align/entities';
import { attachAnalyses } from '../extract/analysis';
import { articleFeatures, attachIdf, figureKey, type ClaimFeatures } from '../align/features';
import { clusterStories, termCounts } from '../align/stories';
import { listArticleFiles, realPath } from '../ingest';
import { readManifest } from '../ingest/manifest';
import { byId } from '../lib/order';
import { openIndex } from './claim-index';
import type { Article, ExtractedArticle } from '../types';

/**
 * The alignment side of the claim index: what an incremental `check` needs to compare one new article with
 * the few corpus articles it can touch, without reading, segmenting or re-analysing the others (scoped.ts).
 *
 * Stored per corpus snapshot (the folder's article files by size and mtime, and its manifest): every
 * article with its structure and claims; the story clustering of the whole corpus; the corpus-wide
 * statistics that alignment weighs with (term document frequencies for stories, per-kind idf of claim
 * words, blocking bucket sizes); and inverted tables (term → articles, blocking key → articles) so that a
 * new article's neighbours are found by SQLite lookups. Tables live beside the claim index's own, in the
 * same file, under a `scope_` prefix, so that the two can evolve separately.
 */

/** Layout and meaning of the scope tables: a different value rebuilds them. */
const SCOPE_VERSION = '8';
/** Terms per article looked up in the postings (StoryOptions.topTerms). */
const TOP_TERMS = 20;

const SCOPE_TABLES = ['scope_meta', 'scope_articles', 'scope_term_df', 'scope_postings', 'scope_top', 'scope_claim_df', 'scope_keys', 'scope_key_count', 'scope_story', 'scope_features'];
/** Tables of earlier layouts, dropped with the others (framing's phrases are read from the stored analysis now). */
const LEGACY_TABLES = ['scope_phrases'];

/** Keys whose buckets hold one story only: never capped by corpus size (see CorpusStats.bucketSize). */
export const isStoryKey = (key: string): boolean => key.includes('|s:');

export interface ScopeArticle {
  article: Article;
  extracted: ExtractedArticle;
  /** Story id in the whole-corpus clustering. */
  story: string;
}

/**
 * What identifies a corpus as read, without reading it: its article files by name, size, mtime and inode,
 * and its manifest's entries. Files in `except` (the articles being checked, often already copied into the
 * corpus folder) and their manifest entries are left out, so that adding a new article to the folder does not
 * make the stored analysis of the others stale.
 */
export function corpusSignature(dir: string, except: ReadonlySet<string> = new Set()): string {
  const h = createHash('sha256');
  // Resolving links is costly: only files named like a checked one can be one.
  const names = new Set([...except].map((f) => path.basename(f)));
  for (const name of listArticleFiles(dir)) {
    const file = path.join(dir, name);
    if (names.has(name) && except.has(realPath(file))) continue;
    const st = fs.statSync(file);
    h.update(`${name}\u0000${st.size}\u0000${st.mtimeMs}\u0000${st.ino}\n`);
  }
  const manifest = readManifest(dir);
  if (manifest) {
    const kept = manifest.entries.filter((e) => !except.has(realPath(path.join(dir, e.file))));
    h.update(`manifest\u0000${JSON.stringify(kept)}`);
  }
  return h.digest('hex').slice(0, 32);
}

/** Features as JSON (sets and maps tagged; the shared idf table left out: a scoped run attaches the corpus'). */
function encodeFeature(feature: ClaimFeatures): string {
  return JSON.stringify(feature, (key, v: unknown) => {
    if (key === 'idf') return undefined;
    if (v instanceof Set) return { $set: [...v] };
    if (v instanceof Map) return { $map: [...v] };
    return v;
  });
}

/** Sets and maps back from their tags, in place (a walk after a plain parse: a reviver costs three times as much). */
function untag(v: object): unknown {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (v[i] !== null && typeof v[i] === 'object') v[i] = untag(v[i] as object);
    return v;
  }
  const o = v as { $set?: unknown[]; $map?: Array<[unknown, unknown]> } & Record<string, unknown>;
  if (o.$set) return new Set(o.$set);
  if (o.$map) return new Map(o.$map);
  for (const k in o) if (o[k] !== null && typeof o[k] === 'object') o[k] = untag(o[k] as object);
  return o;
}

function decodeFeature(json: string): ClaimFeatures {
  const f = untag(JSON.parse(json) as object) as ClaimFeatures;
  f.idf = new Map();
  return f;
}

function topTerms(counts: Map<string, number>, df: Map<string, number>, n: number): string[] {
  const w = [...counts].map(([k, c]) => [k, (1 + Math.log(c)) * Math.log(1 + n / df.get(k)!)] as const);
  return w.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP_TERMS).map(([k]) => k);
}

/** Opens the index file's scope tables (created when absent). */
export class ScopeStore {
  /** Prepared statements by SQL: a check runs the same few lookups thousands of times. */
  private readonly statements = new Map<string, Database.Statement>();
  /** Decoded features by article and claim (a scoped run reads a neighbour's twice: to load it and to align it). */
  private readonly decoded = new Map<string, ClaimFeatures>();
  private readonly keyCounts = new Map<string, number>();

  private constructor(private readonly db: Database.Database) {}

  private stmt(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) this.statements.set(sql, (st = this.db.prepare(sql)));
    return st;
  }

  static open(file: string): ScopeStore {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const db = new Database(file);
    db.pragma('busy_timeout = 5000');
    // Tables of another layout are dropped (the next `claimdiff index` fills the new ones).
    const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'scope_meta'").get() !== undefined;
    const version = hasMeta ? (db.prepare("SELECT value FROM scope_meta WHERE key = 'version'").pluck().get() as string | undefined) : undefined;
    if (hasMeta && version !== SCOPE_VERSION) db.transaction(() => [...SCOPE_TABLES, ...LEGACY_TABLES].forEach((t) => db.exec(`DROP TABLE IF EXISTS ${t}`))).immediate();
    db.exec(`
      CREATE TABLE IF NOT EXISTS scope_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS scope_articles (
        article_id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, story TEXT NOT NULL, unique_doc INTEGER NOT NULL,
        terms TEXT NOT NULL, meta TEXT NOT NULL, article TEXT NOT NULL, extracted TEXT NOT NULL) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS scope_articles_hash ON scope_articles (content_hash);
      CREATE TABLE IF NOT EXISTS scope_term_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS scope_postings (term TEXT NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (term, article_id)) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS scope_top (term TEXT NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (term, article_id)) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS scope_claim_df (kind TEXT NOT NULL, word TEXT NOT NULL, df INTEGER NOT NULL, PRIMARY KEY (kind, word)) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS scope_keys (key TEXT NOT NULL, article_id TEXT NOT NULL, claim_id TEXT NOT NULL, PRIMARY KEY (key, article_id, claim_id)) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS scope_features (article_id TEXT NOT NULL, claim_id TEXT NOT NULL, features TEXT NOT NULL, PRIMARY KEY (article_id, claim_id)) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS scope_keys_article ON scope_keys (article_id);
      CREATE TABLE IF NOT EXISTS scope_key_count (key TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS scope_story (story TEXT NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (story, article_id)) WITHOUT ROWID;
    `);
    return new ScopeStore(db);
  }

  /** The stored snapshot's identity (signature and extractor version), or null when none was built. */
  stamp(): { signature: string; extractorVersion: string } | null {
    const meta = this.meta();
    if (meta.get('version') !== SCOPE_VERSION || !meta.has('signature')) return null;
    return { signature: meta.get('signature')!, extractorVersion: meta.get('extractorVersion') ?? '' };
  }

  /** Read once: a check asks for several entries, and the story labels and notices are large. */
  private metaRows: Map<string, string> | null = null;

  private meta(): Map<string, string> {
    this.metaRows ??= new Map((this.db.prepare('SELECT key, value FROM scope_meta').all() as Array<{ key: string; value: string }>).map((r) => [r.key, r.value]));
    return this.metaRows;
  }

  /**
   * Replaces the tables with the analysis of `articles` (the whole corpus, as `compare` would read it).
   * Cost: one story clustering and one feature pass over the corpus (no pair scoring).
   */
  build(dir: string, signature: string, extractorVersion: string, articles: Article[], extracted: ExtractedArticle[]): void {
    attachAnalyses(articles, extracted);
    // Files are kept relative to the corpus folder: a check names the folder by any path.
    const rel = (file: string) => path.relative(dir, file);
    const byArticle = new Map(extracted.map((e) => [e.id, e]));
    const sorted = [...articles].sort(byId);
    const seen = new Set<string>();
    const unique = sorted.filter((a) => (seen.has(a.contentHash) ? false : (seen.add(a.contentHash), true)));
    const uniqueIds = new Set(unique.map((a) => a.id));
    const claims = unique.flatMap((a) => byArticle.get(a.id)?.claims ?? []);
    const stories = clusterStories(unique, claims);
    const storyOf = new Map<string, string>();
    for (const s of stories) for (const id of s.articles) storyOf.set(id, s.id);
    // A duplicate shares its original's story (compareCorpus does the same).
    const firstByHash = new Map(unique.map((a) => [a.contentHash, a.id]));
    const storyFor = (a: Article): string => storyOf.get(a.id) ?? storyOf.get(firstByHash.get(a.contentHash)!)!;

    const termData = new Map(unique.map((a) => [a.id, termCounts(a)]));
    const terms = new Map([...termData].map(([id, t]) => [id, t.counts]));
    const termDf = new Map<string, number>();
    for (const c of terms.values()) for (const k of c.keys()) termDf.set(k, (termDf.get(k) ?? 0) + 1);
    const kindCount = new Map<string, number>();
    const claimDf = new Map<string, number>();
    const keyCount = new Map<string, number>();
    const keysOf = new Map<string, Set<string>>();
    const featuresOf = new Map<string, ClaimFeatures[]>();
    const allFeatures: ClaimFeatures[] = [];
    for (const a of unique) {
      const list = (byArticle.get(a.id)?.claims ?? []).slice().sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
      if (list.length === 0) continue;
      const own = new Set<string>();
      const features = articleFeatures(a, list, null, ArticleEntities.of(a));
      featuresOf.set(a.id, features);
      allFeatures.push(...features);
      for (const f of features) {
        kindCount.set(f.claim.kind, (kindCount.get(f.claim.kind) ?? 0) + 1);
        for (const w of new Set([...f.measure, ...f.paraphraseBag])) claimDf.set(`${f.claim.kind}\u0000${w}`, (claimDf.get(`${f.claim.kind}\u0000${w}`) ?? 0) + 1);
        for (const k of blockingKeys(f)) {
          if (isStoryKey(k)) continue;
          keyCount.set(k, (keyCount.get(k) ?? 0) + 1);
          own.add(`${k}\u0000${f.claim.id}`);
        }
      }
      keysOf.set(a.id, own);
    }

    // Figure counts, as attachIdf makes them over the whole corpus (each stored feature keeps its article's).
    attachIdf(allFeatures);
    for (const f of allFeatures) if (f.claim.kind === 'quantity') keyCount.set(`fig|${figureKey(f)}`, (keyCount.get(`fig|${figureKey(f)}`) ?? 0) + 1);

    const write = this.db.transaction(() => {
      for (const t of SCOPE_TABLES) this.db.exec(`DELETE FROM ${t}`);
      const meta = this.db.prepare('INSERT INTO scope_meta (key, value) VALUES (?, ?)');
      meta.run('version', SCOPE_VERSION);
      meta.run('signature', signature);
      meta.run('extractorVersion', extractorVersion);
      meta.run('docs', String(unique.length));
      meta.run('kinds', JSON.stringify(Object.fromEntries([...kindCount].sort())));
      meta.run('storyLabels', JSON.stringify(Object.fromEntries(stories.map((st) => [st.id, st.label]))));
      // What a whole-corpus report says besides its flags (pipeline.ts words them the same way).
      meta.run('extractionNotices', JSON.stringify(sorted.flatMap((a) => (byArticle.get(a.id)?.notices?.length ? [[a.id, byArticle.get(a.id)!.notices]] : []))));
      meta.run('duplicates', JSON.stringify(sorted.filter((a) => !uniqueIds.has(a.id)).map((a) => [a.id, firstByHash.get(a.contentHash)])));
      const art = this.db.prepare('INSERT INTO scope_articles VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
      for (const a of sorted) {
        const story = storyFor(a);
        const e = byArticle.get(a.id) ?? { id: a.id, file: a.file, title: a.title, published: a.published, claims: [] };
        art.run(a.id, a.contentHash, story, uniqueIds.has(a.id) ? 1 : 0, JSON.stringify([[...(terms.get(a.id) ?? [])], [...(termData.get(a.id)?.labels ?? [])]]),
          JSON.stringify({ ...a, file: rel(a.file), text: '', paragraphs: [], sentences: [], chrome: [], subheadings: [] }),
          JSON.stringify({ ...a, file: rel(a.file) }), JSON.stringify({ ...e, file: rel(e.file) }));
      }
      const df = this.db.prepare('INSERT INTO scope_term_df VALUES (?, ?)');
      for (const [k, n] of termDf) df.run(k, n);
      const post = this.db.prepare('INSERT INTO scope_postings VALUES (?, ?)');
      const top = this.db.prepare('INSERT INTO scope_top VALUES (?, ?)');
      for (const [id, c] of terms) {
        for (const k of c.keys()) post.run(k, id);
        for (const k of topTerms(c, termDf, unique.length)) top.run(k, id);
      }
      const cdf = this.db.prepare('INSERT INTO scope_claim_df VALUES (?, ?, ?)');
      for (const [kw, n] of claimDf) {
        const [kind, word] = kw.split('\u0000');
        cdf.run(kind, word, n);
      }
      const key = this.db.prepare('INSERT INTO scope_keys VALUES (?, ?, ?)');
      for (const [id, ks] of keysOf) {
        for (const kc of ks) {
          const [k, claim] = kc.split('\u0000');
          key.run(k, id, claim);
        }
      }
      const feat = this.db.prepare('INSERT OR REPLACE INTO scope_features VALUES (?, ?, ?)');
      for (const [id, fs] of featuresOf) for (const f of fs) feat.run(id, f.claim.id, encodeFeature(f));
      const kc = this.db.prepare('INSERT INTO scope_key_count VALUES (?, ?)');
      for (const [k, n] of keyCount) kc.run(k, n);
      const st = this.db.prepare('INSERT INTO scope_story VALUES (?, ?)');
      for (const a of sorted) st.run(storyFor(a), a.id);
    });
    write.immediate();
  }

  // ---- reads (check time) -------------------------------------------------------------------------

  docs(): number {
    return Number(this.meta().get('docs') ?? 0);
  }

  storyLabels(): Map<string, string> {
    return new Map(Object.entries(JSON.parse(this.meta().get('storyLabels') ?? '{}') as Record<string, string>));
  }

  /** Extraction notices per corpus article (id order) and duplicate pairs [duplicate, original]. */
  reportParts(): { extractionNotices: Array<[string, string[]]>; duplicates: Array<[string, string]> } {
    const meta = this.meta();
    return { extractionNotices: JSON.parse(meta.get('extractionNotices') ?? '[]'), duplicates: JSON.parse(meta.get('duplicates') ?? '[]') };
  }

  kindCounts(): Map<string, number> {
    return new Map(Object.entries(JSON.parse(this.meta().get('kinds') ?? '{}') as Record<string, number>));
  }

  termDf(): Map<string, number> {
    return new Map((this.stmt('SELECT term, df FROM scope_term_df').raw().all() as Array<[string, number]>));
  }

  claimDf(): Map<string, Map<string, number>> {
    const out = new Map<string, Map<string, number>>();
    for (const [kind, word, df] of this.stmt('SELECT kind, word, df FROM scope_claim_df').raw().all() as Array<[string, string, number]>) {
      if (!out.has(kind)) out.set(kind, new Map());
      out.get(kind)!.set(word, df);
    }
    return out;
  }

  /** Ids of the corpus articles that hold `term` / have it among their top terms. */
  postings(term: string): string[] {
    return (this.stmt('SELECT article_id FROM scope_postings WHERE term = ?').pluck().all(term) as string[]);
  }

  topHolders(term: string): string[] {
    return (this.stmt('SELECT article_id FROM scope_top WHERE term = ?').pluck().all(term) as string[]);
  }

  /** Term counts of an article, for a similarity estimate without loading it. */
  terms(id: string): { counts: Map<string, number>; labels: Map<string, string> } {
    const row = this.stmt('SELECT terms FROM scope_articles WHERE article_id = ?').pluck().get(id) as string | undefined;
    const [counts, labels] = row ? (JSON.parse(row) as [Array<[string, number]>, Array<[string, string]>]) : [[], []];
    return { counts: new Map(counts), labels: new Map(labels) };
  }

  /** Stored features of an article's claims (all, or those in `claims`; story unset, idf empty). */
  features(id: string, claims?: ReadonlySet<string>): ClaimFeatures[] {
    // Some claims of a blocking neighbour: those rows only, by key, each decoded once (a scoped run asks twice).
    if (claims) {
      const out: ClaimFeatures[] = [];
      for (const c of [...claims].sort()) {
        const key = `${id}\u0000${c}`;
        let f = this.decoded.get(key);
        if (!f) {
          const json = this.stmt('SELECT features FROM scope_features WHERE article_id = ? AND claim_id = ?').pluck().get(id, c) as string | undefined;
          if (json === undefined) continue;
          this.decoded.set(key, (f = decodeFeature(json)));
        }
        out.push(f);
      }
      return out;
    }
    const rows = this.stmt('SELECT claim_id, features FROM scope_features WHERE article_id = ? ORDER BY claim_id').raw().all(id) as Array<[string, string]>;
    const out: ClaimFeatures[] = [];
    for (const [c, json] of rows) {
      const key = `${id}\u0000${c}`;
      let f = this.decoded.get(key);
      if (!f) this.decoded.set(key, (f = decodeFeature(json)));
      out.push(f);
    }
    return out;
  }

  published(id: string): string | null {
    const row = this.stmt("SELECT json_extract(article, '$.published') FROM scope_articles WHERE article_id = ?").pluck().get(id) as string | null | undefined;
    return row ?? null;
  }

  storyOf(id: string): string | null {
    return (this.stmt('SELECT story FROM scope_articles WHERE article_id = ?').pluck().get(id) as string | undefined) ?? null;
  }

  storyMembers(story: string): string[] {
    return this.stmt('SELECT article_id FROM scope_story WHERE story = ? ORDER BY article_id').pluck().all(story) as string[];
  }

  keysOf(id: string): string[] {
    return this.stmt('SELECT DISTINCT key FROM scope_keys WHERE article_id = ?').pluck().all(id) as string[];
  }

  keyCount(key: string): number {
    let n = this.keyCounts.get(key);
    if (n === undefined) this.keyCounts.set(key, (n = (this.stmt('SELECT n FROM scope_key_count WHERE key = ?').pluck().get(key) as number | undefined) ?? 0));
    return n;
  }

  /** The claims holding a blocking key, as [article id, claim id]. */
  keyHolders(key: string): Array<[string, string]> {
    return this.stmt('SELECT article_id, claim_id FROM scope_keys WHERE key = ?').raw().all(key) as Array<[string, string]>;
  }

  hasHash(hash: string): boolean {
    return this.stmt('SELECT 1 FROM scope_articles WHERE content_hash = ? LIMIT 1').pluck().get(hash) !== undefined;
  }

  hasId(id: string): boolean {
    return this.stmt('SELECT 1 FROM scope_articles WHERE article_id = ?').pluck().get(id) !== undefined;
  }

  /**
   * An article without its text and structure, and only the claims in `claims`, for a scoped run's blocking
   * neighbours: alignment reads them through their stored features and never looks at their text.
   */
  loadLight(id: string, dir: string, claims: ReadonlySet<string>): ScopeArticle {
    const row = this.stmt('SELECT story, meta FROM scope_articles WHERE article_id = ?').raw().get(id) as [string, string];
    const article = JSON.parse(row[1]) as Article;
    article.file = path.join(dir, article.file);
    const features = this.features(id, claims);
    const extracted: ExtractedArticle = { id, file: article.file, title: article.title, published: article.published, claims: features.map((f) => f.claim) };
    return { story: row[0], article, extracted };
  }

  /** An article's text (for the checked result's line numbers of corpus evidence). */
  text(id: string): string {
    return (this.stmt("SELECT json_extract(article, '$.text') FROM scope_articles WHERE article_id = ?").pluck().get(id) as string | undefined) ?? '';
  }

  /** Every article id with its file (the corpus list a check result names). */
  articleRefs(dir: string): Array<{ id: string; file: string }> {
    return (this.stmt("SELECT article_id, json_extract(article, '$.file') FROM scope_articles ORDER BY article_id").raw().all() as Array<[string, string]>).map(([id, file]) => ({ id, file: path.join(dir, file) }));
  }

  /** One stored article, its file path re-rooted at `dir` (as loadArticles would name it). */
  load(id: string, dir: string): ScopeArticle {
    const row = this.stmt('SELECT story, article, extracted FROM scope_articles WHERE article_id = ?').raw().get(id) as [string, string, string];
    const article = JSON.parse(row[1]) as Article;
    const extracted = JSON.parse(row[2]) as ExtractedArticle;
    article.file = path.join(dir, article.file);
    extracted.file = path.join(dir, extracted.file);
    return { story: row[0], article, extracted };
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/**
 * Stores the scope of the corpus folder `dir` (its articles as `compare` reads them, with their claims) in the
 * folder's index file, stamped with the folder's current signature and the extractor version.
 */
export function writeScope(indexFile: string, dir: string, extractorVersion: string, articles: Article[], extracted: ExtractedArticle[]): void {
  // The file is the claim index's: make sure it is one (created, or checked to be ours) before adding to it.
  openIndex(indexFile, extractorVersion).close();
  const store = ScopeStore.open(indexFile);
  try {
    store.build(dir, corpusSignature(dir), extractorVersion, articles, extracted);
  } finally {
    store.close();
  }
}
