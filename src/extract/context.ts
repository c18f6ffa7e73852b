import nlp from 'compromise';
import type { Article, Sentence, Span } from '../types';
import { budgetSentences, chunkedParse, parseChunks, PARSE_WHOLE, SENTENCE_BUDGET } from './budget';
import { parseReferenceDate, type ReferenceDate } from './reference';

type NlpDoc = ReturnType<typeof nlp>;

/**
 * Everything an extractor may read about one article, built once and shared (chrono's ParsingContext).
 * The compromise parse is made lazily, once, and only if some extractor asks for it.
 */
export class ArticleContext {
  readonly text: string;
  readonly reference: ReferenceDate | null;
  /** The article's sentences, any over the budget cut in pieces (see budget.ts): what extractors work on. */
  readonly sentences: Sentence[];
  /** What the extraction should say about its input (sentences cut to the budget). */
  readonly notices: string[] = [];
  private parsed: NlpDoc | null = null;

  constructor(readonly article: Article) {
    this.text = article.text;
    this.reference = parseReferenceDate(article.published);
    const budgeted = budgetSentences(this.text, article.sentences);
    this.sentences = budgeted.sentences;
    if (budgeted.split > 0) {
      this.notices.push(`${article.id}: ${budgeted.split} sentence${budgeted.split === 1 ? '' : 's'} over ${SENTENCE_BUDGET} characters cut in pieces (run-on text; claims keep the piece as their sentence)`);
    }
  }

  /** The compromise parse of the whole article (made on first use; long texts chunk by chunk, see budget.ts). */
  get doc(): NlpDoc {
    if (!this.parsed) {
      this.parsed = this.text.length <= PARSE_WHOLE && this.sentences === this.article.sentences ? nlp(this.text) : chunkedParse(this.text, parseChunks(this.text, this.sentences));
    }
    return this.parsed;
  }

  /** True when any part of the span lies in page chrome. */
  isChrome(span: Span): boolean {
    return this.article.chrome.some((c) => span.start < c.end && c.start < span.end);
  }

  /** The sentence holding `offset` (binary search; sentences are sorted). */
  sentenceAt(offset: number): Sentence | undefined {
    const s = this.sentences;
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
