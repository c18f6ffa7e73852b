import * as fs from 'node:fs';
import { loadArticles } from '../../src/ingest';
import { tempDir } from '../helpers/tempdir';

// readFileSync is watched, to show the size check comes before any reading.
jest.mock('node:fs', () => {
  const actual = jest.requireActual<typeof import('node:fs')>('node:fs');
  return { ...actual, readFileSync: jest.fn(actual.readFileSync) };
});

const tmp = tempDir();
afterAll(() => tmp.remove());

describe('size limit', () => {
  it('refuses a 50 MB file from its size, without reading it', () => {
    const file = tmp.path('huge.txt');
    fs.closeSync(fs.openSync(file, 'w'));
    fs.truncateSync(file, 50 * 1024 * 1024); // sparse: created at once, no 50 MB written
    const { articles, skipped } = loadArticles([file]);
    expect(articles).toEqual([]);
    expect(skipped.map((e) => [e.file, e.problem])).toEqual([[file, 'file is 50.0 MB, over the 5 MB limit for one article']]);
    expect((fs.readFileSync as jest.Mock).mock.calls.filter((c) => c[0] === file)).toEqual([]);
  });

  it('reads a small file (the watch sees reads)', () => {
    const file = tmp.write('small.txt', 'Fleet returns\n\nThe boats came back.');
    expect(loadArticles([file]).articles).toHaveLength(1);
    expect((fs.readFileSync as jest.Mock).mock.calls.filter((c) => c[0] === file)).toHaveLength(1);
  });
});
