import { compareCorpus } from '../../src/compare';
import { MAX_PER_ARTICLE } from '../../src/compare/omissions';
import { extractArticle } from '../../src/extract';
import type { Omission } from '../../src/types';
import { makeArticle } from '../helpers/article';

/** Runs extraction and the comparison over plain texts (ids a, b, c ...), all published the same day. */
function omissionsOf(...texts: string[]): { omissions: Omission[]; text: (o: Omission) => string } {
  const articles = texts.map((t, i) => makeArticle(t, '2024-03-14', 'txt', String.fromCharCode(97 + i)));
  const extracted = articles.map((a) => extractArticle(a));
  const r = compareCorpus(articles, extracted, []);
  const claims = new Map(extracted.flatMap((e) => e.claims).map((c) => [c.id, c]));
  return { omissions: r.omissions, text: (o) => o.claims.map((id) => claims.get(id)?.text ?? '').join(' | ') };
}

const LEAD = 'Governor Maria Lopez signed the state budget bill on Wednesday after a long fight in the legislature over school funding and taxes.';

describe('omissions that matter', () => {
  it('flags a figure with a measure and an owner that only one article gives', () => {
    const { omissions, text } = omissionsOf(
      `${LEAD} Lopez said the budget raises school funding by $2.4 billion over two years. The bill also cuts the state sales tax.`,
      `${LEAD} The bill also cuts the state sales tax, a move Republicans in the legislature had pushed for.`,
    );
    const fig = omissions.find((o) => text(o).includes('$2.4 billion'));
    expect(fig).toBeDefined();
    expect(fig!.articleId).toBe('a');
    expect(fig!.missingFrom).toEqual(['b']);
  });

  it('does not flag a figure the other article states in other words, even when the two were not aligned', () => {
    const { omissions, text } = omissionsOf(
      `${LEAD} Lopez said the budget raises school funding by $2.4 billion over two years.`,
      `${LEAD} Schools will get an extra 2.4 billion dollars, according to the governor's office.`,
    );
    expect(omissions.filter((o) => /2\.4/.test(text(o)))).toEqual([]);
  });

  it('never flags lengths of time, nor dates within a week of publication', () => {
    const { omissions, text } = omissionsOf(
      `${LEAD} Lawmakers debated for two weeks before the vote on Tuesday.`,
      `${LEAD} Republicans in the legislature objected to the school funding plan.`,
    );
    expect(omissions.map(text).join(' ')).not.toMatch(/two weeks|Tuesday/);
  });

  it('flags a voice only one article quotes, not one the other article reports', () => {
    const heard = omissionsOf(
      `${LEAD} “This budget puts children first,” said Senator Tom Reyes, who led the talks.`,
      `${LEAD} Senator Tom Reyes said the budget put children first.`,
    );
    expect(heard.omissions.filter((o) => /children first/.test(heard.text(o)))).toEqual([]);
    const unheard = omissionsOf(
      `${LEAD} “This budget puts children first,” said Senator Tom Reyes, who led the talks.`,
      `${LEAD} Republicans in the legislature objected to the school funding plan.`,
    );
    const voice = unheard.omissions.find((o) => /children first/.test(unheard.text(o)));
    expect(voice).toBeDefined();
    expect(voice!.missingFrom).toEqual(['b']);
  });

  it('keeps a handful per reporting article, the lead first', () => {
    const figures = ['$1.1 billion for roads', '$2.2 billion for hospitals', '$3.3 billion for prisons', '$4.4 billion for parks', '$5.5 billion for ports', '$6.6 billion for housing', '$7.7 billion for water'];
    const { omissions, text } = omissionsOf(
      `${LEAD} ${figures.map((f) => `Lopez's budget sets aside ${f}.`).join(' ')}`,
      `${LEAD} Republicans in the legislature objected to the school funding plan.`,
    );
    const fromA = omissions.filter((o) => o.articleId === 'a');
    expect(fromA.length).toBeGreaterThan(0);
    expect(fromA.length).toBeLessThanOrEqual(MAX_PER_ARTICLE);
    // Earlier sentences rank higher: the first figure is kept, the last is not.
    expect(fromA.map(text).join(' ')).toContain('$1.1 billion');
    expect(fromA.map(text).join(' ')).not.toContain('$7.7 billion');
  });
});
