import { max } from 'd3-array';
import type { FramingConcept } from '../../types';
import { categorical, tint } from './colors';
import { type Chart, el, svgDoc, text, textWidth, tooltip, truncate, wrap } from './svg';

/**
 * Framing labels as a grid: a row per source, a column per concept, each cell the labels that source uses
 * for that concept (one coloured stripe per label, with its count). Colours are per concept, by order of
 * first use, so that within a column the same label has the same colour in every row.
 */

export interface FramingGridOptions {
  /** Row order and row titles: article ids with how to name them. */
  sources: Array<{ id: string; label: string }>;
  maxRows?: number;
  maxColumns?: number;
}

const CELL_WIDTH = 150;
const STRIPE = 18;
const GAP = 3;
const HEADER = 74;
const PAD = 8;

interface CellLabel {
  label: string;
  count: number;
  texts: string[];
  color: string;
}

function cellLabels(concept: FramingConcept, sourceId: string, colors: Map<string, string>): CellLabel[] {
  const byLabel = new Map<string, CellLabel>();
  for (const l of concept.labels[sourceId] ?? []) {
    const cell = byLabel.get(l.label) ?? { label: l.label, count: 0, texts: [], color: colors.get(l.label)! };
    cell.count++;
    if (!cell.texts.includes(l.text)) cell.texts.push(l.text);
    byLabel.set(l.label, cell);
  }
  return [...byLabel.values()];
}

/** Label → colour, by order of first use over the rows. */
function labelColors(concept: FramingConcept, sourceIds: string[]): Map<string, string> {
  const colors = new Map<string, string>();
  const ordered = [...sourceIds, ...Object.keys(concept.labels).filter((id) => !sourceIds.includes(id))];
  for (const id of ordered) for (const l of concept.labels[id] ?? []) if (!colors.has(l.label)) colors.set(l.label, categorical(colors.size));
  return colors;
}

export function framingGrid(concepts: FramingConcept[], opts: FramingGridOptions): Chart | null {
  const maxRows = opts.maxRows ?? 40;
  const maxColumns = opts.maxColumns ?? 24;
  const used = opts.sources.filter((s) => concepts.some((c) => (c.labels[s.id] ?? []).length > 0));
  if (!used.length || !concepts.length) return null;
  const rows = used.slice(0, maxRows);
  const columns = concepts.slice(0, maxColumns);

  const colors = columns.map((c) => labelColors(c, rows.map((r) => r.id)));
  const grid = rows.map((s) => columns.map((c, j) => cellLabels(c, s.id, colors[j]!)));
  const rowHeights = grid.map((cells) => Math.max(1, max(cells, (c) => c.length) ?? 1) * (STRIPE + GAP) + GAP);
  const labelWidth = Math.min(220, Math.max(60, max(rows, (r) => textWidth(truncate(r.label, 30))) ?? 60)) + PAD;
  const width = labelWidth + columns.length * CELL_WIDTH + PAD;
  const height = HEADER + rowHeights.reduce((a, b) => a + b, 0) + PAD;

  const parts: string[] = [];
  columns.forEach((c, j) => {
    const x = labelWidth + j * CELL_WIDTH + 4;
    wrap(c.about || c.concept, 19, 3).forEach((line, k) =>
      parts.push(text(x, 16 + k * 15, line, { class: 'col-head' }, `${c.concept}: ${c.about}`)));
    parts.push(text(x, 64, `divergence ${Number(c.divergence.toFixed(2))}`, { class: 'sub' }));
  });

  let y = HEADER;
  rows.forEach((source, i) => {
    const h = rowHeights[i]!;
    parts.push(el('line', { x1: 0, x2: width, y1: y, y2: y, class: 'rule' }));
    parts.push(text(0, y + GAP + STRIPE / 2 + 4, truncate(source.label, 30), { class: 'row-head' }, source.label));
    grid[i]!.forEach((cell, j) => {
      const x = labelWidth + j * CELL_WIDTH;
      if (!cell.length) {
        parts.push(el('rect', { x: x + 2, y: y + GAP, width: CELL_WIDTH - 4, height: STRIPE, rx: 3, class: 'empty-cell' }));
        return;
      }
      cell.forEach((l, k) => {
        const top = y + GAP + k * (STRIPE + GAP);
        const words = `${source.label} calls ${columns[j]!.about || columns[j]!.concept} “${l.label}” ${l.count}× (${l.texts.map((t) => `“${t}”`).join(', ')})`;
        parts.push(
          el('g', { class: 'label', 'data-label': l.label },
            tooltip(words) +
            el('rect', { x: x + 2, y: top, width: CELL_WIDTH - 4, height: STRIPE, rx: 3, fill: tint(l.color, 0.55), stroke: l.color }) +
            text(x + 7, top + 13, truncate(`${l.label}${l.count > 1 ? ` ×${l.count}` : ''}`, 21), { class: 'cell-text' })),
        );
      });
    });
    y += h;
  });

  const notes: string[] = [];
  if (used.length > rows.length) notes.push(`${used.length - rows.length} more sources not shown`);
  if (concepts.length > columns.length) notes.push(`${concepts.length - columns.length} more concepts not shown`);
  return {
    svg: svgDoc(width, height, 'chart framing-grid', 'Framing labels by source (rows) and concept (columns)', parts.join('')),
    ...(notes.length ? { note: `${notes.join('; ')}.` } : {}),
  };
}
