import { escapeHtml } from '../escape';

/** Small helpers for building SVG as strings: every text and attribute value goes through escapeHtml. */

/** Coordinates rounded to 0.1 px: shorter output, and the same numbers on every machine. */
export function num(n: number): string {
  return String(Math.round(n * 10) / 10);
}

export type Attrs = Record<string, string | number | null | undefined>;

export function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : escapeHtml(v)}"`)
    .join('');
}

export function el(name: string, a: Attrs, children = ''): string {
  return children ? `<${name}${attrs(a)}>${children}</${name}>` : `<${name}${attrs(a)}/>`;
}

/** A text element; `tooltip` becomes a <title> child that browsers show on hover. */
export function text(x: number, y: number, content: string, a: Attrs = {}, tooltip?: string): string {
  const title = tooltip ? `<title>${escapeHtml(tooltip)}</title>` : '';
  return `<text${attrs({ x, y, ...a })}>${title}${escapeHtml(content)}</text>`;
}

export function tooltip(content: string): string {
  return `<title>${escapeHtml(content)}</title>`;
}

/** Cut to `max` characters with an ellipsis; SVG text does not wrap or clip by itself. */
export function truncate(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/** Greedy word wrap into at most `maxLines` lines of `width` characters; the last line is truncated. */
export function wrap(s: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = s.replace(/\s+/g, ' ').trim().split(' ');
  for (let i = 0; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i]!;
    if (next.length <= width || !line) {
      line = next;
      continue;
    }
    if (lines.length === maxLines - 1) return [...lines, truncate(`${line} ${words.slice(i).join(' ')}`, width)];
    lines.push(line);
    line = words[i]!;
  }
  if (line) lines.push(truncate(line, width));
  return lines;
}

/** Rough width of a string in the chart font (system sans-serif at 12px): about 6.6 px per character. */
export function textWidth(s: string, fontSize = 12): number {
  return s.length * fontSize * 0.55;
}

/** The outer <svg>: a fixed viewBox so that CSS can scale it, and an accessible title. */
export function svgDoc(width: number, height: number, className: string, title: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ class: className, viewBox: `0 0 ${num(width)} ${num(height)}`, width, height, role: 'img' })}>` +
    `<title>${escapeHtml(title)}</title>${body}</svg>`
  );
}

/** What a chart function returns: the picture, and a sentence on what it leaves out (caps on rows), if any. */
export interface Chart {
  svg: string;
  note?: string;
}
