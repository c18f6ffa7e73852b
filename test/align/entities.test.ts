import { ArticleEntities } from '../../src/align/entities';
import { makeArticle } from '../helpers/article';

function keysIn(text: string, kind: string, fragment: string): string[] {
  const a = makeArticle(text);
  const e = new ArticleEntities(a);
  const at = text.indexOf(fragment);
  return [...new Set(e.mentionsIn({ start: at, end: at + fragment.length }).filter((m) => m.kind === kind).map((m) => m.key))].sort();
}

describe('person names are one person however they are written', () => {
  const cases: Array<[string, string, string[]]> = [
    ['German Chancellor Olaf Scholz met voters. Mr. Scholz said little.', 'Mr. Scholz said little', ['olaf scholz']],
    ['Prime Minister Jacinda Ardern spoke. Later, Ardern left.', 'Later, Ardern left', ['jacinda ardern']],
    ['Kenyan President William Ruto arrived on Monday. The Kenyan president thanked his hosts.', 'The Kenyan president thanked', ['william ruto']],
    ['Messrs. Modi and Sharif met in Delhi after Narendra Modi and Shehbaz Sharif spoke.', 'Messrs. Modi and Sharif', ['narendra modi', 'shehbaz sharif']],
  ];
  it.each(cases)('%s → %s', (text, fragment, expected) => {
    expect(keysIn(text, 'person', fragment)).toEqual(expected);
  });
});

describe('countries from names, demonyms, capitals and "the two countries"', () => {
  const cases: Array<[string, string, string[]]> = [
    ['Beijing said the talks went well.', 'Beijing said', ['china']],
    ['The Kremlin denied it. Kenyan officials agreed.', 'Kenyan officials', ['kenya']],
    ['Trade between Brazil and Argentina grew. Trade between the two countries rose.', 'the two countries rose', ['argentina', 'brazil']],
    ['The U.S. and the UK signed it.', 'The U.S. and the UK', ['united kingdom', 'united states']],
    ['Kenya and Ghana signed a pact. The leaders said their two countries would cooperate.', 'their two countries would', ['ghana', 'kenya']],
    ['The Soviet Union recognized the new state in 1950.', 'The Soviet Union', ['soviet union']],
  ];
  it.each(cases)('%s → %s', (text, fragment, expected) => {
    expect(keysIn(text, 'country', fragment)).toEqual(expected);
  });
  it('does not read the pronoun "us" as the United States', () => {
    expect(keysIn('They told us it was over.', 'country', 'told us')).toEqual([]);
  });
});

describe('possessor of a figure', () => {
  const cases: Array<[string, string, string | null]> = [
    ['President Emmanuel Macron began a three-day visit to Kenya.', 'three-day', null],
    ['Emmanuel Macron’s three-day visit ended.', 'three-day', 'emmanuel macron'],
    ['Prime Minister Narendra Modi said he had chosen Japan for his first trip abroad.', 'first trip', 'narendra modi'],
    ['Chancellor Olaf Scholz met President Joe Biden, who began his second term.', 'second term', 'joe biden'],
  ];
  it.each(cases)('%s: %s belongs to %s', (text, fragment, expected) => {
    const a = makeArticle(text);
    const at = text.indexOf(fragment);
    const m = new ArticleEntities(a).possessorOf({ start: at, end: at + fragment.length });
    expect(m?.key ?? null).toBe(expected);
  });
});

describe('persons by context: a name after an office title, and its surname alone', () => {
  const text = 'Deputy Assistant Secretary for Diplomatic Security Charlene Lamb testified in October. Lamb said it was a volatile situation. The board read Lamb’s testimony.';
  it('takes the last two words after the title as the name, and the surname alone as the same person', () => {
    expect(keysIn(text, 'person', 'Charlene Lamb testified')).toEqual(['charlene lamb']);
    expect(keysIn(text, 'person', 'Lamb said')).toEqual(['charlene lamb']);
    expect(keysIn(text, 'person', 'Lamb’s testimony')).toEqual(['charlene lamb']);
  });
  it('narrows the titled mention to the name', () => {
    const a = makeArticle(text);
    const m = new ArticleEntities(a).mentions.find((x) => x.key === 'charlene lamb')!;
    expect(m.text).toBe('Charlene Lamb');
  });
  it('makes no person of a name compounded with a lower-case word', () => {
    expect(keysIn('Eric Cantor was defeated on Tuesday by a Tea Party-backed professor.', 'person', 'Tea Party-backed')).toEqual([]);
  });
  it('leaves a speaking name with no titled full form a name', () => {
    expect(keysIn('Politico reported the deal. Politico said it was done.', 'person', 'Politico said')).toEqual([]);
  });
});
