import { matchClaims } from '../../src/eval/match';
import type { Claim } from '../../src/types';

const claim = (id: string, start: number, end: number): Claim =>
  ({ id, articleId: 'a', kind: 'quote', text: '', span: { start, end }, sentence: { start: 0, end: 100, text: '' } }) as unknown as Claim;

describe('matchClaims', () => {
  it('on equal overlap gives the gold claim to the tighter prediction (a term, not the clause holding it)', () => {
    const clause = claim('clause', 10, 60);
    const term = claim('term', 30, 41);
    const gold = { id: 'g', articleId: 'a', kind: 'quote' as const, span: { start: 30, end: 41 } };
    const m = matchClaims([clause, term], [gold]);
    expect(m.get(term)?.id).toBe('g');
    expect(m.has(clause)).toBe(false);
  });
  it('still prefers the larger overlap', () => {
    const wide = claim('wide', 10, 60);
    const part = claim('part', 30, 35);
    const gold = { id: 'g', articleId: 'a', kind: 'quote' as const, span: { start: 20, end: 50 } };
    expect(matchClaims([wide, part], [gold]).get(wide)?.id).toBe('g');
  });
});
