/**
 * Part-of-speech tags from the article's shared compromise parse (ctx.doc), keyed by term start offset.
 * The parse is made once per article by ArticleContext; this only reads it.
 */
import type { ArticleContext } from '../context';
import type { Token } from './tokens';
import type { TagLookup } from './words';

interface OffsetTerm {
  offset?: { start: number; length: number };
  tags?: Set<string>;
}

const cache = new WeakMap<ArticleContext, Map<number, Set<string>>>();

export function tagLookup(ctx: ArticleContext): TagLookup {
  let byStart = cache.get(ctx);
  if (!byStart) {
    byStart = new Map();
    const doc = ctx.doc as unknown as { compute(name: string): unknown; document: OffsetTerm[][] };
    doc.compute('offset');
    for (const sentence of doc.document) {
      for (const term of sentence) if (term.offset && term.tags) byStart.set(term.offset.start, term.tags);
    }
    cache.set(ctx, byStart);
  }
  const map = byStart;
  return (t: Token) => map.get(t.start);
}
