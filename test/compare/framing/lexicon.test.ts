import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkLexiconFile, loadLexicon } from '../../../src/extract/analysis/framing/lexicon';

const DATA = path.resolve(__dirname, '../../../src/language/en/framing-lexicons');

describe('framing lexicons are data validated by schemas/framing-lexicon.schema.json', () => {
  const files = fs.readdirSync(DATA).filter((f) => f.endsWith('.json')).sort();

  it.each(files)('%s is valid and says what it is', (f) => {
    const data = JSON.parse(fs.readFileSync(path.join(DATA, f), 'utf8')) as { $comment: string };
    expect(() => checkLexiconFile(f, data)).not.toThrow();
    expect(data.$comment.length).toBeGreaterThan(100);
  });

  const invalid: Array<{ name: string; data: unknown }> = [
    { name: 'no $comment', data: { kind: 'conflicts', conflicts: [{ id: 'x', name: 'X', anchors: ['X'], parties: [] }] } },
    { name: 'unknown kind', data: { $comment: 'c'.repeat(50), kind: 'weather' } },
    { name: 'label without phrases', data: { $comment: 'c'.repeat(50), kind: 'support-labels', labels: [{ label: 'arms' }], supplyWords: [], militaryWords: [], denials: [] } },
    { name: 'spelling group with one variant', data: { $comment: 'c'.repeat(50), kind: 'spellings', groups: [{ id: 'k', kind: 'place', about: 'K', variants: [{ form: 'Kyiv', status: 'current' }] }] } },
    { name: 'bad anaphora value', data: { $comment: 'c'.repeat(50), kind: 'conflict-labels', labels: [{ label: 'war', phrases: ['war'], anaphora: 'sometimes' }], modifiers: [], precedingStop: [], followingStop: [] } },
  ];
  it.each(invalid)('rejects: $name', ({ data }) => {
    expect(() => checkLexiconFile('bad.json', data)).toThrow(/framing lexicon bad\.json is invalid/);
  });

  it('every conflict party and spelling id is well formed and parties are known countries', () => {
    const lex = loadLexicon();
    const countries = new Set(lex.countries.map((c) => c.id));
    for (const k of lex.conflicts) for (const p of k.parties) expect(countries.has(p) ? p : `${k.id}: unknown party ${p}`).toBe(p);
  });
});
