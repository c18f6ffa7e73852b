import { validatorFor } from '../../lib/validate';
import { InputError } from '../errors';
import { precisionFits, precisionOf } from '../meta';
import { decodeUtf8 } from '../read';
import type { PublishedPrecision } from '../../types';
import type { ParsedArticle } from './types';

/** `.json`: one article object (schemas/article.schema.json); offsets index its `text` exactly. */

interface ArticleObject {
  text: string;
  id?: string;
  title?: string | null;
  outlet?: string | null;
  publisher?: string | null;
  published?: string | null;
  publishedPrecision?: PublishedPrecision | null;
  url?: string | null;
  author?: string | string[] | null;
}

const validateArticle = validatorFor<ArticleObject>('article.schema.json');

export function readJson(file: string, bytes: Buffer): ParsedArticle {
  let data: unknown;
  try {
    data = JSON.parse(decodeUtf8(file, bytes));
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(file, `not valid JSON: ${(e as Error).message}`);
  }
  if (Array.isArray(data)) throw new InputError(file, 'holds an array; an article file holds one article object (schemas/article.schema.json)');
  const text = (data as { text?: unknown } | null)?.text;
  if (typeof text === 'string' && !/\S/.test(text)) throw new InputError(file, 'article text is empty');
  const v = validateArticle(data);
  if (!v.ok) throw new InputError(file, `does not match schemas/article.schema.json: ${v.errors.join('; ')}`);
  const a = v.value;
  const published = a.published ?? null;
  if (published !== null && !precisionOf(published)) throw new InputError(file, `published "${published}" is not a calendar date`);
  if (published && a.publishedPrecision && !precisionFits(published, a.publishedPrecision)) {
    throw new InputError(file, `publishedPrecision "${a.publishedPrecision}" is finer than published "${published}"`);
  }
  return {
    text: a.text,
    // The article's own title is metadata here, not a line of `text`.
    headline: null,
    meta: {
      title: a.title ?? null,
      outlet: a.outlet ?? null,
      publisher: a.publisher ?? null,
      published,
      publishedPrecision: a.publishedPrecision ?? (published ? precisionOf(published) : null),
      url: a.url ?? null,
      author: Array.isArray(a.author) ? a.author.join(', ') : (a.author ?? null),
    },
  };
}
