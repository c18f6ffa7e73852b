import { determinerKind, supplyVerbPattern } from '../../language';
import type { Span } from '../../types';
import { isObjectLike, sentenceSubject } from './actors';
import type { CountryMention, EntityFinder } from '../../extract/analysis/framing/entities';
import type { FramingLexicon, LabelEntry } from '../../extract/analysis/framing/lexicon';
import type { RawLabel } from './model';
import { type ArticleScope, inHeadline, lexiconMatches, sentenceIndex, within } from './scope';
import { anyWordRegex, escapeRegExp, expandLeft, normalizePhrase, type Word } from '../../extract/analysis/framing/text';

/**
 * How material support for a country's war effort is characterised: "lethal weapons", "dual-use goods",
 * "economic lifeline", "no arms". A concept per recipient: `material-support:<country>`. Only in articles that
 * name a conflict, in sentences that speak of supplying (data/support-labels.json `supplyWords`).
 *
 * The recipient: "to X" / "for X" after the phrase; "provided X with", "sold X" before it; "X's military" right
 * before it; else the recipient of another support phrase in the same sentence; else a country after "to"/"for"
 * earlier in the sentence ("contributing to Russia's ... through dual-use products").
 */
type SupportEntry = LabelEntry & { needsMilitaryContext?: boolean };

/** A supply verb, then up to four words, ending right before the recipient ("provided Haftar's forces in |Libya| with"). */
const SUPPLY_BEFORE = new RegExp(`(?<![\\p{L}])(?:${supplyVerbPattern()})(?:[\\s\\u00a0]+[^\\s\\u00a0,.;]+){0,4}?[\\s\\u00a0]+$`, 'u');

export class SupportFinder {
  private readonly entries = new Map<string, SupportEntry>();
  private readonly supply: RegExp;
  private readonly military: RegExp;
  private readonly denial: RegExp;

  constructor(lex: FramingLexicon, private readonly entities: EntityFinder) {
    const s = lex.support;
    for (const e of s.labels) for (const p of e.phrases) this.entries.set(normalizePhrase(p), e);
    this.supply = anyWordRegex(s.supplyWords);
    this.military = anyWordRegex(s.militaryWords);
    this.denial = new RegExp(`(?:(?<![\\p{L}])(?:${s.denials.filter((d) => d !== "n't").map(escapeRegExp).join('|')})(?![\\p{L}])|n[’']t)`, 'iu');
  }

  find(scope: ArticleScope): RawLabel[] {
    if (scope.conflictCounts.size === 0) return [];
    const text = scope.article.text;
    const found: Array<{ span: Span; label: string; sentence: Span; recipient: CountryMention | null }> = [];
    for (const { head, entry, sentence } of lexiconMatches(scope, 'support', this.entries)) {
      const sentenceText = text.slice(sentence.start, sentence.end);
      if (!this.supply.test(sentenceText)) continue;
      if (entry.needsMilitaryContext && !this.military.test(sentenceText)) continue;
      // Only a possessive or determiner is taken in: a capitalised word before the phrase is as often the
      // recipient ("sold Russia microchips") or the maker ("Russian military hardware") as a modifier.
      const exp = expandLeft(text, head, null, sentence.start, inHeadline(scope, head.start));
      const span = { start: exp.premod ? head.start : exp.start, end: head.end };
      const possessive = exp.premod ? null : exp.possessive;
      const clauseStart = Math.max(sentence.start, text.lastIndexOf(',', span.start) + 1, span.start - 70);
      const denied = this.denial.test(text.slice(clauseStart, span.start));
      found.push({ span, sentence, label: denied ? `no ${entry.label}` : entry.label, recipient: this.recipient(scope, head, possessive, sentence) });
    }
    const out: RawLabel[] = [];
    for (const f of found) {
      const recipient =
        f.recipient ?? found.find((g) => g.sentence === f.sentence && g.recipient)?.recipient ?? this.earlierObject(scope, f.span, f.sentence);
      if (!recipient) continue;
      out.push({
        concept: `material-support:${recipient.country}`,
        family: 'material-support',
        about: `How material support for ${this.entities.countryName(recipient.country)}'s war effort is characterised`,
        articleId: scope.article.id,
        label: f.label,
        text: text.slice(f.span.start, f.span.end),
        span: f.span,
      });
    }
    return dropOverlaps(out);
  }

  private recipient(scope: ArticleScope, span: Span, possessive: Word | null, sentence: Span): CountryMention | null {
    const text = scope.article.text;
    if (possessive) {
      const m = within(scope.countries, possessive)[0];
      if (m) return m;
      // "its military industries": the sentence's subject.
      if (determinerKind(possessive.text) === 'collective-possessive') {
        const subject = sentenceSubject(scope, sentenceIndex(scope, span.start));
        if (subject) return subject;
      }
    }
    const after = /^[\s\u00a0]+(?:to|for)[\s\u00a0]+(?:the[\s\u00a0]+)?/u.exec(text.slice(span.end, span.end + 20));
    if (after) {
      const m = scope.countries.find((c) => c.start === span.end + after[0].length && c.end <= sentence.end);
      if (m) return m;
    }
    // "provided Moscow with weapons", "sold Russia microchips"
    const before = within(scope.countries, { start: Math.max(sentence.start, span.start - 40), end: span.start }).pop();
    if (before) {
      const between = text.slice(before.end, span.start);
      const lead = text.slice(Math.max(sentence.start, before.start - 50), before.start);
      if (/^[\s\u00a0]+(?:with[\s\u00a0]+)?(?:[\p{Ll}-]+[\s\u00a0]+)?$/u.test(between) && SUPPLY_BEFORE.test(lead)) return before;
    }
    return null;
  }

  /** "contributing to Russia's special military operation through ... dual-use products". */
  private earlierObject(scope: ArticleScope, span: Span, sentence: Span): CountryMention | null {
    const text = scope.article.text;
    const earlier = within(scope.countries, { start: sentence.start, end: span.start }).filter(
      (c) => isObjectLike(text, c, sentence.start) && /(?:to|for)[\s\u00a0]+$/u.test(text.slice(Math.max(sentence.start, c.start - 6), c.start)),
    );
    return earlier.pop() ?? null;
  }
}

/** One label per stretch of text: the longest wins ("high-tech components" over "components"). */
function dropOverlaps(labels: RawLabel[]): RawLabel[] {
  const sorted = [...labels].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const out: RawLabel[] = [];
  for (const l of sorted) {
    const last = out[out.length - 1];
    if (last && last.articleId === l.articleId && l.span.start < last.span.end) continue;
    out.push(l);
  }
  return out;
}
