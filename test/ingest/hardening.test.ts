import * as fs from 'node:fs';
import { loadArticles } from '../../src/ingest';
import { leavesFolder } from '../../src/ingest/manifest';
import { runCli } from '../helpers/cli';
import { tempDir } from '../helpers/tempdir';

const ARTICLE = 'Port traffic climbs\n\nTrade rose to $189 billion last year, officials said.\n';

describe('manifest paths stay inside the corpus', () => {
  const tmp = tempDir('claimdiff-escape-');
  afterAll(() => tmp.remove());

  it.each([
    ['../../x.txt', true],
    ['../x.txt', true],
    ['a/../../x.txt', true],
    ['a\\..\\..\\x.txt', true],
    ['a/../x.txt', false],
    ['./x.txt', false],
    ['sub/x.txt', false],
  ])('%s leaves the folder: %s', (file, leaves) => {
    expect(leavesFolder(file)).toBe(leaves);
  });

  it('refuses a manifest file of ../../x.txt: one line naming the manifest, exit 2, nothing read outside', async () => {
    tmp.write('x.txt', ARTICLE);
    tmp.write('a/b/ok.txt', ARTICLE.replace('189', '190'));
    tmp.write('a/b/manifest.json', JSON.stringify({ articles: [{ id: 'out', file: '../../x.txt', outlet: 'X', published: '2024-01-01' }] }));
    const r = await runCli(['extract', tmp.path('a/b')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^claimdiff: .*manifest\.json: .*"\.\.\/\.\.\/x\.txt" leaves the corpus folder/);
  });
});

describe('a symbolic-link loop in a corpus folder', () => {
  const tmp = tempDir('claimdiff-loop-');
  afterAll(() => tmp.remove());

  it('is skipped with a notice; the other articles are read', async () => {
    tmp.write('corpus/a.txt', ARTICLE);
    tmp.write('corpus/b.txt', ARTICLE.replace('189', '190'));
    fs.symlinkSync('loop2.txt', tmp.path('corpus/loop1.txt'));
    fs.symlinkSync('loop1.txt', tmp.path('corpus/loop2.txt'));
    const load = loadArticles([tmp.path('corpus')]);
    expect(load.articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(load.skipped).toEqual([]);
    expect(load.notices).toEqual([expect.stringMatching(/loop1\.txt: too many symbolic links: skipped/), expect.stringMatching(/loop2\.txt: too many symbolic links: skipped/)]);
    const r = await runCli(['extract', tmp.path('corpus')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^claimdiff: .*loop1\.txt: too many symbolic links: skipped/);
  });
});

describe('data files beside a manifest', () => {
  const tmp = tempDir('claimdiff-data-');
  afterAll(() => tmp.remove());

  it('passes over an unlisted .json (a story list) with a notice, and still reads the listed articles', () => {
    tmp.write('corpus/a.txt', ARTICLE);
    tmp.write('corpus/stories.json', JSON.stringify([{ story: 's1', articles: ['a'] }]));
    tmp.write('corpus/manifest.json', JSON.stringify({ articles: [{ id: 'a', file: 'a.txt', outlet: 'X', published: '2024-01-02' }] }));
    const r = loadArticles([tmp.path('corpus')]);
    expect(r.skipped).toEqual([]);
    expect(r.articles.map((a) => a.id)).toEqual(['a']);
    expect(r.notices.join('\n')).toMatch(/stories\.json: not listed in manifest\.json/);
  });
});
