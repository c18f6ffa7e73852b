import * as fs from 'node:fs';
import { loadArticleFile, loadArticles } from '../../src/ingest';
import { GOLD_FILE, SEEDS_DIR } from '../helpers/article';
import { tempDir } from '../helpers/tempdir';

const tmp = tempDir();
afterAll(() => tmp.remove());

const slice = (text: string, s: { start: number; end: number } | null | undefined) => (s ? text.slice(s.start, s.end) : null);

describe('.txt', () => {
  it('reads the file content exactly, a leading BOM dropped', () => {
    const f = tmp.write('bom/lede.txt', '\uFEFFFleet returns\n\nThe boats came back on Friday.\r\n');
    const a = loadArticleFile(f);
    expect(a.text).toBe('Fleet returns\n\nThe boats came back on Friday.\r\n');
    expect(a).toMatchObject({ id: 'lede', format: 'txt', title: 'Fleet returns', published: null, publishedPrecision: null });
  });
});

describe('.md', () => {
  it('reads front matter and keeps the body (after the closing fence line) as in the file', () => {
    const body = '# Fleet returns to port\n\nThe boats came back on Friday, [the port said](https://example.org/port?id=2024).\n\n## What next\n\nRepairs take 3 weeks.\n';
    const f = tmp.write('md/fleet.md', `---\ntitle: "Fleet returns"\noutlet: Harbour Gazette\npublished: 2024-05-16\nurl: https://example.org/fleet\nauthor: [Jo Bell, Ana Ruiz]\n---\n${body}`);
    const a = loadArticleFile(f);
    expect(a.text).toBe(body);
    expect(a).toMatchObject({
      id: 'fleet', format: 'md', title: 'Fleet returns', outlet: 'Harbour Gazette', published: '2024-05-16',
      publishedPrecision: 'day', url: 'https://example.org/fleet', author: 'Jo Bell, Ana Ruiz',
    });
    expect(slice(a.text, a.headline)).toBe('Fleet returns to port');
    expect(a.subheadings!.map((s) => slice(a.text, s))).toEqual(['What next']);
    // The link target (with its digits) is markup, not prose.
    expect(a.chrome.map((c) => [c.rule, slice(a.text, c)])).toEqual([['markdown-link-target', '(https://example.org/port?id=2024)']]);
  });

  it.each([
    ['date: 2023-03', '2023-03', 'month'],
    ['published: 2021', '2021', 'year'],
    ['published: 2024-05-16T23:30:00-05:00', '2024-05-16', 'day'],
    ["published: '2024-05-16T08:00:00Z'", '2024-05-16', 'day'],
  ])('front matter %j → %s (%s)', (line, published, precision) => {
    const f = tmp.write(`md/date-${published}.md`, `---\n${line}\n---\nText of 12 words.\n`);
    expect(loadArticleFile(f)).toMatchObject({ published, publishedPrecision: precision });
  });

  it('has no headline and no metadata without front matter or a heading', () => {
    const f = tmp.write('md/plain.md', 'The boats came back on Friday.\n');
    expect(loadArticleFile(f)).toMatchObject({ title: null, headline: null, published: null, text: 'The boats came back on Friday.\n' });
  });

  it('finds a setext headline', () => {
    const f = tmp.write('md/setext.md', 'Fleet returns\n=============\n\nThe boats came back.\n');
    const a = loadArticleFile(f);
    expect(slice(a.text, a.headline)).toBe('Fleet returns');
    expect(a.title).toBe('Fleet returns');
  });
});

describe('.json', () => {
  it('reads an article object; offsets index its text', () => {
    const f = tmp.write('json/a1.json', JSON.stringify({
      id: 'other-id', text: 'The boats came back on Friday.', title: 'Fleet returns', outlet: 'Harbour Gazette',
      publisher: 'News Mirror', published: '2024-05', url: 'https://example.org/a1', author: 'Jo Bell', tags: ['extra fields are fine'],
    }));
    const a = loadArticleFile(f);
    expect(a).toMatchObject({
      // The contract: the id is the manifest id, else the file name.
      id: 'a1', format: 'json', text: 'The boats came back on Friday.', title: 'Fleet returns', outlet: 'Harbour Gazette',
      publisher: 'News Mirror', published: '2024-05', publishedPrecision: 'month', headline: null,
    });
  });
});

describe('folders and manifests', () => {
  it('reads a folder without manifest: ids from file names, in name order, non-articles left out', () => {
    tmp.write('plain/b.txt', 'Second story\n\nBody of b.');
    tmp.write('plain/a.md', '# First story\n\nBody of a.');
    tmp.write('plain/README.md', '# About this corpus');
    tmp.write('plain/data.csv', 'x,y');
    tmp.write('plain/.hidden.txt', 'hidden');
    tmp.write('plain/sub/c.txt', 'not read: folders are not searched recursively');
    const { articles, skipped } = loadArticles([tmp.path('plain')]);
    expect(skipped).toEqual([]);
    expect(articles.map((a) => [a.id, a.format, a.title])).toEqual([['a', 'md', 'First story'], ['b', 'txt', 'Second story']]);
  });

  const manifest = {
    corpus: 'demo', description: 'extra top-level fields are allowed', notes: 'so are notes',
    articles: [
      { id: 'x2', file: 'two.txt', outlet: 'Gazette', published: '2024-05-16', notes: 'entry notes' },
      { id: 'x1', file: 'one.md', outlet: 'Courier', publisher: 'Mirror', published: '2023-03', title: 'Manifest title' },
    ],
  };
  beforeAll(() => {
    tmp.write('corpus/manifest.json', JSON.stringify(manifest));
    tmp.write('corpus/two.txt', 'Two\n\nBody two.');
    tmp.write('corpus/one.md', '---\ntitle: Front matter title\noutlet: Own outlet\npublished: 2020-01-01\n---\nBody one.');
    tmp.write('corpus/three.txt', 'Three\n\nNot in the manifest.');
  });

  it('takes ids and metadata from the manifest, in manifest order, then unlisted files', () => {
    const { articles, skipped } = loadArticles([tmp.path('corpus')]);
    expect(skipped).toEqual([]);
    expect(articles.map((a) => [a.id, a.outlet, a.publisher ?? null, a.published, a.publishedPrecision, a.title])).toEqual([
      ['x2', 'Gazette', null, '2024-05-16', 'day', 'Two'],
      ['x1', 'Courier', 'Mirror', '2023-03', 'month', 'Manifest title'],
      ['three', null, null, null, null, 'Three'],
    ]);
  });

  it('gives a file named on its own its manifest entry', () => {
    const { articles } = loadArticles([tmp.path('corpus/one.md')]);
    expect(articles.map((a) => [a.id, a.published])).toEqual([['x1', '2023-03']]);
  });

  it('reads a file named twice (folder and file) once', () => {
    const { articles, skipped } = loadArticles([tmp.path('corpus'), tmp.path('corpus/two.txt')]);
    expect(skipped).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual(['x2', 'x1', 'three']);
  });

  it('reads the folder when its manifest.json is named', () => {
    expect(loadArticles([tmp.path('corpus/manifest.json')]).articles).toHaveLength(3);
  });

  it('refuses a second article with a taken id and keeps the first', () => {
    tmp.write('other/x1.txt', 'Same id as a manifest entry.');
    const { articles, skipped } = loadArticles([tmp.path('corpus'), tmp.path('other')]);
    expect(articles.map((a) => a.id)).toEqual(['x2', 'x1', 'three']);
    expect(skipped.map((e) => [e.file, e.problem])).toEqual([
      [tmp.path('other/x1.txt'), `article id "x1" is already taken by ${tmp.path('corpus/one.md')}; ids must be unique in one run`],
    ]);
  });
});

describe('the seed corpus', () => {
  interface GoldArticle { id: string; file: string; outlet: string; published: string; publishedPrecision: string; title?: string; length: number; sha256: string }
  const gold = JSON.parse(fs.readFileSync(GOLD_FILE, 'utf8')) as { articles: GoldArticle[] };

  it('matches the gold article list: ids, dates, titles, text length and hash', () => {
    const { articles, skipped } = loadArticles([SEEDS_DIR]);
    expect(skipped).toEqual([]);
    expect(articles.map((a) => ({
      id: a.id, outlet: a.outlet, published: a.published, publishedPrecision: a.publishedPrecision,
      ...(a.title ? { title: a.title } : {}), length: a.text.length, sha256: a.contentHash,
    }))).toEqual(gold.articles.map(({ file: _f, ...g }) => g));
  });
});
