import { determinerPattern, sideTakingPattern, stanceObjectPrepositionPattern } from '../../language';
import type { Span } from '../../types';
import { resolveActor } from './actors';
import type { CountryMention, EntityFinder } from '../../extract/analysis/framing/entities';
import type { FramingLexicon, LabelEntry } from '../../extract/analysis/framing/lexicon';
import type { RawLabel } from './model';
import { lexiconMatches, within, type ArticleScope } from './scope';
import { escapeRegExp, normalizePhrase, wordAfter, wordBefore } from '../../extract/analysis/framing/text';

/**
 * A country's stance on a conflict: neutral, mediator, peacemaker, or one side's ally / backer. A concept per
 * actor country: `stance:<country>`. Only in articles that name a conflict. The actor comes from actors.ts; labels
 * that need an object ("ally of Russia", "sided with Moscow", "taken Russia's side") name it in the label.
 */
type StanceEntry = LabelEntry & { needsObject?: boolean };

/** "a potential", "its" before a noun label (words from src/language/en/framing-determiners.json). */
const ARTICLE_BEFORE = new RegExp(`(?<![\\p{L}])(?:(?:${determinerPattern(['article', 'collective-possessive'])})[\\s\\u00a0]+)(?:[\\p{Ll}-]+[\\s\\u00a0]+)?$`, 'u');
/** "taken Russia's side" (framing-side-taking-verbs.json). */
const SIDE_TAKING_BEFORE = new RegExp(`(?<![\\p{L}])(${sideTakingPattern()})[\\s\\u00a0]+$`, 'u');
/** "ally of the", "sided with" (framing-stance-object-prepositions.json). */
const OBJECT_AFTER = new RegExp(`^[\\s\\u00a0]+(?:(?:${stanceObjectPrepositionPattern()})[\\s\\u00a0]+)?(?:the[\\s\\u00a0]+)?`, 'u');

export class StanceFinder {
  private readonly entries = new Map<string, StanceEntry>();
  private readonly neutralBefore: Set<string>;
  private readonly neutralAfter: Set<string>;
  private readonly generic: RegExp;

  constructor(lex: FramingLexicon, private readonly entities: EntityFinder) {
    for (const e of lex.stance.labels) for (const p of e.phrases) this.entries.set(normalizePhrase(p), e);
    this.neutralBefore = new Set(lex.stance.neutralBefore);
    this.neutralAfter = new Set(lex.stance.neutralAfter);
    this.generic = new RegExp(`(?<![\\p{L}])(?:${lex.stance.genericActors.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu');
  }

  find(scope: ArticleScope): RawLabel[] {
    if (scope.conflictCounts.size === 0) return [];
    const text = scope.article.text;
    const out: RawLabel[] = [];
    for (const { head, entry, sentence } of lexiconMatches(scope, 'stance', this.entries)) {
      let span: Span = head;
      if (/^neutral$/i.test(text.slice(head.start, head.end)) && !this.isPoliticalNeutral(text, span)) continue;
      let label = entry.label;
      let object: CountryMention | null = null;
      if (entry.needsObject) {
        const found = this.object(scope, span, sentence);
        if (!found) continue;
        object = found.mention;
        span = found.span;
        label = label.replace('{object}', this.entities.countryName(object.country));
      } else {
        span = this.withArticle(text, span, sentence.start);
      }
      const actor = resolveActor(scope, span, { exclude: object ? new Set([object.country]) : undefined, genericActors: this.generic });
      if (!actor) continue;
      out.push({
        concept: `stance:${actor.country}`,
        family: 'stance',
        about: `${this.entities.countryName(actor.country)}'s stance: neutral, mediator or one side's ally`,
        articleId: scope.article.id,
        label,
        text: text.slice(span.start, span.end),
        span,
      });
    }
    return out;
  }

  /** "is neutral", "neutral party", "remain neutral on the war": not "carbon neutral" or "a neutral tone". */
  private isPoliticalNeutral(text: string, span: Span): boolean {
    const prev = wordBefore(text, span.start);
    const next = wordAfter(text, span.end);
    return (!!prev && this.neutralBefore.has(prev.text.toLowerCase())) || (!!next && this.neutralAfter.has(next.text.toLowerCase()));
  }

  /** Adds "a potential"/"the" before a noun label, so the span reads "a potential peacemaker". */
  private withArticle(text: string, span: Span, floor: number): Span {
    const m = ARTICLE_BEFORE.exec(text.slice(Math.max(floor, span.start - 30), span.start));
    return m ? { start: span.start - m[0].length, end: span.end } : span;
  }

  /** The side a label stands with: "Russia's side", "ally of Russia", "backed Moscow", "sided with Moscow". */
  private object(scope: ArticleScope, span: Span, sentence: Span): { mention: CountryMention; span: Span } | null {
    const text = scope.article.text;
    const poss = /([\p{Lu}][\p{L}.]*)[’']s[\s\u00a0]+$/u.exec(text.slice(Math.max(sentence.start, span.start - 40), span.start));
    if (poss) {
      const start = span.start - poss[0].length;
      const mention = within(scope.countries, { start, end: span.start })[0];
      if (mention) {
        const verb = SIDE_TAKING_BEFORE.exec(text.slice(Math.max(sentence.start, start - 12), start));
        return { mention, span: { start: verb ? start - verb[0].length : start, end: span.end } };
      }
    }
    if (/^side$/i.test(text.slice(span.start, span.end))) return null;
    const after = OBJECT_AFTER.exec(text.slice(span.end, span.end + 20));
    if (!after) return null;
    const mention = scope.countries.find((c) => c.start === span.end + after[0].length && c.end <= sentence.end);
    if (!mention) return null;
    const withArticle = this.withArticle(text, span, sentence.start);
    return { mention, span: { start: withArticle.start, end: mention.end } };
  }
}
