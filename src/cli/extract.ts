import { extractArticle } from '../extract';
import { loadArticles } from '../ingest';
import { parseReferenceDate } from '../extract/reference';
import type { Claim, ExtractedArticle } from '../types';
import { UsageError } from '../lib/usage-error';
import { warn } from './say';

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

/**
 * `claimdiff extract PATH...`: the claims of each article. Bad input does not hide good input: the articles that
 * could be read are printed, every file that could not is named on stderr (`claimdiff: <file>: <problem>`), and
 * the exit status is then 2. When nothing could be read, stdout stays empty.
 */
export async function extractCommand(paths: string[], opts: ExtractOptions): Promise<number> {
  const reference = opts.published !== undefined ? parseReferenceDate(opts.published) : null;
  if (opts.published !== undefined && !reference) {
    throw new UsageError(`--published: "${opts.published}" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)`);
  }
  const { articles, skipped, notices } = loadArticles(paths);
  for (const n of notices) warn(`${n}`);
  const extracted = articles.map((a) => {
    // The command line wins over manifests and the files' own metadata.
    if (opts.published && reference) a = { ...a, published: opts.published, publishedPrecision: reference.precision };
    return extractArticle(a);
  });
  if (extracted.length > 0 || skipped.length === 0) {
    // The analysis (what align and framing read of the text) is internal: the claim index keeps it, the output does not.
    const claimsOnly = extracted.map(({ analysis: _analysis, ...e }) => e);
    process.stdout.write(opts.json ? JSON.stringify({ articles: claimsOnly }, null, 2) + '\n' : formatExtractionText(extracted));
  }
  for (const s of skipped) warn(`${s.file}: ${s.problem}`);
  if (skipped.length > 0 && extracted.length > 0) {
    const n = skipped.length;
    warn(`${n} input${n === 1 ? '' : 's'} skipped; ${extracted.length} article${extracted.length === 1 ? '' : 's'} extracted`);
  }
  return skipped.length > 0 ? 2 : 0;
}
