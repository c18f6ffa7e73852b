import { planComplementPatterns } from '../../language';
import type { Span } from '../../types';
import { isObjectLike } from './actors';
import type { CountryMention, EntityFinder } from '../../extract/analysis/framing/entities';
import type { FramingLexicon, LabelEntry } from '../../extract/analysis/framing/lexicon';
import type { RawLabel } from './model';
import { type ArticleScope, inHeadline, isProperName, lexiconMatches, within } from './scope';
import { anyWordRegex, expandLeft, type ModifierMatcher, modifierRegex, normalizePhrase, overlaps } from '../../extract/analysis/framing/text';

/**
 * What a country's peace initiative is called and how it is received: "12-point peace plan", "position paper",
 * "vague peace plan", plus reception words in the same sentence ("rejected", "praised"). A concept per
 * proposing country: `peace-plan:<country>`.
 *
 * The proposer: a country attached to the name ("China's position paper", "the Chinese proposal"); a country
 * right after it that released it ("the position paper China released"); or the nearest subject-like country
 * before it in a sentence with a release verb ("China unveiled a peace plan").
 */
type PlanEntry = LabelEntry & { needsPeaceContext?: boolean; needsProposer?: boolean };

/** "to end the war", "for peace in Ukraine" (words from src/language/en/framing-plan-complements.json). */
const PLAN_COMPLEMENT = (() => {
  const p = planComplementPatterns();
  return new RegExp(`^[\\s\\u00a0]+(?:${p.prepositions})[\\s\\u00a0]+(?:${p.goals})(?:[\\s\\u00a0]+(?:${p.placeLinks})[\\s\\u00a0]+[\\p{Lu}][\\p{L}]*)?`, 'u');
})();

export class PeacePlanFinder {
  private readonly entries = new Map<string, PlanEntry>();
  private readonly modifiers: ModifierMatcher | null;
  private readonly release: RegExp;
  private readonly reception: RegExp;
  private readonly peace: RegExp;

  constructor(lex: FramingLexicon, private readonly entities: EntityFinder) {
    const p = lex.peacePlans;
    for (const e of p.labels) for (const ph of e.phrases) this.entries.set(normalizePhrase(ph), e);
    this.modifiers = modifierRegex(p.modifiers);
    this.release = anyWordRegex(p.releaseWords);
    this.reception = anyWordRegex(p.receptionWords, 'giu');
    this.peace = anyWordRegex(p.peaceWords);
  }

  find(scope: ArticleScope): RawLabel[] {
    const text = scope.article.text;
    const out: RawLabel[] = [];
    const planSentences = new Map<Span, { proposer: string; spans: Span[] }>();
    for (const { head, entry, sentence } of lexiconMatches(scope, 'peace-plan', this.entries)) {
      if (isProperName(scope, head, sentence)) continue;
      const sentenceText = text.slice(sentence.start, sentence.end);
      if (entry.needsPeaceContext && !this.peace.test(sentenceText) && within(scope.anchors, sentence).length === 0) continue;
      const exp = expandLeft(text, head, this.modifiers, sentence.start, inHeadline(scope, head.start));
      const attached = [exp.premod, exp.possessive].flatMap((s) => (s ? within(scope.countries, s) : []))[0] ?? null;
      const proposer = attached ?? this.releasedBy(scope, head, sentence, !entry.needsProposer);
      if (!proposer) continue;
      const span = { start: exp.start, end: this.withComplement(text, head.end, sentence.end) };
      out.push(this.label(scope, proposer.country, [...exp.modifiers, entry.label].join(' '), span));
      const seen = planSentences.get(sentence) ?? { proposer: proposer.country, spans: [] };
      seen.spans.push(span);
      planSentences.set(sentence, seen);
    }
    for (const [sentence, { proposer, spans }] of planSentences) {
      const rec = new RegExp(this.reception.source, this.reception.flags);
      const slice = text.slice(0, sentence.end);
      rec.lastIndex = sentence.start;
      for (let m = rec.exec(slice); m; m = rec.exec(slice)) {
        const span = { start: m.index, end: m.index + m[0].length };
        if (spans.some((s) => overlaps(s, span))) continue;
        // "criticized the West for ...": the verb has its own named object, so it is not about the plan.
        const object = /^[\s\u00a0]+(?:the[\s\u00a0]+)?[\p{Lu}]/u.exec(text.slice(span.end, sentence.end));
        if (object && !spans.some((s) => s.start >= span.end && s.start <= span.end + object[0].length + 4)) continue;
        const by = /^[\s\u00a0]+by[\s\u00a0]+(?:both[\s\u00a0]+)?(?:the[\s\u00a0]+)?[\p{Lu}][\p{L}.]*(?:[\s\u00a0]+and[\s\u00a0]+(?:the[\s\u00a0]+)?[\p{Lu}][\p{L}.]*)?/u.exec(text.slice(span.end, sentence.end));
        const byText = by ? by[0].replace(/(?<=\p{Ll})\.$/u, '') : '';
        const full = { start: span.start, end: span.end + byText.length };
        out.push(this.label(scope, proposer, m[0].toLowerCase(), full));
      }
    }
    return out;
  }

  private label(scope: ArticleScope, proposer: string, label: string, span: Span): RawLabel {
    return {
      concept: `peace-plan:${proposer}`,
      family: 'peace-plan',
      about: `How ${this.entities.countryName(proposer)}'s peace initiative is named and received`,
      articleId: scope.article.id,
      label,
      text: scope.article.text.slice(span.start, span.end),
      span,
    };
  }

  /** "peace plan to resolve the crisis", "proposal for peace in Ukraine": keep "for peace"/"on resolving" short. */
  private withComplement(text: string, end: number, ceil: number): number {
    const m = PLAN_COMPLEMENT.exec(text.slice(end, ceil));
    return m ? end + m[0].length : end;
  }

  /** "the position paper China released", or "China unveiled a ... plan" (when `nearestOk`, any subject before). */
  private releasedBy(scope: ArticleScope, head: Span, sentence: Span, nearestOk: boolean): CountryMention | null {
    const text = scope.article.text;
    const after = scope.countries.find((c) => c.start > head.end && c.start <= head.end + 2 && c.end <= sentence.end);
    if (after && this.release.test(text.slice(after.end, after.end + 20))) return after;
    const before = within(scope.countries, { start: sentence.start, end: head.start }).filter((c) => !isObjectLike(text, c, sentence.start));
    const nearest = before[before.length - 1];
    if (!nearest) return null;
    if (this.release.test(text.slice(nearest.end, head.start))) return nearest;
    return nearestOk ? nearest : null;
  }
}
