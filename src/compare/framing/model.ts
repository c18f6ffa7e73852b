import type { Span } from '../../types';

/** A label one finder saw in one article, before labels are grouped into concepts. */
export interface RawLabel {
  /** Concept id: `<family>:<target>` ("war-label:russia-ukraine", "spelling:kyiv", "relationship:china-russia"). */
  concept: string;
  family: Family;
  /** Plain-language description of the concept. */
  about: string;
  articleId: string;
  /** The normalised label ("full-scale invasion", "Kiev", "strategic partnership"). */
  label: string;
  /** The words of the text. */
  text: string;
  span: Span;
  /** A dated or exonymic form worth showing even when only one source uses it (e.g. "Kiev", "Donbass"). */
  marked?: boolean;
}

export type Family = 'war-label' | 'spelling' | 'relationship' | 'stance' | 'material-support' | 'peace-plan' | 'label' | 'attribution';

/** Report order of the families. */
export const FAMILY_ORDER: Family[] = ['war-label', 'spelling', 'relationship', 'stance', 'material-support', 'peace-plan', 'label', 'attribution'];
