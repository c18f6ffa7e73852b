import { evaluateComparison } from '../../src/eval/comparison';
import { scoreFraming } from '../../src/eval/framing';
import { scoreExtraction } from '../../src/eval/extraction';
import { loadGold } from '../../src/eval/gold';
import { extractArticle } from '../../src/extract';
import { loadArticles } from '../../src/ingest';
import { buildReport } from '../../src/pipeline';
import { GOLD_FILE, SEEDS_DIR } from '../helpers/article';

/**
 * The accuracy targets on the seed gold, computed by the code under test on every run
 * (`npm run eval` prints the same numbers in full).
 */
describe('accuracy targets on the seed gold', () => {
  const gold = loadGold(GOLD_FILE);
  const { articles } = loadArticles([SEEDS_DIR]);
  const extracted = articles.map((a) => extractArticle(a));
  const claims = extracted.flatMap((e) => e.claims);
  const extraction = scoreExtraction(claims, gold, articles.map((a) => a.id));
  const { report } = buildReport('seeds', articles, extracted);

  it.each(['quantity', 'date', 'quote'])('%s: F1 >= 0.90 and normalized value right for >= 90%% of matched', (kind) => {
    const k = extraction.kinds.find((x) => x.kind === kind)!;
    expect(k.f1).toBeGreaterThanOrEqual(0.9);
    expect(k.valueRight / k.valueChecked).toBeGreaterThanOrEqual(0.9);
  });

  it('takes no claim from page chrome', () => {
    expect(extraction.chromeClaims).toEqual([]);
  });

  const comparison = evaluateComparison(
    { ...gold, omissions: gold.omissions.map((o) => ({ ...o, spans: o.spans ?? [] })) },
    { claims: report.claims, groups: report.groups, omissions: report.omissions, flags: report.flags },
  );

  it('aligns cross-article claim pairs with F1 >= 0.80', () => {
    expect(comparison.pairs.f1).toBeGreaterThanOrEqual(0.8);
  });

  it('gets >= 80% of verdicts right on recovered groups', () => {
    expect(comparison.verdicts.accuracy).toBeGreaterThanOrEqual(0.8);
  });

  it('never aligns a mustNotAlign pair', () => {
    expect(comparison.mustNotAlign.details).toEqual([]);
  });

  it('reports the two trade totals (gold group g01) as different-period, never as a conflict', () => {
    const g01 = gold.groups.find((g) => g.id === 'g01')!;
    const ids = g01.claims.map((gid) => {
      const g = gold.claims.find((c) => c.id === gid)!;
      const c = report.claims.find((p) => p.articleId === g.articleId && p.span.start < g.span.end && g.span.start < p.span.end && p.kind === g.kind);
      expect(c).toBeDefined();
      return c!.id;
    });
    const both = report.flags.filter((f) => ids.every((id) => f.claims.includes(id)));
    expect(both.map((f) => f.kind)).toContain('different-period');
    expect(both.filter((f) => f.kind === 'value-conflict' || f.severity === 'error')).toEqual([]);
  });

  it('finds >= 6 of the 8 framing concepts and >= 8 of the 13 omissions', () => {
    expect(scoreFraming(report.framing, gold).found).toBeGreaterThanOrEqual(6);
    expect(comparison.omissions.found).toBeGreaterThanOrEqual(8);
  });
});
