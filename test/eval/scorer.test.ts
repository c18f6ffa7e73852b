import { scoreExtraction } from '../../src/eval/extraction';
import { loadGold, type GoldClaim } from '../../src/eval/gold';
import type { Claim } from '../../src/types';
import { GOLD_FILE } from '../helpers/article';

/** The gold claims, turned into predicted claims, as a scorer fixture. */
function asPredicted(g: GoldClaim): Claim {
  const base = { id: g.id, articleId: g.articleId, text: g.text, span: g.span, sentence: { ...g.span, text: g.text } };
  if (g.kind === 'quantity') return { ...base, kind: 'quantity', quantity: { ...g.quantity! } };
  if (g.kind === 'date') return { ...base, kind: 'date', time: { ...g.time! } };
  return { ...base, kind: 'quote', quote: { ...g.quote! } };
}

describe('scoreExtraction', () => {
  const gold = loadGold(GOLD_FILE);
  const ids = gold.articles.map((a) => a.id);

  it('gives F1 1 and every value right for the gold itself', () => {
    const s = scoreExtraction(gold.claims.map(asPredicted), gold, ids);
    for (const k of s.kinds) {
      expect(k.f1).toBe(1);
      expect(k.valueRight).toBe(k.valueChecked);
    }
    expect(s.chromeClaims).toHaveLength(0);
  });

  it('counts every non-borderline, direct gold claim as missed when nothing is predicted', () => {
    const s = scoreExtraction([], gold, ids);
    const expected = gold.claims.filter((g) => !g.borderline && !(g.kind === 'quote' && g.quote?.direct === false)).length;
    expect(s.kinds.reduce((n, k) => n + k.fn, 0)).toBe(expected);
    expect(s.kinds.every((k) => k.recall === 0)).toBe(true);
  });

  it('counts a wrong value and a claim from chrome', () => {
    const qty = gold.claims.find((g) => g.kind === 'quantity' && !g.borderline && !g.quantity!.acceptBounds)!;
    const wrong = asPredicted(qty) as Extract<Claim, { kind: 'quantity' }>;
    wrong.quantity = { ...wrong.quantity, value: wrong.quantity.value + 1 };
    const chrome = gold.boilerplate[0];
    const fromChrome: Claim = { ...asPredicted(qty), articleId: chrome.articleId, span: chrome.span, text: chrome.text } as Claim;
    const s = scoreExtraction([wrong, fromChrome], gold, ids);
    const q = s.kinds.find((k) => k.kind === 'quantity')!;
    expect(q.tp).toBe(1);
    expect(q.valueRight).toBe(0);
    expect(q.fp).toBe(1);
    expect(s.chromeClaims).toHaveLength(1);
  });
});
