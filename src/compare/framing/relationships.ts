import { isLocativePreposition } from '../../language';
import type { Span } from '../../types';
import type { EntityFinder } from '../../extract/analysis/framing/entities';
import type { FramingLexicon, LabelEntry } from '../../extract/analysis/framing/lexicon';
import type { RawLabel } from './model';
import { type ArticleScope, inHeadline, isProperName, lexiconMatches, within } from './scope';
import { expandLeft, type ModifierMatcher, modifierRegex, normalizePhrase, wordBefore } from '../../extract/analysis/framing/text';

/**
 * Names given to the relationship between two countries ("strategic partnership", "“no limits” friendship",
 * "axis", "close ally"). A concept per pair: `relationship:<country>-<country>` (ids sorted).
 *
 * The pair: two countries attached to the label ("a Russia-China axis"); else the countries of the sentence,
 * preferring the article's main pair (the two countries it most often names together) when both are there; one
 * country of the main pair, or none at all ("the partnership", "between the two leaders"), means the main pair.
 */
export class RelationshipFinder {
  private readonly entries = new Map<string, LabelEntry & { needsModifier?: boolean; countryCounts?: boolean; pairInSentence?: boolean }>();
  private readonly modifiers: ModifierMatcher | null;
  private readonly evaluative: Set<string>;

  constructor(lex: FramingLexicon, private readonly entities: EntityFinder) {
    for (const e of lex.relationships.labels) for (const p of e.phrases) this.entries.set(normalizePhrase(p), e);
    this.modifiers = modifierRegex([...lex.relationships.modifiers, ...lex.relationships.domains]);
    this.evaluative = new Set(lex.relationships.modifiers.map((m) => m.toLowerCase()));
  }

  find(scope: ArticleScope): RawLabel[] {
    const text = scope.article.text;
    const out: RawLabel[] = [];
    for (const { head, entry, sentence } of lexiconMatches(scope, 'relationship', this.entries)) {
      if (isProperName(scope, head, sentence)) continue;
      const exp = expandLeft(text, head, this.modifiers, sentence.start, inHeadline(scope, head.start));
      const attached = [exp.premod, exp.possessive].flatMap((s) => (s ? within(scope.countries, s).map((c) => c.country) : []));
      const evaluative = exp.modifiers.some((m) => this.evaluative.has(m));
      if (entry.needsModifier && !evaluative && !(entry.countryCounts && attached.length > 0)) continue;
      const pair = this.pair(scope, head, [...new Set(attached)], sentence);
      if (!pair) continue;
      if (entry.pairInSentence && !pair.every((c) => within(scope.countries, sentence).some((m) => m.country === c))) continue;
      const [a, b] = pair;
      out.push({
        concept: `relationship:${a}-${b}`,
        family: 'relationship',
        about: `What the ${this.entities.countryName(a)}–${this.entities.countryName(b)} relationship is called`,
        articleId: scope.article.id,
        label: [...exp.modifiers, entry.label].join(' '),
        text: text.slice(exp.start, head.end),
        span: { start: exp.start, end: head.end },
      });
    }
    return out;
  }

  private pair(scope: ArticleScope, head: Span, attached: string[], sentence: Span): [string, string] | null {
    if (attached.length >= 2) return sorted(attached[0], attached[1]);
    const main = scope.dominantPair;
    // "Kyiv's allies", "China's partner": one side is given; without the other named, only the main pair will do.
    if (attached.length === 1) return main && main.includes(attached[0]) ? main : null;
    // Countries inside a war label ("Russia's invasion of Ukraine") are the war's parties, not the relationship's.
    const mentions = within(scope.countries, sentence).filter((c) => !scope.conflictSpans.some((w) => c.start >= w.start && c.end <= w.end));
    const here = distinct(mentions.map((c) => c.country));
    if (main && here.includes(main[0]) && here.includes(main[1])) return main;
    if (here.length >= 2) {
      // "analysts in Washington say": a place where something happens is not a side of the relationship.
      const sides = mentions.filter((c) => !isLocativePreposition(wordBefore(scope.article.text, c.start, sentence.start)?.text ?? ''));
      const pool = distinct(sides.map((c) => c.country)).length >= 2 ? sides : mentions;
      const byDistance = [...pool].sort((x, y) => Math.abs(x.start - head.start) - Math.abs(y.start - head.start) || x.start - y.start);
      const first = byDistance[0].country;
      const second = byDistance.find((c) => c.country !== first)!.country;
      return sorted(first, second);
    }
    if (!main) return null;
    if (here.length === 0 || main.includes(here[0])) return main;
    return null;
  }
}

function distinct(ids: string[]): string[] {
  return [...new Set(ids)];
}

function sorted(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}
