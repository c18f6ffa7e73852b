import * as fs from 'node:fs';
import * as path from 'node:path';
import nlp from 'compromise';
import { defaultPipeline } from '../../src/extract';
import { mayHoldQuote, needsFullParse } from '../../src/extract/candidates';
import { ArticleContext } from '../../src/extract/context';
import { selectiveParse } from '../../src/extract/parse';
import { mayHoldQuantity } from '../../src/extract/quantities';
import { loadArticles } from '../../src/ingest';
import type { Article } from '../../src/types';
import { SEEDS_DIR, SHARED } from '../helpers/article';

type Term = { text: string; normal?: string; root?: string; pre?: string; post?: string; offset?: unknown; tags?: Set<string> };
type Doc = { compute(n: string): Doc; document: Term[][]; people(): { json(o: object): unknown[] } };

const seeds = (): Article[] => loadArticles(fs.readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(SEEDS_DIR, f))).articles;
const BBC = path.join(SHARED, 'corpora/bbc-news');
/** A spread sample of the bbc corpus (every 40th article), when the shared data is there. */
const bbcSample = (): Article[] =>
  fs.existsSync(BBC) ? loadArticles(fs.readdirSync(BBC).filter((f) => f.endsWith('.txt')).sort().filter((_, i) => i % 40 === 0).map((f) => path.join(BBC, f))).articles : [];

function signature(d: Doc): string {
  d.compute('offset').compute('root');
  const terms = d.document.map((s) => s.map((t) => [t.text, t.normal, t.root, t.pre, t.post, t.offset, [...(t.tags ?? [])].sort()]));
  // people's own fields: the terms they list carry the chunker's field, which the selective parse leaves out
  const people = (d.people().json({ offset: true }) as Array<{ text: string; offset: unknown; person: unknown }>).map((p) => [p.text, p.offset, p.person]);
  return JSON.stringify([terms, people]);
}

describe('selectiveParse', () => {
  const texts = seeds().map((a) => a.text);

  it('with every sentence chosen, is nlp(text): terms, tags, roots, offsets and people', () => {
    for (const t of texts) expect(signature(selectiveParse(t, null) as unknown as Doc)).toBe(signature(nlp(t) as unknown as Doc));
  });

  it('tags a chosen sentence as nlp(text) does whatever the others get (the post-tagger is sentence-local)', () => {
    let otherDiffers = false;
    for (const t of texts) {
      const full = (nlp(t) as unknown as Doc).document;
      let k = 0;
      const part = (selectiveParse(t, () => k++ % 2 === 0) as unknown as Doc).document;
      expect(part.length).toBe(full.length);
      part.forEach((s, i) => s.forEach((term, j) => {
        const same = [...(term.tags ?? [])].sort().join() === [...(full[i][j].tags ?? [])].sort().join();
        if (i % 2 === 0) expect(same).toBe(true);
        else if (!same) otherDiffers = true;
      }));
    }
    // the others are tagged more coarsely: the choice does something
    expect(otherDiffers).toBe(true);
  });
});

describe('candidate scan (sentences tagged in full)', () => {
  it.each([
    ['The firm lost $5m last year.', true],
    ['Nine people were hurt.', true],
    ['“We will not stop,” she said.', true],
    ['The minister told reporters the plan was dead.', true],
    ['The plan was dead on arrival.', false],
    ["The government's plan is dead.", false],
  ])('%s → %s', (s, expected) => expect(needsFullParse(s)).toBe(expected));

  it('keeps every sentence holding a quantity or quote claim of the seeds and a bbc sample', () => {
    for (const a of [...seeds(), ...bbcSample()]) {
      const ctx = new ArticleContext(a);
      for (const e of defaultPipeline.extractors) for (const c of e.extract(ctx)) {
        const s = ctx.sentenceAt(c.span.start);
        if (!s) continue;
        if (c.kind === 'quantity') expect([a.id, mayHoldQuantity(s.text)]).toEqual([a.id, true]);
      }
      // a quote's attribution sits in the sentence of its marks, or next to it
      for (const q of defaultPipeline.extractors.find((e) => e.name === 'quotes')!.extract(ctx)) {
        const s = ctx.sentenceAt(q.span.start);
        if (s && q.kind === 'quote' && (q as { quote: { direct: boolean } }).quote.direct) expect([a.id, s.text, mayHoldQuote(s.text)]).toEqual([a.id, s.text, true]);
      }
    }
  });

  it('changes no claim of the seeds and a bbc sample against the full parse of every sentence', () => {
    for (const a of [...seeds(), ...bbcSample()]) {
      const scanned = new ArticleContext(a);
      const full = new ArticleContext(a, { tagEverySentence: true });
      for (const e of defaultPipeline.extractors) expect([a.id, e.name, e.extract(scanned)]).toEqual([a.id, e.name, e.extract(full)]);
    }
  });
});
