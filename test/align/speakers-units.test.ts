import type { ClaimFeatures } from '../../src/align/features';
import { speakersMatch, unitRelation } from '../../src/align/score';

/** Only the fields the two rules read. */
function speaking(...names: string[][]): ClaimFeatures {
  return { speakers: names } as unknown as ClaimFeatures;
}
function counting(text: string, unitClass: string | null, near: string[] = []): ClaimFeatures {
  return { unitClass, claim: { kind: 'quantity', text }, near: new Map(near.map((w) => [w, 1])) } as unknown as ClaimFeatures;
}

describe('speakersMatch: one person named two ways', () => {
  it.each([
    [['texas', 'gov', 'rick', 'perry'], ['perry']],
    [['hillary', 'rodham', 'clinton'], ['hillary', 'clinton']],
    [['john', 'roberts'], ['roberts', 'jr']],
  ])('%j is %j', (a, b) => {
    expect(speakersMatch(speaking(a), speaking(b))).toBe(true);
  });
  it('tells apart two people of one family name', () => {
    expect(speakersMatch(speaking(['ted', 'cruz']), speaking(['heidi', 'cruz']))).toBe(false);
  });
  it('names no one in a description by role, unless the names match', () => {
    expect(speakersMatch(speaking(['obama', 'aide']), speaking(['susan', 'rice']))).toBeNull();
    expect(speakersMatch(speaking(['susan', 'rice']), speaking(['dick', 'durbin']))).toBe(false);
  });
});

describe('unitRelation: what two figures count', () => {
  it('takes two nouns for people as kin', () => {
    expect(unitRelation(counting('42 members', 'member'), counting('42 Senate Republicans', 'republican'))).toBe('kin');
    expect(unitRelation(counting('more than 30 sources', 'source'), counting('more than 30 people', 'person'))).toBe('kin');
  });
  it('reads the unit of a bare figure from its words', () => {
    expect(unitRelation(counting('500,000 to 1.6 million', null, ['women', 'lawsu']), counting('1.6 million women', 'woman'))).toBe('implied');
    expect(unitRelation(counting('500,000 to 1.6 million', null, ['lawsu']), counting('1.6 million women', 'woman'))).toBeNull();
  });
  it('keeps other units apart', () => {
    expect(unitRelation(counting('23 steps', 'step'), counting('23 women', 'woman'))).toBeNull();
    expect(unitRelation(counting('$5 million', 'USD'), counting('5 million people', 'person'))).toBeNull();
  });
});
