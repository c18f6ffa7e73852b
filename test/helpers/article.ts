import * as path from 'node:path';
import { buildArticle } from '../../src/ingest/article';
import type { Article, ArticleFormat } from '../../src/types';

/** Paths to ../shared, where CI has it too. */
export const SHARED = path.resolve(__dirname, '../../../shared');
export const SEEDS_DIR = path.resolve(__dirname, '../../corpus/seeds');
export const GOLD_FILE = path.join(SHARED, 'gold/seeds.gold.json');

/** An in-memory article for table tests. */
export function makeArticle(text: string, published: string | null = '2024-05-16', format: ArticleFormat = 'txt', id = 't'): Article {
  const precision = published ? (['year', 'month', 'day'] as const)[published.split('-').length - 1] : null;
  return buildArticle({
    text,
    format,
    meta: { id, file: `${id}.${format}`, title: null, outlet: null, published, publishedPrecision: precision },
  });
}
