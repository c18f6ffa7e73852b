import { analysisOf, loadedMention } from '../extract/analysis';
import type { Article, EntityMention, Span } from '../types';
import { ALIGN_PERSON_PRONOUNS } from '../language';
import { decodeWords, type Token } from '../language/tokens';

export { HISTORICAL_STATES } from '../extract/entities/article-mentions';
export type { EntityKind } from '../types';

/**
 * The names in an article as align compares them (found once by extraction's analysis pass, see
 * src/extract/entities/article-mentions.ts), with the article's words, for the questions align asks of them:
 * which names lie in a clause, who was named last, whose quantity it is.
 */

export interface Mention extends EntityMention {
  text: string;
}

/** Third-person singular pronouns that stand for a person. */
export const PERSON_PRONOUNS: ReadonlySet<string> = ALIGN_PERSON_PRONOUNS;

type EntitySource = Pick<Article, 'text' | 'sentences'> & Partial<Pick<Article, 'headline' | 'chrome' | 'id' | 'paragraphs'>>;

export class ArticleEntities {
  readonly mentions: Mention[];
  private readonly tokens: Token[];

  constructor(readonly article: EntitySource) {
    const analysis = analysisOf(article);
    this.tokens = decodeWords(article.text, analysis.words);
    this.mentions = analysis.mentions.map((m) => ({ ...loadedMention(m), text: article.text.slice(m.start, m.end) }));
  }

  private static readonly cache = new WeakMap<object, ArticleEntities>();

  /** The entities of an article, found once and shared by story clustering and alignment. */
  static of(article: EntitySource): ArticleEntities {
    let e = ArticleEntities.cache.get(article);
    if (!e) {
      e = new ArticleEntities(article);
      ArticleEntities.cache.set(article, e);
    }
    return e;
  }

  /** Mentions whose start lies in the span, in text order (plural pronouns resolved to their two countries). */
  mentionsIn(span: Span): Mention[] {
    return this.mentions.filter((m) => m.start >= span.start && m.start < span.end);
  }

  /** The nearest person named before `offset` (names and "the <descriptor>" forms), within `maxBack` chars. */
  personBefore(offset: number, maxBack = 800): Mention | null {
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (m.start >= offset) continue;
      if (offset - m.start > maxBack) return null;
      if (m.kind === 'person') return m;
    }
    return null;
  }

  tokensIn(span: Span): Token[] {
    return this.tokens.filter((t) => t.start >= span.start && t.end <= span.end);
  }

  /**
   * Whose quantity it is: a possessive name or his/her just before the number or inside its phrase
   * ("Putin’s two-day visit", "his third term"); his/her resolves to the nearest person named before.
   */
  possessorOf(span: Span): Mention | null {
    const toks = this.tokens;
    let idx = toks.findIndex((t) => t.end > span.start);
    if (idx < 0) idx = toks.length;
    // Inside the span (e.g. "the first of Putin’s new term") or up to 4 words before it, within the clause.
    let endIdx = idx;
    while (endIdx < toks.length && toks[endIdx].start < span.end) endIdx++;
    for (let k = endIdx - 1; k >= Math.max(0, idx - 4); k--) {
      const t = toks[k];
      if (k < idx && /[,;:()—–]/.test(this.article.text.slice(t.end, toks[k + 1]?.start ?? t.end))) break;
      if (t.possessive) {
        const m = this.mentions.find((x) => x.kind === 'person' && x.start <= t.start && x.end >= t.end);
        if (m) return m;
        if (this.mentions.some((x) => x.start <= t.start && x.end >= t.end)) return null; // a country or an organization
      }
      if (t.norm === 'his' || t.norm === 'her') return this.personBefore(t.start);
    }
    return null;
  }
}
