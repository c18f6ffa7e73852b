import * as fs from 'node:fs';
import { extractArticle } from '../../../src/extract';
import { dateExtractor } from '../../../src/extract/dates';
import { loadArticles } from '../../../src/ingest';
import { GOLD_FILE, SEEDS_DIR } from '../../helpers/article';

interface GoldDate {
  articleId: string;
  kind: string;
  span: { start: number; end: number };
  borderline?: boolean;
  time?: { type: string; value: string };
}

/** Accuracy on the hand-annotated seeds: matched by article and span overlap; borderline gold is optional. */
describe('date claims on the seeds against the gold', () => {
  const gold = (JSON.parse(fs.readFileSync(GOLD_FILE, 'utf8')) as { claims: GoldDate[] }).claims.filter((c) => c.kind === 'date');
  const { articles } = loadArticles([SEEDS_DIR]);
  let tp = 0;
  let fp = 0;
  let valueOk = 0;
  const used = new Set<GoldDate>();
  for (const article of articles) {
    const golds = gold.filter((g) => g.articleId === article.id);
    for (const c of extractArticle(article, { extractors: [dateExtractor], refiners: [] }).claims) {
      if (c.kind !== 'date') continue;
      const g = golds.find((x) => !used.has(x) && x.span.start < c.span.end && c.span.start < x.span.end);
      if (!g) {
        fp++;
        continue;
      }
      used.add(g);
      if (g.borderline) continue;
      tp++;
      if (g.time?.type === c.time.type && g.time?.value === c.time.value) valueOk++;
    }
  }
  const fn = gold.filter((g) => !g.borderline && !used.has(g)).length;
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);

  test('F1 is at least 0.90', () => {
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.9);
  });
  test('type and value are right for at least 90% of matched claims', () => {
    expect(valueOk / tp).toBeGreaterThanOrEqual(0.9);
  });
});
