import { VERDICT_NAMES, VERDICT_TABLE } from '../../model/verdicts';
import type { Severity, Verdict } from '../../types';

/**
 * Colours shared by the charts and the page. Categorical colours are Tableau 10 (chosen for telling
 * neighbouring categories apart); labels get them in order of first use within a concept.
 */
export const CATEGORICAL = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

export const SEVERITY_COLOR: Record<Severity, string> = { error: '#c62828', warning: '#b26a00', info: '#1565c0' };

export const VERDICT_COLOR = Object.fromEntries(VERDICT_NAMES.map((v) => [v, VERDICT_TABLE[v].color])) as Record<Verdict, string>;

export function categorical(i: number): string {
  return CATEGORICAL[i % CATEGORICAL.length]!;
}

function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Linear mix of two #rrggbb colours; t = 0 gives `a`, 1 gives `b`. */
export function mix(a: string, b: string, t: number): string {
  const [x, y] = [rgb(a), rgb(b)];
  const c = x.map((v, i) => Math.round(v + (y[i]! - v) * Math.min(1, Math.max(0, t))));
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** A light tint of a colour, for cell backgrounds under dark text. */
export function tint(hex: string, amount = 0.7): string {
  return mix(hex, '#ffffff', amount);
}
