import * as path from 'node:path';
import { extractArticle } from '../extract';
import { loadArticles } from '../ingest';
import { evaluateComparison, type EvalResult } from './comparison';
import { scoreFraming, type FramingScore } from './framing';
import { evaluateBasil, printBasil } from './basil';
import { buildReport } from '../pipeline';
import { scoreExtraction, type ExtractionScore } from './extraction';
import { defaultGoldPath, loadGold } from './gold';
import { fmt, pct, table } from './table';
import { printPerturbation, runPerturbationSection } from './perturbation-report';
import { defaultTimeMLRoot, evaluateTimeML, printTimeML } from './timeml';
import { printCqe, scoreCqe } from './cqe';
import { defaultPolnearRoot, formatPolnear, scorePolnear, type PolnearScore } from './polnear';

/**
 * `npm run eval`: scores the extractor (and, once it exists, the comparison) against the hand annotation of
 * the seed corpus, computed by the code under test on every run.
 *   --gold FILE     gold file (default ../shared/gold/seeds.gold.json)
 *   --corpus DIR    corpus folder (default corpus/seeds)
 *   --verbose       list misses, extras and wrong values
 *   --json          print the scores as JSON
 *   --bbc DIR       bbc-news folder for the perturbation suite (default ../shared/corpora/bbc-news)
 *   --perturb N     sample articles per category for the perturbation suite (default 10; 0 skips it)
 *   --perturb-offset K  start each category's stride at file K, leaving out the articles the default sample
 *                   takes: a disjoint sample to confirm on what was tuned on the default one
 *   --perturb-only  run the perturbation suite alone (no seeds, basil, TimeML, CQE or PolNeAR sections)
 *   --no-basil      skip the basil-dev section (the whole pipeline on ../shared/corpora/basil-dev vs test/gold/basil-dev)
 *   --timeml DIR    TimeML folders (TimeBank, AQUAINT) to score times against (default ../shared/dev/timeml)
 *   --no-timeml     skip the TimeML section
 * The CQE quantity sets in ../shared/dev/quantities are scored too (src/eval/cqe.ts).
 *   --polnear DIR   PolNeAR folder with train/ and dev/ (default ../shared/dev/polnear; skipped when absent)
 *   --polnear-splits dev,train   which PolNeAR splits to score (default both; "none" skips them)
 */
function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function printExtraction(s: ExtractionScore, verbose: boolean): void {
  console.log('Extraction against the gold (match by article and span overlap; borderline claims optional)\n');
  console.log(
    table(
      ['kind', 'tp', 'fp', 'fn', 'precision', 'recall', 'F1', 'value right'],
      s.kinds.map((k) => [k.kind, k.tp, k.fp, k.fn, fmt(k.precision), fmt(k.recall), fmt(k.f1), pct(k.valueRight, k.valueChecked)]),
    ),
  );
  console.log(`\nvalue right = quantity: value, unit and bound; date: TIMEX3 type and value; quote: speaker of attributed quotes`);
  console.log(`claims taken from page chrome: ${s.chromeClaims.length}`);
  console.log(`indirect quotes (not scored; the gold annotates them selectively): ${s.indirect.predicted} extracted, ${s.indirect.matchedGold}/${s.indirect.gold} gold ones found`);
  if (!verbose) return;
  for (const k of s.kinds) {
    for (const m of k.misses) console.log(`  miss  ${k.kind} ${m.gold} ${JSON.stringify(m.text)}`);
    for (const e of k.extras) console.log(`  extra ${k.kind} ${e.articleId}@${e.start} ${JSON.stringify(e.text)}`);
    for (const v of k.valueErrors) console.log(`  value ${k.kind} ${v.gold} ${JSON.stringify(v.text)} expected ${JSON.stringify(v.expected)} got ${JSON.stringify(v.got)}`);
  }
  for (const c of s.chromeClaims) console.log(`  chrome ${c.articleId} ${JSON.stringify(c.text)}`);
}

function printComparison(c: EvalResult, f: FramingScore, verbose: boolean): void {
  console.log('\nComparison against the gold (groups, mustNotAlign, framing, omissions)\n');
  const p = c.pairs;
  console.log(
    table(
      ['measure', 'value', 'target'],
      [
        ['aligned cross-article pairs: precision', fmt(p.precision), ''],
        ['aligned cross-article pairs: recall', fmt(p.recall), ''],
        ['aligned cross-article pairs: F1', fmt(p.f1), '>= 0.80'],
        ['verdict accuracy on recovered groups', `${fmt(c.verdicts.accuracy)} (${c.verdicts.correct}/${c.verdicts.recovered} of ${c.verdicts.goldGroups})`, '>= 0.80'],
        ['  … reading the pair flags of shared groups', `${fmt(c.verdicts.accuracyByPair)} (${c.verdicts.correctByPair}/${c.verdicts.recovered})`, ''],
        ['mustNotAlign violations', c.mustNotAlign.violations, '0'],
        ['framing concepts found', `${f.found}/${f.total}`, '>= 6'],
        ['omissions found', `${c.omissions.found}/${c.omissions.gold}`, '>= 8'],
      ],
    ),
  );
  console.log('\nPer verdict (gold groups recovered, verdict right):\n');
  const verdicts = [...new Set(c.verdicts.details.map((d) => d.goldVerdict))].sort();
  console.log(
    table(
      ['gold verdict', 'groups', 'recovered', 'right', 'precision', 'recall', 'F1'],
      verdicts.map((v) => {
        const gold = c.verdicts.details.filter((d) => d.goldVerdict === v);
        const recovered = gold.filter((d) => d.produced !== null);
        const right = recovered.filter((d) => d.producedVerdict === v).length;
        // precision: of recovered groups we labelled v, how many are v in the gold
        const labelled = c.verdicts.details.filter((d) => d.producedVerdict === v).length;
        const precision = labelled === 0 ? 1 : right / labelled;
        const recall = gold.length === 0 ? 1 : right / gold.length;
        const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
        return [v, gold.length, recovered.length, right, fmt(precision), fmt(recall), fmt(f1)];
      }),
    ),
  );
  if (!verbose) return;
  for (const d of c.verdicts.details) console.log(`  group ${d.gold} ${d.goldVerdict} → ${d.produced ?? 'not recovered'} ${d.producedVerdict ?? ''}${d.pairVerdict && d.pairVerdict !== d.producedVerdict ? ` (its pair: ${d.pairVerdict})` : ''}`);
  for (const x of c.pairs.falseNegatives) console.log(`  pair missed ${x}`);
  for (const x of c.pairs.falsePositives) console.log(`  pair extra  ${x}`);
  for (const x of c.mustNotAlign.details) console.log(`  mustNotAlign ${x}`);
  for (const x of c.omissions.missedIds) console.log(`  omission missed ${x}`);
  for (const x of f.perConcept) console.log(`  framing ${JSON.stringify(x)}`);
}

/** PolNeAR direct quotes and speakers, per split (see polnear.ts for the measures). */
function polnearScores(): Array<{ split: string; score: PolnearScore }> {
  const root = arg('--polnear') ?? defaultPolnearRoot();
  const splits = (arg('--polnear-splits') ?? 'dev,train').split(',').filter((s) => s && s !== 'none');
  const out: Array<{ split: string; score: PolnearScore }> = [];
  for (const split of splits) {
    const score = scorePolnear(root, split);
    if (score) out.push({ split, score });
  }
  return out;
}

function printPolnear(scores: Array<{ split: string; score: PolnearScore }>, verbose: boolean): void {
  if (scores.length === 0) return;
  console.log('\nDirect quotes and speakers against PolNeAR (tune on train; dev is the honest number)\n');
  for (const { split, score } of scores) console.log(formatPolnear(split, score));
  if (!verbose) return;
  for (const { split, score } of scores) {
    for (const e of score.errors) {
      console.log(`  ${split} ${e.kind} ${e.articleId}@${e.at} ${JSON.stringify(e.text.slice(0, 100))}${e.expected !== undefined ? ` expected ${JSON.stringify(e.expected)}` : ''}${e.got !== undefined ? ` got ${JSON.stringify(e.got)}` : ''}`);
    }
  }
}

export function main(): number {
  const verbose = process.argv.includes('--verbose');
  if (process.argv.includes('--perturb-only')) {
    const only = runPerturbationSection(arg('--bbc'), Number(arg('--perturb') ?? 10), Number(arg('--perturb-offset') ?? 0));
    if (process.argv.includes('--json')) console.log(JSON.stringify({ perturbation: only }, null, 2));
    else if (only) printPerturbation(only, verbose);
    return 0;
  }
  const gold = loadGold(arg('--gold') ?? defaultGoldPath());
  const corpus = arg('--corpus') ?? path.resolve(__dirname, '../../corpus/seeds');
  const { articles, skipped } = loadArticles([corpus]);
  if (skipped.length > 0) for (const s of skipped) console.error(`skipped ${s.message}`);
  const byArticle = articles.map((a) => extractArticle(a).claims);
  const claims = byArticle.flat();
  const extraction = scoreExtraction(claims, gold, articles.map((a) => a.id));
  const { report } = buildReport(corpus, articles, articles.map((a, i) => ({ id: a.id, file: a.file, title: a.title, published: a.published, claims: byArticle[i] })));
  const comparison = evaluateComparison(
    { ...gold, omissions: gold.omissions.map((o) => ({ ...o, spans: o.spans ?? [] })) },
    { claims: report.claims, groups: report.groups, omissions: report.omissions, flags: report.flags },
  );
  const framing = scoreFraming(report.framing, gold);
  const perturbation = runPerturbationSection(arg('--bbc'), Number(arg('--perturb') ?? 10), Number(arg('--perturb-offset') ?? 0));
  const basil = process.argv.includes('--no-basil') ? null : evaluateBasil();
  const timeml = process.argv.includes('--no-timeml') ? [] : evaluateTimeML(arg('--timeml') ?? defaultTimeMLRoot());
  const cqe = scoreCqe();
  const polnear = polnearScores();
  if (process.argv.includes('--json')) {
    const times = timeml.map(({ corpus, counts, measures }) => ({ corpus, counts, measures }));
    console.log(JSON.stringify({ extraction, comparison, framing, ...(basil ? { basil } : {}), ...(times.length ? { timeml: times } : {}), cqe, polnear, perturbation }, null, 2));
  } else {
    printExtraction(extraction, verbose);
    printComparison(comparison, framing, verbose);
    if (basil) printBasil(basil, verbose);
    printTimeML(timeml, verbose);
    printCqe(cqe, verbose);
    printPolnear(polnear, verbose);
    if (perturbation) printPerturbation(perturbation, verbose);
  }
  return 0;
}

if (require.main === module) process.exitCode = main();
