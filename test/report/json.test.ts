import { renderJson } from '../../src/report/json';
import { validateReport } from '../../src/report/validate';
import { makeReport } from './fixtures';

describe('renderJson', () => {
  const report = makeReport();
  const out = renderJson(report);

  test('two reports built the same way give byte-identical output', () => {
    expect(renderJson(makeReport())).toBe(out);
    expect(Buffer.from(renderJson(structuredClone(report))).equals(Buffer.from(out))).toBe(true);
  });

  test('2-space indent, one trailing newline, keys in the order built', () => {
    expect(out.endsWith('}\n')).toBe(true);
    expect(out.endsWith('\n\n')).toBe(false);
    expect(out.split('\n')[1]).toBe('  "tool": {');
    const topKeys = [...out.matchAll(/^ {2}"([a-zA-Z]+)":/gm)].map((m) => m[1]);
    expect(topKeys).toEqual(['tool', 'corpus', 'articles', 'stories', 'claims', 'groups', 'flags', 'framing', 'omissions', 'notices']);
  });

  test('round-trips to a report that is still valid against the schema', () => {
    const parsed = JSON.parse(out);
    expect(parsed).toEqual(report);
    expect(validateReport(parsed)).toEqual([]);
  });

  test('undefined optional fields are left out rather than written as null', () => {
    const r = makeReport();
    (r.flags[0] as { group?: string }).group = undefined;
    expect(JSON.parse(renderJson(r)).flags[0]).not.toHaveProperty('group');
  });
});
