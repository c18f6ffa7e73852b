import { analyzeFraming } from '../../../src/compare/framing';
import type { FramingConcept } from '../../../src/types';
import { makeArticle } from '../../helpers/article';

/** Articles s0, s1, ... from plain texts (one per source). */
export function sources(...texts: string[]) {
  return texts.map((t, i) => makeArticle(t, '2024-05-16', 'txt', `s${i}`));
}

export function frame(...texts: string[]): FramingConcept[] {
  return analyzeFraming(sources(...texts));
}

export function concept(found: FramingConcept[], id: string): FramingConcept | undefined {
  return found.find((c) => c.concept === id);
}

/** { source: [label, ...] } of one concept, for compact expectations. */
export function labelsOf(c: FramingConcept | undefined): Record<string, string[]> {
  if (!c) return {};
  return Object.fromEntries(Object.entries(c.labels).map(([id, ls]) => [id, ls.map((l) => l.label)]));
}

/** { source: [surface text, ...] } of one concept. */
export function textsOf(c: FramingConcept | undefined): Record<string, string[]> {
  if (!c) return {};
  return Object.fromEntries(Object.entries(c.labels).map(([id, ls]) => [id, ls.map((l) => l.text)]));
}
