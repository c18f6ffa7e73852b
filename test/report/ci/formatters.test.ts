import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildCheckResult, formatGithubSummary, formatters, parseCheckFormats, CHECK_FORMATS, type CheckResult } from '../../../src/report/ci';
import { escapeData, escapeProperty } from '../../../src/report/ci/github';
import { artifactUri } from '../../../src/report/ci/sarif';
import type { Severity } from '../../../src/types';
import { SHARED } from '../../helpers/article';
import { checked, corpus, ev, flag, FLAGS, NEW_TEXT, reviewed } from './fixture';

function result(failOn: Severity = 'error', flags = reviewed()): CheckResult {
  return buildCheckResult({ checked, corpus, flags, failOn, tool: { version: '0.1.0' } });
}

describe('buildCheckResult', () => {
  it('keeps only flags with evidence in a checked article, errors first, then by place', () => {
    // f-omit is a corpus fact the new article lacks: not the new article's flag. f-corpus is corpus-only.
    expect(result().flags.map((f) => f.id)).toEqual(['f-value', 'f-quote', 'f-multi', 'f-period']);
  });

  const table: Array<{ failOn: Severity; failing: number; failed: boolean }> = [
    { failOn: 'error', failing: 1, failed: true },
    // open warnings: f-multi (needs-work stays open); f-quote is dismissed.
    { failOn: 'warning', failing: 2, failed: true },
    // f-period's dismissal is stale: open again, so it counts at info.
    { failOn: 'info', failing: 3, failed: true },
  ];
  it.each(table)('counts failing flags at or above $failOn', ({ failOn, failing, failed }) => {
    const r = result(failOn);
    expect(r.counts).toEqual({ total: 4, open: 3, dismissed: 1, stale: 1, failing, bySeverity: { error: 1, warning: 1, info: 1 } });
    expect(r.failed).toBe(failed);
  });

  it('passes when the only error is dismissed on current evidence', () => {
    const flags = reviewed(FLAGS, [{ flagId: 'f-value', decision: 'dismissed', who: 'ana', when: '2024-05-02T00:00:00Z', evidenceHash: 'h-f-value' }]);
    expect(result('error', flags)).toMatchObject({ failed: false, counts: { failing: 0, dismissed: 1 } });
  });

  it('fails when the error is only confirmed', () => {
    const flags = reviewed(FLAGS, [{ flagId: 'f-value', decision: 'confirmed', who: 'ana', when: '2024-05-02T00:00:00Z', evidenceHash: 'h-f-value' }]);
    expect(result('error', flags)).toMatchObject({ failed: true, counts: { failing: 1 } });
  });
});

describe('text format', () => {
  const out = formatters.text(result());
  it('puts each flag at file:line:col of the new article', () => {
    expect(out).toContain('news/new story.txt:3:15  error  value-conflict  f-value  [failing]');
    // after the astral character: two columns for it.
    expect(out).toContain('news/new story.txt:3:31  info  different-period  f-period  [open, below --fail-on error]');
    expect(out).toContain('news/new story.txt:4:28  warning  quote-altered  f-quote  [dismissed]');
    expect(out).not.toContain('f-omit');
  });
  it('lists errors first', () => {
    expect(out.split('\n')[0]).toMatch(/  error  value-conflict  f-value/);
    expect(out.indexOf('f-period')).toBeGreaterThan(out.indexOf('f-multi'));
  });
  it('strips terminal control characters coming from article text', () => {
    const text = 'Trade rose to $189 billion \u001b]8;;http://x.test\u0007link\u001b]8;;\u0007 \u001b[31mred\u001b[0m\u0007 \u009b2J ok.\n';
    const r = buildCheckResult({ checked: [{ articleId: 'new', file: 'n.txt', text }], flags: reviewed([flag('f-c', 'value-conflict', 'error', 'bad \u001b[2Jreason', [ev('new', text, '$189 billion')])], []), failOn: 'error' });
    for (const name of ['text', 'github'] as const) {
      const o = formatters[name](r);
      expect(o).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(o).toContain('link');
      expect(o).not.toContain('http://x.test');
    }
  });
  it('shows the reason on one line, the evidence, and the reviews', () => {
    expect(out).toContain('  Trade: $189 billion vs $190 billion, 100% sure: yes\n');
    expect(out).toContain('  > new: "Trade rose to $189 billion 😀 last year, officials said."');
    expect(out).toContain('  - 001 (corpus/001.txt): "Trade reached $190 billion in 2023."');
    expect(out).toContain('review: dismissed by ana, 2024-05-01 09:00 UTC: "same words, trimmed"');
    expect(out).toMatch(/review: dismissed by bo, .*stale/);
  });
  it('ends with a summary line', () => {
    expect(out.trimEnd().split('\n').pop()).toBe(
      '4 flags in 1 checked article: 1 error, 1 warning, 1 info open; 1 dismissed, 1 with a stale review. check failed: 1 open flag at or above error.',
    );
    expect(formatters.text(result('error', [])).trim()).toBe('0 flags in 1 checked article: 0 errors, 0 warnings, 0 info open; 0 dismissed. check passed (fail-on error).');
  });
});

describe('json format', () => {
  it('is deterministic whatever the key order of its input', () => {
    const a = formatters.json(result());
    const shuffled = reviewed().map((f) => Object.fromEntries(Object.entries(f).reverse()) as typeof f);
    expect(formatters.json(result('error', shuffled))).toBe(a);
  });
  it('gives locations and status, and leaves the article text out', () => {
    const doc = JSON.parse(formatters.json(result()));
    expect(doc.failed).toBe(true);
    expect(doc.checked).toEqual([{ articleId: 'new', file: 'news/new story.txt' }]);
    const v = doc.flags.find((f: { id: string }) => f.id === 'f-value');
    expect(v).toMatchObject({ open: true, failing: true, locations: [{ file: 'news/new story.txt', region: { startLine: 3, startColumn: 15, endLine: 3, endColumn: 27 } }] });
    expect(doc.flags.find((f: { id: string }) => f.id === 'f-quote')).toMatchObject({ open: false, failing: false, review: { decision: 'dismissed' } });
    expect(JSON.stringify(doc)).not.toContain('Port traffic climbs');
  });
});

describe('github format', () => {
  const unescape = (s: string): string => s.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

  it.each([
    { s: '100% a\r\nb', data: '100%25 a%0D%0Ab', prop: '100%25 a%0D%0Ab' },
    { s: 'x: y, z', data: 'x: y, z', prop: 'x%3A y%2C z' },
    { s: '%0A', data: '%250A', prop: '%250A' },
  ])('escapes $s', ({ s, data, prop }) => {
    expect(escapeData(s)).toBe(data);
    expect(escapeProperty(s)).toBe(prop);
    expect(unescape(escapeProperty(s))).toBe(s);
  });

  const lines = formatters.github(result()).trimEnd().split('\n');
  const commands = lines.filter((l) => l.startsWith('::'));
  const parsed = commands.map((l) => {
    const m = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(l);
    expect(m).not.toBeNull();
    const props = Object.fromEntries(m![2].split(',').map((kv) => kv.split('=') as [string, string]));
    return { command: m![1], props, message: unescape(m![3]) };
  });

  it('annotates open errors and warnings, one line each, and folds the notices into one', () => {
    expect(parsed.map((p) => [p.command, p.message.split('\n').pop()])).toEqual([
      ['error', 'flag f-value'],
      ['warning', 'flag f-multi'],
      ['notice', '- news/new story.txt:3 different-period: Different years: 2023 and last year.'],
    ]);
    expect(parsed[2].props).toEqual({ title: 'claimdiff%3A 1 notice' });
    expect(lines[lines.length - 1]).toMatch(/^claimdiff: 4 flags/);
  });

  it('writes a job summary table with every flag', () => {
    const md = formatGithubSummary(result());
    expect(md).toMatch(/^## claimdiff check/);
    expect(md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| severity'))).toHaveLength(4);
    expect(md).toContain('| info | different-period | news/new story.txt:3 |');
  });

  it('gives file, lines, and columns only for one-line spans (endColumn inclusive)', () => {
    expect(parsed[0].props).toEqual({ file: 'news/new story.txt', line: '3', endLine: '3', col: '15', endColumn: '26', title: 'claimdiff value-conflict (fails check)' });
    expect(parsed[1].props).toEqual({ file: 'news/new story.txt', line: '5', endLine: '6', title: 'claimdiff quote-altered' });
  });

  it('keeps the message intact through escaping, and escapes odd file names', () => {
    expect(parsed[0].message.split('\n').slice(0, 2)).toEqual(['Trade: $189 billion vs $190 billion, 100% sure: yes', 'new: "Trade rose to $189 billion 😀 last year, officials said."']);
    const odd = buildCheckResult({ checked: [{ ...checked[0], file: 'a,b:c%.txt' }], flags: reviewed(), failOn: 'error' });
    expect(formatters.github(odd)).toContain('file=a%2Cb%3Ac%25.txt,');
  });
});

describe('junit format', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testcase' || name === 'testsuite' });

  it('is valid XML with a testcase per flag and failures for failing flags', () => {
    const xml = formatters.junit(result('warning'));
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml);
    expect(doc.testsuites).toMatchObject({ tests: '4', failures: '2', skipped: '1' });
    const suite = doc.testsuites.testsuite[0];
    expect(suite).toMatchObject({ name: 'news/new story.txt', tests: '4', failures: '2', skipped: '1' });
    const outcome = Object.fromEntries(
      suite.testcase.map((c: Record<string, unknown>) => [c.name, 'failure' in c ? 'failure' : 'skipped' in c ? 'skipped' : 'passed']),
    );
    expect(outcome).toEqual({
      'value-conflict f-value': 'failure',
      'different-period f-period': 'passed',
      'quote-altered f-quote': 'skipped',
      'quote-altered f-multi': 'failure',
    });
    const v = suite.testcase.find((c: { name: string }) => c.name === 'value-conflict f-value');
    expect(v).toMatchObject({ file: 'news/new story.txt', line: '3', classname: 'claimdiff.new' });
  });

  it('stays valid with characters XML cannot hold or must escape', () => {
    const nasty = 'a <b> & "c" \'d\' ]]> \u0001\u0008 \uD800 end';
    const flags = reviewed([flag('f-x', 'value-conflict', 'error', nasty, [ev('new', NEW_TEXT, '$189 billion')])], []);
    const xml = formatters.junit(buildCheckResult({ checked: [{ ...checked[0], file: 'x&<y>.txt' }], flags, failOn: 'error' }));
    expect(XMLValidator.validate(xml)).toBe(true);
    const c = parser.parse(xml).testsuites.testsuite[0].testcase[0];
    expect(c.failure.message).toBe('a <b> & "c" \'d\' ]]> \uFFFD\uFFFD \uFFFD end');
  });

  it('gives an empty suite for an article without flags', () => {
    const xml = formatters.junit(buildCheckResult({ checked, flags: [], failOn: 'error' }));
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parser.parse(xml).testsuites).toMatchObject({ tests: '0', failures: '0' });
  });
});

describe('sarif format', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(SHARED, 'schemas-external/sarif-schema-2.1.0.json'), 'utf8'));
  const ajv = new Ajv04({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  it.each(['error', 'warning', 'info'] as Severity[])('validates against the SARIF 2.1.0 schema (fail-on %s)', (failOn) => {
    const log = JSON.parse(formatters.sarif(result(failOn)));
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('validates with no flags, and an invalid log does not (the check can fail)', () => {
    expect(validate(JSON.parse(formatters.sarif(buildCheckResult({ checked, flags: [], failOn: 'error' }))))).toBe(true);
    const bad = JSON.parse(formatters.sarif(result()));
    bad.runs[0].results[1].level = 'fatal';
    expect(validate(bad)).toBe(false);
  });

  const log = JSON.parse(formatters.sarif(result()));
  const run = log.runs[0];
  const byId = (id: string) => run.results.find((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['claimdiffFlagId/v1'] === id);

  it('describes every flag kind as a rule', () => {
    expect(run.tool.driver).toMatchObject({ name: 'claimdiff', version: '0.1.0' });
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      'value-conflict', 'date-conflict', 'quote-altered', 'attribution-conflict', 'different-period', 'forecast-vs-actual', 'framing-divergence', 'omission',
    ]);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  it('locates results in the new file with exclusive end columns', () => {
    const v = byId('f-value');
    expect(v).toMatchObject({ ruleId: 'value-conflict', level: 'error', message: { text: 'Trade: $189 billion vs $190 billion, 100% sure: yes' } });
    expect(v.locations[0].physicalLocation).toMatchObject({
      artifactLocation: { uri: 'news/new%20story.txt' },
      region: { startLine: 3, startColumn: 15, endLine: 3, endColumn: 27, snippet: { text: '$189 billion' } },
      contextRegion: { startLine: 3, startColumn: 1, snippet: { text: 'Trade rose to $189 billion 😀 last year, officials said.' } },
    });
    expect(v.relatedLocations[0]).toMatchObject({
      physicalLocation: { artifactLocation: { uri: 'corpus/001.txt' }, region: { startLine: 3, startColumn: 15, endColumn: 27 } },
    });
    expect(byId('f-period')).toMatchObject({ level: 'note', locations: [{ physicalLocation: { region: { startLine: 3, startColumn: 31, endColumn: 40 } } }] });
    expect(byId('f-multi').locations[0].physicalLocation.region).toMatchObject({ startLine: 5, startColumn: 19, endLine: 6, endColumn: 11 });
    // corpus article without text: the file only (a region always has a startLine).
    expect(byId('f-multi').relatedLocations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'corpus/002.txt' } });
    expect(byId('f-omit')).toBeUndefined();
  });

  it('gives every result a region with a startLine', () => {
    for (const r of run.results) for (const l of r.locations) expect(l.physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
  });

  it('suppresses dismissed flags only (not stale or confirmed ones)', () => {
    expect(byId('f-quote').suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'same words, trimmed (ana, 2024-05-01T09:00:00Z)' }]);
    expect(byId('f-period').suppressions).toBeUndefined();
    expect(byId('f-multi').suppressions).toBeUndefined();
    expect(byId('f-period').properties.review).toMatchObject({ stale: true });
  });

  it.each([
    { file: 'a/b c.txt', uri: 'a/b%20c.txt' },
    { file: 'a\\b#1.txt', uri: 'a/b%231.txt' },
    { file: '/tmp/x y.txt', uri: 'file:///tmp/x%20y.txt' },
  ])('turns $file into the URI $uri', ({ file, uri }) => {
    expect(artifactUri(file)).toBe(uri);
  });
});

describe('formatter registry', () => {
  it('has every format by name, each a function of the result', () => {
    expect(CHECK_FORMATS).toEqual(['text', 'json', 'github', 'junit', 'sarif']);
    for (const name of CHECK_FORMATS) expect(formatters[name](result())).toBe(formatters[name](result()));
  });
  it.each([
    { spec: 'sarif', out: ['sarif'] },
    { spec: 'text, github,text', out: ['text', 'github'] },
  ])('parses --format $spec', ({ spec, out }) => {
    expect(parseCheckFormats(spec)).toEqual(out);
  });
  it.each(['', 'xml', 'text,html'])('rejects --format %p', (spec) => {
    expect(() => parseCheckFormats(spec)).toThrow(/--format/);
  });
});
