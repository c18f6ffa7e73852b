import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkComparison, writeFolderScope } from '../../src/cli/check-comparison';
import { extractCorpus } from '../../src/cli/corpus-extraction';
import { listArticleFiles, loadArticles } from '../../src/ingest';
import { runCli } from '../helpers/cli';
import { SHARED } from '../helpers/article';
import { tempDir } from '../helpers/tempdir';

/**
 * The incremental check gives a new article exactly the flags a full compare of corpus + article gives it.
 * Real articles: a corpus of BBC business stories (linked, not copied, into a scratch folder), indexed; then
 * other business stories checked one by one, from outside the folder and (the CI case) copied into it after
 * indexing. The check output (JSON, every flag with its evidence) must be the same bytes on both paths.
 */
const BBC = path.join(SHARED, 'corpora/bbc-news');
const files = listArticleFiles(BBC).filter((f) => f.startsWith('business-')).slice(0, 60);
// New articles with a story in the corpus (and so flags), and two without.
const NEW = ['business-025.txt', 'business-044.txt', 'business-048.txt', 'business-056.txt', 'business-041.txt', 'business-042.txt'];
const CORPUS = files.filter((f) => !NEW.includes(f));

describe('incremental check', () => {
  const tmp = tempDir('claimdiff-scoped-');
  const corpus = tmp.path('corpus');
  fs.mkdirSync(corpus);
  for (const f of CORPUS) fs.symlinkSync(path.join(BBC, f), path.join(corpus, f));
  const { articles } = loadArticles([corpus]);
  const { extracted } = extractCorpus(articles, { build: true });
  writeFolderScope(corpus, articles, extracted);
  afterAll(() => tmp.remove());

  /** `claimdiff check FILE --against corpus --format json` (the check view: flags and the report they rest on). */
  const cli = async (fresh: string, full: boolean) => {
    const before = process.env.CLAIMDIFF_CHECK_FULL;
    if (full) process.env.CLAIMDIFF_CHECK_FULL = '1';
    try {
      const r = await runCli(['check', fresh, '--against', corpus, '--format', 'json']);
      return { json: r.stdout, stderr: r.stderr, flags: (JSON.parse(r.stdout) as { flags: unknown[] }).flags.length };
    } finally {
      if (before === undefined) delete process.env.CLAIMDIFF_CHECK_FULL;
      else process.env.CLAIMDIFF_CHECK_FULL = before;
    }
  };
  const output = async (fresh: string) => {
    const { articles: loaded } = loadArticles([fresh]);
    const c = checkComparison(loaded, [corpus]);
    const f = checkComparison(loaded, [corpus], { forceFull: true });
    const scoped = { ...(await cli(fresh, false)), mode: c.mode, compared: c.report.articles.length };
    const full = { ...(await cli(fresh, true)), mode: f.mode, compared: f.report.articles.length };
    // Corpus articles the scoped run compared with only some of their claims (neighbours outside the new
    // article's story, and blocking neighbours): the retrieval left claims out, not only articles.
    const claimsIn = (r: typeof c.report) => r.claims.reduce((m, cl) => m.set(cl.articleId, (m.get(cl.articleId) ?? 0) + 1), new Map<string, number>());
    const fullClaims = claimsIn(f.report);
    const trimmed = [...claimsIn(c.report)].filter(([id, k]) => !loaded.some((a) => a.id === id) && k < (fullClaims.get(id) ?? 0)).length;
    return { scoped, full, trimmed };
  };

  it('gives each new article the flags of the full compare, comparing fewer articles', async () => {
    let flags = 0;
    let narrower = 0;
    let trimmedAny = 0;
    for (const f of NEW) {
      const { scoped, full, trimmed } = await output(path.join(BBC, f));
      trimmedAny += trimmed;
      expect(scoped.mode).toBe('scoped');
      expect(full.mode).toBe('full');
      expect(scoped.json).toBe(full.json);
      flags += full.flags;
      if (scoped.compared < full.compared) narrower += 1;
    }
    // The comparison is not vacuous: the new articles have flags, and the scope left articles out.
    expect(flags).toBeGreaterThan(0);
    expect(narrower).toBeGreaterThan(0);
    expect(trimmedAny).toBeGreaterThan(0);
  });

  it('stays scoped when the checked file was added to the corpus folder after indexing', async () => {
    const f = NEW[0];
    const inside = path.join(corpus, f);
    fs.symlinkSync(path.join(BBC, f), inside);
    try {
      const { scoped, full } = await output(inside);
      expect(scoped.mode).toBe('scoped');
      expect(scoped.json).toBe(full.json);
    } finally {
      fs.unlinkSync(inside);
    }
  });

  it('falls back to the full compare when a corpus file changed since indexing', () => {
    const extra = path.join(corpus, 'zz-extra.txt');
    fs.writeFileSync(extra, 'Extra\n\nShares rose 5% on Monday, the company said.\n');
    try {
      const { articles: loaded } = loadArticles([path.join(BBC, NEW[1])]);
      expect(checkComparison(loaded, [corpus]).mode).toBe('full');
    } finally {
      fs.unlinkSync(extra);
    }
  });
});
