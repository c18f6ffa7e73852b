import * as fs from 'node:fs';
import { defaultBbcDir, MUST_FLAG, perturbationRates, runPerturbation, sampleArticles, type PerturbationResult } from './perturbation';
import { pct, table } from './table';

/**
 * The perturbation section of `npm run eval`: null when the corpus is absent or the sample size is 0.
 * With an offset, the sample starts later in each category and leaves out every article the default
 * sample of the same size takes, so the two never share an article.
 */
export function runPerturbationSection(dir: string | undefined, perCategory: number, offset = 0): PerturbationResult | null {
  const bbc = dir ?? defaultBbcDir();
  if (!perCategory || !fs.existsSync(bbc)) return null;
  const exclude = offset > 0 ? new Set(sampleArticles(bbc, perCategory).map((a) => a.contentHash)) : new Set<string>();
  return runPerturbation(sampleArticles(bbc, perCategory, offset, exclude));
}

export function printPerturbation(r: PerturbationResult, verbose: boolean): void {
  console.log(`\nPerturbation suite: ${r.bases.length} bbc-news articles (${r.bases[0]} … ${r.bases[r.bases.length - 1]}), each copy checked against its original and 3 unrelated articles\n`);
  console.log(
    table(
      ['edit', 'copies', 'conflict on edit', 'any flag on edit', 'error flags', 'copies with errors', 'errors off the edit'],
      r.kinds.map((k) => {
        const must = MUST_FLAG.has(k.kind);
        return [k.kind, k.copies, must ? pct(k.flagged, k.copies) : '-', must ? pct(k.flaggedAny, k.copies) : '-', k.errors, k.copiesWithErrors, k.strayErrors];
      }),
    ),
  );
  const rates = perturbationRates(r);
  console.log(
    `\nchanged figures and years flagged: ${(rates.figuresFlagged * 100).toFixed(1)}% (target >= 95%); altered quotes flagged: ${(rates.quotesFlagged * 100).toFixed(1)}% (>= 90%)` +
      `\nfigures and years changed in other places and styles (figure-varied, year-varied): ${(rates.variedFlagged * 100).toFixed(1)}%` +
      `\nerrors on controls: ${rates.controlErrors}, on rounded restatements: ${rates.roundedErrors}, on paraphrases: ${rates.paraphraseErrors} (target 0 each); errors between originals and unrelated articles: ${r.baseErrors}`,
  );
  if (!verbose) return;
  for (const c of r.copies) {
    const must = MUST_FLAG.has(c.kind);
    const status = must ? (c.flagged ? 'flagged' : c.flaggedAny ? 'warned ' : 'MISSED ') : c.errors ? 'ERRORS ' : 'clean  ';
    console.log(`  ${status} ${c.kind.padEnd(13)} ${c.base} ${c.note}`);
    for (const x of c.reasons) console.log(`           ${x}`);
  }
}
