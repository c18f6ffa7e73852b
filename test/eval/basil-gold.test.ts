import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultBasilCorpus, defaultBasilGoldDir, loadBasilEvent, loadBasilGold, locateSnippet, readArticleText, VERDICTS } from '../../src/eval/basil-gold';
import { scratchDir } from '../helpers/tempdir';

const corpus = defaultBasilCorpus();
const haveCorpus = fs.existsSync(path.join(corpus, 'manifest.json'));
const describeCorpus = haveCorpus ? describe : describe.skip;

describe('locateSnippet', () => {
  const text = 'He paid $84,000 in March. She paid $84,000 in May.';
  it('finds a unique snippet', () => expect(locateSnippet(text, 'March')).toEqual({ start: 19, end: 24 }));
  it('refuses an ambiguous snippet without context', () => expect(locateSnippet(text, '$84,000')).toMatch(/occurs 2 times/));
  it('uses the context to pick one occurrence', () => expect(locateSnippet(text, '$84,000', 'She paid $84,000')).toEqual({ start: 35, end: 42 }));
  it('refuses a missing snippet or context', () => {
    expect(locateSnippet(text, '$85,000')).toMatch(/not found/);
    expect(locateSnippet(text, '$84,000', 'They paid $84,000')).toMatch(/context not found/);
    expect(locateSnippet(text, 'June', 'She paid $84,000')).toMatch(/not inside/);
  });
});

describeCorpus('basil-dev gold files', () => {
  const events = loadBasilGold();

  it('has at least one event', () => expect(events.length).toBeGreaterThan(0));

  for (const e of events) {
    describe(e.event, () => {
      const texts = new Map(e.articles.map((a) => [a, readArticleText(corpus, a)]));
      const byId = new Map(e.claims.map((c) => [c.id, c]));

      it('locates every snippet at its span', () => {
        for (const c of e.claims) expect([c.id, texts.get(c.articleId)!.slice(c.span.start, c.span.end)]).toEqual([c.id, c.text]);
        for (const f of e.framing) for (const [a, labels] of Object.entries(f.labels)) {
          for (const l of labels) expect([f.id, texts.get(a)!.slice(l.span.start, l.span.end)]).toEqual([f.id, l.text]);
        }
      });

      it('gives each group a known verdict and claims from 2+ articles, each claim in one group', () => {
        const seen = new Set<string>();
        for (const g of e.groups) {
          expect(VERDICTS).toContain(g.verdict);
          expect(new Set(g.claims.map((id) => byId.get(id)!.articleId)).size).toBeGreaterThanOrEqual(2);
          for (const id of g.claims) {
            expect(seen.has(id)).toBe(false);
            seen.add(id);
          }
        }
      });

      it('refers only to claims and articles of the event', () => {
        const refs = [...e.groups.flatMap((g) => g.claims), ...e.mustNotAlign.flatMap((x) => [...x.a, ...x.b]), ...e.omissions.flatMap((o) => o.claims)];
        for (const id of refs) expect(byId.has(id)).toBe(true);
        for (const o of e.omissions) for (const a of o.missingFrom) expect(e.articles).toContain(a);
        for (const f of e.framing) expect(Object.keys(f.labels).length).toBeGreaterThanOrEqual(2);
      });
    });
  }
});

describeCorpus('loadBasilEvent fails loudly', () => {
  const write = (gold: unknown): string => {
    const dir = scratchDir('basil-gold-');
    const file = path.join(dir, 't01.json');
    fs.writeFileSync(file, JSON.stringify(gold));
    return file;
  };
  const claim = { id: 'fox-q1', article: 't01-fox', kind: 'quantity', text: 'Farenthold', value: { value: 1, unit: null, bound: '=' } };

  it('names the file and claim of an ambiguous snippet', () => {
    expect(() => loadBasilEvent(write({ event: 't01', claims: [claim] }), corpus)).toThrow(/t01\.json: claim fox-q1: text occurs \d+ times/);
  });
  it('names a dangling reference and a bad verdict', () => {
    const ok = { ...claim, text: 'Lauren Greene, in 2014' };
    const gold = { event: 't01', claims: [ok], groups: [{ id: 'g1', verdict: 'same', claims: ['fox-q1', 'nyt-q9'] }] };
    expect(() => loadBasilEvent(write(gold), corpus)).toThrow(/group g1: dangling claim id nyt-q9/);
    expect(() => loadBasilEvent(write(gold), corpus)).toThrow(/verdict "same"/);
    expect(() => loadBasilEvent(write(gold), corpus)).toThrow(/2\+ articles/);
  });
  it('reads the committed gold directory', () => expect(fs.existsSync(defaultBasilGoldDir())).toBe(true));
});
