import type { ReviewedFlag } from '../../findings';
import type { Span } from '../../types';
import type { CheckedArticle, FlagLocation, Region } from './types';

/**
 * Line starts of a text, so that many offsets can be turned into line/column by binary search.
 * Line terminators are CRLF, LF and CR (what editors, GitHub and SARIF viewers count); CRLF is one break.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  /** The file as on disk: what comes before the article text (a .md file's front matter), then the text. */
  readonly text: string;
  /** Where the article text starts in the file; article offsets are shifted by it. */
  readonly base: number;

  constructor(articleText: string, prefix = '') {
    const text = prefix + articleText;
    this.text = text;
    this.base = prefix.length;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 /* \n */) this.starts.push(i + 1);
      else if (c === 13 /* \r */ && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  /** 1-based line and column of a UTF-16 offset into the file (clamped to it). */
  lineCol(offset: number): { line: number; col: number } {
    const o = Math.max(0, Math.min(Math.trunc(offset), this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: o - this.starts[lo] + 1 };
  }

  /** The region an article span covers, in the file; `endColumn` is exclusive (just after the last character). */
  region(span: Span): Region {
    const start = Math.max(0, Math.min(span.start + this.base, this.text.length));
    const end = Math.max(start, Math.min(span.end + this.base, this.text.length));
    const a = this.lineCol(start);
    if (end === start) return { startLine: a.line, startColumn: a.col, endLine: a.line, endColumn: a.col, charOffset: start, charLength: 0 };
    // Locate the last character, not `end`: a span ending just before a line break stays on its line.
    const last = this.lineCol(end - 1);
    return { startLine: a.line, startColumn: a.col, endLine: last.line, endColumn: last.col + 1, charOffset: start, charLength: end - start };
  }
}

/** 1-based line and column (in UTF-16 code units) of an offset into `text`. */
export function lineCol(text: string, offset: number): { line: number; col: number } {
  return new LineIndex(text).lineCol(offset);
}

export { atOrAbove, severityRank } from '../../findings';

/** Article ids a flag names as missing a fact (omission flags carry them in data.missingFrom). */
export function missingFrom(flag: ReviewedFlag): string[] {
  const m = flag.data?.missingFrom;
  return Array.isArray(m) ? m.filter((x): x is string => typeof x === 'string') : [];
}

/**
 * Whether a flag concerns an article: it has evidence there. A corpus fact missing from the new article is
 * not the new article's flag (most are about other angles of the story; a gate listing them is noise).
 */
export function concerns(flag: ReviewedFlag, articleId: string): boolean {
  return flag.evidence.some((e) => e.articleId === articleId);
}

/**
 * The headline's region, where a flag about the article as a whole is put: the headline in the text, else a
 * `title:` line of the front matter, else the first line.
 */
export function headlineRegion(a: CheckedArticle, index: LineIndex): Region {
  if (a.headline) return index.region(a.headline);
  const m = /^title[ \t]*:[ \t]*(.*)$/m.exec(a.prefix ?? '');
  if (m) {
    const at = m.index + m[0].length - m[1].length;
    return index.region({ start: at - index.base, end: at + m[1].trimEnd().length - index.base });
  }
  const firstLine = /^[^\r\n]*/.exec(a.text)![0];
  return index.region({ start: 0, end: firstLine.length });
}

/**
 * Where a flag is in each checked article it concerns, in the order of `checked`: the earliest evidence span of
 * that article; a flag that only says the article lacks something goes at its headline.
 */
export function locateFlag(flag: ReviewedFlag, checked: CheckedArticle[], indexes?: Map<string, LineIndex>): FlagLocation[] {
  const out: FlagLocation[] = [];
  for (const a of checked) {
    const index = indexes?.get(a.articleId) ?? new LineIndex(a.text, a.prefix);
    const items = flag.evidence.filter((e) => e.articleId === a.articleId);
    if (items.length === 0) {
      if (missingFrom(flag).includes(a.articleId)) out.push({ articleId: a.articleId, file: a.file, region: headlineRegion(a, index), sentence: null, wholeArticle: true });
      continue;
    }
    const first = items.reduce((x, y) => (y.span.start < x.span.start || (y.span.start === x.span.start && y.span.end < x.span.end) ? y : x));
    out.push({ articleId: a.articleId, file: a.file, region: index.region(first.span), sentence: first.sentence.text });
  }
  return out;
}

/** Line indexes of the checked articles (in their files as on disk), built once per result. */
export function lineIndexes(checked: Array<{ articleId: string; text?: string; prefix?: string }>): Map<string, LineIndex> {
  const m = new Map<string, LineIndex>();
  for (const a of checked) if (typeof a.text === 'string' && !m.has(a.articleId)) m.set(a.articleId, new LineIndex(a.text, a.prefix));
  return m;
}

/** Whitespace folded to single spaces: evidence sentences may hold line breaks. */
export function oneLine(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}
