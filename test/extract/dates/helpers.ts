import { ArticleContext } from '../../../src/extract/context';
import { dateExtractor } from '../../../src/extract/dates';
import type { Timex } from '../../../src/types';
import { makeArticle } from '../../helpers/article';

export interface FoundTime extends Timex {
  text: string;
}

/** The date claims of a one-paragraph text, in text order. */
export function datesOf(text: string, published: string | null = '2024-05-16'): FoundTime[] {
  const ctx = new ArticleContext(makeArticle(text, published));
  return dateExtractor
    .extract(ctx)
    .flatMap((c) => (c.kind === 'date' ? [{ ...c.time, text: c.text }] : []))
    .sort((a, b) => text.indexOf(a.text) - text.indexOf(b.text));
}
