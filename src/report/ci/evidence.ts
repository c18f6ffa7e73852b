import type { ReviewedFlag } from '../../findings';
import type { Span } from '../../types';
import type { CheckResult } from './types';

export interface EvidenceLine {
  articleId: string;
  /** The article's file when known (checked articles always; corpus articles when the result lists them). */
  file: string | null;
  checked: boolean;
  span: Span;
  sentence: string;
}

/**
 * A flag's evidence, checked articles first (in their order), then the others by id, each by position.
 * With `onePerSentence`, claims that share a sentence give one line (for formats that print sentences).
 */
export function evidenceLines(
  flag: ReviewedFlag,
  result: Pick<CheckResult, 'checked' | 'corpus'>,
  opts: { onePerSentence?: boolean } = {},
): EvidenceLine[] {
  const order = new Map(result.checked.map((a, i) => [a.articleId, i]));
  const files = new Map<string, string>();
  for (const a of result.corpus ?? []) files.set(a.articleId, a.file);
  for (const a of result.checked) files.set(a.articleId, a.file);
  const lines = flag.evidence.map((e) => ({
    articleId: e.articleId,
    file: files.get(e.articleId) ?? null,
    checked: order.has(e.articleId),
    span: e.span,
    sentence: e.sentence.text,
  }));
  lines.sort((a, b) => {
    const oa = order.get(a.articleId) ?? Number.MAX_SAFE_INTEGER;
    const ob = order.get(b.articleId) ?? Number.MAX_SAFE_INTEGER;
    if (oa !== ob) return oa - ob;
    if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
    return a.span.start - b.span.start || a.span.end - b.span.end;
  });
  if (!opts.onePerSentence) return lines;
  const seen = new Set<string>();
  return lines.filter((l) => {
    const key = `${l.articleId}\u0000${l.sentence}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
