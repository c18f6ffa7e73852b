import { extent, quantileSorted } from 'd3-array';

/**
 * A time axis that keeps the dense middle readable. News text mixes dates close to publication with a few
 * far ones ("since 1949", "by 2030"); a plain linear axis would squash the close ones into a single pixel.
 * When outliers lie far outside the central mass, they get narrow compressed stretches at the edges (with a
 * visible break), and the middle keeps most of the width.
 */

const DAY = 86_400_000;

export interface Segment {
  from: number;
  to: number;
  x0: number;
  x1: number;
  /** false for a compressed edge stretch. */
  focus: boolean;
}

export interface TimeScale {
  x: (t: number) => number;
  segments: Segment[];
}

/** Share of the width each compressed edge stretch gets. */
const EDGE_SHARE = 0.12;

/**
 * `times`: where the marks are; `anchors`: times that must be in the focus (publication dates).
 * Pixels run from x0 to x1.
 */
export function focusScale(times: number[], anchors: number[], x0: number, x1: number): TimeScale {
  const all = [...times, ...anchors];
  const [min, max] = extent(all) as [number, number];
  const sorted = [...times].sort((a, b) => a - b);
  let lo = Math.min(quantileSorted(sorted, 0.1) ?? min, ...anchors);
  let hi = Math.max(quantileSorted(sorted, 0.9) ?? max, ...anchors);
  const core = Math.max(hi - lo, 60 * DAY);
  lo -= core * 0.15;
  hi += core * 0.15;
  // only break the axis when the outliers would otherwise take most of it
  const leftEdge = min < lo - core * 0.75;
  const rightEdge = max > hi + core * 0.75;
  if (!leftEdge) lo = Math.min(lo, min - Math.max((max - min) * 0.03, 15 * DAY));
  if (!rightEdge) hi = Math.max(hi, max + Math.max((max - min) * 0.03, 15 * DAY));

  const width = x1 - x0;
  const edge = width * EDGE_SHARE;
  const focusX0 = x0 + (leftEdge ? edge : 0);
  const focusX1 = x1 - (rightEdge ? edge : 0);
  const segments: Segment[] = [];
  if (leftEdge) segments.push({ from: min - (lo - min) * 0.05, to: lo, x0, x1: focusX0 - 6, focus: false });
  segments.push({ from: lo, to: hi, x0: focusX0, x1: focusX1, focus: true });
  if (rightEdge) segments.push({ from: hi, to: max + (max - hi) * 0.05, x0: focusX1 + 6, x1, focus: false });

  const x = (t: number) => {
    const s = segments.find((seg) => t <= seg.to) ?? segments[segments.length - 1]!;
    const clamped = Math.min(Math.max(t, s.from), s.to);
    return s.x0 + ((clamped - s.from) / (s.to - s.from || 1)) * (s.x1 - s.x0);
  };
  return { x, segments };
}
