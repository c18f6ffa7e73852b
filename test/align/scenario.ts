import type { Article, ExtractedArticle } from '../../src/types';
import { makeArticle } from '../helpers/article';
import { makeClaims, type ClaimSpec } from './claims';

export interface ScenarioArticle {
  id: string;
  published: string | null;
  text: string;
  claims: ClaimSpec[];
}

/** Articles of our own making with hand-placed claims, ready for alignClaims / compareCorpus. */
export function scenario(list: ScenarioArticle[]): { articles: Article[]; extracted: ExtractedArticle[] } {
  const articles = list.map((s) => makeArticle(s.text, s.published, 'txt', s.id));
  const extracted = articles.map((a, i) => ({ id: a.id, file: a.file, title: a.title, published: a.published, claims: makeClaims(a, list[i].claims) }));
  return { articles, extracted };
}
