import { wordMap, wordSet, type WordListFile } from '../lexicon';
import quoteVariants from './quote-variants.json';
import perturbation from './perturbation.json';

/** Edits the perturbation suite makes (eval only): neutral swaps, paraphrase synonyms, quote substitutes. */
const tables = wordMap<unknown>(perturbation as WordListFile);
function subTable(name: string): ReadonlyMap<string, string> {
  const t = tables.get(name) as Record<string, string> | undefined;
  return wordMap<string>({ description: name, table: t ?? {} });
}
export const PERTURB_NEUTRAL: ReadonlyMap<string, string> = subTable('neutral');
export const PERTURB_PARAPHRASE: ReadonlyMap<string, string> = subTable('paraphrase');
export const PERTURB_QUOTE_WORDS: readonly string[] = ((tables.get('quote') as { words?: string[] } | undefined)?.words ?? []).slice();

/** Words a transcription may add or drop inside a quote without altering it (see align/quotes.ts). */
export const QUOTE_VARIANT_WORDS: ReadonlySet<string> = wordSet(quoteVariants as WordListFile);
