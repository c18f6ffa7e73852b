import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { makeResult, type Annotated } from '../mention';

/** A match a custom parser accepts: where it starts and ends in the parsed text, and what it means. */
export interface Found extends Annotated {
  index: number;
  text: string;
}

/**
 * A chrono Parser over one regular expression, with word-boundary checks done against the whole text
 * (chrono hands parsers a shrinking substring, so look-behind inside the pattern cannot see what came before).
 */
export abstract class WordParser implements Parser {
  private readonly compiled: RegExp;

  constructor(source: string, flags = 'i') {
    this.compiled = new RegExp(`${source}(?![\\p{L}\\p{N}])`, `${flags}u`);
  }

  pattern(): RegExp {
    return this.compiled;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (index > 0 && /[\p{L}\p{N}]/u.test(context.text[index - 1])) return null;
    const found = this.accept(context.text, index, match);
    return found ? makeResult(context, found.index, found.text, found) : null;
  }

  /** Decides on one match; `index` is the match's offset in `text`. */
  protected abstract accept(text: string, index: number, match: RegExpMatchArray): Found | null;
}

/** The word just before `index` (lower-cased, trailing punctuation kept: "no."), or ''. */
export function wordBefore(text: string, index: number): string {
  const m = /(\S+)\s*$/.exec(text.slice(Math.max(0, index - 40), index));
  return m ? m[1].toLowerCase().replace(/^[“"‘'(\[]+/, '') : '';
}

/** The word just after `end` (as written), or ''. */
export function wordAfter(text: string, end: number): string {
  const m = /^\s*([\p{L}\p{N}'’.%/-]+)/u.exec(text.slice(end, end + 40));
  return m ? m[1] : '';
}
