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

  test('a summary table: one row per story, outlets by name, counts by severity', () => {
    const rows = tableAfter(out, '| story | outlets |');
    expect(rows).toEqual([
      ['Port Authority Approves Harbor Expansion', 'Northern Wire, Daily Ledger', '3', '2', '2', '1'],
      ['City Budget Sets Aside Funds for Port', 'Harbor Gazette', '0', '0', '0', '0'],
    ]);
  });

  test('each flag once, errors first, with its reason in outlet names and its evidence', () => {
    for (const f of report.flags) expect(out.split(`\`${f.id}\``).length - 1).toBe(f.kind === 'omission' ? 0 : 1);
    const heads = out.split('\n').filter((l) => l.startsWith('### ') && l.includes('`f-'));
    expect(heads.map((l) => l.split(' ')[1])).toEqual(['error', 'error', 'error', 'warning', 'warning', 'info', 'info']);
    expect(out).toContain('### error · Value conflict `f-cost`\n\nNorthern Wire puts the cost at $2.4 billion; Daily Ledger at $2.1 billion.');
    expect(out).toContain('- **Northern Wire** (2024-03-12): The port authority approved a **$2.4 billion** harbor expansion on Monday, officials said.');
    expect(out).toContain('- **Daily Ledger** (2024-03-13): Cargo volume grew **9%** in 2022, port figures show.');
    // framing evidence has no claim: the span alone marks the label
    expect(out).toContain('backed a $2.1 billion **megaproject** for the harbor.');
    expect(out).toContain('The approval is dated Monday 2024-03-11 by Northern Wire and Sunday 2024-03-10 by Daily Ledger.');
  });

  test('no debug-like columns: no "why aligned", no groups table', () => {
    expect(out).not.toMatch(/why aligned|\| id \| verdict \|/);
  });

  test('framing: a source × label table per concept, with the number of uses', () => {
    expect(out).toContain('### the harbor project (divergence 0.67)');
    const rows = tableAfter(out, '| source | expansion | megaproject | plan |');
    expect(rows).toEqual([
      ['**Northern Wire** (2024-03-12)', '2', '', ''],
      ['**Daily Ledger** (2024-03-13)', '', '2', ''],
      ['**Harbor Gazette** (2023-11-02)', '', '', '1'],
    ]);
  });

  test('omissions are one short list per story', () => {
    expect(out).toContain('**Not in every article** (1 fact)');
    expect(out).toContain('- Daily Ledger says the environmental review will take 18 months; Northern Wire, of the same story, does not mention it.');
  });

  test('terminal control characters from article text are dropped', () => {
    const md = renderMarkdown(makeReport('\u001b]8;;http://x.test\u0007link\u001b]8;;\u0007\u001b[31m'));
    expect(md).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  test('a report without flags says so and has no empty sections', () => {
    const empty: Report = { ...report, flags: [], groups: [], framing: [], omissions: [], notices: [] };
    const md = renderMarkdown(empty);
    expect(md).toContain('No flags: the sources agree');
    expect(md).not.toMatch(/## (Groups|Framing|Omissions)/);
    expect(md).not.toContain('Not in every article');
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
    for (const [header, columns] of [['| story | outlets |', 6], ['| source |', 4]] as const) {
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
    const line = out.split('\n').find((l) => l.includes('puts the cost at'))!;
    expect(line).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(line).toContain('\\| pipe new line');
  });
});
