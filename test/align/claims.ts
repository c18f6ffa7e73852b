import type { Article, Claim, Quantity, Quote, Timex } from '../../src/types';

/** Hand-made claims located in an article's text (the n-th occurrence of `text`), ids `<article>-<n>`. */
export type ClaimSpec =
  | { kind: 'quantity'; text: string; nth?: number; q: Partial<Quantity> & { value: number }; period?: string }
  | { kind: 'date'; text: string; nth?: number; value: string; type?: Timex['type']; mod?: Timex['mod'] }
  | { kind: 'quote'; text: string; nth?: number; speaker: string | string[] | null; direct?: boolean; role?: Quote['role'] };

function locate(article: Article, text: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = article.text.indexOf(text, at + 1);
    if (at < 0) throw new Error(`"${text}" not found in ${article.id}`);
  }
  return { start: at, end: at + text.length };
}

export function makeClaims(article: Article, specs: ClaimSpec[]): Claim[] {
  return specs.map((s, i) => {
    const span = locate(article, s.text, s.nth);
    const sent = article.sentences.find((x) => span.start >= x.start && span.start < x.end)!;
    const base = { id: `${article.id}-${i}`, articleId: article.id, text: s.text, span, sentence: { start: sent.start, end: sent.end, text: sent.text } };
    if (s.kind === 'quantity') {
      const time = s.period ? { type: 'DATE' as const, value: s.period, expression: s.period, anchored: false } : undefined;
      return { ...base, kind: 'quantity', quantity: { unit: null, bound: '=', approximate: false, ...s.q, time } } as Claim;
    }
    if (s.kind === 'date') return { ...base, kind: 'date', time: { type: s.type ?? 'DATE', value: s.value, expression: s.text, anchored: false, mod: s.mod } } as Claim;
    const inner = s.text.replace(/^[“"]|[”"]$/g, '').replace(/[,.]$/, '');
    return { ...base, kind: 'quote', quote: { text: inner, speaker: s.speaker, speakerText: null, direct: s.direct ?? true, role: s.role ?? 'statement' } } as Claim;
  });
}
