import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Imports flow one way: the lower layers (word data, the model, ingest, extraction) never import a stage
 * above them; report and review do not import each other; only src/cli.ts imports cli/.
 */
const SRC = path.resolve(__dirname, '../../src');

const LOW = ['lib', 'types', 'model', 'language', 'ingest', 'extract'];
const HIGH = ['align', 'compare', 'findings', 'report', 'review', 'index', 'pipeline', 'cli', 'eval', 'bench'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

/** The module specifiers of a file: static imports and re-exports (over several lines too), require, import(). */
function specifiers(code: string): string[] {
  const out: string[] = [];
  const patterns = [/\b(?:import|export)\s(?:[^;'"]*?\sfrom\s*)?['"]([^'"]+)['"]/g, /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g, /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const re of patterns) for (const m of code.matchAll(re)) out.push(m[1]!);
  return out;
}

/** The layer of a file under src/: its top folder, or its name for a top-level file ("cli" for cli.ts). */
function layerOf(file: string): string {
  const rel = path.relative(SRC, file).split(path.sep);
  return rel.length > 1 ? rel[0]! : rel[0]!.replace(/\.ts$/, '');
}

interface Edge {
  from: string;
  to: string;
  fromLayer: string;
  toLayer: string;
}

function edges(): Edge[] {
  const out: Edge[] = [];
  for (const file of sourceFiles(SRC)) {
    for (const spec of specifiers(fs.readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), spec);
      if (path.relative(SRC, target).startsWith('..')) continue;
      out.push({ from: path.relative(SRC, file), to: path.relative(SRC, target), fromLayer: layerOf(file), toLayer: layerOf(target) });
    }
  }
  return out;
}

const show = (e: Edge) => `${e.from} → ${e.to}`;

describe('import direction', () => {
  const all = edges();

  test('the scan finds the imports it checks', () => {
    expect(all.length).toBeGreaterThan(300);
    expect(all.some((e) => e.from === 'cli.ts' && e.toLayer === 'cli')).toBe(true);
    expect(specifiers("import {\n  a,\n  b,\n} from '../x';\nexport * from './y';\nconst z = require('./z');")).toEqual(['../x', './y', './z']);
  });

  test('model, language, ingest and extract import no higher layer', () => {
    expect(all.filter((e) => LOW.includes(e.fromLayer) && HIGH.includes(e.toLayer)).map(show)).toEqual([]);
  });

  test('stages read word data through src/language, never from a language folder', () => {
    const langFolder = (to: string) => /^language\/[a-z]{2}(?:\/|$)/.test(to.split(path.sep).join('/'));
    expect(all.some((e) => e.from === path.join('language', 'index.ts') && langFolder(e.to))).toBe(true);
    expect(all.filter((e) => e.fromLayer !== 'language' && langFolder(e.to)).map(show)).toEqual([]);
  });

  test('report and review do not import each other', () => {
    expect(all.filter((e) => (e.fromLayer === 'report' && e.toLayer === 'review') || (e.fromLayer === 'review' && e.toLayer === 'report')).map(show)).toEqual([]);
  });

  test('only src/cli.ts imports cli/, and only the benchmark child runs src/cli.ts from code', () => {
    expect(all.filter((e) => e.to.startsWith(`cli${path.sep}`) && e.from !== 'cli.ts' && !e.from.startsWith(`cli${path.sep}`)).map(show)).toEqual([]);
    expect(all.filter((e) => e.to === 'cli' && e.fromLayer !== 'bench').map(show)).toEqual([]);
  });
});
