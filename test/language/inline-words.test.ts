import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Words live in src/language/<lang>/*.json, not in stage code. Guarded here for the layers already clean:
 * no Set of quoted lower-case words and no regular expression alternating words. (Lists of identifiers,
 * such as format names or review states, are not language and are not matched: they are arrays, not Sets.)
 */
const SRC = path.resolve(__dirname, '../../src');
const CLEAN = ['align', 'compare', 'extract/analysis', 'ingest', 'model', 'findings', 'report', 'review', 'index', 'cli', 'cli.ts', 'pipeline.ts', 'align/kinds.ts', 'extract/entities', 'extract/quotes', 'compare/framing', 'extract/dates', 'extract/refiners'];
/** File-name conventions, not English text: the corpus reader skips README, LICENSE and the like. */
const NOT_LANGUAGE = new Set(['ingest/index.ts']);

const WORD_SET = /new Set\(\[\s*'[a-z][a-z' -]*'(?:\s*,\s*'[a-z][a-z' -]*'){2,}/g;
/** Words of three letters or more (HTML entity names such as `lt|gt` are no language). */
const WORD_ALTERNATION = /\((?:\?:)?[a-z]{3,}(?:\|[a-z][a-z' -]{2,}){2,}[|)]/g;

function files(p: string): string[] {
  const full = path.join(SRC, p);
  if (fs.statSync(full).isFile()) return [p];
  return fs.readdirSync(full).flatMap((f) => files(path.join(p, f))).filter((f) => f.endsWith('.ts'));
}

test('the clean layers hold no inline word lists', () => {
  // Whole files, so that a list over several lines is found too; reported as file:line.
  const found = CLEAN.flatMap(files)
    .filter((f) => !NOT_LANGUAGE.has(f.split(path.sep).join('/')))
    .flatMap((f) => {
      const code = fs.readFileSync(path.join(SRC, f), 'utf8');
      return [...code.matchAll(WORD_SET), ...code.matchAll(WORD_ALTERNATION)].map((m) => `${f}:${code.slice(0, m.index).split('\n').length}`);
    });
  expect(found).toEqual([]);
});

test('the patterns find the lists they are meant to', () => {
  const finds = (re: RegExp, code: string) => [...code.matchAll(re)].length > 0;
  expect(finds(WORD_SET, "const X = new Set([\n  'mr', 'mrs',\n  'dr',\n]);")).toBe(true);
  expect(finds(WORD_ALTERNATION, '/\\b(?:said|says|told)\\b/')).toBe(true);
  expect(finds(WORD_ALTERNATION, 'String.raw`(?:said|says|told|` +')).toBe(true);
  expect(finds(WORD_SET, "const F = ['text', 'json', 'sarif'];")).toBe(false);
  expect(finds(WORD_ALTERNATION, '/&(amp|lt|gt|quot);/')).toBe(false);
});
