import nlp from 'compromise';
import type { Article, Sentence, Span } from '../types';
import { parseReferenceDate, type ReferenceDate } from './reference';

type NlpDoc = ReturnType<typeof nlp>;

/**
 * Everything an extractor may read about one article, built once and shared (chrono's ParsingContext).
 * The compromise parse is made lazily, once, and only if some extractor asks for it.
 */
export class ArticleContext {
  readonly text: string;
  readonly reference: ReferenceDate | null;
  private parsed: NlpDoc | null = null;

  constructor(readonly article: Article) {
    this.text = article.text;
    this.reference = parseReferenceDate(article.published);
  }

  get sentences(): Sentence[] {
    return this.article.sentences;
  }

  /** The compromise parse of the whole article (made on first use). */
  get doc(): NlpDoc {
    if (!this.parsed) this.parsed = nlp(this.text);
    return this.parsed;
  }

  /** True when any part of the span lies in page chrome. */
  isChrome(span: Span): boolean {
    return this.article.chrome.some((c) => span.start < c.end && c.start < span.end);
  }

  /** The sentence holding `offset` (binary search; sentences are sorted). */
  sentenceAt(offset: number): Sentence | undefined {
    const s = this.article.sentences;
    let lo = 0;
    let hi = s.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (offset < s[mid].start) hi = mid - 1;
      else if (offset >= s[mid].end) lo = mid + 1;
      else return s[mid];
    }
    return undefined;
  }

  /** The paragraph index holding `offset`, or -1. */
  paragraphAt(offset: number): number {
    return this.article.paragraphs.findIndex((p) => offset >= p.start && offset < p.end);
  }
}
