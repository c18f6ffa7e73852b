import { ArticleEntities } from '../../src/align/entities';
import { termCounts } from '../../src/align/stories';
import { analyzeFraming, articlePhrases } from '../../src/compare/framing';
import { extractArticle } from '../../src/extract';
import { analysisOf, attachAnalyses } from '../../src/extract/analysis';
import { decodeWords, encodeWords, tokenize } from '../../src/language/tokens';
import { validateExtraction } from '../../src/report/validate';
import { makeArticle } from '../helpers/article';

const TEXT =
  'Leaders meet in Moscow\n\n' +
  'Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Tuesday.\n\n' +
  'The two countries signed a “no limits” partnership, Mr. Xi said. The U.S. government called the deal a dangerous axis.';

describe('the analysis pass', () => {
  it('is filled by extraction and valid against the extraction schema', () => {
    const e = extractArticle(makeArticle(TEXT));
    expect(e.analysis).toBeDefined();
    expect(validateExtraction({ articles: [e] })).toEqual([]);
    expect(e.analysis!.mentions.some((m) => m.kind === 'person' && m.key === 'xi jinping')).toBe(true);
    expect(Object.keys(e.analysis!.terms)).toContain('e:russia');
    expect(e.analysis!.phrases.length).toBeGreaterThan(0);
  });

  it('stores the words so that they decode to the tokenizer’s own', () => {
    const words = tokenize(TEXT);
    expect(decodeWords(TEXT, encodeWords(words))).toEqual(words);
    expect(words.map((w) => w.text)).toContain('U.S.');
  });

  it('gives align and framing what they would find from the text', () => {
    const fromText = makeArticle(TEXT);
    const fromExtraction = makeArticle(TEXT);
    attachAnalyses([fromExtraction], [extractArticle(fromExtraction)]);
    expect(ArticleEntities.of(fromExtraction).mentions).toEqual(ArticleEntities.of(fromText).mentions);
    expect(termCounts(fromExtraction)).toEqual(termCounts(fromText));
    expect(articlePhrases(fromExtraction)).toEqual(articlePhrases(fromText));
  });

  it('reads the attached analysis, not the text', () => {
    const article = makeArticle(TEXT);
    const e = extractArticle(article);
    const marked = { ...e.analysis!, terms: { 'w:marker': 1 } };
    attachAnalyses([article], [{ ...e, analysis: marked }]);
    expect(analysisOf(article)).toBe(marked);
    expect([...termCounts(article).counts.keys()]).toEqual(['w:marker']);
  });

  it('does not use a stored analysis whose offsets fall outside the text', () => {
    const article = makeArticle(TEXT);
    const e = extractArticle(article);
    const damaged = { ...e.analysis!, mentions: [{ kind: 'person' as const, key: 'x', start: 0, end: TEXT.length + 5 }] };
    attachAnalyses([article], [{ ...e, analysis: damaged }]);
    expect(analysisOf(article)).not.toBe(damaged);
    expect(analysisOf(article).mentions).toEqual(e.analysis!.mentions);
  });

  it('stores each label-lexicon occurrence once, and framing finds its labels there, not in the text', () => {
    const texts = ['Moscow said the special military operation in Ukraine was going to plan.', "Russia's full-scale invasion of Ukraine went on. Kiev was shelled."];
    const articles = texts.map((t, i) => makeArticle(t, '2024-05-16', 'txt', `s${i}`));
    const analyses = articles.map((a) => extractArticle(a).analysis!);
    const slices = analyses.flatMap((x, i) => x.labels.map((o) => `${o.family}:${texts[i].slice(o.start, o.end)}=${o.phrase}`));
    expect(slices).toEqual(expect.arrayContaining(['conflict:special military operation=special military operation', 'conflict:invasion=invasion', 'spelling:Kiev=Kiev']));
    expect(analyses[0].labels.filter((o) => o.family === 'conflict')).toHaveLength(1);
    const concepts = (stored: typeof analyses) => {
      const fresh = texts.map((t, i) => makeArticle(t, '2024-05-16', 'txt', `s${i}`));
      attachAnalyses(fresh, fresh.map((a, i) => ({ ...extractArticle(a), analysis: stored[i] })));
      return analyzeFraming(fresh).map((c) => c.concept);
    };
    expect(concepts(analyses)).toEqual(expect.arrayContaining(['war-label:russia-ukraine', 'spelling:kyiv']));
    const withoutLabels = analyses.map((x) => ({ ...x, labels: [] }));
    expect(concepts(withoutLabels)).not.toContain('war-label:russia-ukraine');
    expect(concepts(withoutLabels)).not.toContain('spelling:kyiv');
  });
});

describe('invisible characters', () => {
  test('a stray byte-order mark before a name makes no empty framing label (the report schema needs one)', () => {
    const text = 'Warehouse fire\n\nA fire in Leeds killed 12 people on Monday, police said.\n\n“\ufeffSmith said: it spread fast,” said the fire chief, John Walker.';
    const phrases = extractArticle(makeArticle(text)).analysis!.phrases;
    expect(phrases.length).toBeGreaterThan(0);
    expect(phrases.filter((p) => p.label.replace(/\p{Cf}/gu, '').trim() === '')).toEqual([]);
  });
});
