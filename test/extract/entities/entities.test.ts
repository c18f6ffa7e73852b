import { ArticleContext } from '../../../src/extract/context';
import { EntityIndex, canonicalInstitution, governmentFor, nameKey, sameName, stripTitles } from '../../../src/extract/entities';
import { makeArticle } from '../../helpers/article';

describe('stripTitles', () => {
  test.each([
    ['Mr. Xi', 'Xi', false],
    ['Mr Howard', 'Howard', false],
    ['Messrs. Xi', 'Xi', true],
    ['U.S. Secretary of State Antony Blinken', 'Antony Blinken', false],
    ['Russian President Vladimir Putin', 'Vladimir Putin', false],
    ['Prime Minister Fumio Kishida’s', 'Fumio Kishida', false],
    ['Dr. Jane Goodall', 'Jane Goodall', false],
    ['Anna Ge', 'Anna Ge', false],
  ])('%s → %s', (surface, name, plural) => {
    const s = stripTitles(surface);
    expect(s.name).toBe(name);
    expect(s.plural).toBe(plural);
  });
});

describe('nameKey / sameName (also across articles)', () => {
  test.each([
    ['Zelensky', 'Zelenskyy'],
    ['Zelenskiy', 'Zelensky'],
    ['Volodymyr Zelenskyy', 'Zelensky'],
    ['Xi', 'Xi Jinping'],
    ['Mr. Xi', 'President Xi Jinping'],
    ['Ge', 'Anna Ge'],
    ['José Martí', 'Jose Marti'],
  ])('%s ~ %s', (a, b) => expect(sameName(a, b)).toBe(true));

  test.each([
    ['Li', 'Lu'],
    ['Xi Jinping', 'Vladimir Putin'],
    ['Anna Ge', 'Anna Gerber'],
    ['Kim', 'Kimberly Jones'],
  ])('%s ≁ %s', (a, b) => expect(sameName(a, b)).toBe(false));

  test('short names keep their letters', () => {
    expect(nameKey('Li')).not.toBe(nameKey('Ly'));
  });
});

describe('governments and institutions', () => {
  test.each([
    ['Beijing', 'Chinese government'],
    ['the Kremlin', 'Russian government'],
    ['Moscow', 'Russian government'],
    ['Washington', 'U.S. government'],
    ['the White House', 'U.S. government'],
    ['Downing Street', 'British government'],
    ['China', 'Chinese government'],
    ['the Japanese government', 'Japanese government'],
    ['Kyiv', 'Ukrainian government'],
    ['Kiev', 'Ukrainian government'],
  ])('%s → %s', (s, gov) => expect(governmentFor(s)).toBe(gov));

  test.each(['Chinese', 'Xi Jinping', 'the document', 'Acme Corp'])('%s is no government', (s) => expect(governmentFor(s)).toBeNull());

  test.each([
    ['Japan’s foreign ministry', 'Ministry of Foreign Affairs of Japan'],
    ['the Chinese Foreign Ministry', 'Ministry of Foreign Affairs of China'],
    ['the Ministry of Defence', 'Ministry of Defence'],
    ['the World Health Organization', 'World Health Organization'],
    ['Beijing', 'Chinese government'],
  ])('%s → %s', (s, c) => expect(canonicalInstitution(s)).toBe(c));
});

describe('EntityIndex', () => {
  function index(text: string): EntityIndex {
    return EntityIndex.for(new ArticleContext(makeArticle(text)));
  }

  test('canonical person names are the longest full name in the article', () => {
    const idx = index('Chinese leader Xi Jinping met Russian President Vladimir Putin.\nMr. Xi smiled. Putin did not.');
    expect(idx.canonicalPerson('Mr. Xi')).toBe('Xi Jinping');
    expect(idx.canonicalPerson('President Xi')).toBe('Xi Jinping');
    expect(idx.canonicalPerson('Putin’s')).toBe('Vladimir Putin');
    expect(idx.canonicalPerson('Mr. Mishustin')).toBe('Mishustin');
  });

  test('headline title case does not make names', () => {
    const idx = index('Leader Vladimir Putin Strengthens Ties\n\nRussian President Vladimir Putin met officials on Monday.');
    expect(idx.canonicalPerson('Putin')).toBe('Vladimir Putin');
  });

  test('acronyms and sentence-initial words are not people', () => {
    const idx = index('BRICS overtook the G7 in output this year, officials said.');
    expect(idx.mentions.filter((m) => m.kind === 'person')).toEqual([]);
  });

  test('descriptions resolve to the matching person or countries', () => {
    const text = 'According to Ukrainian President Volodymyr Zelenskyy, talks must wait.\nMexico and Peru signed a deal, the head of Ukraine said.';
    const idx = index(text);
    expect(idx.resolveDescription('the head of Ukraine', text.indexOf('the head'))?.canonical).toBe('Volodymyr Zelenskyy');
    expect(idx.resolveDescription('the two countries', text.indexOf(', the head'))?.canonical).toEqual(['Mexican government', 'Peruvian government']);
    expect(idx.resolveDescription('the analyst', text.length)).toBeNull();
  });

  test('the document refers to the last document and its issuer', () => {
    const text = 'Egypt unveiled a 10-point plan last year. The document calls for talks.';
    expect(index(text).resolveDescription('the document', text.indexOf('The document'))?.canonical).toBe('Egyptian government');
  });

  test('pronouns take the nearest person of a compatible gender', () => {
    const text = 'Spokeswoman Maria Lind spoke after Mr. Paul Berg. Later she left.';
    expect(index(text).resolvePronoun('she', text.indexOf('she'))).toBe('Maria Lind');
    expect(index(text).resolvePronoun('he', text.indexOf('she'))).toBe('Paul Berg');
  });
});
