import * as path from 'node:path';
import { alignClaims, clusterStories, type CorpusStats } from '../../src/align';
import { analyzeFraming } from '../../src/compare/framing';
import { attachAnalyses } from '../../src/extract/analysis';
import { extractArticle } from '../../src/extract';
import { listArticleFiles, loadArticles } from '../../src/ingest';
import { SHARED } from '../helpers/article';

/**
 * A scoped check reports only the flags of its new articles (CorpusStats.focus), so alignment scores only the
 * pairs connected to the stories holding them and framing names referents only in those stories. What those
 * stories get must not change: on real articles, the focused run's groups and concepts are exactly the full
 * run's that touch the focus stories, and it does less.
 */
const BBC = path.join(SHARED, 'corpora/bbc-news');
const files = listArticleFiles(BBC).filter((f) => f.startsWith('business-')).slice(0, 60).map((f) => path.join(BBC, f));

describe('focus (what a scoped check reports)', () => {
  const { articles } = loadArticles(files);
  const extracted = articles.map((a) => extractArticle(a));
  attachAnalyses(articles, extracted);
  const claims = extracted.flatMap((e) => e.claims);
  const stories = clusterStories(articles, claims);
  const story = stories.find((s) => s.articles.length >= 2)!;
  const focus = new Set([story.articles[0]]);
  const inFocus = new Set(story.articles);
  // Only the focus; every other statistic is computed from the articles given, as without stats.
  const stats = { focus } as unknown as CorpusStats;

  it('aligns the focus stories as the full run does, scoring fewer pairs', () => {
    const full = alignClaims(articles, claims, stories);
    const focused = alignClaims(articles, claims, stories, undefined, stats);
    const articleOf = new Map(claims.map((c) => [c.id, c.articleId]));
    const touches = (g: { claims: string[] }) => g.claims.some((id) => inFocus.has(articleOf.get(id)!));
    expect(full.groups.filter(touches).length).toBeGreaterThan(0);
    expect(JSON.stringify(focused.groups.filter(touches))).toBe(JSON.stringify(full.groups.filter(touches)));
    // Every group made is one of the full run's (nothing half-formed from missing pairs).
    const fullIds = new Set(full.groups.map((g) => JSON.stringify(g)));
    for (const g of focused.groups) expect(fullIds.has(JSON.stringify(g))).toBe(true);
    expect(focused.candidatePairs).toBeLessThan(full.candidatePairs);
  });

  it('names referents of the focus stories only, as the full run names them', () => {
    const full = analyzeFraming(articles, stories);
    const focused = analyzeFraming(articles, stories, undefined, focus);
    const ofStory = (c: { concept: string }) => /^(label|attribution):/.test(c.concept);
    const focusStory = (c: { concept: string }) => c.concept.startsWith(`label:${story.id}:`) || c.concept.startsWith(`attribution:${story.id}:`);
    expect(full.filter((c) => ofStory(c) && !focusStory(c)).length).toBeGreaterThan(0);
    expect(JSON.stringify(focused)).toBe(JSON.stringify(full.filter((c) => !ofStory(c) || focusStory(c))));
  });
});
