import supportJson from '../../../src/language/en/framing-lexicons/support-labels.json';
import peacePlanJson from '../../../src/language/en/framing-lexicons/peace-plan-labels.json';
import { analyzeFraming, articlePhrases } from '../../../src/compare/framing';
import type { FramingConcept } from '../../../src/types';
import { makeArticle } from '../../helpers/article';
import { frame, sources } from './helpers';

/** The concepts of the referent and attribution families, with each source's labels. */
function wordChoice(found: FramingConcept[]): Array<{ concept: string; labels: Record<string, string[]> }> {
  return found
    .filter((c) => /^(label|attribution):/.test(c.concept))
    .map((c) => ({ concept: c.concept, labels: Object.fromEntries(Object.entries(c.labels).map(([id, ls]) => [id, ls.map((l) => l.label)])) }));
}

function conceptWith(found: FramingConcept[], label: string) {
  return wordChoice(found).find((c) => Object.values(c.labels).some((ls) => ls.includes(label)));
}

describe('noun phrases', () => {
  it('chunks adjectives and nouns into phrases with a head, noun modifiers and a normalised label', () => {
    const a = makeArticle('The senator filed a sexual harassment lawsuit against the company on Monday.', '2024-05-16', 'txt', 'x');
    const p = articlePhrases(a).phrases.find((x) => x.head === 'lawsuit')!;
    expect(p.text).toBe('sexual harassment lawsuit');
    expect(p.label).toBe('sexual harassment lawsuit');
    expect(p.nounModifiers).toEqual(['harassment']);
    expect(a.text.slice(p.start, p.end)).toBe(p.text);
  });

  it('reads the words before a name as a description of that person, titles dropped', () => {
    const a = makeArticle('Republican presidential nominee Donald Trump spoke first. Mr. Trump left early.', '2024-05-16', 'txt', 'x');
    const { phrases, persons } = articlePhrases(a);
    expect(phrases.filter((p) => p.describes === 'trump').map((p) => p.label)).toEqual(['republican presidential nominee']);
    expect(persons.get('trump')).toBe('Donald Trump');
  });

  it('never takes a phrase from page chrome', () => {
    const text = 'The governor signed the tax bill.\n\nRelated Posts\n\nThe governor vetoed the tax scam.';
    const a = makeArticle(text, '2024-05-16', 'txt', 'x');
    const inChrome = (pos: number) => a.chrome.some((c) => pos >= c.start && pos < c.end);
    expect(articlePhrases(a).phrases.every((p) => !inChrome(p.start))).toBe(true);
  });
});

describe('referents of a story and their labels', () => {
  it('groups phrases that share a noun: "sexual harassment claim" / "harassment case" / "harassment lawsuit"', () => {
    const found = frame(
      'Congressman Blake Hill resigned on Friday. He had settled a sexual harassment claim with a former aide.',
      'Congressman Blake Hill resigned on Friday after a harassment case involving a former aide.',
      'Congressman Blake Hill resigned on Friday. The sexual harassment lawsuit was settled with taxpayer money.',
    );
    const c = conceptWith(found, 'sexual harassment claim');
    expect(c).toBeDefined();
    expect(c!.labels).toMatchObject({ s0: ['sexual harassment claim'], s1: ['harassment case'], s2: ['sexual harassment lawsuit'] });
  });

  it('groups heads of one label family that share no word: "undocumented immigrants" / "illegal aliens" / "migrants"', () => {
    const found = frame(
      'The president spoke about undocumented immigrants at the border on Monday.',
      'The president spoke about illegal aliens at the border on Monday.',
      'The president spoke about migrants at the border on Monday.',
    );
    const c = conceptWith(found, 'illegal alien');
    expect(c).toBeDefined();
    expect(c!.labels).toEqual({ s0: ['undocumented immigrant'], s1: ['illegal alien'], s2: ['migrant'] });
  });

  it('reports nothing when every source uses the same words', () => {
    const text = 'The president spoke about undocumented immigrants at the border on Monday.';
    expect(wordChoice(frame(text, text.replace('Monday', 'Tuesday')))).toEqual([]);
  });

  it('compares the attribution verbs used for one speaker: "said" / "claimed" / "insisted"', () => {
    const found = frame(
      'The mayor defended the new budget. “It is balanced,” Mayor Ann Cole said on Monday.',
      'The mayor defended the new budget. Mayor Ann Cole claimed the budget was balanced.',
      'The mayor defended the new budget. Mayor Ann Cole insisted it was balanced.',
    );
    const c = wordChoice(found).find((x) => x.concept.startsWith('attribution:'));
    expect(c).toBeDefined();
    expect(c!.concept).toMatch(/:cole$/);
    expect(c!.labels).toEqual({ s0: ['say'], s1: ['claim'], s2: ['insist'] });
  });

  it('keeps referents within their story when stories are given', () => {
    const texts = [
      'The president spoke about undocumented immigrants at the border on Monday.',
      'The president spoke about illegal aliens at the border on Monday.',
    ];
    const articles = sources(...texts);
    const apart = analyzeFraming(articles, [{ id: 'x', articles: ['s0'] }, { id: 'y', articles: ['s1'] }]);
    expect(wordChoice(apart)).toEqual([]);
    const together = analyzeFraming(articles, [{ id: 'x', articles: ['s0', 's1'] }]);
    expect(wordChoice(together).map((c) => c.concept)).toContain('label:x:family:immigrant');
  });

  it('is deterministic and independent of article order', () => {
    const articles = sources(
      'Congressman Blake Hill resigned on Friday. He had settled a sexual harassment claim with a former aide.',
      'Congressman Blake Hill resigned on Friday after a harassment case involving a former aide.',
    );
    expect(JSON.stringify(analyzeFraming([...articles].reverse()))).toBe(JSON.stringify(analyzeFraming(articles)));
  });
});

describe('no seed-tailored framing entries', () => {
  it('the lexicons hold none of the phrases copied from the seed articles', () => {
    const all = JSON.stringify([supportJson, peacePlanJson]).toLowerCase();
    for (const phrase of ['essential supplies', 'military endeavors', 'broadly worded', 'stops short of', 'unaddressed']) expect(all).not.toContain(phrase);
  });
});
