import * as fs from 'node:fs';
import { loadArticles, MAX_ARTICLE_BYTES } from '../../src/ingest';
import { InputError } from '../../src/ingest/errors';
import { tempDir } from '../helpers/tempdir';

const tmp = tempDir();
afterAll(() => tmp.remove());

const GOOD = 'Fleet returns\n\nThe boats came back on Friday.';
const goodManifestEntry = { id: 'g', file: 'good.txt', outlet: 'Gazette', published: '2024-05-16' };

/** [file the error names, the problem] for each skipped input. */
function problems(paths: string[]): Array<[string, string]> {
  const { skipped } = loadArticles(paths);
  for (const e of skipped) expect(e).toBeInstanceOf(InputError);
  return skipped.map((e) => [e.file, e.problem]);
}

describe('bad input: one InputError naming the file', () => {
  const cases: Array<[string, () => string, string | RegExp]> = [
    ['an empty file', () => tmp.write('empty.txt', ''), 'file is empty'],
    ['a whitespace-only file', () => tmp.write('blank.txt', ' \n\t\n'), 'file is empty'],
    ['a binary file', () => tmp.write('binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41])), 'binary file (NUL byte at offset 4), not text'],
    ['Latin-1 text', () => tmp.write('latin1.txt', Buffer.from('Caf\xe9 prices rose.', 'latin1')),
      'not valid UTF-8 text (byte 0xE9 at offset 3); if it is Latin-1 or Windows-1252, convert it to UTF-8'],
    ['invalid UTF-8 after a genuine U+FFFD', () => tmp.write('fffd.txt', Buffer.concat([Buffer.from('a\uFFFDb', 'utf8'), Buffer.from([0xc3, 0x28])])),
      /byte 0xC3 at offset 5\)/],
    ['UTF-16 text', () => tmp.write('utf16.txt', Buffer.from('\uFEFFHello', 'utf16le')), 'text is UTF-16; save it as UTF-8'],
    ['a missing file', () => tmp.path('nope.txt'), 'no such file or folder'],
    ['an unknown extension', () => tmp.write('story.pdf', '%PDF-1.4'), 'unknown file type ".pdf" (expected .txt, .md, .html or .json)'],
    ['no extension', () => tmp.write('story', 'text'), 'no file extension (expected .txt, .md, .html or .json)'],
    ['a folder with no articles', () => { tmp.write('nothing/README.md', '# About'); return tmp.path('nothing'); },
      'no articles in this folder (.txt, .md, .html or .json files)'],
    ['invalid front matter', () => tmp.write('bad-yaml.md', '---\ntitle: [unclosed\n---\nBody.'), /^front matter is not valid YAML: /],
    ['a front matter date that is not a date', () => tmp.write('bad-date.md', '---\npublished: May 2024\n---\nBody.'),
      'front matter: published "May 2024" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)'],
    ['an article object without text', () => tmp.write('no-text.json', '{"title": "x"}'),
      'does not match schemas/article.schema.json: (root) must have required property \'text\''],
    ['an article object with a bad date', () => tmp.write('bad-pub.json', '{"text": "Body.", "published": "2024-02-30"}'),
      'published "2024-02-30" is not a calendar date'],
    ['a JSON array', () => tmp.write('array.json', '[{"text": "Body."}]'),
      'holds an array; an article file holds one article object (schemas/article.schema.json)'],
    ['broken JSON', () => tmp.write('broken.json', '{"text": '), /^not valid JSON: /],
  ];
  it.each(cases)('%s', (_name, make, problem) => {
    const file = make();
    const got = problems([file]);
    expect(got).toHaveLength(1);
    expect(got[0][0]).toBe(file);
    if (typeof problem === 'string') expect(got[0][1]).toBe(problem);
    else expect(got[0][1]).toMatch(problem);
  });

  it('accepts a file right at the limit', () => {
    const file = tmp.path('at-limit.txt');
    fs.writeFileSync(file, 'Fleet returns\n\n' + 'The boats came back. '.padEnd(MAX_ARTICLE_BYTES - 15, 'x'));
    const { articles, skipped } = loadArticles([file]);
    expect(skipped).toEqual([]);
    expect(Buffer.byteLength(articles[0].text)).toBe(MAX_ARTICLE_BYTES);
  });
});

describe('bad manifests', () => {
  const manifestCases: Array<[string, string, string | RegExp]> = [
    ['not JSON', '{ "articles": [ ', /^not valid JSON: /],
    ['no articles field', '{ "corpus": "x" }', "does not match schemas/manifest.schema.json: (root) must have required property 'articles'"],
    ['an entry without id', JSON.stringify({ articles: [{ file: 'good.txt', outlet: null, published: null }] }),
      "does not match schemas/manifest.schema.json: /articles/0 must have required property 'id'"],
    ['a date in the wrong form', JSON.stringify({ articles: [{ ...goodManifestEntry, published: '16/05/2024' }] }),
      'does not match schemas/manifest.schema.json: /articles/0/published "16/05/2024" is not YYYY-MM-DD, YYYY-MM or YYYY'],
    ['a date that is a number', JSON.stringify({ articles: [{ ...goodManifestEntry, published: 2024 }] }),
      'does not match schemas/manifest.schema.json: /articles/0/published must be string or null'],
    ['a date not in the calendar', JSON.stringify({ articles: [{ ...goodManifestEntry, published: '2023-02-29' }] }),
      'does not match schemas/manifest.schema.json: /articles/0/published "2023-02-29" is not a calendar date'],
    ['a precision finer than the date', JSON.stringify({ articles: [{ ...goodManifestEntry, published: '2024-05', publishedPrecision: 'day' }] }),
      'does not match schemas/manifest.schema.json: /articles/0/publishedPrecision "day" is finer than published "2024-05"'],
    ['an unknown precision', JSON.stringify({ articles: [{ ...goodManifestEntry, publishedPrecision: 'week' }] }),
      'does not match schemas/manifest.schema.json: /articles/0/publishedPrecision must be one of "day", "month", "year"'],
    ['two entries with one id', JSON.stringify({ articles: [goodManifestEntry, { ...goodManifestEntry, file: 'other.txt' }] }),
      'does not match schemas/manifest.schema.json: /articles/1/id "g" repeats /articles/0'],
  ];
  it.each(manifestCases)('%s: the folder and its files are skipped with one error naming manifest.json', (name, manifest, problem) => {
    const dir = `m-${name.replace(/\W+/g, '-')}`;
    tmp.write(`${dir}/good.txt`, GOOD);
    const mf = tmp.write(`${dir}/manifest.json`, manifest);
    for (const paths of [[tmp.path(dir)], [tmp.path(dir, 'good.txt')], [tmp.path(dir), tmp.path(dir, 'good.txt')]]) {
      const { articles, skipped } = loadArticles(paths);
      expect(articles).toEqual([]);
      expect(skipped).toHaveLength(1);
      expect(skipped[0].file).toBe(mf);
      if (typeof problem === 'string') expect(skipped[0].problem).toBe(problem);
      else expect(skipped[0].problem).toMatch(problem);
    }
  });

  it('skips a manifest entry whose file is missing and reads the rest', () => {
    tmp.write('partial/good.txt', GOOD);
    const mf = tmp.write('partial/manifest.json', JSON.stringify({ articles: [{ ...goodManifestEntry, id: 'gone', file: 'gone.txt' }, goodManifestEntry] }));
    const { articles, skipped } = loadArticles([tmp.path('partial')]);
    expect(articles.map((a) => a.id)).toEqual(['g']);
    expect(skipped.map((e) => [e.file, e.problem])).toEqual([[tmp.path('partial/gone.txt'), `listed in ${mf} (id "gone") but not found`]]);
  });
});

describe('several inputs', () => {
  it('keeps the good articles and reports every bad one, in order', () => {
    const good1 = tmp.write('mix/one.txt', GOOD);
    const empty = tmp.write('mix/empty.txt', '');
    const good2 = tmp.write('mix2/two.txt', GOOD);
    const missing = tmp.path('mix/missing.txt');
    const { articles, skipped } = loadArticles([good1, empty, missing, good2]);
    expect(articles.map((a) => a.id)).toEqual(['one', 'two']);
    expect(skipped.map((e) => [e.file, e.problem])).toEqual([[empty, 'file is empty'], [missing, 'no such file or folder']]);
  });

  it('skips a bad file inside a folder and reads its neighbours', () => {
    tmp.write('folder/a.txt', GOOD);
    tmp.write('folder/b.txt', Buffer.from([0x00, 0x01]));
    tmp.write('folder/c.txt', GOOD);
    const { articles, skipped } = loadArticles([tmp.path('folder')]);
    expect(articles.map((a) => a.id)).toEqual(['a', 'c']);
    expect(skipped.map((e) => e.file)).toEqual([tmp.path('folder/b.txt')]);
  });
});
