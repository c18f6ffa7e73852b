import { createHash } from 'node:crypto';
import type { Article, ArticleFormat, ArticleMeta, ChromeSpan, Span } from '../types';
import { findArtifacts } from './artifacts';
import { findChrome, mergeChrome } from './chrome';
import { segmentParagraphs, segmentSentences } from './sentences';
import { findSubheadings } from './subheadings';

const MAX_HEADLINE_CHARS = 200;

/**
 * The contract's .txt headline rule: the first line is the headline when it is followed by a blank line, or
 * when it is at most 200 characters long and does not end in sentence-final punctuation (`.`, `!`, `?`,
 * optionally followed by a closing quotation mark). A blank first line means no headline.
 */
export function findHeadline(text: string): Span | null {
  const nl = text.indexOf('\n');
  const line = (nl < 0 ? text : text.slice(0, nl)).replace(/\r$/, '');
  const trimmed = line.trim();
  if (trimmed.length === 0) return null;
  const rest = nl < 0 ? '' : text.slice(nl + 1);
  // A whitespace-only next line is blank too.
  const followedByBlank = nl >= 0 && /^[ \t\u00a0]*(\r?\n|$)/.test(rest);
  const sentenceFinal = /[.!?]["'”’»]?$/.test(trimmed);
  // "characters" as a reader counts them: code points, not UTF-16 units.
  const short = [...trimmed].length <= MAX_HEADLINE_CHARS;
  if (!followedByBlank && !(short && !sentenceFinal)) return null;
  const start = line.length - line.trimStart().length;
  return { start, end: start + trimmed.length };
}

export interface BuildArticleInput {
  text: string;
  format: ArticleFormat;
  meta: ArticleMeta;
  /** Chrome found by the format reader (e.g. Markdown link targets); the text rules add to it. */
  chrome?: ChromeSpan[];
  /** Only .txt uses the first-line rule; other formats say where their headline is, if it is in the text. */
  headline?: Span | null;
  /** Subheadings the format marks up (Markdown `##`, HTML h2–h6); plain text gets the line heuristic. */
  subheadings?: Span[];
}

/** Structure (paragraphs, sentences), chrome and debris over the text as read. */
export function buildArticle(input: BuildArticleInput): Article {
  const { text, format, meta } = input;
  const headline = input.headline !== undefined ? input.headline : format === 'txt' ? findHeadline(text) : null;
  const paragraphs = segmentParagraphs(text);
  const sentences = segmentSentences(text, paragraphs);
  const chrome = mergeChrome([
    ...(input.chrome ?? []),
    ...findChrome(text, headline?.end ?? 0),
    ...findArtifacts(text, paragraphs, sentences, headline),
  ]);
  const subheadings = input.subheadings ?? findSubheadings(text, paragraphs, headline, chrome);
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
    chrome,
    subheadings,
  };
}
