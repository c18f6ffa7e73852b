import * as fs from 'node:fs';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import { extractWithIndex, indexKeyFor, indexPathFor, openIndex, type ClaimIndex } from '../../src/index/claim-index';
import type { Article, ExtractedArticle } from '../../src/types';
import { makeArticle } from '../helpers/article';
import { scratchDir } from '../helpers/tempdir';

function tmpFile(name = 'index.sqlite'): string {
  return path.join(scratchDir('claimdiff-index-'), '.claimdiff', name);
}

/** A stand-in extractor: cheap, and its output records which article text it saw. */
function fakeExtract(a: Article): ExtractedArticle {
  return {
    id: a.id,
    file: a.file,
    title: a.title,
    published: a.published,
    claims: [
      {
        id: `c-${a.id}-${a.contentHash.slice(0, 6)}`,
        articleId: a.id,
        kind: 'quantity',
        text: a.text.slice(0, 5),
        span: { start: 0, end: 5 },
        sentence: { start: 0, end: 5, text: a.text.slice(0, 5) },
        quantity: { value: a.text.length, unit: null, bound: '=', approximate: false },
      },
    ],
  };
}

const texts = ['Exports rose 4% in May.', 'About 300 workers joined the strike on Monday.', 'The plant will close in 2026, the firm said.'];
const articles = (published = '2024-05-16'): Article[] => texts.map((t, i) => makeArticle(t, published, 'txt', `a${i}`));

let open: ClaimIndex[] = [];
function openTracked(file: string, version = '1.0'): ClaimIndex {
  const ix = openIndex(file, version);
  open.push(ix);
  return ix;
}
afterEach(() => {
  for (const ix of open) ix.close();
  open = [];
});

describe('indexPathFor', () => {
  it('puts the index in .claimdiff next to the corpus', () => {
    expect(indexPathFor('corpus/seeds')).toBe(path.join('corpus/seeds', '.claimdiff', 'index.sqlite'));
  });
});

describe('indexKeyFor', () => {
  const base = makeArticle('Trade rose 5% last year.', '2024-05-16', 'txt', 'x');
  const table: Array<{ name: string; other: Article; same: boolean }> = [
    { name: 'the same article read again', other: makeArticle('Trade rose 5% last year.', '2024-05-16', 'txt', 'x'), same: true },
    { name: 'a moved file (same id, text, date)', other: { ...base, file: 'elsewhere/x.txt' }, same: true },
    // relative time resolves against the date, so the claims differ
    { name: 'another publication date', other: makeArticle('Trade rose 5% last year.', '2023-05-16', 'txt', 'x'), same: false },
    // claim ids contain the article id
    { name: 'another article id', other: makeArticle('Trade rose 5% last year.', '2024-05-16', 'txt', 'y'), same: false },
    { name: 'other text', other: makeArticle('Trade rose 6% last year.', '2024-05-16', 'txt', 'x'), same: false },
    { name: 'other sentence segmentation', other: { ...base, sentences: [] }, same: false },
  ];
  it.each(table)('$name → same key: $same', ({ other, same }) => {
    expect(JSON.stringify(indexKeyFor(other, 'v')) === JSON.stringify(indexKeyFor(base, 'v'))).toBe(same);
  });
});

describe('openIndex', () => {
  it('creates a new index, then keeps its entries across reopening', () => {
    const file = tmpFile();
    const ix = openTracked(file, '1.0');
    expect(ix.rebuilt).toBe('new');
    const a = articles()[0];
    ix.put(indexKeyFor(a, '1.0'), fakeExtract(a), { mtimeMs: 1700000000000 });
    ix.close();
    const again = openTracked(file, '1.0');
    expect(again.rebuilt).toBeNull();
    expect(again.get(indexKeyFor(a, '1.0'))).toEqual(fakeExtract(a));
    expect(again.list()).toEqual([{ ...indexKeyFor(a, '1.0'), articleId: 'a0', file: 'a0.txt', mtimeMs: 1700000000000, claims: 1 }]);
  });

  it('rebuilds an index made by another extractor version instead of trusting it', () => {
    const file = tmpFile();
    const old = openTracked(file, '1.0');
    for (const a of articles()) old.put(indexKeyFor(a, '1.0'), fakeExtract(a));
    expect(old.size).toBe(3);
    old.close();
    const ix = openTracked(file, '2.0');
    expect(ix.rebuilt).toBe('extractor-version');
    expect(ix.size).toBe(0);
    expect(ix.get(indexKeyFor(articles()[0], '1.0'))).toBeNull();
    ix.close();
    expect(openTracked(file, '2.0').rebuilt).toBeNull();
  });

  it('rebuilds an index with another table layout', () => {
    const file = tmpFile();
    openTracked(file, '1.0').close();
    const db = new Database(file);
    db.prepare("UPDATE meta SET value = '0' WHERE key = 'schema'").run();
    db.close();
    const ix = openTracked(file, '1.0');
    expect(ix.rebuilt).toBe('schema');
    expect(ix.size).toBe(0);
  });

  const notOurs: Array<{ name: string; make: (file: string) => void; message: RegExp }> = [
    { name: 'a text file', make: (f) => fs.writeFileSync(f, 'these are my notes, not a database\n'.repeat(50)), message: /not an SQLite database/ },
    { name: 'random bytes', make: (f) => fs.writeFileSync(f, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))), message: /not an SQLite database/ },
    {
      name: "another program's database",
      make: (f) => {
        const db = new Database(f);
        db.exec('CREATE TABLE users (name TEXT)');
        db.close();
      },
      message: /not a claimdiff index .*users/,
    },
    {
      name: 'a database with a meta table that is not ours',
      make: (f) => {
        const db = new Database(f);
        db.exec("CREATE TABLE meta (key TEXT, value TEXT); INSERT INTO meta VALUES ('format', 'other')");
        db.close();
      },
      message: /not a claimdiff index/,
    },
    { name: 'a folder', make: (f) => fs.mkdirSync(f), message: /is a folder/ },
  ];
  it.each(notOurs)('refuses $name with a message naming the file, and leaves it alone', ({ make, message }) => {
    const file = tmpFile();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    make(file);
    const before = fs.statSync(file).isFile() ? fs.readFileSync(file) : null;
    let error: Error | undefined;
    try {
      openTracked(file);
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).toMatch(message);
    expect(error!.message.startsWith(`${file}: `)).toBe(true);
    if (before) expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('reports a truncated index as a problem of that file', () => {
    const file = tmpFile();
    const ix = openTracked(file, '1.0');
    const many = Array.from({ length: 300 }, (_, i) => makeArticle(`Line ${i}: ${'words '.repeat(40)}`, '2024-01-01', 'txt', `b${i}`));
    ix.putMany(many.map((a) => ({ key: indexKeyFor(a, '1.0'), extracted: fakeExtract(a) })));
    ix.close();
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 3)));
    let error: Error | undefined;
    try {
      const again = openTracked(file, '1.0');
      again.list();
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*(corrupt|not an SQLite)`));
  });

  it('reports damage found after opening as a problem of that file', () => {
    const file = tmpFile();
    const ix = openTracked(file, '1.0');
    const many = Array.from({ length: 300 }, (_, i) => makeArticle(`Line ${i}: ${'words '.repeat(40)}`, '2024-01-01', 'txt', `b${i}`));
    ix.putMany(many.map((a) => ({ key: indexKeyFor(a, '1.0'), extracted: fakeExtract(a) })));
    ix.close();
    const bytes = fs.readFileSync(file);
    // Page 1 (the schema) stays readable; the table's pages after it are overwritten.
    bytes.fill(0xa5, 4096 * 2, bytes.length);
    fs.writeFileSync(file, bytes);
    let error: Error | undefined;
    try {
      openTracked(file, '1.0').list();
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*(corrupt|not an SQLite)`));
  });
});

describe('prune', () => {
  it('drops entries of texts no longer in the corpus', () => {
    const ix = openTracked(tmpFile(), '1.0');
    const as = articles();
    ix.putMany(as.map((a) => ({ key: indexKeyFor(a, '1.0'), extracted: fakeExtract(a) })));
    expect(ix.prune([as[0].contentHash, as[2].contentHash, 'not-there'])).toBe(1);
    expect(ix.list().map((e) => e.articleId)).toEqual(['a0', 'a2']);
    expect(ix.prune([])).toBe(2);
    expect(ix.size).toBe(0);
  });
});

describe('extractWithIndex', () => {
  it('extracts misses, stores them, and reads them back on the next run', () => {
    const ix = openTracked(tmpFile(), '1.0');
    const extract = jest.fn(fakeExtract);
    const first = extractWithIndex(articles(), ix, extract);
    expect([first.hits, first.misses, extract.mock.calls.length]).toEqual([0, 3, 3]);
    const second = extractWithIndex(articles(), ix, extract);
    expect([second.hits, second.misses, extract.mock.calls.length]).toEqual([3, 0, 3]);
    expect(second.extracted).toEqual(first.extracted);
  });

  it('re-extracts only what changed (text or publication date)', () => {
    const ix = openTracked(tmpFile(), '1.0');
    extractWithIndex(articles(), ix, fakeExtract);
    const changed = articles();
    changed[1] = makeArticle(`${texts[1]} More workers came later.`, '2024-05-16', 'txt', 'a1');
    changed[2] = makeArticle(texts[2], '2024-06-01', 'txt', 'a2');
    const extract = jest.fn(fakeExtract);
    const r = extractWithIndex(changed, ix, extract);
    expect([r.hits, r.misses]).toEqual([1, 2]);
    expect(extract.mock.calls.map(([a]) => a.id)).toEqual(['a1', 'a2']);
    expect(r.extracted.map((e) => e.published)).toEqual(['2024-05-16', '2024-05-16', '2024-06-01']);
  });

  it('keeps the order of the articles and stamps the current file on hits', () => {
    const ix = openTracked(tmpFile(), '1.0');
    extractWithIndex(articles(), ix, fakeExtract);
    const moved = articles().reverse().map((a) => ({ ...a, file: `moved/${a.file}` }));
    const r = extractWithIndex(moved, ix, fakeExtract);
    expect(r.hits).toBe(3);
    expect(r.extracted.map((e) => [e.id, e.file])).toEqual([['a2', 'moved/a2.txt'], ['a1', 'moved/a1.txt'], ['a0', 'moved/a0.txt']]);
  });

  it('works without an index', () => {
    const r = extractWithIndex(articles(), null, fakeExtract);
    expect([r.hits, r.misses, r.extracted.length]).toEqual([0, 3, 3]);
  });

  it('does not trust entries after the extractor version changes', () => {
    const file = tmpFile();
    extractWithIndex(articles(), openTracked(file, '1.0'), fakeExtract);
    open.forEach((ix) => ix.close());
    const r = extractWithIndex(articles(), openTracked(file, '1.1'), fakeExtract);
    expect([r.hits, r.misses]).toEqual([0, 3]);
  });

  it('gives back exactly what the real extractor gave (JSON round trip)', () => {
    // Loaded here, not at the top: the other tests need not load the NLP pipeline.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { extractArticle, EXTRACTOR_VERSION } = require('../../src/extract') as typeof import('../../src/extract');
    const ix = openTracked(tmpFile(), EXTRACTOR_VERSION);
    const as = [
      makeArticle('Officials said exports rose 4.5% to $12 billion last year, "a record", the ministry said.', '2024-03-02', 'txt', 'r1'),
      makeArticle('Nearly 60% of voters backed the plan on Tuesday.', '2023-11', 'txt', 'r2'),
    ];
    const direct = as.map((a) => extractArticle(a));
    extractWithIndex(as, ix, (a) => extractArticle(a));
    const again = extractWithIndex(as, ix, () => {
      throw new Error('should not extract');
    });
    expect(again.hits).toBe(2);
    expect(again.extracted).toEqual(direct);
  });
});

describe('an index whose rows were changed after they were written', () => {
  type Edit = (e: Record<string, unknown>) => unknown;
  const edits: Array<[string, Edit, boolean]> = [
    ['claims set to []', (e) => ({ ...e, claims: [] }), true],
    ['claims set to null', (e) => ({ ...e, claims: null }), true],
    ['a span out of range', (e) => ({ ...e, claims: (e.claims as Array<Record<string, unknown>>).map((c) => ({ ...c, span: { start: 0, end: 10_000 } })) }), true],
    ['not an extraction at all', () => 'hello', true],
    // the digest column left matching: only the shape and the text can tell
    ['a span out of range, digest recomputed', (e) => ({ ...e, claims: (e.claims as Array<Record<string, unknown>>).map((c) => ({ ...c, span: { start: 0, end: 10_000 } })) }), false],
  ];
  it.each(edits)('%s: treated as a miss and re-extracted', (_, edit, keepDigest) => {
    const file = tmpFile();
    const ix = openTracked(file, '1.0');
    extractWithIndex(articles(), ix, fakeExtract);
    ix.close();
    const db = new Database(file);
    const rows = db.prepare('SELECT content_hash, context, extracted, digest FROM entries').all() as Array<{ content_hash: string; context: string; extracted: string; digest: string }>;
    for (const r of rows) {
      const json = JSON.stringify(edit(JSON.parse(r.extracted)));
      const digest = keepDigest
        ? r.digest
        : // eslint-disable-next-line @typescript-eslint/no-require-imports
          (require('node:crypto') as typeof import('node:crypto')).createHash('sha256').update(`claimdiff-claim-index\u0000${json}`).digest('hex').slice(0, 32);
      db.prepare('UPDATE entries SET extracted = ?, digest = ? WHERE content_hash = ? AND context = ?').run(json, digest, r.content_hash, r.context);
    }
    db.close();
    const extract = jest.fn(fakeExtract);
    const r = extractWithIndex(articles(), openTracked(file, '1.0'), extract);
    expect([r.hits, r.misses]).toEqual([0, 3]);
    expect(r.extracted).toEqual(articles().map(fakeExtract));
    for (const e of r.extracted) for (const c of e.claims) expect(c.span.end).toBeLessThanOrEqual(texts[Number(e.id.slice(1))].length);
  });
});
