import { ArticleEntities } from '../../src/align/entities';
import { articleFeatures, attachIdf, type ClaimFeatures } from '../../src/align/features';
import { scorePair } from '../../src/align/score';
import { makeArticle } from '../helpers/article';
import { makeClaims, type ClaimSpec } from './claims';

/** Features of hand-placed claims in two one-story articles, idf over both. */
function features(a: { text: string; claims: ClaimSpec[] }, b: { text: string; claims: ClaimSpec[] }): [ClaimFeatures[], ClaimFeatures[]] {
  const out = [a, b].map((x, i) => {
    const art = makeArticle(x.text, '2019-01-20', 'txt', `a${i}`);
    return articleFeatures(art, makeClaims(art, x.claims), 's1', new ArticleEntities(art));
  });
  attachIdf([...out[0], ...out[1]]);
  return [out[0], out[1]];
}
const byText = (fs: ClaimFeatures[], text: string) => fs.find((f) => f.claim.text === text)!;

describe('a figure for a counted group: how many its own phrase says it is for', () => {
  const dreamers = 'Trump offered Democrats a three-year extension of protections for 700,000 DACA recipients, in exchange for the wall money.';
  const tps = 'The offer would also give a three-year extension to 300,000 people from El Salvador and Haiti.';
  const program = 'Trump is offering a three-year extension for the DACA program, which protects many immigrants.';
  const year = { kind: 'quantity' as const, text: 'three-year', q: { value: 3, unit: 'year' } };

  it('reads the count reached through a preposition', () => {
    const [[a], [b]] = features({ text: dreamers, claims: [year] }, { text: tps, claims: [year] });
    expect([a.beneficiaries, b.beneficiaries]).toEqual([700000, 300000]);
  });
  it('keeps apart equal figures for different counts', () => {
    const [[a], [b]] = features({ text: dreamers, claims: [year] }, { text: tps, claims: [year] });
    expect(scorePair(a, b)).toMatchObject({ compatible: false, reason: 'different beneficiaries' });
  });
  it('does not gate when one phrase counts nobody', () => {
    const [[a], [b]] = features({ text: dreamers, claims: [year] }, { text: program, claims: [year] });
    expect(b.beneficiaries).toBeNull();
    expect(scorePair(a, b).compatible).toBe(true);
  });
  it('takes no year for a count, nor a number past a phrase break', () => {
    const [[a], [b]] = features(
      { text: 'Congress approved $5 billion for 2019 in the bill.', claims: [{ kind: 'quantity', text: '$5 billion', q: { value: 5e9, unit: 'USD' } }] },
      { text: 'Congress approved $5 billion, and 300 agents.', claims: [{ kind: 'quantity', text: '$5 billion', q: { value: 5e9, unit: 'USD' } }] },
    );
    expect([a.beneficiaries, b.beneficiaries]).toEqual([null, null]);
  });
});

describe('a date beside a quote: the quoted words are not its event words', () => {
  const editorial = '“They were still much better left unsaid by a member of the Supreme Court,” the editorial board said Tuesday.';
  const assail = 'Donald Trump on Tuesday assailed Justice Ginsburg of the Supreme Court for speaking out.';
  const tuesday = { kind: 'date' as const, text: 'Tuesday', value: '2016-07-12' };
  const quote = { kind: 'quote' as const, text: '“They were still much better left unsaid by a member of the Supreme Court,”', speaker: null };

  it('marks the words taken from inside a quote', () => {
    const [fa] = features({ text: editorial, claims: [quote, tuesday] }, { text: assail, claims: [tuesday] });
    const d = byText(fa, 'Tuesday');
    expect(d.near.has('“court')).toBe(true);
    expect(d.near.has('court')).toBe(false);
  });
  it('does not join the saying to another event of that day through the quote’s words', () => {
    const [fa, fb] = features({ text: editorial, claims: [quote, tuesday] }, { text: assail, claims: [tuesday] });
    const s = scorePair(byText(fa, 'Tuesday'), byText(fb, 'Tuesday'));
    expect(s.score).toBeLessThan(s.threshold);
  });
  it('still joins two reports of one quoted message through its words', () => {
    const msg = '“Hiya, it would be great if you could push this story,” WikiLeaks wrote in a message on Oct. 3, 2016.';
    const other = 'On Oct. 3, 2016, WikiLeaks urged Trump Jr. to “push this story” in a message.';
    const [fa, fb] = features(
      { text: msg, claims: [{ kind: 'quote', text: '“Hiya, it would be great if you could push this story,”', speaker: 'WikiLeaks' }, { kind: 'date', text: 'Oct. 3, 2016', value: '2016-10-03' }] },
      { text: other, claims: [{ kind: 'quote', text: '“push this story”', speaker: 'WikiLeaks' }, { kind: 'date', text: 'Oct. 3, 2016', value: '2016-10-03' }] },
    );
    const s = scorePair(byText(fa, 'Oct. 3, 2016'), byText(fb, 'Oct. 3, 2016'));
    expect(s.keys).toContain('word:“push');
    expect(s.score).toBeGreaterThanOrEqual(s.threshold);
  });
});

describe('a plan and a deed of one day', () => {
  const plan = 'Donald Trump will appear on Tuesday night in Indiana with Mike Pence.';
  const deed = 'Donald Trump swiftly responded Tuesday to the remarks.';
  it('reads future wording before a date as a plan', () => {
    const [[a], [b]] = features({ text: plan, claims: [{ kind: 'date', text: 'Tuesday night', value: '2016-07-12TNI', type: 'TIME' }] }, { text: deed, claims: [{ kind: 'date', text: 'Tuesday', value: '2016-07-12' }] });
    expect([a.forecast, b.forecast]).toEqual([true, false]);
    const s = scorePair(a, b);
    expect(s.score).toBeLessThan(s.threshold);
  });
  it('joins two deeds of one person that day on the person alone', () => {
    const other = 'Donald Trump lashed out on Tuesday night at a rally.';
    const [[a], [b]] = features({ text: other, claims: [{ kind: 'date', text: 'Tuesday night', value: '2016-07-12TNI', type: 'TIME' }] }, { text: deed, claims: [{ kind: 'date', text: 'Tuesday', value: '2016-07-12' }] });
    const s = scorePair(a, b);
    expect(s.score).toBeGreaterThanOrEqual(s.threshold);
  });
});

describe('a quoted term is not cut from reported speech', () => {
  it('does not read a one-word quote as an excerpt of an indirect quote that holds the word', () => {
    const [[a], [b]] = features(
      { text: 'Julian Assange said the group could “confirm” nothing.', claims: [{ kind: 'quote', text: '“confirm”', speaker: 'Julian Assange' }] },
      { text: 'Julian Assange said that he could not confirm whether the group had written to him.', claims: [{ kind: 'quote', text: 'he could not confirm whether the group had written to him', speaker: 'Julian Assange', direct: false }] },
    );
    expect(scorePair(a, b).keys).not.toContain('truncated quote');
  });
  it('still reads a one-word quote as an excerpt of a direct quote', () => {
    const [[a], [b]] = features(
      { text: 'Julian Assange said the group could “confirm” nothing.', claims: [{ kind: 'quote', text: '“confirm”', speaker: 'Julian Assange' }] },
      { text: '“We cannot confirm whether the group wrote to him,” Julian Assange said.', claims: [{ kind: 'quote', text: '“We cannot confirm whether the group wrote to him,”', speaker: 'Julian Assange' }] },
    );
    expect(scorePair(a, b).keys).toContain('truncated quote');
  });
});

describe('reported speech that quotes a term', () => {
  const withTerm = { text: 'Julian Assange tweeted on Monday, saying that the organization couldn’t “confirm” the messages with Trump.', claims: [{ kind: 'quote' as const, text: 'the organization couldn’t “confirm” the messages with Trump', speaker: 'Julian Assange', direct: false }] };
  it('meets the same word in another report in reported speech', () => {
    const [[a], [b]] = features(withTerm, { text: 'Mr. Julian Assange said on Twitter that he could not confirm whether the group had written to Trump.', claims: [{ kind: 'quote', text: 'he could not confirm whether the group had written to Trump', speaker: 'Julian Assange', direct: false }] });
    expect(a.measure.has('“confi')).toBe(true);
    const s = scorePair(a, b);
    expect(s.keys).toEqual(expect.arrayContaining(['paraphrase', 'word:confi']));
    expect(s.score).toBeGreaterThanOrEqual(s.threshold);
  });
  it('is no paraphrase of a direct quote through the quoted term alone', () => {
    const [[a], [b]] = features(
      { text: 'Justice Antonin Scalia said he felt “whipsawed” by the description.', claims: [{ kind: 'quote', text: 'he felt “whipsawed” by the description', speaker: 'Antonin Scalia', direct: false }] },
      { text: '“I’m getting whipsawed here,” Justice Antonin Scalia said.', claims: [{ kind: 'quote', text: '“I’m getting whipsawed here,”', speaker: 'Antonin Scalia' }] },
    );
    const s = scorePair(a, b);
    expect(s.score).toBeLessThan(s.threshold);
  });
  it('reads no single quoted word as a statement that reported speech paraphrases', () => {
    const [[a], [b]] = features(
      { text: 'Julian Assange said the group could “confirm” nothing.', claims: [{ kind: 'quote', text: '“confirm”', speaker: 'Julian Assange' }] },
      { text: 'Julian Assange said that he could not confirm whether the group had written to him.', claims: [{ kind: 'quote', text: 'he could not confirm whether the group had written to him', speaker: 'Julian Assange', direct: false }] },
    );
    expect(scorePair(a, b).keys).not.toContain('paraphrase');
  });
});
