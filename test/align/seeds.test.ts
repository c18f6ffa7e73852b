import { clusterStories } from '../../src/align';
import { compareCorpus } from '../../src/compare';
import { evaluateComparison } from '../../src/eval/comparison';
import { goldClaimsAsClaims, loadGold, loadSeedArticles } from './gold-claims';

/** The seeds with the gold claims (annotator measures dropped): the comparison's acceptance floor. */
describe('seeds, gold claims', () => {
  const gold = loadGold();
  const articles = loadSeedArticles(gold);
  const extracted = goldClaimsAsClaims(gold, articles);
  const claims = extracted.flatMap((e) => e.claims);
  const result = compareCorpus(articles, extracted, []);
  const ev = evaluateComparison(gold, { claims, groups: result.groups, omissions: result.omissions, flags: result.flags });

  it('finds two stories: Xi in Moscow (002) and Putin in Beijing (000, 001, 003, 004)', () => {
    expect(clusterStories(articles, claims).map((s) => s.articles)).toEqual([['000', '001', '003', '004'], ['002']]);
  });
  it('joins the stories when publication dates are ignored (the date penalty is what separates them)', () => {
    expect(clusterStories(articles, claims, { decayDays: 1e9 })).toHaveLength(1);
  });
  it('makes none of the joins the gold forbids', () => {
    expect(ev.mustNotAlign.details).toEqual([]);
  });
  it('gives the trade totals ($189 billion for 2022, $240 billion for 2023) as different-period', () => {
    expect(ev.verdicts.details.find((d) => d.gold === 'g01')?.producedVerdict).toBe('different-period');
    expect(result.flags.some((f) => f.kind === 'value-conflict' && f.claims.includes('004-qty-05'))).toBe(false);
  });
  it("sets Putin's forecast against the 2023 figure in the group it shares with last year's (a pair flag, not the group verdict)", () => {
    const g02 = ev.verdicts.details.find((d) => d.gold === 'g02');
    expect(g02?.pairVerdict).toBe('forecast-vs-actual');
  });
  it('keeps pair F1, verdict accuracy and omission recall above their floors', () => {
    expect(ev.pairs.f1).toBeGreaterThanOrEqual(0.7);
    expect(ev.pairs.precision).toBeGreaterThanOrEqual(0.7);
    expect(ev.verdicts.accuracy).toBeGreaterThanOrEqual(0.8);
    expect(ev.omissions.found).toBeGreaterThanOrEqual(8);
  });
});
