import { alignClaims, clusterStories } from '../../src/align';
import { scenario, type ScenarioArticle } from './scenario';

/** Blocking must keep the number of scored pairs near-linear: unrelated claims never meet. */
function corpus(n: number): ScenarioArticle[] {
  const out: ScenarioArticle[] = [];
  for (let i = 0; i < n; i++) {
    const town = `Town${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)}`;
    out.push({
      id: `a${i}`,
      published: `2024-0${1 + (i % 9)}-1${i % 10}`,
      text: `Floods in ${town} killed ${10 + i} people on Monday. The ${town} council budget rose to $${i + 3} million in 2023, officials said.`,
      claims: [
        { kind: 'quantity', text: `${10 + i} people`, q: { value: 10 + i, unit: 'person' } },
        { kind: 'quantity', text: `$${i + 3} million`, q: { value: (i + 3) * 1e6, unit: 'USD' }, period: '2023' },
      ],
    });
  }
  return out;
}

describe('candidate generation by blocking', () => {
  it('grows about linearly with the corpus, not with its square', () => {
    const count = (n: number) => {
      const { articles, extracted } = scenario(corpus(n));
      const claims = extracted.flatMap((e) => e.claims);
      return alignClaims(articles, claims, clusterStories(articles, claims)).candidatePairs;
    };
    const small = count(40);
    const large = count(160);
    const allPairs = (160 * 2 * (160 * 2 - 1)) / 2;
    expect(large).toBeLessThan(allPairs / 10);
    expect(large).toBeLessThan(small * 4 * 3);
  });
});
