import { createHash } from 'node:crypto';
import type { Article, ArticleFormat, ArticleMeta, ChromeSpan, Span } from '../types';
import { segmentParagraphs, segmentSentences } from './sentences';

/** The contract's .txt headline rule: the first line, when followed by a blank line, or short and not sentence-final. */
export function findHeadline(text: string): Span | null {
  const nl = text.indexOf('\n');
  if (nl < 0) return null;
  const line = text.slice(0, nl).replace(/\r$/, '');
  if (line.trim().length === 0) return null;
  const followedByBlank = /^\r?\n/.test(text.slice(nl + 1)) || text.slice(nl + 1).trim().length === 0;
  const sentenceFinal = /[.!?]["'”’]?\s*$/.test(line);
  if (followedByBlank || (line.length <= 200 && !sentenceFinal)) return { start: 0, end: line.trimEnd().length };
  return null;
}

export interface BuildArticleInput {
  text: string;
  format: ArticleFormat;
  meta: ArticleMeta;
  /** Chrome found by the format reader (e.g. outside the HTML article body); text rules add to it. */
  chrome?: ChromeSpan[];
  /** Only .txt uses the first-line rule; other formats say where their headline is, if it is in the text. */
  headline?: Span | null;
}

/** Structure (paragraphs, sentences) over the text as read. */
export function buildArticle(input: BuildArticleInput): Article {
  const { text, format, meta } = input;
  const headline = input.headline !== undefined ? input.headline : format === 'txt' ? findHeadline(text) : null;
  const paragraphs = segmentParagraphs(text);
  const sentences = segmentSentences(text, paragraphs);
  const title = meta.title ?? (headline ? text.slice(headline.start, headline.end) : null);
  return {
    ...meta,
    title,
    text,
    format,
    contentHash: createHash('sha256').update(text).digest('hex'),
    headline,
    paragraphs,
    sentences,
    chrome: input.chrome ?? [],
  };
}
