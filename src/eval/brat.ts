import type { Span } from '../types';

/**
 * brat standoff (.ann) files: text-bound annotations ("T1\tSource 10 20\tthe words", fragments joined by ";")
 * and events ("E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1"). brat counts offsets in code points; the
 * project counts UTF-16 code units, so offsets are converted against the text.
 */

export interface BratSpan {
  id: string;
  type: string;
  /** One or more fragments, in UTF-16 offsets. */
  fragments: Span[];
  text: string;
}

export interface BratEvent {
  id: string;
  type: string;
  /** Role name ("Content", "Source", "Cue", ...) → text-bound annotation id. */
  args: Record<string, string>;
}

export interface BratDocument {
  spans: Map<string, BratSpan>;
  events: BratEvent[];
}

/** Code-point offset → UTF-16 offset table for a text (identity when it has no astral characters). */
function codePointOffsets(text: string): (cp: number) => number {
  if (!/[\ud800-\udbff]/.test(text)) return (cp) => cp;
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (cp) => map[Math.min(cp, map.length - 1)];
}

export function parseBrat(ann: string, text: string): BratDocument {
  const toUnits = codePointOffsets(text);
  const spans = new Map<string, BratSpan>();
  const events: BratEvent[] = [];
  for (const line of ann.split(/\r?\n/)) {
    const cols = line.split('\t');
    if (cols.length < 2) continue;
    const [id, body] = cols;
    if (id.startsWith('T')) {
      const m = /^(\S+) (.+)$/.exec(body);
      if (!m) continue;
      const fragments: Span[] = [];
      for (const frag of m[2].split(';')) {
        const [s, e] = frag.trim().split(' ').map(Number);
        if (Number.isFinite(s) && Number.isFinite(e) && e > s) fragments.push({ start: toUnits(s), end: toUnits(e) });
      }
      if (fragments.length > 0) spans.set(id, { id, type: m[1], fragments, text: cols[2] ?? '' });
    } else if (id.startsWith('E')) {
      const parts = body.trim().split(/\s+/);
      const [type] = (parts[0] ?? '').split(':');
      const args: Record<string, string> = Object.create(null) as Record<string, string>;
      for (const p of parts) {
        const [role, ref] = p.split(':');
        if (role && ref) args[role.replace(/\d+$/, '')] = ref;
      }
      events.push({ id, type, args });
    }
  }
  return { spans, events };
}
