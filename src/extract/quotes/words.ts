import { alternation } from '../../language/lexicon';

/** A test for one whole word of the list (`^(?:a|b)$`), with the flags its caller's test needs. */
export function wordPattern(words: readonly string[], flags = ''): RegExp {
  return new RegExp(`^(?:${alternation(words)})$`, flags);
}
