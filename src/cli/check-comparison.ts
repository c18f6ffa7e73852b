import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractArticle, EXTRACTOR_VERSION } from '../extract';
import { loadArticles, realPath } from '../ingest';
import type { InputError } from '../ingest/errors';
import { indexPathFor } from '../index/claim-index';
import { corpusSignature, ScopeStore, writeScope } from '../index/scope-store';
import { scopeFor } from '../index/scoped';
import { buildReport } from '../pipeline';
import type { Article, ExtractedArticle, Flag, Report } from '../types';
import { extractCorpus } from './corpus-extraction';

/** What `check` needs from the comparison: the new articles (ids made distinct), the corpus it names, the flags. */
export interface CheckComparison {
  fresh: Article[];
  /** Corpus articles flags may point to (all of them on the full path; on the scoped path, those the new articles' flags cite). */
  corpus: Array<{ articleId: string; file: string; text: string }>;
  flags: Flag[];
  /** The run's report (scoped: over the compared articles, with the whole corpus' notices). */
  report: Report;
  /** Ingest notices of the corpus (full path only: the scoped path does not read it). */
  notices: string[];
  /** 'scoped' when the stored corpus analysis was used (claimdiff index), 'full' otherwise. */
  mode: 'scoped' | 'full';
  skipped: InputError[];
}

/** Corpus articles minus the new ones: an article must not be compared with itself. */
function splitCorpus(corpus: Article[], fresh: Article[]): Article[] {
  const newFiles = new Set(fresh.map((a) => realPath(a.file)));
  return corpus.filter((a) => !newFiles.has(realPath(a.file)));
}

/** New articles keep their ids unless a corpus article has the same id; then they get a `~new` suffix. */
function distinctIds(fresh: Article[], taken: (id: string) => boolean): Article[] {
  return fresh.map((a) => (taken(a.id) ? { ...a, id: `${a.id}~new` } : a));
}

/**
 * The incremental path: one corpus folder whose claim index holds a scope built from exactly the files
 * there now (the checked files aside). Only the articles the new ones can touch are compared, with the
 * corpus-wide statistics (src/index/scoped.ts); null when the stored scope does not fit.
 */
function scopedComparison(fresh: Article[], against: string[]): CheckComparison | null {
  if (against.length !== 1 || !fs.statSync(against[0]).isDirectory()) return null;
  const dir = against[0];
  const file = indexPathFor(dir);
  if (!fs.existsSync(file)) return null;
  const store = ScopeStore.open(file);
  try {
    const stamp = store.stamp();
    if (!stamp || stamp.extractorVersion !== EXTRACTOR_VERSION) return null;
    if (stamp.signature !== corpusSignature(dir, new Set(fresh.map((a) => realPath(a.file))))) return null;
    const renamed = distinctIds(fresh, (id) => store.hasId(id));
    const freshClaims = renamed.map((a) => extractArticle(a));
    const scope = scopeFor(store, dir, renamed, freshClaims);
    if (!scope) return null;
    const { report } = buildReport(dir, [...scope.articles, ...renamed], [...scope.extracted, ...freshClaims], [], scope.stats);
    // Blocking neighbours come without text: read it for those the new articles' flags point to (line numbers
    // in SARIF; the check keeps no other flag).
    const freshIds = new Set(renamed.map((a) => a.id));
    const own = report.flags.filter((f) => f.evidence.some((e) => freshIds.has(e.articleId)));
    const cited = new Set(own.flatMap((f) => f.evidence.map((e) => e.articleId)));
    return {
      fresh: renamed,
      corpus: scope.articles.filter((a) => cited.has(a.id)).map((a) => ({ articleId: a.id, file: a.file, text: a.text || store.text(a.id) })),
      flags: report.flags,
      report,
      notices: [],
      mode: 'scoped',
      skipped: [],
    };
  } finally {
    store.close();
  }
}

/** The full path: read the whole corpus (through the claim index's extractions) and compare everything. */
function fullComparison(fresh: Article[], against: string[]): CheckComparison {
  const corpusLoad = loadArticles(against);
  if (corpusLoad.skipped.length > 0) {
    return { fresh, corpus: [], flags: [], report: buildReport('', [], []).report, notices: corpusLoad.notices, mode: 'full', skipped: corpusLoad.skipped };
  }
  const corpus = splitCorpus(corpusLoad.articles, fresh);
  const taken = new Set(corpus.map((a) => a.id));
  const renamed = distinctIds(fresh, (id) => taken.has(id));
  const corpusClaims = extractCorpus(corpus).extracted;
  const freshClaims = renamed.map((a) => extractArticle(a));
  const name = against.length === 1 ? against[0] : fs.statSync(against[0]).isDirectory() ? against[0] : path.dirname(against[0]);
  const { report } = buildReport(name, [...corpus, ...renamed], [...corpusClaims, ...freshClaims]);
  return {
    fresh: renamed,
    corpus: corpus.map((a) => ({ articleId: a.id, file: a.file, text: a.text })),
    flags: report.flags,
    report,
    notices: corpusLoad.notices,
    mode: 'full',
    skipped: [],
  };
}

/**
 * The comparison behind `check`: scoped when the corpus folder's index has an up-to-date scope (the flags of
 * the new articles are then those of the full compare; see scoped.ts for the corners), full otherwise.
 * `forceFull` is for tests and for the benchmark's reference run.
 */
export function checkComparison(fresh: Article[], against: string[], opts: { forceFull?: boolean } = {}): CheckComparison {
  // CLAIMDIFF_CHECK_FULL=1: the full compare, for the benchmark's reference run.
  const full = opts.forceFull || process.env.CLAIMDIFF_CHECK_FULL === '1';
  return (!full && scopedComparison(fresh, against)) || fullComparison(fresh, against);
}

/** After `claimdiff index DIR`: store the scope of DIR from the articles read under it (see writeScope). */
export function writeFolderScope(dir: string, articles: Article[], extracted: ExtractedArticle[]): void {
  // By path, not real path: corpus files may be links to files kept elsewhere.
  const root = path.resolve(dir);
  const inside = articles.map((a, i) => [a, extracted[i]] as const).filter(([a]) => path.resolve(a.file).startsWith(`${root}${path.sep}`));
  writeScope(indexPathFor(dir), dir, EXTRACTOR_VERSION, inside.map(([a]) => a), inside.map(([, e]) => e));
}
