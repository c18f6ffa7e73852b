import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import { InputError } from '../ingest/errors';
import { validatorFor } from '../lib/validate';
import type { Article, ExtractedArticle } from '../types';

/**
 * The embedded claim index (claimdiff index): extraction results kept in SQLite next to the corpus, so that
 * `check` and `compare` need not re-extract articles whose text has not changed.
 *
 * An entry is keyed by (content hash, extractor version, context). The context is a hash of everything besides
 * the text that extraction output depends on: the article id (claim ids contain it), the publication date
 * (relative time resolves against it), the format and title, and the structure ingest found (sentences,
 * paragraphs, chrome), so that a change in ingest rules does not serve stale sentences either.
 */

/** Identifies the file as ours; a SQLite file without it is someone else's and is not touched. */
const FORMAT = 'claimdiff-claim-index';
/** Layout of the tables; a different layout is dropped and rebuilt. */
const SCHEMA_VERSION = '2';

export function indexPathFor(corpusDir: string): string {
  return path.join(corpusDir, '.claimdiff', 'index.sqlite');
}

export interface IndexKey {
  /** sha256 of the article text (Article.contentHash). */
  contentHash: string;
  extractorVersion: string;
  /** See indexKeyFor. */
  context: string;
}

/** What the index lists about an entry (for `claimdiff index` output). */
export interface IndexEntryInfo extends IndexKey {
  articleId: string;
  file: string;
  mtimeMs: number | null;
  claims: number;
}

/** Why an index was cleared on open, or null when it was trusted as it was. */
export type RebuildReason = null | 'new' | 'extractor-version' | 'schema';

export function indexKeyFor(article: Article, extractorVersion: string): IndexKey {
  const context = createHash('sha256')
    .update(
      JSON.stringify([
        article.id,
        article.format,
        article.title,
        article.published,
        article.publishedPrecision,
        article.headline,
        article.paragraphs.map((p) => [p.start, p.end]),
        article.sentences.map((s) => [s.start, s.end, s.paragraph]),
        article.chrome.map((c) => [c.start, c.end, c.type]),
      ]),
    )
    .digest('hex')
    .slice(0, 32);
  return { contentHash: article.contentHash, extractorVersion, context };
}

interface Row {
  content_hash: string;
  extractor_version: string;
  context: string;
  article_id: string;
  file: string;
  mtime_ms: number | null;
  claims: number;
}

/** A digest of an entry as written: an entry changed afterwards (by hand, or by damage) no longer matches it. */
function digestOf(json: string): string {
  return createHash('sha256').update(`${FORMAT}\u0000${json}`).digest('hex').slice(0, 32);
}

/** Compiled on first use: a scoped check reads no entry, and compiling the schema costs more than its lookups. */
let validateExtraction: ((data: unknown) => { ok: boolean }) | null = null;

/** An entry in the shape of one `extract --json` article (schemas/extraction.schema.json). */
function validEntry(data: unknown): boolean {
  validateExtraction ??= validatorFor<{ articles: ExtractedArticle[] }>('extraction.schema.json');
  return validateExtraction({ articles: [data] }).ok;
}

/**
 * Whether a stored extraction can stand for this article: every claim belongs to it, and every span and
 * sentence lies inside its text with the claim's words at the claim's span. Out-of-range offsets never leave
 * the index.
 */
export function fitsArticle(stored: ExtractedArticle, article: Article): boolean {
  const n = article.text.length;
  const inside = (sp: { start: number; end: number } | undefined) =>
    !!sp && Number.isInteger(sp.start) && Number.isInteger(sp.end) && sp.start >= 0 && sp.start <= sp.end && sp.end <= n;
  return stored.claims.every(
    (c) => c.articleId === article.id && inside(c.span) && inside(c.sentence) && article.text.slice(c.span.start, c.span.end) === c.text,
  );
}

function sqliteProblem(e: unknown): string | null {
  const code = (e as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB') return 'not a claimdiff index: the file is not an SQLite database (remove it and run `claimdiff index` to rebuild)';
  if (code.startsWith('SQLITE_CORRUPT')) return 'the claim index is corrupt (remove it and run `claimdiff index` to rebuild)';
  if (code.startsWith('SQLITE_CANTOPEN')) return 'cannot open the claim index';
  if (code.startsWith('SQLITE_READONLY')) return 'the claim index is read-only';
  if (code.startsWith('SQLITE_IOERR')) return `cannot read or write the claim index (${code})`;
  return null;
}

export class ClaimIndex {
  private readonly getStmt: Database.Statement<[string, string, string], { extracted: string; claims: number; digest: string }>;
  private readonly putStmt: Database.Statement<unknown[]>;
  private readonly hasStmt: Database.Statement<[string, string, string], unknown>;

  private constructor(
    readonly path: string,
    private readonly db: Database.Database,
    readonly extractorVersion: string,
    /** Why the index was emptied when opened (null: its entries were kept). */
    readonly rebuilt: RebuildReason,
  ) {
    this.getStmt = db.prepare('SELECT extracted, claims, digest FROM entries WHERE content_hash = ? AND extractor_version = ? AND context = ?');
    this.hasStmt = db.prepare('SELECT 1 FROM entries WHERE content_hash = ? AND extractor_version = ? AND context = ?');
    this.putStmt = db.prepare(
      `INSERT OR REPLACE INTO entries (content_hash, extractor_version, context, article_id, file, mtime_ms, claims, extracted, digest)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  /** Opens (creating if needed) the index at `file`. See openIndex. */
  static open(file: string, extractorVersion: string): ClaimIndex {
    const version = extractorVersion;
    let db: Database.Database | null = null;
    try {
      if (fs.existsSync(file) && fs.statSync(file).isDirectory()) throw new InputError(file, 'is a folder, not a claim index');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      db = new Database(file);
      db.pragma('busy_timeout = 5000');
      // Reading the schema is the first access: a file that is not SQLite fails here.
      const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>).map((t) => t.name);
      const rebuilt = ClaimIndex.prepareSchema(db, file, tables, version);
      db.pragma('journal_mode = WAL'); // readers (check) do not block a writer (index), and commits are cheap
      db.pragma('synchronous = NORMAL'); // a lost last commit after power loss only costs a re-extraction
      return new ClaimIndex(file, db, version, rebuilt);
    } catch (e) {
      db?.close();
      if (e instanceof InputError) throw e;
      const problem = sqliteProblem(e);
      if (problem) throw new InputError(file, problem);
      throw e;
    }
  }

  /** Creates the tables, or checks they are ours; clears entries made by another extractor or table layout. */
  private static prepareSchema(db: Database.Database, file: string, tables: string[], version: string): RebuildReason {
    const create = (): void => {
      db.exec(`
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS entries (
          content_hash TEXT NOT NULL,
          extractor_version TEXT NOT NULL,
          context TEXT NOT NULL,
          article_id TEXT NOT NULL,
          file TEXT NOT NULL,
          mtime_ms REAL,
          claims INTEGER NOT NULL,
          extracted TEXT NOT NULL,
          digest TEXT NOT NULL,
          PRIMARY KEY (content_hash, extractor_version, context)
        ) WITHOUT ROWID;
      `);
    };
    const setMeta = (): void => {
      const put = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
      put.run('format', FORMAT);
      put.run('schema', SCHEMA_VERSION);
      put.run('extractorVersion', version);
    };
    if (tables.length === 0) {
      db.transaction(() => {
        create();
        setMeta();
      }).immediate();
      return 'new';
    }
    if (!tables.includes('meta')) throw new InputError(file, `not a claimdiff index (an SQLite database with tables ${tables.join(', ')}); give another path`);
    // Under a write lock, so that two processes opening an outdated index do not both rebuild it half-way.
    return db.transaction((): RebuildReason => {
      const meta = new Map((db.prepare('SELECT key, value FROM meta').all() as Array<{ key: string; value: string }>).map((r) => [r.key, r.value]));
      if (meta.get('format') !== FORMAT) throw new InputError(file, 'not a claimdiff index (its meta table is not ours); give another path');
      if (meta.get('schema') !== SCHEMA_VERSION) {
        db.exec('DROP TABLE IF EXISTS entries');
        create();
        setMeta();
        return 'schema';
      }
      if (meta.get('extractorVersion') !== version) {
        db.exec('DELETE FROM entries');
        setMeta();
        return 'extractor-version';
      }
      return null;
    }).immediate();
  }

  /** Runs a database step; damage found only now (a corrupt page) is reported as a problem of this file. */
  private guard<T>(fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      const problem = sqliteProblem(e);
      if (problem) throw new InputError(this.path, problem);
      throw e;
    }
  }

  /** The stored extraction for a key, or null (not there, made by another extractor version, or unreadable). */
  get(key: IndexKey): ExtractedArticle | null {
    if (key.extractorVersion !== this.extractorVersion) return null;
    const row = this.guard(() => this.getStmt.get(key.contentHash, key.extractorVersion, key.context));
    if (!row) return null;
    // The file's contents are not trusted: an entry edited or damaged after it was written is a miss (it gets
    // re-extracted and replaced), so "claims": [] typed into the file cannot hide a conflict.
    if (typeof row.extracted !== 'string' || row.digest !== digestOf(row.extracted)) return null;
    let data: unknown;
    try {
      data = JSON.parse(row.extracted);
    } catch {
      return null;
    }
    if (!validEntry(data) || (data as ExtractedArticle).claims.length !== row.claims) return null;
    return data as ExtractedArticle;
  }

  /** Whether an entry for the key is stored (without reading it). */
  has(key: IndexKey): boolean {
    if (key.extractorVersion !== this.extractorVersion) return false;
    return this.guard(() => this.hasStmt.get(key.contentHash, key.extractorVersion, key.context)) !== undefined;
  }

  /** Stores one extraction (see putMany for many in one transaction). */
  put(key: IndexKey, extracted: ExtractedArticle, info: { mtimeMs?: number | null } = {}): void {
    this.putMany([{ key, extracted, mtimeMs: info.mtimeMs ?? null }]);
  }

  /** Stores extractions in one transaction. */
  putMany(entries: Array<{ key: IndexKey; extracted: ExtractedArticle; mtimeMs?: number | null }>): void {
    for (const e of entries) {
      if (e.key.extractorVersion !== this.extractorVersion) {
        throw new Error(`claim index holds extractor ${this.extractorVersion}, not ${e.key.extractorVersion}`);
      }
    }
    const write = this.db.transaction(() => {
      for (const { key, extracted, mtimeMs } of entries) {
        const json = JSON.stringify(extracted);
        this.putStmt.run(key.contentHash, key.extractorVersion, key.context, extracted.id, extracted.file, mtimeMs ?? null, extracted.claims.length, json, digestOf(json));
      }
    });
    this.guard(() => write.immediate());
  }

  /** Deletes the entries whose content hash is not in `keepHashes` (articles gone or changed); returns how many. */
  prune(keepHashes: Iterable<string>): number {
    const keep = [...keepHashes];
    const run = this.db.transaction(() => {
      this.db.exec('CREATE TEMP TABLE IF NOT EXISTS keep_hashes (h TEXT PRIMARY KEY) WITHOUT ROWID; DELETE FROM keep_hashes;');
      const add = this.db.prepare('INSERT OR IGNORE INTO keep_hashes (h) VALUES (?)');
      for (const h of keep) add.run(h);
      const { changes } = this.db.prepare('DELETE FROM entries WHERE content_hash NOT IN (SELECT h FROM keep_hashes)').run();
      this.db.exec('DELETE FROM keep_hashes');
      return changes;
    });
    return this.guard(() => run.immediate());
  }

  /** Every entry, sorted by file then article id (deterministic listing). */
  list(): IndexEntryInfo[] {
    const rows = this.guard(
      () =>
        this.db
          .prepare('SELECT content_hash, extractor_version, context, article_id, file, mtime_ms, claims FROM entries ORDER BY file, article_id, content_hash, context')
          .all() as Row[],
    );
    return rows.map((r) => ({
      contentHash: r.content_hash,
      extractorVersion: r.extractor_version,
      context: r.context,
      articleId: r.article_id,
      file: r.file,
      mtimeMs: r.mtime_ms,
      claims: r.claims,
    }));
  }

  get size(): number {
    return this.guard(() => (this.db.prepare('SELECT COUNT(*) AS n FROM entries').get() as { n: number }).n);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/**
 * Opens the claim index at `file` (indexPathFor(corpusDir) by default in the CLI), creating it if absent, for
 * entries made by `extractorVersion` (pass EXTRACTOR_VERSION from src/extract; taken as an argument so that
 * this module does not load the extractors).
 * An index made by another extractor version is emptied (its entries are not trusted) and `rebuilt` says so.
 * A file that is not a claimdiff index (not SQLite, corrupt, or another program's database) is an InputError
 * naming the file; it is never overwritten.
 */
export function openIndex(file: string, extractorVersion: string): ClaimIndex {
  return ClaimIndex.open(file, extractorVersion);
}

export interface ExtractWithIndexResult {
  /** One per article, in the order given. */
  extracted: ExtractedArticle[];
  hits: number;
  misses: number;
}

export interface ExtractWithIndexOptions {
  /** Needed only when `index` is null; otherwise the index's own version is used. */
  extractorVersion?: string;
  /** The file's modification time, kept for listing only. */
  mtimeOf?: (article: Article) => number | null;
}

/**
 * Extraction through the index: articles whose key is stored are read back, the others extracted and written in
 * one transaction (an incremental update). With `index` null everything is extracted. A hit is re-stamped with
 * the article's current file path (an article that moved keeps its claims).
 */
export function extractWithIndex(
  articles: Article[],
  index: ClaimIndex | null,
  extract: (a: Article) => ExtractedArticle,
  options: ExtractWithIndexOptions = {},
): ExtractWithIndexResult {
  const version = index?.extractorVersion ?? options.extractorVersion ?? 'none';
  const extracted: ExtractedArticle[] = [];
  const fresh = new Map<string, { key: IndexKey; extracted: ExtractedArticle; mtimeMs: number | null }>();
  let hits = 0;
  let misses = 0;
  for (const article of articles) {
    const key = indexKeyFor(article, version);
    const id = `${key.contentHash}/${key.context}`;
    const fromIndex = index?.get(key) ?? null;
    const stored = (fromIndex && fitsArticle(fromIndex, article) ? fromIndex : null) ?? fresh.get(id)?.extracted ?? null;
    if (stored) {
      hits += 1;
      extracted.push({ ...stored, id: article.id, file: article.file, title: article.title, published: article.published });
      continue;
    }
    misses += 1;
    const result = extract(article);
    extracted.push(result);
    fresh.set(id, { key, extracted: result, mtimeMs: options.mtimeOf?.(article) ?? null });
  }
  if (index && fresh.size > 0) index.putMany([...fresh.values()]);
  return { extracted, hits, misses };
}
