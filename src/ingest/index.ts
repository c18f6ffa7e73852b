import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Article, ArticleMeta } from '../types';
import { buildArticle } from './article';
import { InputError } from './errors';

/**
 * Minimal loader (placeholder: .txt files and folders with manifest.json). The ingest work replaces it with
 * every format, schema-validated manifests, chrome detection and per-file error reporting.
 */
export interface LoadResult {
  articles: Article[];
  skipped: InputError[];
}

interface ManifestEntry extends Partial<ArticleMeta> {
  id: string;
  file: string;
}

function readManifest(dir: string): Map<string, ManifestEntry> {
  const p = path.join(dir, 'manifest.json');
  const entries = new Map<string, ManifestEntry>();
  if (!fs.existsSync(p)) return entries;
  const m = JSON.parse(fs.readFileSync(p, 'utf8')) as { articles: ManifestEntry[] };
  for (const e of m.articles) entries.set(e.file, e);
  return entries;
}

export function loadArticleFile(file: string, entry?: ManifestEntry): Article {
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const published = entry?.published ?? null;
  const meta: ArticleMeta = {
    id: entry?.id ?? path.basename(file, path.extname(file)),
    file,
    title: entry?.title ?? null,
    outlet: entry?.outlet ?? null,
    published,
    publishedPrecision: entry?.publishedPrecision ?? (published ? (['year', 'month', 'day'] as const)[published.split('-').length - 1] : null),
  };
  return buildArticle({ text, format: 'txt', meta });
}

export function loadArticles(paths: string[]): LoadResult {
  const articles: Article[] = [];
  for (const p of paths) {
    if (fs.statSync(p).isDirectory()) {
      const manifest = readManifest(p);
      for (const f of fs.readdirSync(p).filter((f) => f.endsWith('.txt')).sort()) {
        articles.push(loadArticleFile(path.join(p, f), manifest.get(f)));
      }
    } else {
      articles.push(loadArticleFile(p, readManifest(path.dirname(p)).get(path.basename(p))));
    }
  }
  return { articles, skipped: [] };
}
