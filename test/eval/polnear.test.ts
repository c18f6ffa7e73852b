import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseBrat } from '../../src/eval/brat';
import { goldQuotes, headWords, pickAnnotations, quotedParts, scorePolnear, speakerMatches } from '../../src/eval/polnear';

// A hand-made article: one direct quote after its speaker, one partial quote in reported speech with a
// pronoun Source, one reported-speech Content without marks (not scored) and a scare quote nobody said.
const TEXT = [
  'Budget talks stall',
  '',
  '“We will not sign this bill,” said Senator Jane Roe, a Democrat from Ohio.',
  '',
  'She added that the plan was “a disaster for families.” The mayor said the city would wait.',
  '',
  'Critics call it the “stealth tax” on workers.',
  '',
].join('\n');

function at(s: string, from = 0): [number, number] {
  const i = TEXT.indexOf(s, from);
  if (i < 0) throw new Error(`not in text: ${s}`);
  return [i, i + s.length];
}

function ann(): string {
  const lines: string[] = [];
  let t = 0;
  let e = 0;
  const add = (type: string, s: string): string => {
    const [a, b] = at(s);
    lines.push(`T${++t}\t${type} ${a} ${b}\t${s}`);
    return `T${t}`;
  };
  const attribution = (source: string | null, cue: string, content: string): void => {
    const src = source ? add('Source', source) : null;
    const c = add('Cue', cue);
    const q = add('Content', content);
    lines.push(`E${++e}\tAttribution:${c} Content:${q} Cue:${c}${src ? ` Source:${src}` : ''}`);
  };
  attribution('Senator Jane Roe', 'said', '“We will not sign this bill,”');
  attribution('She', 'added', 'the plan was “a disaster for families.”');
  attribution('The mayor', 'said the', 'the city would wait');
  return lines.join('\n') + '\n';
}

describe('PolNeAR scorer', () => {
  test('brat spans keep their offsets and texts', () => {
    const doc = parseBrat(ann(), TEXT);
    for (const s of doc.spans.values()) expect(TEXT.slice(s.fragments[0].start, s.fragments[0].end)).toBe(s.text);
    expect(doc.events).toHaveLength(3);
    expect(doc.events[0].args['Source']).toBe('T1');
  });

  test('brat code-point offsets become UTF-16 offsets', () => {
    const text = '😀 “Hi,” she said.';
    const doc = parseBrat('T1\tContent 3 6\tHi,\n', text);
    const s = doc.spans.get('T1')!;
    expect(text.slice(s.fragments[0].start, s.fragments[0].end)).toBe('Hi,');
  });

  test('quoted parts of Contents are the gold direct quotes; Contents without marks are not', () => {
    const gold = goldQuotes('a', TEXT, parseBrat(ann(), TEXT));
    expect(gold.map((g) => g.text)).toEqual(['We will not sign this bill,', 'a disaster for families.']);
    expect(gold[0].sources[0].text).toBe('Senator Jane Roe');
    // The pronoun Source takes the nearest earlier named Source of the gold as its antecedent.
    expect(gold[1].sources[0].antecedent).toBe('Senator Jane Roe');
    expect(quotedParts('He said ‘no’ and it’s “fine”.').map((s) => s.end - s.start)).toEqual([2, 4]);
  });

  test('head words: surnames of names, the last word of descriptions', () => {
    expect(headWords('Sen. Ted Cruz')).toEqual(['cruz']);
    expect(headWords('a campaign spokesman')).toEqual(['spokesman']);
    expect(headWords('he')).toEqual([]);
    expect(speakerMatches('Ted Cruz', null, 'Cruz')).toBe(true);
    expect(speakerMatches('Marco Rubio', 'Rubio', 'Sen. Ted Cruz')).toBe(false);
  });

  test('one annotator per article, the same every time', () => {
    const chosen = pickAnnotations(['x_b2.ann', 'y_c3.ann', 'x_a1.ann']);
    expect([...chosen.entries()]).toEqual([['x', 'x_a1.ann'], ['y', 'y_c3.ann']]);
  });

  test('scores the real extractor on a brat folder', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'polnear-'));
    try {
      fs.mkdirSync(path.join(root, 'dev', 'text'), { recursive: true });
      fs.mkdirSync(path.join(root, 'dev', 'attributions'));
      fs.writeFileSync(path.join(root, 'dev', 'text', 'art1.txt'), TEXT);
      fs.writeFileSync(path.join(root, 'dev', 'attributions', 'art1_a1.ann'), ann());
      fs.writeFileSync(path.join(root, 'metadata.tsv'), 'filename\tpublication_date\nart1\t2016-09-20\n');
      const s = scorePolnear(root, 'dev')!;
      expect(s.articles).toBe(1);
      // The first quote is found with its speaker; the scare quote is not a statement.
      expect(s.quotes.tp).toBeGreaterThanOrEqual(1);
      expect(s.errors.filter((e) => e.kind === 'extra').map((e) => e.text)).not.toContain('stealth tax');
      expect(s.speakerRight).toBeGreaterThanOrEqual(1);
      expect(s.attributed.tp).toBe(s.speakerRight + (s.quotes.tp - s.speakerChecked));
      expect(scorePolnear(root, 'train')).toBeNull();
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
