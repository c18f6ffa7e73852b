import { isActorPreposition, isConflictHead } from '../../language';
import type { Span } from '../../types';
import type { CountryMention } from '../../extract/analysis/framing/entities';
import { sentenceIndex, within, type ArticleScope } from './scope';
import { wordAfter, wordBefore } from '../../extract/analysis/framing/text';

/**
 * Which country a sentence makes the actor of a label, without a parser: the nearest country mention before the
 * label that is not the object of a preposition ("with Moscow", "to Russia"), else the first such mention after
 * it, else the subject of the previous sentence ("The nation says it is neutral" after "China has ...").
 */

/**
 * After a preposition (src/language/en/framing-actor-prepositions.json: "with Moscow") a country is an object;
 * before a conflict head (framing-conflict-heads.json: "the Ukraine conflict", "Russia's war") a modifier.
 */
export function isObjectLike(text: string, m: Span, floor: number): boolean {
  const prev = wordBefore(text, m.start, floor);
  if (prev && isActorPreposition(prev.text)) return true;
  const next = wordAfter(text, m.end);
  return !!next && isConflictHead(next.text);
}

function candidates(scope: ArticleScope, range: Span, exclude: Set<string>): CountryMention[] {
  return within(scope.countries, range).filter((m) => !exclude.has(m.country) && !isObjectLike(scope.article.text, m, range.start));
}

/** The first subject-like country of a sentence. */
export function sentenceSubject(scope: ArticleScope, index: number, exclude: Set<string> = new Set()): CountryMention | null {
  const s = scope.sentences[index];
  return s ? candidates(scope, s, exclude)[0] ?? null : null;
}

export interface ActorOptions {
  /** Countries that cannot be the actor (the label's object). */
  exclude?: Set<string>;
  /** Words that, between the actor and the label, make the label someone else's ("countries that remain neutral"). */
  genericActors?: RegExp;
  /** How many previous sentences to look back into. */
  lookBack?: number;
}

/** The actor country of a label at `span`, or null (also null when a generic plural intervenes). */
export function resolveActor(scope: ArticleScope, span: Span, opts: ActorOptions = {}): CountryMention | null {
  const exclude = opts.exclude ?? new Set<string>();
  const idx = sentenceIndex(scope, span.start);
  const sentence = scope.sentences[idx];
  const before = candidates(scope, { start: sentence.start, end: span.start }, exclude);
  const nearest = before[before.length - 1];
  if (nearest) {
    if (opts.genericActors && opts.genericActors.test(scope.article.text.slice(nearest.end, span.start))) return null;
    return nearest;
  }
  if (opts.genericActors && opts.genericActors.test(scope.article.text.slice(sentence.start, span.start))) return null;
  const after = candidates(scope, { start: span.end, end: sentence.end }, exclude)[0];
  if (after) return after;
  for (let back = 1; back <= (opts.lookBack ?? 2); back++) {
    const subject = sentenceSubject(scope, idx - back, exclude);
    if (subject) return subject;
  }
  return null;
}
