import { extractArticle } from '../extract';
import { loadArticles } from '../ingest';
import { parseReferenceDate } from '../extract/reference';
import type { Claim, ExtractedArticle } from '../types';
import { UsageError } from './usage-error';

export interface ExtractOptions {
  published?: string;
  json?: boolean;
}

function describeClaim(c: Claim): string {
  switch (c.kind) {
    case 'quantity': {
      const q = c.quantity;
      return `${q.bound === '=' ? '' : q.bound + ' '}${q.value}${q.unit ? ' ' + q.unit : ''}${q.ordinal ? ' (ordinal)' : ''}`;
    }
    case 'date':
      return `${c.time.type} ${c.time.value}${c.time.mod ? ' ' + c.time.mod : ''}`;
    case 'quote':
      return `${c.quote.role}${c.quote.speaker ? ' by ' + [c.quote.speaker].flat().join(' & ') : ''}`;
  }
}

export function formatExtractionText(articles: ExtractedArticle[]): string {
  const lines: string[] = [];
  for (const a of articles) {
    lines.push(`${a.id}  ${a.file}${a.published ? `  (${a.published})` : ''}  ${a.claims.length} claims`);
    for (const c of a.claims) {
      lines.push(`  ${c.kind.padEnd(8)} ${String(c.span.start).padStart(6)}  ${JSON.stringify(c.text.length > 70 ? c.text.slice(0, 67) + '...' : c.text)}  → ${describeClaim(c)}`);
    }
  }
  return lines.join('\n') + '\n';
}

export async function extractCommand(paths: string[], opts: ExtractOptions): Promise<number> {
  if (opts.published !== undefined && !parseReferenceDate(opts.published)) {
    throw new UsageError(`--published: "${opts.published}" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)`);
  }
  const { articles, skipped } = loadArticles(paths);
  const extracted = articles.map((a) => {
    if (opts.published) a = { ...a, published: opts.published, publishedPrecision: parseReferenceDate(opts.published)!.precision };
    return extractArticle(a);
  });
  const out = opts.json ? JSON.stringify({ articles: extracted }, null, 2) + '\n' : formatExtractionText(extracted);
  process.stdout.write(out);
  for (const s of skipped) process.stderr.write(`claimdiff: skipped ${s.message}\n`);
  return skipped.length > 0 ? 2 : 0;
}
