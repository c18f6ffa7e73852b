import { extractArticle } from '../../src/extract';
import { loadArticles } from '../../src/ingest';
import { buildReport } from '../../src/pipeline';
import { tempDir } from '../helpers/tempdir';

/**
 * Three wire reports of one earthquake, through the real extractor: what they agree on, the altered quote, and
 * the figures that sit in the same sentences but measure different things (killed / injured; growth / inflation).
 */
const A = `---
outlet: Wire A
published: 2025-03-04
---
A magnitude 6.8 earthquake struck eastern Turkey on Monday, killing at least 41 people and injuring more than 1,600, officials said.

"We are doing everything we can to reach people under the rubble," Interior Minister Suleyman Soylu told reporters on Tuesday.

Turkey's economy grew 3.2% last year, and the government said reconstruction would cost $2 billion.
`;
const B = `---
outlet: Wire B
published: 2025-03-05
---
The death toll from Monday's magnitude 6.7 earthquake in eastern Turkey has risen, the Disaster and Emergency Management Authority said, with 1,607 people injured.

Interior Minister Suleyman Soylu said: "We are doing everything possible to reach people under the rubble."

The government estimates reconstruction will cost $2 billion.
`;
const C = `---
outlet: Wire C
published: 2025-03-05
---
At least 41 people were killed when a 6.8-magnitude quake hit Elazig province in eastern Turkey on Monday evening. More than 1,600 were injured.

Separately, Turkey's central bank said inflation reached 12% in February.
`;

describe('three reports of one earthquake', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());
  const { articles } = loadArticles([tmp.write('a.md', A), tmp.write('b.md', B), tmp.write('c.md', C)]);
  const { report } = buildReport('quake', articles, articles.map((a) => extractArticle(a)));
  const claim = (articleId: string, text: string) => report.claims.find((c) => c.articleId === articleId && c.text === text)!;
  const groupOf = (id: string) => report.groups.find((g) => g.claims.includes(id));

  it('is one story', () => {
    expect(report.stories).toHaveLength(1);
  });

  it('agrees on the death toll and the reconstruction cost', () => {
    expect(groupOf(claim('a', 'at least 41 people').id)).toMatchObject({ verdict: 'agree' });
    expect(groupOf(claim('a', 'at least 41 people').id)!.claims).toContain(claim('c', 'At least 41 people').id);
    expect(groupOf(claim('a', '$2 billion').id)!.claims).toContain(claim('b', '$2 billion').id);
  });

  it('never puts the killed and the injured in one group, though a lower bound would allow it', () => {
    const killed = groupOf(claim('a', 'at least 41 people').id)!;
    expect(killed.claims).not.toContain(claim('b', '1,607 people').id);
  });

  it('never calls growth and inflation one measure in two periods', () => {
    const growth = groupOf(claim('a', '3.2%').id);
    expect(growth?.claims ?? []).not.toContain(claim('c', '12%').id);
    expect(report.flags.filter((f) => f.kind === 'different-period')).toEqual([]);
  });

  it('flags the different magnitudes as a conflict', () => {
    const conflict = report.flags.filter((f) => f.kind === 'value-conflict' && f.claims.includes(claim('b', 'magnitude 6.7').id));
    expect(conflict).toHaveLength(1);
    expect(conflict[0].claims).toContain(claim('a', 'magnitude 6.8').id);
  });

  it('flags the minister’s altered words', () => {
    const altered = report.flags.filter((f) => f.kind === 'quote-altered');
    expect(altered).toHaveLength(1);
    expect(altered[0].reason).toContain('everything possible');
  });
});
