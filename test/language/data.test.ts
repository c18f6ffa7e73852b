import * as fs from 'node:fs';
import * as path from 'node:path';
import { validatorFor } from '../../src/lib/validate';
import { alternation, ownValue, wordMap, wordSet } from '../../src/language/lexicon';

const LANGUAGE_DIR = path.resolve(__dirname, '../../src/language');

function dataFiles(): string[] {
  return fs
    .readdirSync(LANGUAGE_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => fs.readdirSync(path.join(LANGUAGE_DIR, d.name)).filter((f) => f.endsWith('.json')).map((f) => path.join(d.name, f)));
}

describe('language data files', () => {
  const validate = validatorFor('wordlist.schema.json');
  it('every file satisfies the word-list schema', () => {
    const problems = dataFiles().flatMap((file) => {
      const result = validate(JSON.parse(fs.readFileSync(path.join(LANGUAGE_DIR, file), 'utf8')));
      return result.ok ? [] : result.errors.map((e) => `${file}: ${e}`);
    });
    expect(problems).toEqual([]);
  });
  it('rejects a file with neither words nor table', () => {
    expect(validate({ description: 'empty' }).ok).toBe(false);
    expect(validate({ description: 'ok', words: ['a'] }).ok).toBe(true);
  });
});

describe('lexicon readers', () => {
  it('never find Object.prototype keys', () => {
    const set = wordSet({ description: 'x', words: ['Alpha'] });
    const map = wordMap<number>({ description: 'x', table: { beta: 2 } });
    for (const key of Object.getOwnPropertyNames(Object.prototype)) {
      expect(set.has(key)).toBe(false);
      expect(map.get(key)).toBeUndefined();
      expect(ownValue({ beta: 2 } as Record<string, number>, key)).toBeUndefined();
    }
    expect(set.has('alpha')).toBe(true);
    expect(map.get('beta')).toBe(2);
  });
});

describe('alternation', () => {
  it('matches the words literally, the longest first', () => {
    const re = new RegExp(`^${alternation(['memo', 'memorandum', 'U.S.', 'a+b'])}`);
    expect(alternation(['memo', 'memorandum'])).toBe('(?:memorandum|memo)');
    expect(re.exec('memorandum')?.[0]).toBe('memorandum');
    expect(re.test('UXS.')).toBe(false);
    expect(re.test('a+b')).toBe(true);
    expect(re.test('aab')).toBe(false);
  });
});
