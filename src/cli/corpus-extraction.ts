import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXTRACTOR_VERSION, extractArticle } from '../extract';
import { extractWithIndex, indexKeyFor, indexPathFor, openIndex, type ClaimIndex } from '../index/claim-index';
import { extractParallel } from '../extract/workers';
import type { Article, ExtractedArticle } from '../types';
import { progressBar } from './progress';

export interface CorpusExtraction {
  /** One per article, in the order given. */
  extracted: ExtractedArticle[];
  /** Articles read back from a claim index / extracted afresh. */
  reused: number;
  extractedNow: number;
  /** Index files that were used. */
  indexes: string[];
}

/** The folder an article's corpus index lives beside: the folder holding the file. */
const corpusDirOf = (a: Article) => path.dirname(a.file);

/**
 * Extracts the claims of corpus articles, through the claim index of each corpus folder where one exists
 * (`claimdiff index` makes it): unchanged articles are read back, the others extracted and written to it.
 * With `build` the index is created where missing (that is what `claimdiff index` does).
 */
export function extractCorpus(articles: Article[], opts: { build?: boolean; useIndex?: boolean } = {}): CorpusExtraction {
  const byDir = new Map<string, Article[]>();
  for (const a of articles) byDir.set(corpusDirOf(a), [...(byDir.get(corpusDirOf(a)) ?? []), a]);
  const bar = progressBar(articles.length, 'extract');
  // Articles the index cannot give back are extracted ahead, across the cores (extractParallel, same output).
  const ahead = new Map<Article, ExtractedArticle>();
  const extract = (a: Article) => {
    const pre = ahead.get(a);
    if (pre) return pre;
    const result = extractArticle(a);
    bar.tick();
    return result;
  };
  const extractAhead = (group: Article[], index: ClaimIndex | null) => {
    const misses = group.filter((a) => !index?.has(indexKeyFor(a, EXTRACTOR_VERSION)));
    extractParallel(misses, { onDone: () => bar.tick() }).forEach((r, i) => ahead.set(misses[i], r));
  };
  const results = new Map<Article, ExtractedArticle>();
  let reused = 0;
  let extractedNow = 0;
  const indexes: string[] = [];
  try {
    for (const [dir, group] of byDir) {
      const file = indexPathFor(dir);
      const useIndex = opts.useIndex !== false && (opts.build || fs.existsSync(file));
      const index = useIndex ? openIndex(file, EXTRACTOR_VERSION) : null;
      try {
        extractAhead(group, index);
        const r = extractWithIndex(group, index, extract, { extractorVersion: EXTRACTOR_VERSION });
        group.forEach((a, i) => results.set(a, r.extracted[i]));
        reused += r.hits;
        bar.tick(r.hits);
        extractedNow += r.misses;
        if (index) {
          indexes.push(file);
          if (opts.build) index.prune(group.map((a) => a.contentHash));
        }
      } finally {
        index?.close();
      }
    }
  } finally {
    bar.stop();
  }
  return { extracted: articles.map((a) => results.get(a)!), reused, extractedNow, indexes };
}
