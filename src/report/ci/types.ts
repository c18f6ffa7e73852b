import type { ReviewedFlag } from '../../findings';
import type { Report, Severity, Span } from '../../types';
import type { CiFormatName } from '../formats';

/** An article given to `claimdiff check` (a new article), with the text its evidence offsets index. */
export interface CheckedArticle {
  articleId: string;
  /** Path as given on the command line; CI tools resolve it against the repository root. */
  file: string;
  text: string;
  /** What the file holds before the text (a .md file's front matter): lines and columns count in the file. */
  prefix?: string;
  /** The headline in the text, where a flag about the whole article is put. */
  headline?: Span | null;
}

/** A corpus article a flag's evidence may point to (for "other source" lines and related locations). */
export interface CorpusArticleRef {
  articleId: string;
  file: string;
  /** When given, corpus evidence gets line/column too. */
  text?: string;
}

export interface CheckCounts {
  /** Flags that concern a checked article. */
  total: number;
  /** Flags not closed by a current dismissal. */
  open: number;
  /** Flags closed by a dismissal made on the current evidence. */
  dismissed: number;
  /** Flags whose review no longer applies because the evidence changed (they are open). */
  stale: number;
  /** Open flags at or above failOn: what makes `check` exit 1. */
  failing: number;
  /** Open flags by severity. */
  bySeverity: Record<Severity, number>;
}

/** What `claimdiff check` found; every CI format is a pure function of it. */
export interface CheckResult {
  tool?: { version?: string; extractorVersion?: string };
  checked: CheckedArticle[];
  corpus?: CorpusArticleRef[];
  /** Flags that concern a checked article, sorted by where they are. */
  flags: ReviewedFlag[];
  failOn: Severity;
  failed: boolean;
  counts: CheckCounts;
  /** The whole run's report, when the check has it: `json` then writes the check view of it (a valid report). */
  report?: Report;
}

/**
 * A place in a file. Lines and columns are 1-based; columns count UTF-16 code units (JavaScript string
 * indices, the unit of every offset in claimdiff, and SARIF's `utf16CodeUnits`). `endColumn` is exclusive
 * (the column just after the last character), as in SARIF.
 */
export interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  charOffset: number;
  charLength: number;
}

export interface FlagLocation {
  articleId: string;
  file: string;
  /** null: the flag concerns the file as a whole (e.g. an omission: the fact is missing from it). */
  region: Region | null;
  /** The evidence sentence in this article, when there is one. */
  sentence: string | null;
  /** True when the flag is about the article as a whole (the region is its headline). */
  wholeArticle?: boolean;
}

/** The CI formats of the one registry (../formats.ts). */
export type CheckFormat = CiFormatName;
export type CheckFormatter = (result: CheckResult) => string;
