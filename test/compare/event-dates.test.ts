import { eventRelation } from '../../src/align/values';
import { extractArticle } from '../../src/extract';
import { buildReport } from '../../src/pipeline';
import type { DateClaim } from '../../src/types';
import { makeArticle } from '../helpers/article';

/**
 * Times fixed relative to an event the text does not date ("the eve of the election") stay unresolved, yet two
 * of them in one story can still agree or clash: day -1 and day 0 of the same event are different days.
 */
describe('eventRelation', () => {
  const t = (offsetDays: number, mod?: 'BEFORE' | 'AFTER') => ({ anchor: { event: 'the election', offsetDays }, mod });
  it.each([
    [t(-1), t(0), 'disjoint'],
    [t(-1), t(-1), 'same'],
    [t(0, 'BEFORE'), t(-1), 'same'],
    [t(0, 'BEFORE'), t(0), 'disjoint'],
    [t(0, 'AFTER'), t(1), 'same'],
  ] as const)('%j vs %j → %s', (a, b, expected) => {
    expect(eventRelation(a, b)).toBe(expected);
  });
  it('relates only times anchored to the same event', () => {
    expect(eventRelation({ anchor: { event: 'his visit', offsetDays: -1 } }, { anchor: { event: 'the vote', offsetDays: 0 } })).toBeNull();
    expect(eventRelation({ anchor: { event: 'his visit', offsetDays: -1 } }, {})).toBeNull();
  });
});

describe('event-relative dates across sources', () => {
  const A = 'Moreau speaks before the run-off\n\nCandidate Claire Moreau gave an interview to the regional paper Ouest Matin on the eve of the election, urging her voters in Brittany to turn out for the run-off against Paul Lenoir.';
  const dayOf = 'Moreau urges turnout in Brittany\n\nClaire Moreau told the regional paper Ouest Matin in an interview on the day of the election that her voters in Brittany must turn out for the run-off against Paul Lenoir.';
  const eve = 'Moreau urges turnout in Brittany\n\nClaire Moreau told the regional paper Ouest Matin in an interview on the eve of the election that her voters in Brittany must turn out for the run-off against Paul Lenoir.';

  const run = (texts: Array<[string, string, string]>) => {
    const articles = texts.map(([id, text, published]) => makeArticle(text, published, 'txt', id));
    return buildReport('t', articles, articles.map((a) => extractArticle(a))).report;
  };

  it('keeps the event and the offset on the unresolved date', () => {
    const claims = extractArticle(makeArticle(A, '2027-06-20', 'txt', 'a')).claims.filter((c): c is DateClaim => c.kind === 'date');
    const eveClaim = claims.find((c) => c.text === 'the eve of the election')!;
    expect(eveClaim.time).toMatchObject({ value: 'XXXX-XX-XX', resolved: false, anchor: { event: 'the election', offsetDays: -1 } });
  });

  it('flags the eve and the day of the same election, in one story, as a date conflict', () => {
    const report = run([['a', A, '2027-06-20'], ['b', dayOf, '2027-06-20']]);
    expect(report.stories).toHaveLength(1);
    const conflicts = report.flags.filter((f) => f.kind === 'date-conflict');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0].reason).toContain('the eve of the election');
    expect(conflicts[0].reason).toContain('the day of the election');
  });

  it('agrees when both give the eve', () => {
    const report = run([['a', A, '2027-06-20'], ['b', eve, '2027-06-20']]);
    expect(report.flags.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('never relates event-relative times of different stories (another election, years apart)', () => {
    const report = run([['a', A, '2027-06-20'], ['b', dayOf, '2019-05-26']]);
    expect(report.stories).toHaveLength(2);
    expect(report.flags.filter((f) => f.kind === 'date-conflict')).toEqual([]);
  });
});
