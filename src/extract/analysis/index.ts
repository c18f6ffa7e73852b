import { storyTerms } from './story-terms';
import { EntityFinder } from './framing/entities';
import { labelOccurrences } from './framing/label-occurrences';
import { loadLexicon } from './framing/lexicon';
import { phrasesFromParse, tokensOf, type NounPhrase, type ParsedTerm } from './framing/phrases';
import { encodeWords, tokenize, type Token } from '../../language/tokens';
import type { AnchorOccurrence, Article, ArticleAnalysis, EntityMention, ExtractedArticle, LabelOccurrence, PhraseOccurrence, PlaceOccurrence, StoredMention } from '../../types';
import { ArticleContext } from '../context';
import { findArticleMentions, type MentionSource } from '../entities/article-mentions';

/**
 * The one analysis pass: what align and framing read of an article's text, made once during extraction and
 * stored with the extracted article (ExtractedArticle.analysis), so that no later stage tokenizes or parses
 * the text again. The words (one tokenization), the entity mentions found on them, the story terms counted
 * from both, framing's country and conflict-anchor mentions, the occurrences of framing's label lexicons, and
 * framing's label candidates from the compromise parse the extractors already share (ArticleContext.doc).
 */

let framingFinder: EntityFinder | null = null;

/** Words, mentions, story terms, framing's places, anchors and label occurrences: everything but the parse. */
function lexicalAnalysis(article: MentionSource & Pick<Article, 'chrome'>): Omit<ArticleAnalysis, 'phrases' | 'attributions' | 'persons'> & { tokens: Token[] } {
  const tokens = tokenize(article.text);
  const mentions = findArticleMentions(article, tokens);
  const { counts, labels } = storyTerms(article, tokens, mentions);
  framingFinder ??= new EntityFinder(loadLexicon());
  const whole = { start: 0, end: article.text.length };
  return {
    tokens,
    words: encodeWords(tokens),
    mentions: mentions.map(storedMention),
    terms: Object.fromEntries(counts),
    termLabels: Object.fromEntries(labels),
    places: framingFinder.placeMentions(article.text, whole).map(({ start, end, country, kind }) => ({ start, end, country, kind: kind as PlaceOccurrence['kind'] })),
    anchors: framingFinder.anchorMentions(article.text, whole).map(({ start, end, conflicts }) => ({ start, end, conflicts })),
    labels: labelOccurrences(article.text, loadLexicon()),
  };
}

/**
 * Framing's phrases, attributions and persons, from the context's (shared, lazily made) parse: post-tagged on
 * the sentences the extractors read (a figure, a quote mark, a verb of saying: candidates.ts), pre-tagged
 * elsewhere; on basil-dev 99% of the phrases are those of a full parse and the framing concepts found the same.
 */
function parseAnalysis(ctx: ArticleContext): Pick<ArticleAnalysis, 'phrases' | 'attributions' | 'persons'> {
  const doc = ctx.doc as unknown as { compute(name: string): unknown; document: ParsedTerm[][] };
  doc.compute('offset');
  doc.compute('root');
  const found = phrasesFromParse(ctx.article, tokensOf(doc.document));
  return {
    phrases: found.phrases.map(storedPhrase),
    attributions: found.attributions.map(({ articleId: _a, text: _t, ...x }) => x),
    persons: [...found.persons],
  };
}

/** The analysis of one article, run by the extraction pipeline after the extractors (their parse is reused). */
export function analyzeArticle(ctx: ArticleContext): ArticleAnalysis {
  const { tokens: _tokens, ...lexical } = lexicalAnalysis(ctx.article);
  return { ...lexical, ...parseAnalysis(ctx) };
}

const attached = new WeakMap<object, ArticleAnalysis>();

/**
 * Ties each article to its extraction's analysis (by id), so align and framing read it instead of the text.
 * An analysis whose offsets do not fit the text (a damaged stored entry) is not used: it is made again.
 */
export function attachAnalyses(articles: readonly Article[], extracted: readonly ExtractedArticle[]): void {
  const byId = new Map(extracted.filter((e) => e.analysis).map((e) => [e.id, e.analysis!]));
  for (const a of articles) {
    const analysis = byId.get(a.id);
    if (analysis && fitsText(analysis, a.text.length)) attached.set(a, analysis);
  }
}

function fitsText(a: ArticleAnalysis, length: number): boolean {
  const inside = (s: { start: number; end: number }) => s.start >= 0 && s.start <= s.end && s.end <= length;
  let end = 0;
  for (let k = 0; k + 1 < a.words.length; k += 2) end += a.words[k] + a.words[k + 1];
  return a.words.length % 2 === 0 && end <= length && a.mentions.every(inside) && a.places.every(inside) && a.anchors.every(inside) && a.labels.every(inside) && a.phrases.every(inside) && a.attributions.every(inside);
}

/**
 * The analysis of an article: its extraction's when attached, else made here, part by part as asked (callers
 * holding articles without extractions, such as tests and the perturbation suite; the parse only if phrases
 * are read).
 */
export function analysisOf(article: MentionSource & Partial<Article>): ArticleAnalysis {
  let a = attached.get(article);
  if (!a) {
    a = lazyAnalysis(article);
    attached.set(article, a);
  }
  return a;
}

function lazyAnalysis(article: MentionSource & Partial<Article>): ArticleAnalysis {
  let lexical: ReturnType<typeof lexicalAnalysis> | null = null;
  let parsed: ReturnType<typeof parseAnalysis> | null = null;
  const lex = () => (lexical ??= lexicalAnalysis({ ...article, chrome: article.chrome ?? [] }));
  const parse = () => (parsed ??= parseAnalysis(new ArticleContext(article as Article)));
  return {
    get words(): number[] {
      return lex().words;
    },
    get mentions(): StoredMention[] {
      return lex().mentions;
    },
    get terms(): Record<string, number> {
      return lex().terms;
    },
    get termLabels(): Record<string, string> {
      return lex().termLabels;
    },
    get places(): PlaceOccurrence[] {
      return lex().places;
    },
    get anchors(): AnchorOccurrence[] {
      return lex().anchors;
    },
    get labels(): LabelOccurrence[] {
      return lex().labels;
    },
    get phrases() {
      return parse().phrases;
    },
    get attributions() {
      return parse().attributions;
    },
    get persons() {
      return parse().persons;
    },
  };
}

/** A mention as stored: fields at their usual value left out (see StoredMention). */
function storedMention(m: EntityMention): StoredMention {
  const out: StoredMention = { kind: m.kind, key: m.key, start: m.start, end: m.end };
  if (!(m.tokens.length === 1 && m.tokens[0] === m.key)) out.tokens = m.tokens;
  if (m.possessive) out.possessive = true;
  if (m.speaker) out.speaker = true;
  return out;
}

export function loadedMention(m: StoredMention): EntityMention {
  return { kind: m.kind, key: m.key, tokens: m.tokens ?? [m.key], start: m.start, end: m.end, possessive: !!m.possessive, speaker: !!m.speaker };
}

/** A phrase as stored: false, null and empty fields left out (see PhraseOccurrence). */
function storedPhrase(p: NounPhrase): PhraseOccurrence {
  const out: PhraseOccurrence = { start: p.start, end: p.end, label: p.label, head: p.head };
  if (p.nounModifiers.length) out.nounModifiers = p.nounModifiers;
  if (p.adjectiveModifiers.length) out.adjectiveModifiers = p.adjectiveModifiers;
  if (p.properName !== null) out.properName = p.properName;
  if (p.family !== null) out.family = p.family;
  if (p.evaluative) out.evaluative = true;
  if (p.definite) out.definite = true;
  if (p.describes !== null) out.describes = p.describes;
  if (p.bareName) out.bareName = true;
  if (p.inHeadline) out.inHeadline = true;
  return out;
}
