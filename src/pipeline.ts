import * as path from 'node:path';
import type { CorpusStats } from './align/stats';
import { clusterStories, compareCorpus, type CompareResult } from './compare';
import { analyzeFraming } from './compare/framing';
import { EXTRACTOR_VERSION } from './extract';
import { attachAnalyses } from './extract/analysis';
import type { Article, ExtractedArticle, Report } from './types';
import { byId } from './lib/order';

/** The package version, shown in reports. */
export const TOOL_VERSION: string = (require(path.resolve(__dirname, '../package.json')) as { version: string }).version;

export interface BuiltReport {
  report: Report;
  comparison: CompareResult;
}

/**
 * The whole pipeline after extraction: align → compare → one Report (ingest and extraction are the caller's,
 * so that `compare` and `check` can read claims from the index). Deterministic: no clock, no paths beyond
 * those given.
 */
export function buildReport(corpus: string, articles: Article[], extracted: ExtractedArticle[], notices: string[] = [], stats?: CorpusStats): BuiltReport {
  // Align and framing read each article's analysis from its extraction, not from the text.
  attachAnalyses(articles, extracted);
  // Framing compares the labels of each story's sources, so it needs the stories (the same clustering compare does).
  // A scoped run (incremental check) gives framing the new articles' story neighbourhood only.
  const framingArticles = stats?.framingArticles ? articles.filter((a) => stats.framingArticles!.has(a.id)) : articles;
  const framingIds = new Set(framingArticles.map((a) => a.id));
  const framingClaims = extracted.filter((e) => framingIds.has(e.id)).flatMap((e) => e.claims);
  const framing = analyzeFraming(framingArticles, clusterStories(framingArticles, framingClaims, {}, stats?.stories, stats?.termsOf), stats?.phrasesOf, stats?.focus);
  const comparison = compareCorpus(articles, extracted, framing, stats);
  const dupNotices = Object.entries(comparison.duplicates).map(
    ([dup, orig]) => `${dup} has the same text as ${orig}: counted as one source`,
  );
  const sources = articles.length - Object.keys(comparison.duplicates).length;
  const extractionNotices = [...extracted].sort(byId).flatMap((e) => e.notices ?? []);
  const allNotices = [...notices, ...(stats?.reportNotices ?? [...extractionNotices, ...dupNotices])];
  if (!stats?.reportNotices && sources < 2) allNotices.push(`only ${sources} distinct article${sources === 1 ? '' : 's'}: there is nothing to compare across sources`);
  const report: Report = {
    tool: { name: 'claimdiff', version: TOOL_VERSION, extractorVersion: EXTRACTOR_VERSION },
    corpus,
    articles: [...articles].sort(byId).map((a) => ({
      id: a.id,
      file: a.file,
      outlet: a.outlet,
      published: a.published,
      title: a.title,
      story: comparison.storyOf[a.id] ?? null,
      contentHash: a.contentHash,
    })),
    stories: comparison.stories,
    claims: [...extracted].sort(byId).flatMap((e) => e.claims),
    groups: comparison.groups,
    flags: comparison.flags,
    framing,
    omissions: comparison.omissions,
    notices: allNotices,
  };
  return { report, comparison };
}
