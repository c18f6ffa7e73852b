import { analysisOf, loadedMention } from '../extract/analysis';
import type { Article, EntityMention, Span } from '../types';
import { ALIGN_PERSON_PRONOUNS } from '../language';
import { decodeWords, type Token } from '../language/tokens';
import { STOPWORDS, TITLE_WORDS } from '../language/text';

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
    this.mentions = titledPersons(analysis.mentions.map((m) => ({ ...loadedMention(m), text: article.text.slice(m.start, m.end) })));
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

/** A capitalized name word ("Charlene", "Lamb", "O’Neill"), a possessive ’s dropped. */
const NAME_WORD = /^\p{Lu}[\p{Ll}’'-]+$/u;
const bare = (w: string) => w.replace(/[’']s$/, '');

/**
 * Plain names the analysis pass could not tell for persons (a given name it does not know, a title run it read
 * as a name) that are persons by their context: the last two words of a name written after an office title
 * ("Deputy Assistant Secretary for Diplomatic Security Charlene Lamb" → Charlene Lamb), and every plain
 * mention of that surname in the article ("Lamb said", "Lamb's testimony"), speakers included. The titled
 * mention is narrowed to the name itself: the title describes the person. And a "person" that is a name
 * compounded with a lower-case word is a modifier, not a person.
 */
export function titledPersons(mentions: Mention[]): Mention[] {
  const bySurname = new Map<string, string[]>();
  const out = mentions.map((m) => {
    // A name compounded with a lower-case participle or noun ("Tea Party-backed", "Kremlin-linked") modifies
    // a noun: no person.
    if (m.kind === 'person' && /-\p{Ll}+$/u.test(m.text)) return { ...m, kind: 'name' as const, key: m.text.toLowerCase(), tokens: [m.text.toLowerCase()] };
    if (m.kind !== 'name') return m;
    const words = m.text.split(/[\s\u00a0]+/);
    if (words.length < 3) return m;
    const [given, last] = [words[words.length - 2], bare(words[words.length - 1])];
    const titled = words.slice(0, -2).some((w) => TITLE_WORDS.has(w.toLowerCase()));
    const nameLike = [given, last].every((w) => NAME_WORD.test(w) && !TITLE_WORDS.has(w.toLowerCase()) && !STOPWORDS.has(w.toLowerCase()));
    if (!titled || !nameLike) return m;
    const tokens = [given.toLowerCase(), last.toLowerCase()];
    bySurname.set(tokens[1], tokens);
    const start = m.start + m.text.lastIndexOf(given, m.text.length - words[words.length - 1].length);
    return { ...m, kind: 'person' as const, key: tokens.join(' '), tokens, start, text: m.text.slice(start - m.start) };
  });
  if (bySurname.size === 0) return out;
  return out.map((m) => {
    const tokens = m.kind === 'name' && NAME_WORD.test(bare(m.text)) ? bySurname.get(bare(m.text).toLowerCase()) : undefined;
    return tokens ? { ...m, kind: 'person' as const, key: tokens.join(' '), tokens } : m;
  });
}
