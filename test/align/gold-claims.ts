import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildArticle } from '../../src/ingest/article';
import type { Article, Claim, ExtractedArticle, Quantity, Quote, Timex } from '../../src/types';
import { GOLD_FILE, SEEDS_DIR } from '../helpers/article';

/**
 * The gold annotation of the seeds as Claim objects, for developing alignment before (and besides) the
 * extractors. Claim ids are the gold ids; `sentence` comes from the article's own segmentation. The
 * annotator's hand-written `measure` is DROPPED: extractor measures are shorter and in the text's words,
 * so the aligner must not lean on annotator prose.
 */
export interface GoldFile {
  articles: Array<{ id: string; file: string; outlet: string; published: string; publishedPrecision: 'day' | 'month' | 'year'; title?: string }>;
  claims: GoldClaim[];
  groups: Array<{ id: string; about: string; verdict: string; claims: string[]; borderline?: boolean }>;
  mustNotAlign: Array<{ id: string; a: string[]; b: string[]; reason: string }>;
  omissions: Array<{ id: string; about: string; articleId: string; claims: string[]; spans: Array<{ text: string; start: number; end: number }>; relevantTo: string[] }>;
}

export interface GoldClaim {
  id: string;
  articleId: string;
  kind: 'quantity' | 'date' | 'quote';
  text: string;
  span: { start: number; end: number };
  borderline?: boolean;
  inQuote?: string;
  timeClaimId?: string;
  quantity?: Quantity & { measure?: string };
  time?: Timex;
  quote?: Quote;
}

export function loadGold(): GoldFile {
  return JSON.parse(fs.readFileSync(GOLD_FILE, 'utf8')) as GoldFile;
}

export function loadSeedArticles(gold = loadGold()): Article[] {
  return gold.articles.map((a) => {
    const text = fs.readFileSync(path.join(SEEDS_DIR, a.file), 'utf8').replace(/^\uFEFF/, '');
    return buildArticle({
      text,
      format: 'txt',
      meta: { id: a.id, file: a.file, title: a.title ?? null, outlet: a.outlet, published: a.published, publishedPrecision: a.publishedPrecision },
    });
  });
}

export function goldClaimsAsClaims(gold: GoldFile, articles: Article[]): ExtractedArticle[] {
  return articles.map((article) => {
    const claims: Claim[] = gold.claims
      .filter((g) => g.articleId === article.id)
      .map((g) => {
        const s = article.sentences.find((x) => g.span.start >= x.start && g.span.start < x.end) ?? { start: g.span.start, end: g.span.end };
        const end = Math.max(s.end, g.span.end);
        const base = { id: g.id, articleId: g.articleId, text: g.text, span: g.span, sentence: { start: s.start, end, text: article.text.slice(s.start, end) }, inQuote: g.inQuote };
        if (g.kind === 'quantity') {
          const { measure: _dropped, ...q } = g.quantity!;
          void _dropped;
          return { ...base, kind: 'quantity', quantity: { ...q, timeClaimId: g.timeClaimId } } as Claim;
        }
        if (g.kind === 'date') return { ...base, kind: 'date', time: g.time! } as Claim;
        return { ...base, kind: 'quote', quote: g.quote! } as Claim;
      });
    return { id: article.id, file: article.file, title: article.title, published: article.published, claims };
  });
}
