import { wordMap, type WordListFile } from '../lexicon';
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
