import { compareCorpus } from '../../src/compare';
import { extractArticle } from '../../src/extract';
import type { Claim, Flag } from '../../src/types';
import { makeArticle } from '../helpers/article';

/**
 * A second outlet that repeats a sentence and changes only one figure or date in it: the changed claim must
 * meet its own sentence (twin sentences, align/score.ts), even when the article states the value twice, when
 * the date is the period of a figure, or when the change splits two undated articles into two stories.
 */
function check(a: { text: string; published?: string | null }, b: { text: string; published?: string | null }) {
  const x = makeArticle(a.text, a.published === undefined ? '2005-03-01' : a.published, 'txt', 'a');
  const y = makeArticle(b.text, b.published === undefined ? '2005-03-01' : b.published, 'txt', 'b');
  const ex = [extractArticle(x), extractArticle(y)];
  const r = compareCorpus([x, y], ex);
  const claims = ex.flatMap((e) => e.claims);
  const claim = (article: string, text: string, kind?: Claim['kind']): Claim => {
    const c = claims.find((k) => k.articleId === article && k.text === text && (!kind || k.kind === kind));
    if (!c) throw new Error(`no claim ${text} in ${article}: ${claims.filter((k) => k.articleId === article).map((k) => k.text).join(' | ')}`);
    return c;
  };
  const errorsOn = (c: Claim): Flag[] => r.flags.filter((f) => f.severity === 'error' && f.claims.includes(c.id));
  return { r, claim, errorsOn, errors: r.flags.filter((f) => f.severity === 'error') };
}

describe('twin sentences', () => {
  it('a figure stated twice and changed once: the changed one clashes with its own sentence, the repeat agrees', () => {
    const first = 'It is thought Blackburn want £6m for the midfielder but chief executive John Williams has confirmed the club are still in dialogue with Rangers.';
    const again = 'Blackburn have said all along that they want £6m for the midfielder and Williams has rejected proposals from Rangers over a player-swap deal.';
    const t = check({ text: `${first}\n\n${again}\n` }, { text: `${first.replace('£6m', '£8m')}\n\n${again}\n` });
    const flags = t.errorsOn(t.claim('b', '£8m'));
    expect(flags.map((f) => f.kind)).toEqual(['value-conflict']);
    expect(flags[0].reason).toMatch(/read the same apart from the figure/);
    expect(t.errors).toHaveLength(1);
  });

  it('a year changed where the other sentence already names it: the changed year meets its own sentence', () => {
    const text = 'Ethiopia produced 14.27 million tonnes of crops in 2004, 24% higher than in 2003 and 21% more than the average of the past five years, a report says.';
    const t = check({ text: `${text}\n` }, { text: `${text.replace('in 2004', 'in 2003')}\n` });
    const flags = t.errorsOn(t.claim('b', '2003', 'date'));
    expect(flags.map((f) => f.kind)).toContain('date-conflict');
  });

  it('two estimates worded alike with different figures are a conflict; in other words they agree within 10%', () => {
    const a = 'Some 45,000 people are estimated to have descended on this small ski town with nothing but movies on the mind.';
    const alike = check({ text: `${a}\n` }, { text: `${a.replace('45,000', '47,000')}\n` });
    expect(alike.errorsOn(alike.claim('b', 'Some 47,000 people')).map((f) => f.kind)).toEqual(['value-conflict']);
    expect(alike.errors[0].reason).toMatch(/two estimates worded alike/);
    const other = check({ text: `${a}\n` }, { text: 'Organisers said about 47,000 people had come to the small ski town for the film festival by Sunday.\n' });
    expect(other.errors).toEqual([]);
  });

  it('a plain figure against an estimate of it in the same sentence still agrees (a rounded restatement)', () => {
    const a = 'The report reveals that 15.3 million mobile phones go out of use every year in the UK.';
    const t = check({ text: `${a}\n` }, { text: `${a.replace('15.3 million', 'about 15 million')}\n` });
    expect(t.errors).toEqual([]);
  });

  it('the year of a figure changed, the figure kept: a date conflict on the period, not only a different period', () => {
    const a = 'Revenues at media group Reuters slipped 11% during 2004, mainly due to the weakness of the dollar, the group said.';
    const t = check({ text: `${a}\n` }, { text: `${a.replace('2004', '2003')}\n` });
    const flags = t.errorsOn(t.claim('b', '2003', 'date'));
    expect(flags.map((f) => f.kind)).toEqual(['date-conflict']);
    expect(flags[0].reason).toMatch(/read the same apart from the date.*the period of the same figure/);
    // The figure itself is not in error: it is the same figure given for two periods.
    expect(t.errorsOn(t.claim('b', '11%'))).toEqual([]);
  });

  it('a figure and its year both different is another year of the series, not a date conflict', () => {
    const a = 'Revenues at media group Reuters slipped 11% during 2004, mainly due to the weakness of the dollar, the group said.';
    const t = check({ text: `${a}\n` }, { text: `${a.replace('11%', '9%').replace('2004', '2003')}\n` });
    expect(t.errors).toEqual([]);
  });

  it('undated articles split into two stories by a changed date still meet in their twin sentence', () => {
    const text =
      'Born in Luton, Bedfordshire, on 5 April 1920, Hailey was the only child of working class parents.\n\nHe left school at 14 and later wrote the novels Hotel and Airport, which sold millions of copies around the world.\n';
    const t = check({ text, published: null }, { text: text.replace('1920', '1919'), published: null });
    const flags = t.errorsOn(t.claim('b', '5 April 1919'));
    expect(flags.map((f) => f.kind)).toEqual(['date-conflict']);
  });

  it('dated articles a year apart keep an annual date apart, twin sentences or not', () => {
    const text = 'The Committee to Protect Bloggers designated 22 February 2005 as a day of action for jailed writers.\n';
    const t = check({ text, published: '2005-02-10' }, { text: text.replace('2005', '2004'), published: '2004-02-10' });
    expect(t.errors).toEqual([]);
  });

  it('a date that refers back to the changed one ("since that day") is no second error: the same words', () => {
    const text =
      "Britain's first mobile phone call was made across the Vodafone network on 1 January 1985 by veteran comedian Ernie Wise. In the 20 years since that day, mobile phones have become an integral part of modern life.\n";
    const t = check({ text }, { text: text.replace('1985', '1984') });
    expect(t.errorsOn(t.claim('b', '1 January 1984')).map((f) => f.kind)).toEqual(['date-conflict']);
    expect(t.errors).toHaveLength(1);
  });
});
