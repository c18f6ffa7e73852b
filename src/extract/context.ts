import type nlp from 'compromise';
import type { Article, Sentence, Span } from '../types';
import { budgetSentences, chunkedParse, parseChunks, PARSE_WHOLE, SENTENCE_BUDGET } from './budget';
import { needsFullParse } from './candidates';
import { selectiveParse } from './parse';
import { parseReferenceDate, type ReferenceDate } from './reference';

type NlpDoc = ReturnType<typeof nlp>;

/**
 * Everything an extractor may read about one article, built once and shared (chrono's ParsingContext).
 * The compromise parse is made lazily, once, and only if some extractor asks for it; it is tagged in full on
 * the sentences the cheap scan of candidates.ts picks, and by compromise's pre-tagger only elsewhere.
 */
export class ArticleContext {
  readonly text: string;
  readonly reference: ReferenceDate | null;
  /** The article's sentences, any over the budget cut in pieces (see budget.ts): what extractors work on. */
  readonly sentences: Sentence[];
  /** What the extraction should say about its input (sentences cut to the budget). */
  readonly notices: string[] = [];
  private parsed: NlpDoc | null = null;
  private full: boolean[] | null = null;

  /** `tagEverySentence`: the full parse on every sentence, as nlp(text) (what the scan is checked against). */
  constructor(readonly article: Article, private readonly options: { tagEverySentence?: boolean } = {}) {
    this.text = article.text;
    this.reference = parseReferenceDate(article.published);
    const budgeted = budgetSentences(this.text, article.sentences);
    this.sentences = budgeted.sentences;
    if (budgeted.split > 0) {
      this.notices.push(`${article.id}: ${budgeted.split} sentence${budgeted.split === 1 ? '' : 's'} over ${SENTENCE_BUDGET} characters cut in pieces (run-on text; claims keep the piece as their sentence)`);
    }
  }

  /**
   * The compromise parse of the whole article (made on first use; long texts chunk by chunk, see budget.ts),
   * tagged in full where `fullyTagged` says so.
   */
  get doc(): NlpDoc {
    if (!this.parsed) {
      const wanted = (start: number, end: number) => this.fullyTagged(start, end);
      this.parsed = this.text.length <= PARSE_WHOLE && this.sentences === this.article.sentences
        ? selectiveParse(this.text, wanted)
        : chunkedParse(this.text, parseChunks(this.text, this.sentences), (chunk, at) => selectiveParse(chunk, (s, e) => wanted(s + at, e + at)));
    }
    return this.parsed;
  }

  /** True when a sentence of ours overlapping [start, end) is one the cheap scan picks (one test per sentence). */
  fullyTagged(start: number, end: number): boolean {
    if (this.options.tagEverySentence) return true;
    this.full ??= this.sentences.map((s) => needsFullParse(s.text));
    const s = this.sentences;
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid].end <= start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < s.length && s[i].start < end; i++) if (this.full[i]) return true;
    return false;
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
