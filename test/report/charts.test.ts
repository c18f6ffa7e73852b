import { JSDOM } from 'jsdom';
import { agreementMatrix, cellFill, pairCounts, pairKey } from '../../src/report/charts/agreement-matrix';
import { framingGrid } from '../../src/report/charts/framing-grid';
import { truncate, wrap } from '../../src/report/charts/svg';
import { focusScale } from '../../src/report/charts/time-scale';
import { placeableDates, timeline, timexPeriod, timeTicks } from '../../src/report/charts/timeline';
import type { Group, Verdict } from '../../src/types';
import { HOSTILE, makeReport } from './fixtures';

const svgDoc = (svg: string) => new JSDOM(`<body>${svg}</body>`).window.document;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('timexPeriod', () => {
  test.each<[string, string, string, string]>([
    ['2024-03-11', '2024-03-11', '2024-03-12', 'day'],
    ['2024-02', '2024-02-01', '2024-03-01', 'month'],
    ['2023-12', '2023-12-01', '2024-01-01', 'month'],
    ['2023', '2023-01-01', '2024-01-01', 'year'],
    ['2023-W12', '2023-03-20', '2023-03-27', 'week'],
    ['2021-W01', '2021-01-04', '2021-01-11', 'week'],
    ['2023-Q2', '2023-04-01', '2023-07-01', 'quarter'],
    ['2023-H2', '2023-07-01', '2024-01-01', 'half'],
    ['198', '1980-01-01', '1990-01-01', 'decade'],
    ['0079', '0079-01-01', '0080-01-01', 'year'],
  ])('%s', (value, start, end, precision) => {
    const p = timexPeriod(value)!;
    expect([iso(p.start), iso(p.end), p.precision]).toEqual([start, end, precision]);
  });

  test.each(['XXXX-XX-XX', 'PRESENT_REF', '2023-SP', '2023-13', '2023-02-30', 'P2D', '2023-W60', 'XXXX-03', '2023-03-21T10:00', ''])(
    'no period: %p', (value) => expect(timexPeriod(value)).toBeNull());
});

describe('timeTicks', () => {
  const t = (s: string) => Date.parse(`${s}T00:00:00Z`);
  test.each<[string, string, number, string[]]>([
    ['2022-01-01', '2024-07-01', 8, ['Jan 2022', 'Jul 2022', 'Jan 2023', 'Jul 2023', 'Jan 2024', 'Jul 2024']],
    ['1949-06-01', '2030-06-01', 8, ['1960', '1980', '2000', '2020']],
    ['2024-03-08', '2024-03-13', 8, ['8 Mar 2024', '9 Mar 2024', '10 Mar 2024', '11 Mar 2024', '12 Mar 2024', '13 Mar 2024']],
    ['2024-01-15', '2024-05-20', 8, ['Feb 2024', 'Mar 2024', 'Apr 2024', 'May 2024']],
  ])('%s … %s', (from, to, maxTicks, labels) => {
    const ticks = timeTicks(t(from), t(to), maxTicks);
    expect(ticks.map((k) => k.label)).toEqual(labels);
    expect(ticks.length).toBeLessThanOrEqual(maxTicks);
    for (const k of ticks) expect(k.at >= t(from) && k.at <= t(to)).toBe(true);
  });
});

describe('timeline chart', () => {
  const report = makeReport();
  const sources = report.articles.map((a) => ({ id: a.id, label: `${a.id} · ${a.outlet}`, published: a.published }));
  const verdictOf = new Map<string, Verdict>(report.groups.flatMap((g) => g.claims.map((c) => [c, g.verdict] as [string, Verdict])));

  test('places resolved DATE claims only', () => {
    const ids = placeableDates(report.claims).map((p) => p.claim.id);
    expect(ids).toEqual(['c-a-monday', 'c-a-2023', 'c-a-june', 'c-b-sunday', 'c-b-2022', 'c-b-june', 'c-c-lastyear', 'c-c-october']);
  });

  test('one lane per source, a dot per day, a bar per longer period, coloured by group verdict', () => {
    const chart = timeline(report.claims, { sources, verdictOf })!;
    const doc = svgDoc(chart.svg);
    expect(doc.querySelectorAll('rect.lane')).toHaveLength(3);
    expect(doc.querySelectorAll('g.mark')).toHaveLength(8);
    expect(doc.querySelector('g.mark[data-claim-id="c-a-monday"] circle')!.getAttribute('fill')).toBe('#c62828');
    expect(doc.querySelector('g.mark[data-claim-id="c-a-june"] rect')!.getAttribute('fill')).toBe('#2e7d32');
    expect(doc.querySelector('g.mark[data-claim-id="c-a-2023"] rect')!.getAttribute('fill')).toBe('#546e7a');
    // a year is wider than a month
    const width = (id: string) => Number(doc.querySelector(`g.mark[data-claim-id="${id}"] rect`)!.getAttribute('width'));
    expect(width('c-a-2023')).toBeGreaterThan(width('c-a-june') * 8);
    expect(doc.querySelectorAll('line.published')).toHaveLength(4); // one per lane plus the legend
    expect(chart.note).toBe('1 date claim with no definite calendar period (unresolved, durations, sets) not placed.');
  });

  test('a date in conflict is marked by shape too (✗), not only by colour', () => {
    const doc = svgDoc(timeline(report.claims, { sources, verdictOf })!.svg);
    expect(doc.querySelector('g.mark.conflict[data-claim-id="c-a-monday"] text.conflict-mark')!.textContent).toBe('✗');
    expect(doc.querySelector('g.mark[data-claim-id="c-a-june"] text.conflict-mark')).toBeNull();
  });

  test('a later date is further right', () => {
    const doc = svgDoc(timeline(report.claims, { sources })!.svg);
    const cx = (id: string) => Number(doc.querySelector(`g.mark[data-claim-id="${id}"] circle`)!.getAttribute('cx'));
    expect(cx('c-a-monday')).toBeGreaterThan(cx('c-b-sunday'));
  });

  test('caps the lanes and says so', () => {
    const chart = timeline(report.claims, { sources, maxLanes: 2 })!;
    expect(svgDoc(chart.svg).querySelectorAll('rect.lane')).toHaveLength(2);
    expect(chart.note).toMatch(/^1 more sources not shown/);
  });

  test('nothing to place: no chart', () => {
    expect(timeline(report.claims.filter((c) => c.kind !== 'date'), { sources })).toBeNull();
  });

  test('tooltips carry the sentence, escaped', () => {
    const hostile = makeReport(HOSTILE);
    const chart = timeline(hostile.claims, { sources: hostile.articles.map((a) => ({ id: a.id, label: a.outlet!, published: a.published })) })!;
    expect(chart.svg).not.toContain('<script>');
    expect(svgDoc(chart.svg).querySelector('g.mark[data-claim-id="c-b-sunday"] title')!.textContent).toContain(`Daily Ledger${HOSTILE}`);
  });
});

describe('agreement matrix', () => {
  const g = (id: string, verdict: Verdict, claims: string[]): Group => ({
    id, about: id, kind: 'quantity', verdict, claims, why: { keys: [], scores: {}, summary: '' },
  });
  const articleOf = new Map([['a1', 'A'], ['a2', 'A'], ['b1', 'B'], ['b2', 'B'], ['c1', 'C'], ['d1', 'D']]);

  test.each<[string, Group[], Record<string, { agree: number; conflict: number; explained: number }>]>([
    ['agree and paraphrase count as agreeing', [g('g1', 'agree', ['a1', 'b1']), g('g2', 'paraphrase', ['a2', 'b2'])],
      { 'A B': { agree: 2, conflict: 0, explained: 0 } }],
    ['a three-source conflict counts for each pair', [g('g1', 'conflict', ['a1', 'b1', 'c1'])],
      { 'A B': { agree: 0, conflict: 1, explained: 0 }, 'A C': { agree: 0, conflict: 1, explained: 0 }, 'B C': { agree: 0, conflict: 1, explained: 0 } }],
    ['different period and forecast are explained, not conflicts', [g('g1', 'different-period', ['a1', 'c1']), g('g2', 'forecast-vs-actual', ['a2', 'c1'])],
      { 'A C': { agree: 0, conflict: 0, explained: 2 } }],
    ['two claims of one article are no pair', [g('g1', 'agree', ['a1', 'a2'])], {}],
    ['unknown claim ids are ignored', [g('g1', 'conflict', ['a1', 'zz'])], {}],
  ])('%s', (_name, groups, expected) => {
    const counts = pairCounts(groups, articleOf);
    const want = new Map(Object.entries(expected).map(([k, v]) => [pairKey(k.split(' ')[0]!, k.split(' ')[1]!), v]));
    expect(counts).toEqual(want);
  });

  test('pair keys do not depend on order', () => {
    expect(pairKey('B', 'A')).toBe(pairKey('A', 'B'));
  });

  test.each<[string, Parameters<typeof cellFill>[0], string]>([
    ['nothing shared', undefined, '#f3f3f3'],
    ['all agree', { agree: 3, conflict: 0, explained: 1 }, '#a5d6a7'],
    ['all conflict', { agree: 0, conflict: 2, explained: 0 }, '#ef9a9a'],
    ['only explained', { agree: 0, conflict: 0, explained: 2 }, '#d6e2f0'],
    ['half and half', { agree: 1, conflict: 1, explained: 0 }, '#cab8a1'],
  ])('cell colour: %s', (_name, counts, fill) => expect(cellFill(counts)).toBe(fill));

  test('the fixture: a cell per ordered pair of sources, with counts', () => {
    const report = makeReport();
    const sources = report.articles.map((a) => ({ id: a.id, label: a.id }));
    const chart = agreementMatrix(report.groups, new Map(report.claims.map((c) => [c.id, c.articleId])), { sources })!;
    const doc = svgDoc(chart.svg);
    expect(doc.querySelectorAll('g.pair')).toHaveLength(6);
    expect(doc.querySelector('g.pair[data-pair="a01 b02"] text')!.textContent).toBe('1✓ 3✗ 2~');
    expect(doc.querySelector('g.pair[data-pair="b02 c03"] text')).toBeNull();
    expect(doc.querySelector('g.pair[data-pair="c03 a01"] title')!.textContent).toBe('c03 × a01: 1 agreeing, 0 conflicting, 0 explained (different period or forecast vs actual)');
    expect(chart.note).toBeUndefined();
  });

  test('too many sources: keeps those sharing the most facts', () => {
    const report = makeReport();
    const sources = report.articles.map((a) => ({ id: a.id, label: a.id }));
    const chart = agreementMatrix(report.groups, new Map(report.claims.map((c) => [c.id, c.articleId])), { sources, maxSources: 2 })!;
    expect([...svgDoc(chart.svg).querySelectorAll('g.pair')].map((p) => p.getAttribute('data-pair'))).toEqual(['a01 b02', 'b02 a01']);
    expect(chart.note).toBe('1 more sources not shown (the 2 sharing the most facts are).');
  });

  test('no group spans two sources: no chart', () => {
    expect(agreementMatrix([g('g1', 'agree', ['a1', 'a2'])], articleOf, { sources: [{ id: 'A', label: 'A' }] })).toBeNull();
  });
});

describe('framing grid', () => {
  const report = makeReport();
  const sources = report.articles.map((a) => ({ id: a.id, label: a.id }));

  test('a stripe per label used, with its count; same label, same colour down a column', () => {
    const doc = svgDoc(framingGrid(report.framing, { sources })!.svg);
    const stripes = [...doc.querySelectorAll('g.label')];
    expect(stripes.map((s) => s.querySelector('text')!.textContent)).toEqual([
      'expansion ×2', 'residents', 'megaproject ×2', 'activists', 'plan', 'protesters',
    ]);
    const fills = new Map(stripes.map((s) => [s.getAttribute('data-label'), s.querySelector('rect')!.getAttribute('fill')]));
    expect(new Set([fills.get('expansion'), fills.get('megaproject'), fills.get('plan')]).size).toBe(3);
    expect(stripes[0]!.querySelector('title')!.textContent).toBe('a01 calls the harbor project “expansion” 2× (“expansion”)');
  });

  test('a source that does not name a concept gets an empty cell', () => {
    const framing = structuredClone(report.framing);
    delete framing[1]!.labels.c03;
    const doc = svgDoc(framingGrid(framing, { sources })!.svg);
    expect(doc.querySelectorAll('rect.empty-cell')).toHaveLength(1);
  });

  test('rows for sources with labels only; caps with a note', () => {
    const chart = framingGrid(report.framing, { sources: [...sources, { id: 'zz', label: 'zz' }], maxRows: 2 })!;
    expect(chart.note).toBe('1 more sources not shown.');
    expect(framingGrid([], { sources })).toBeNull();
  });
});

describe('svg text helpers', () => {
  test.each<[string, number, string]>([
    ['short', 10, 'short'],
    ['a label that is far too long', 10, 'a label t…'],
    ['line\nbreak', 20, 'line break'],
  ])('truncate(%p, %p)', (s, n, out) => expect(truncate(s, n)).toBe(out));

  test.each<[string, number, number, string[]]>([
    ['people opposing the project', 22, 2, ['people opposing the', 'project']],
    ['one two three four five six seven', 10, 2, ['one two', 'three fou…']],
    ['short', 22, 2, ['short']],
    ['unbreakablewordthatislong', 10, 2, ['unbreakab…']],
  ])('wrap(%p)', (s, width, lines, out) => expect(wrap(s, width, lines)).toEqual(out));
});

describe('focusScale', () => {
  const t = (s: string) => Date.parse(`${s}T00:00:00Z`);
  const close = ['2023-01-10', '2023-02-01', '2023-03-03', '2023-03-20', '2023-04-02', '2023-05-05', '2023-06-01', '2023-06-30', '2023-07-15', '2023-08-01'].map(t);

  test('dates close together: one linear segment covering all of them', () => {
    const { segments, x } = focusScale(close, [t('2023-08-02')], 100, 900);
    expect(segments).toHaveLength(1);
    expect(x(close[0]!)).toBeGreaterThan(100);
    expect(x(t('2023-08-02'))).toBeLessThan(900);
  });

  test('far outliers get compressed edges and the middle keeps most of the width', () => {
    const times = [t('1949-10-01'), ...close, t('2030-01-01')];
    const { segments, x } = focusScale(times, [t('2023-08-02')], 100, 900);
    expect(segments.map((s) => s.focus)).toEqual([false, true, false]);
    expect(x(close[close.length - 1]!) - x(close[0]!)).toBeGreaterThan(400);
    // still monotone across the breaks, and everything inside the pixel range
    const probe = [t('1949-10-01'), t('1990-01-01'), ...close, t('2027-01-01'), t('2030-01-01')];
    const xs = probe.map(x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThanOrEqual(xs[i - 1]!);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(100);
    expect(Math.max(...xs)).toBeLessThanOrEqual(900);
  });

  test('publication dates stay in the focus even when the claims are elsewhere', () => {
    const { segments } = focusScale(close, [t('2024-05-01')], 0, 800);
    const focus = segments.find((s) => s.focus)!;
    expect(focus.from <= t('2024-05-01') && t('2024-05-01') <= focus.to).toBe(true);
  });
});
