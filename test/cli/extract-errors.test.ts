import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../helpers/cli';
import { tempDir } from '../helpers/tempdir';

const tmp = tempDir('claimdiff-cli-');
afterAll(() => tmp.remove());

const run = runCli;

const GOOD = 'Fleet returns\n\nThe boats came back on Friday after 12 days at sea.';

describe('claimdiff extract: bad input', () => {
  const cases: Array<[string, () => string, string]> = [
    ['a missing file', () => tmp.path('missing.txt'), 'no such file or folder'],
    ['an empty file', () => tmp.write('empty.txt', ''), 'file is empty'],
    ['a binary file', () => tmp.write('bin.txt', Buffer.from([1, 0, 2])), 'binary file (NUL byte at offset 1), not text'],
    ['invalid UTF-8', () => tmp.write('bad.txt', Buffer.from([0x41, 0xff, 0x42])), 'not valid UTF-8 text (byte 0xFF at offset 1); if it is Latin-1 or Windows-1252, convert it to UTF-8'],
    ['an unknown extension', () => tmp.write('a.docx', 'x'), 'unknown file type ".docx" (expected .txt, .md, .html or .json)'],
    ['a folder with no articles', () => (fs.mkdirSync(tmp.path('void')), tmp.path('void')), 'no articles in this folder (.txt, .md, .html or .json files)'],
  ];
  it.each(cases)('%s: one line on stderr, nothing on stdout, exit 2', async (_n, make, problem) => {
    const p = make();
    const r = await run(['extract', p]);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `claimdiff: ${p}: ${problem}\n` });
  });

  it('a 50 MB file', async () => {
    const p = tmp.path('huge.txt');
    fs.closeSync(fs.openSync(p, 'w'));
    fs.truncateSync(p, 50 * 1024 * 1024);
    expect(await run(['extract', p])).toEqual({ code: 2, stdout: '', stderr: `claimdiff: ${p}: file is 50.0 MB, over the 5 MB limit for one article\n` });
  });

  it('a manifest that is not JSON names the manifest', async () => {
    tmp.write('broken/a.txt', GOOD);
    const mf = tmp.write('broken/manifest.json', '{"articles": [');
    const r = await run(['extract', tmp.path('broken')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^claimdiff: ${mf.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid JSON: [^\\n]+\\n$`));
  });

  it('a manifest that breaks its schema', async () => {
    tmp.write('schema/a.txt', GOOD);
    const mf = tmp.write('schema/manifest.json', JSON.stringify({ articles: [{ id: 'a', file: 'a.txt', outlet: null, published: 'yesterday' }] }));
    const r = await run(['extract', tmp.path('schema')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`claimdiff: ${mf}: does not match schemas/manifest.schema.json: /articles/0/published "yesterday" is not YYYY-MM-DD, YYYY-MM or YYYY\n`);
  });

  it('prints the good articles, names the skipped ones, and exits 2', async () => {
    const good = tmp.write('mixed/good.txt', GOOD);
    const bad = tmp.write('mixed/bad.txt', '');
    const r = await run(['extract', '--json', good, bad]);
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout) as { articles: Array<{ id: string; file: string }> };
    expect(doc.articles.map((a) => a.id)).toEqual(['good']);
    expect(r.stderr).toBe(`claimdiff: ${bad}: file is empty\nclaimdiff: 1 input skipped; 1 article extracted\n`);
  });

  it('reports a duplicate id and keeps the first article', async () => {
    const a = tmp.write('dup1/story.txt', GOOD);
    const b = tmp.write('dup2/story.md', GOOD);
    const r = await run(['extract', a, b]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(a);
    expect(r.stdout).not.toContain(b);
    expect(r.stderr.split('\n')[0]).toBe(`claimdiff: ${b}: article id "story" is already taken by ${a}; ids must be unique in one run`);
  });

  it('shows no stack trace', async () => {
    const r = await run(['extract', tmp.path('nowhere', 'x.txt')]);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 0 when every input is good', async () => {
    const good = tmp.write('ok/good.txt', GOOD);
    const r = await run(['extract', good]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout.startsWith(`good  ${good}`)).toBe(true);
    expect(path.isAbsolute(good)).toBe(true);
  });
});
