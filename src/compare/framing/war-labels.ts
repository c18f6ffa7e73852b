import { complementPrepositions } from '../../language';
import type { Span } from '../../types';
import type { EntityFinder } from '../../extract/analysis/framing/entities';
import type { ConflictLabelEntry, FramingLexicon } from '../../extract/analysis/framing/lexicon';
import type { RawLabel } from './model';
import { type ArticleScope, inHeadline, lexiconMatches, sentenceIndex, within } from './scope';
import { complementAfter, expandLeft, type ModifierMatcher, modifierRegex, normalizePhrase, wordsAfter } from '../../extract/analysis/framing/text';

/**
 * Names of wars and conflicts ("special military operation", "invasion", "war", "crisis") tied to the conflict
 * they name. A concept is (conflict, label family): `war-label:<conflict id>`.
 *
 * The conflict is found, in order: from words attached to the label ("the Ukraine war", "Russia's invasion",
 * "the crisis in the Donbass", "invaded Ukraine"); from the nearest conflict anchor in the same sentence; from a
 * party country in the sentence when the article names that conflict elsewhere; and, for words that can stand
 * alone ("the war", "the conflict"), from the last conflict the article named before.
 */

/** Prepositions tying a label to its object ("the war in Ukraine"): src/language/en/framing-complement-prepositions.json. */
const COMPLEMENT_PREPS = complementPrepositions();
/** How many sentences back a "near" anaphor may reach. */
const NEAR_SENTENCES = 3;

export class WarLabelFinder {
  private readonly entries = new Map<string, ConflictLabelEntry>();
  private readonly modifiers: ModifierMatcher | null;
  private readonly precedingStop: Set<string>;
  private readonly followingStop: Set<string>;
  private readonly conflictNames: Map<string, string>;
  private readonly parties: Map<string, string[]>;

  constructor(lex: FramingLexicon, _entities: EntityFinder) {
    const c = lex.conflictLabels;
    for (const e of c.labels) for (const p of e.phrases) this.entries.set(normalizePhrase(p), e);
    this.modifiers = modifierRegex(c.modifiers);
    this.precedingStop = new Set(c.precedingStop.map((w) => w.toLowerCase()));
    this.followingStop = new Set(c.followingStop.map((w) => w.toLowerCase()));
    this.conflictNames = new Map(lex.conflicts.map((k) => [k.id, k.name]));
    this.parties = new Map(lex.conflicts.map((k) => [k.id, k.parties]));
  }

  find(scope: ArticleScope): RawLabel[] {
    const text = scope.article.text;
    const out: RawLabel[] = [];
    for (const { head, entry, sentence } of lexiconMatches(scope, 'conflict', this.entries)) {
      if (this.isOtherSense(text, head, entry)) continue;
      const exp = expandLeft(text, head, this.modifiers, sentence.start, inHeadline(scope, head.start));
      const comp = complementAfter(text, head.end, sentence.end, entry.verb ? null : COMPLEMENT_PREPS);
      const conflict = this.resolve(scope, head, entry, exp.premod, exp.possessive, comp?.object ?? null);
      if (!conflict) continue;
      const compHasAnchor = comp && (this.attachedConflicts(scope, [comp.object]).length > 0 || within(scope.countries, comp.object).length > 0);
      const span = { start: exp.start, end: compHasAnchor && comp ? comp.end : head.end };
      const label = [...exp.modifiers, entry.label].join(' ');
      out.push({
        concept: `war-label:${conflict}`,
        family: 'war-label',
        about: `What the ${this.conflictNames.get(conflict) ?? conflict} is called`,
        articleId: scope.article.id,
        label,
        text: text.slice(span.start, span.end),
        span,
      });
    }
    return out;
  }

  /** "trade war", "war crimes", "anti-war", "World War II": the word is there, the armed conflict is not. */
  private isOtherSense(text: string, head: Span, entry: ConflictLabelEntry): boolean {
    if (/[\p{L}][-‐]$/u.test(text.slice(Math.max(0, head.start - 2), head.start))) return true;
    if (/^[-‐][\p{L}]/u.test(text.slice(head.end, head.end + 2)) && !entry.verb) return true;
    // The word right before, whole and as its last hyphen part ("cost-of-living crisis", "US-China trade war").
    const prev = /([\p{L}\p{N}’'\-‐]+)[\s\u00a0]+$/u.exec(text.slice(Math.max(0, head.start - 40), head.start));
    if (prev) {
      const whole = prev[1].toLowerCase();
      if (this.precedingStop.has(whole) || this.precedingStop.has(whole.split(/[-‐]/).pop() ?? '')) return true;
    }
    if (this.followingStop.has(wordsAfter(text, head.end, 1)) || this.followingStop.has(wordsAfter(text, head.end, 2))) return true;
    return false;
  }

  private attachedConflicts(scope: ArticleScope, spans: Span[]): string[] {
    const ids: string[] = [];
    for (const s of spans) for (const a of within(scope.anchors, s)) ids.push(...a.conflicts);
    return ids;
  }

  /** A conflict the article names (by an anchor) that one of these countries is a party to. */
  private byParty(scope: ArticleScope, countries: string[]): string | null {
    const ranked = [...scope.conflictCounts.entries()]
      .filter(([id]) => (this.parties.get(id) ?? []).some((p) => countries.includes(p)))
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return ranked[0]?.[0] ?? null;
  }

  private resolve(scope: ArticleScope, head: Span, entry: ConflictLabelEntry, premod: Span | null, possessive: Span | null, object: Span | null): string | null {
    const attachedSpans = [premod, possessive, object].filter((s): s is Span => s !== null);
    const attached = this.attachedConflicts(scope, attachedSpans);
    if (attached.length > 0) return attached[0];
    const attachedCountries = attachedSpans.flatMap((s) => within(scope.countries, s).map((c) => c.country));
    if (attachedCountries.length > 0) {
      const byParty = this.byParty(scope, attachedCountries);
      if (byParty) return byParty;
    }
    // A capitalised modifier that names nothing we know ("the Cold War", "the Soviet war"): another war.
    if (premod && within(scope.countries, premod).length === 0) return null;
    if (entry.needsAttachedAnchor || entry.verb) return null;

    const idx = sentenceIndex(scope, head.start);
    const sentence = scope.sentences[idx];
    const inSentence = within(scope.anchors, sentence).sort((a, b) => distance(a, head) - distance(b, head) || a.start - b.start);
    if (inSentence.length > 0) return inSentence[0].conflicts[0];
    const partyHere = this.byParty(scope, within(scope.countries, sentence).map((c) => c.country));
    if (partyHere) return partyHere;

    if (entry.anaphora === 'none') return null;
    const floor = entry.anaphora === 'near' ? scope.sentences[Math.max(0, idx - NEAR_SENTENCES)].start : 0;
    const earlier = scope.anchors.filter((a) => a.end <= head.start && a.start >= floor);
    return earlier.length > 0 ? earlier[earlier.length - 1].conflicts[0] : null;
  }
}

function distance(a: Span, b: Span): number {
  return a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;
}

export type { EntityFinder };
