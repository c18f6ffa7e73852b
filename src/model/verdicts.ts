/**
 * Every verdict of a group in one table: the `Verdict` type, the order in which a group's verdict is chosen
 * (compare/verdicts), the order groups are listed in, the report's labels, colours and CSS (report/), the
 * agreement matrix's reading of it and the schema's enum (checked by test/model/registry.test.ts) all come
 * from here. A new verdict is one entry below.
 */
export interface VerdictMeta {
  /** A group whose pairs differ takes the verdict of lowest priority (a clash first, then what explains it). */
  priority: number;
  /** In words, for badges and legends. */
  label: string;
  /** `#rrggbb`: the badge, the timeline mark and the CSS variable `--<css>`. */
  color: string;
  /** The CSS token: the variable `--<css>` and the badge class `verdict-<css>`. */
  css: string;
  /**
   * How the agreement matrix counts it: `agree`, `conflict`, or `explained` (a difference the contract says
   * is not a contradiction: another period, a forecast against an actual figure).
   */
  side: 'agree' | 'conflict' | 'explained';
}

/** Declaration order is the order of the stylesheet's rules (keep it: report.html stays byte-stable). */
export const VERDICT_TABLE = {
  agree: { priority: 4, label: 'agree', color: '#2e7d32', css: 'agree', side: 'agree' },
  paraphrase: { priority: 3, label: 'paraphrase', color: '#00897b', css: 'paraphrase', side: 'agree' },
  conflict: { priority: 0, label: 'conflict', color: '#c62828', css: 'conflict', side: 'conflict' },
  'different-period': { priority: 1, label: 'different period', color: '#1565c0', css: 'different-period', side: 'explained' },
  'forecast-vs-actual': { priority: 2, label: 'forecast vs actual', color: '#6a1b9a', css: 'forecast-vs-actual', side: 'explained' },
} as const satisfies Record<string, VerdictMeta>;

export type Verdict = keyof typeof VERDICT_TABLE;

/** The verdicts in declaration order (the stylesheet's order). */
export const VERDICT_NAMES = Object.keys(VERDICT_TABLE) as Verdict[];

/** The verdicts most telling first: a group's verdict is the first of these that one of its pairs has. */
export const VERDICTS_BY_PRIORITY: readonly Verdict[] = [...VERDICT_NAMES].sort((a, b) => VERDICT_TABLE[a].priority - VERDICT_TABLE[b].priority);

export function isVerdict(v: string): v is Verdict {
  return Object.prototype.hasOwnProperty.call(VERDICT_TABLE, v);
}

/** Meta of a verdict read from a report (a later version's verdict gets a neutral entry, not a crash). */
export function verdictMeta(v: string): VerdictMeta {
  return isVerdict(v) ? VERDICT_TABLE[v] : { priority: VERDICT_NAMES.length, label: v.replace(/-/g, ' '), color: '#757575', css: v, side: 'explained' };
}
