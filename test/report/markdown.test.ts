import { renderMarkdown } from '../../src/report/markdown';
import type { Report } from '../../src/types';
import { HOSTILE, makeReport } from './fixtures';

/** Cells of a Markdown table row: split on pipes that are not backslash-escaped. */
function cells(row: string): string[] {
  return row.replace(/^\|\s?|\s?\|$/g, '').split(/(?<!\\)\|/).map((c) => c.trim());
}

/** The table rows that follow a header line starting with `header`. */
function tableAfter(markdown: string, header: string): string[][] {
  const lines = markdown.split('\n');
  const at = lines.findIndex((l) => l.startsWith(header));
  if (at < 0) throw new Error(`no table with header ${header}`);
  const rows: string[][] = [];
  for (let i = at + 2; i < lines.length && lines[i]!.startsWith('|'); i++) rows.push(cells(lines[i]!));
  return rows;
}

describe('renderMarkdown', () => {
  const report = makeReport();
  const out = renderMarkdown(report);

  test('summary counts', () => {
    expect(out).toContain('3 articles · 2 stories · 21 claims · 7 groups · **8 flags** (3 errors, 2 warnings, 3 info) · 1 omission');
    expect(out.startsWith('# claimdiff report: harbor\n')).toBe(true);
    expect(out.endsWith('\n')).toBe(true);
  });

  test('stories list their articles', () => {
    expect(out).toContain('- **Harbor expansion approved, March 2024** `s-harbor`: **a01** (Northern Wire, 2024-03-12), **b02** (Daily Ledger, 2024-03-13)');
  });

  test('flag table: one row per flag, errors first, with id, kind and reason', () => {
    const rows = tableAfter(out, '| severity | id | kind | reason |');
    expect(rows).toHaveLength(report.flags.length);
    expect(rows.map((r) => r[0])).toEqual(['error', 'error', 'error', 'warning', 'warning', 'info', 'info', 'info']);
    expect(rows[0]).toEqual(['error', '`f-cost`', 'value conflict', 'Northern Wire puts the cost at $2.4 billion; Daily Ledger at $2.1 billion.']);
    expect(rows.find((r) => r[1] === '`f-review`')).toEqual(['info', '`f-review`', 'omission', report.flags.find((f) => f.id === 'f-review')!.reason]);
  });

  test('each flag shows its evidence sentences with the claim in bold', () => {
    expect(out).toContain('### error: value conflict `f-cost`');
    expect(out).toContain('- **a01** (Northern Wire, 2024-03-12): “The port authority approved a **$2.4 billion** harbor expansion on Monday, officials said.”');
    expect(out).toContain('- **b02** (Daily Ledger, 2024-03-13): “Cargo volume grew **9%** in 2022, port figures show.”');
    // framing evidence has no claim: the span alone marks the label
    expect(out).toContain('backed a $2.1 billion **megaproject** for the harbor.”');
  });

  test('groups table gives each verdict and how each article states it', () => {
    const rows = tableAfter(out, '| id | verdict |');
    expect(rows.map((r) => r[1])).toEqual(['conflict', 'different period', 'conflict', 'forecast vs actual', 'agree', 'conflict', 'paraphrase']);
    expect(rows[0]![4]).toBe('a01: $2.4 billion; b02: $2.1 billion');
    expect(out).toContain('7 groups: 3 conflict, 1 different period, 1 forecast vs actual, 1 agree, 1 paraphrase.');
  });

  test('framing: a source × label table per concept, with the number of uses', () => {
    expect(out).toContain('### harbor-project: the harbor project (divergence 0.67)');
    const rows = tableAfter(out, '| source | expansion | megaproject | plan |');
    expect(rows).toEqual([
      ['**a01** (Northern Wire, 2024-03-12)', '2', '', ''],
      ['**b02** (Daily Ledger, 2024-03-13)', '', '2', ''],
      ['**c03** (Harbor Gazette, 2023-11-02)', '', '', '1'],
    ]);
  });

  test('omissions name who states the fact and who leaves it out', () => {
    const rows = tableAfter(out, '| id | story | about |');
    expect(rows).toEqual([[
      '`o-review`', 'Harbor expansion approved, March 2024', 'length of the environmental review',
      '**b02** (Daily Ledger, 2024-03-13)', '**a01** (Northern Wire, 2024-03-12)', '18 months',
    ]]);
  });

  test('a report without flags says so and has no empty sections', () => {
    const empty: Report = { ...report, flags: [], groups: [], framing: [], omissions: [], notices: [] };
    const md = renderMarkdown(empty);
    expect(md).toContain('No flags: the sources agree');
    expect(md).not.toMatch(/## (Groups|Framing|Omissions)/);
    expect(md).toContain('**0 flags** (0 errors, 0 warnings, 0 info)');
  });

  test('the same report gives the same text', () => {
    expect(renderMarkdown(makeReport())).toBe(out);
  });
});

describe('renderMarkdown escaping', () => {
  const nasty = `${HOSTILE} | pipe\nnew line *star* _under_`;
  const out = renderMarkdown(makeReport(nasty));

  test('pipes and line breaks in article text do not break table rows', () => {
    const lines = out.split('\n');
    for (const [header, columns] of [['| severity | id |', 4], ['| id | verdict |', 5], ['| id | story |', 6]] as const) {
      for (const row of tableAfter(out, header)) expect(row).toHaveLength(columns);
    }
    // every line that starts a table row also ends it: nothing spilled onto the next line
    for (const line of lines.filter((l) => l.startsWith('|'))) expect(line.endsWith('|')).toBe(true);
    expect(out).not.toContain('\nnew line');
  });

  test('HTML and emphasis from article text are escaped', () => {
    expect(out).not.toMatch(/(?<!\\)<script/);
    expect(out).not.toMatch(/(?<!\\)<img/);
    expect(out).toContain('\\*star\\* \\_under\\_');
  });

  test('a flag reason keeps its words, escaped', () => {
    const row = tableAfter(out, '| severity | id |').find((r) => r[1] === '`f-cost`')!;
    expect(row[3]).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(row[3]).toContain('\\| pipe new line');
  });
});
