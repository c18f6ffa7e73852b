import type { ArticleMeta, ChromeSpan, Span } from '../../types';

/** What a file itself says about its article (front matter, page metadata, JSON fields). */
export type FileMeta = Partial<Pick<ArticleMeta, 'title' | 'outlet' | 'publisher' | 'published' | 'publishedPrecision' | 'url' | 'author'>>;

/** One file read in its format: the text every offset will index, and what the format tells about it. */
export interface ParsedArticle {
  text: string;
  meta: FileMeta;
  /** undefined: let the .txt first-line rule decide; null: no headline in the text. */
  headline?: Span | null;
  chrome?: ChromeSpan[];
  subheadings?: Span[];
}

/** Reads one article file's bytes; throws InputError for content it cannot use. */
export type FormatReader = (file: string, bytes: Buffer) => ParsedArticle;
