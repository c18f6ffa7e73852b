import { rollup, sum } from 'd3-array';
import { isVerdict, VERDICT_TABLE } from '../../model/verdicts';
import type { Group } from '../../types';
import { mix } from './colors';
import { type Chart, el, svgDoc, text, textWidth, tooltip, truncate, wrap } from './svg';

/**
 * Agreement between sources: for each pair of articles, how many of the groups they both appear in agree
 * and how many conflict. A group's verdict counts for every pair of articles in it (a verdict is a property
 * of the group, not of a pair). `different-period` and `forecast-vs-actual` are neither: they are counted
 * apart as "explained" differences, since the contract says they are not contradictions.
 */

export interface PairCounts {
  agree: number;
  conflict: number;
  explained: number;
}


export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** Per unordered pair of articles (pairKey), the verdicts of the groups both appear in. */
export function pairCounts(groups: readonly Group[], articleOfClaim: ReadonlyMap<string, string>): Map<string, PairCounts> {
  const counts = new Map<string, PairCounts>();
  for (const g of groups) {
    const side: keyof PairCounts | null = isVerdict(g.verdict) ? VERDICT_TABLE[g.verdict].side : null;
    if (!side) continue;
    const articles = [...new Set(g.claims.map((id) => articleOfClaim.get(id)).filter((a): a is string => a !== undefined))].sort();
    for (let i = 0; i < articles.length; i++) {
      for (let j = i + 1; j < articles.length; j++) {
        const key = pairKey(articles[i]!, articles[j]!);
        const c = counts.get(key) ?? { agree: 0, conflict: 0, explained: 0 };
        c[side]++;
        counts.set(key, c);
      }
    }
  }
  return counts;
}

const AGREE_FILL = '#a5d6a7';
const CONFLICT_FILL = '#ef9a9a';
const EXPLAINED_FILL = '#d6e2f0';
const NOTHING_FILL = '#f3f3f3';

/** Green when the pair agrees on everything it shares, red when it conflicts on everything, mixed between. */
export function cellFill(c: PairCounts | undefined): string {
  if (!c) return NOTHING_FILL;
  const decided = c.agree + c.conflict;
  if (decided === 0) return c.explained > 0 ? EXPLAINED_FILL : NOTHING_FILL;
  return mix(AGREE_FILL, CONFLICT_FILL, c.conflict / decided);
}

export interface AgreementOptions {
  sources: Array<{ id: string; label: string }>;
  maxSources?: number;
}

const CELL_W = 76;
const CELL_H = 30;
const HEAD = 44;

export function agreementMatrix(groups: readonly Group[], articleOfClaim: ReadonlyMap<string, string>, opts: AgreementOptions): Chart | null {
  const maxSources = opts.maxSources ?? 30;
  const counts = pairCounts(groups, articleOfClaim);
  if (!counts.size) return null;

  // Sources that share at least one group with another source, busiest first when there are too many.
  const sharedGroups = rollup(
    [...counts].flatMap(([key, c]) => key.split('\u0000').map((id) => ({ id, n: c.agree + c.conflict + c.explained }))),
    (v) => sum(v, (d) => d.n),
    (d) => d.id,
  );
  const involved = opts.sources.filter((s) => sharedGroups.has(s.id));
  const kept = new Set(
    [...involved].sort((a, b) => (sharedGroups.get(b.id) ?? 0) - (sharedGroups.get(a.id) ?? 0)).slice(0, maxSources).map((s) => s.id),
  );
  const sources = involved.filter((s) => kept.has(s.id));

  const left = Math.min(220, Math.max(...sources.map((s) => textWidth(truncate(s.label, 28))))) + 12;
  const width = left + sources.length * CELL_W + 8;
  const height = HEAD + sources.length * CELL_H + 40;
  const parts: string[] = [];

  sources.forEach((s, j) => {
    // The source's name over its column, in two short lines (the full name on hover).
    const lines = wrap(s.label, 9, 2);
    lines.forEach((line, k) => parts.push(text(left + j * CELL_W + CELL_W / 2, HEAD - 10 - (lines.length - 1 - k) * 13, line, { class: 'col-head', 'text-anchor': 'middle' }, s.label)));
  });
  sources.forEach((row, i) => {
    const y = HEAD + i * CELL_H;
    parts.push(text(left - 8, y + CELL_H / 2 + 4, truncate(row.label, 28), { class: 'row-head', 'text-anchor': 'end' }, row.label));
    sources.forEach((col, j) => {
      const x = left + j * CELL_W;
      if (row.id === col.id) {
        parts.push(el('rect', { x: x + 1, y: y + 1, width: CELL_W - 2, height: CELL_H - 2, class: 'diagonal' }));
        return;
      }
      const c = counts.get(pairKey(row.id, col.id));
      const words = c
        ? `${row.label} × ${col.label}: ${c.agree} agreeing, ${c.conflict} conflicting, ${c.explained} explained (different period or forecast vs actual)`
        : `${row.label} × ${col.label}: no fact in common`;
      const label = c ? [c.agree + c.conflict > 0 ? `${c.agree}✓ ${c.conflict}✗` : '', c.explained ? `${c.explained}~` : ''].filter(Boolean).join(' ') : '';
      parts.push(
        el('g', { class: 'pair', 'data-pair': `${row.id} ${col.id}` },
          tooltip(words) +
          el('rect', { x: x + 1, y: y + 1, width: CELL_W - 2, height: CELL_H - 2, rx: 3, fill: cellFill(c) }) +
          (label ? text(x + CELL_W / 2, y + CELL_H / 2 + 4, label, { class: 'cell-text', 'text-anchor': 'middle' }) : '')),
      );
    });
  });

  const ly = HEAD + sources.length * CELL_H + 22;
  const swatches: Array<[string, string]> = [
    [AGREE_FILL, 'all agree'], [mix(AGREE_FILL, CONFLICT_FILL, 0.5), 'mixed'], [CONFLICT_FILL, 'all conflict'],
    [EXPLAINED_FILL, '~ explained differences only (different period, forecast vs actual)'], [NOTHING_FILL, 'nothing in common'],
  ];
  let lx = 0;
  for (const [fill, words] of swatches) {
    parts.push(el('rect', { x: lx, y: ly - 10, width: 12, height: 12, rx: 2, fill, class: 'swatch' }) + text(lx + 16, ly, words, { class: 'sub' }));
    lx += 16 + textWidth(words, 10) + 16;
  }

  const dropped = involved.length - sources.length;
  return {
    svg: svgDoc(Math.max(width, lx), height, 'chart agreement-matrix', 'Agreement between sources: groups both state, agreeing ✓ and conflicting ✗', parts.join('')),
    ...(dropped > 0 ? { note: `${dropped} more sources not shown (the ${sources.length} sharing the most facts are).` } : {}),
  };
}
