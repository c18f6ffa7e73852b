import type { Article, Candidate, Claim, ExtractedArticle } from '../types';
import { analyzeArticle } from './analysis';
import { ArticleContext } from './context';
import { claimIdFolded, foldSpace } from './ids';

/** Finds candidate claims of one kind in an article (chrono's Parser). */
export interface Extractor {
  readonly name: string;
  extract(ctx: ArticleContext): Candidate[];
}

/** Works on the claims of all kinds once they have ids and sentences (chrono's Refiner). */
export interface Refiner {
  readonly name: string;
  refine(ctx: ArticleContext, claims: Claim[]): Claim[];
}

export interface PipelineConfig {
  extractors: Extractor[];
  refiners: Refiner[];
}

function byPosition(a: { span: { start: number; end: number }; kind: string }, b: typeof a): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0);
}

/** Gives candidates their sentence and stable id. Candidates in page chrome are dropped here, once, for every kind. */
export function finalizeCandidates(ctx: ArticleContext, candidates: Candidate[]): Claim[] {
  const seen = new Map<string, number>();
  const claims: Claim[] = [];
  // Per-sentence work once per sentence, not once per claim (a run-on sentence may hold thousands).
  const folded = new Map<string, string>();
  const foldSentence = (t: string) => {
    let f = folded.get(t);
    if (f === undefined) folded.set(t, (f = foldSpace(t)));
    return f;
  };
  for (const c of [...candidates].sort(byPosition)) {
    if (ctx.isChrome(c.span)) continue;
    const s = ctx.sentenceAt(c.span.start);
    const sentence = s
      ? { start: s.start, end: Math.max(s.end, c.span.end), text: ctx.text.slice(s.start, Math.max(s.end, c.span.end)) }
      : { start: c.span.start, end: c.span.end, text: c.text };
    const key = `${c.kind}\u0000${c.text}\u0000${sentence.text}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    claims.push({ ...c, id: claimIdFolded(ctx.article.id, c.kind, foldSpace(c.text), foldSentence(sentence.text), occurrence), articleId: ctx.article.id, sentence } as Claim);
  }
  return claims;
}

/**
 * Runs every extractor on the shared context, then every refiner, and returns the claims in text order with the
 * article's analysis (what align and framing read of the text, see analysis.ts).
 */
export function runPipeline(article: Article, config: PipelineConfig): ExtractedArticle {
  const ctx = new ArticleContext(article);
  const candidates = config.extractors.flatMap((e) => e.extract(ctx));
  let claims = finalizeCandidates(ctx, candidates);
  for (const r of config.refiners) claims = r.refine(ctx, claims);
  claims.sort(byPosition);
  const out: ExtractedArticle = { id: article.id, file: article.file, title: article.title, published: article.published, claims };
  if (ctx.notices.length > 0) out.notices = [...ctx.notices];
  out.analysis = analyzeArticle(ctx);
  return out;
}
