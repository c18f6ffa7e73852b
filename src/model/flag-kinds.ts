import type { Severity } from '../types';

/**
 * Every flag kind's meta in one table (an ESLint rule's `meta` is the model): the title and description that
 * the reports and SARIF rules show, the severity the comparison gives it by default, and the tail of its
 * plain-language reason. compare/flags.ts reads severities and reason tails from here; the report layer reads
 * titles and descriptions. A flag's own `severity` still wins where the comparison grades it (a strong framing
 * divergence is a warning).
 */
export interface FlagKindMeta {
  title: string;
  description: string;
  severity: Severity;
  /** How the reason of a group flag ends ("…: different reference periods, not a conflict."); null: none. */
  reasonTail: string | null;
}

export const FLAG_KINDS = {
  'value-conflict': {
    title: 'Value conflict',
    description: 'Sources state the same fact, for the same reference period, with incompatible values.',
    severity: 'error',
    reasonTail: 'the same measure for the same period with incompatible values',
  },
  'date-conflict': {
    title: 'Date conflict',
    description: 'Sources give incompatible dates for the same event.',
    severity: 'error',
    reasonTail: 'the same event dated differently',
  },
  'quote-altered': {
    title: 'Misquote or altered quote',
    description: 'A direct quote is worded differently from the same quote in another source.',
    severity: 'error',
    reasonTail: 'the quoted words differ',
  },
  'attribution-conflict': {
    title: 'Attribution conflict',
    description: 'Sources attribute the same words or figure to different speakers or sources.',
    severity: 'error',
    reasonTail: 'the same words attributed to different speakers',
  },
  'different-period': {
    title: 'Different reference period',
    description: 'The same measure is given for different reference periods; shown so that the figures are not mistaken for a conflict.',
    severity: 'info',
    reasonTail: 'different reference periods, not a conflict',
  },
  'forecast-vs-actual': {
    title: 'Forecast versus actual',
    description: 'One source gives a forecast or target, another an actual figure, for the same measure; not a conflict.',
    severity: 'info',
    reasonTail: 'a forecast set against a reported figure, not a conflict',
  },
  'framing-divergence': {
    title: 'Framing divergence',
    description: 'Sources name the same concept with different labels (for example "invasion" and "special military operation"); a strong divergence is a warning.',
    severity: 'info',
    reasonTail: null,
  },
  omission: {
    title: 'Omission',
    description: 'A fact that other articles of the same story carry is missing from this article.',
    severity: 'info',
    reasonTail: null,
  },
} satisfies Record<string, FlagKindMeta>;

/** A flag kind is a key of the table: a new kind is one entry above (and the schema's list, see the tests). */
export type FlagKind = keyof typeof FLAG_KINDS;

export const FLAG_KIND_NAMES = Object.keys(FLAG_KINDS) as FlagKind[];

/** Meta for any kind, including a kind added to the flags before this table learnt it. */
export function flagKindMeta(kind: string): FlagKindMeta {
  return Object.prototype.hasOwnProperty.call(FLAG_KINDS, kind)
    ? FLAG_KINDS[kind as FlagKind]
    : { title: kind.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()), description: `Divergence between sources of kind "${kind}".`, severity: 'warning', reasonTail: null };
}

/** Default severity per kind, as compare/flags.ts needs it. */
export const SEVERITY_BY_KIND = Object.fromEntries(FLAG_KIND_NAMES.map((k) => [k, FLAG_KINDS[k].severity])) as Record<FlagKind, Severity>;

/** Reason tails per kind, for the kinds that have one. */
export const REASON_TAILS: Record<string, string> = Object.fromEntries(
  FLAG_KIND_NAMES.filter((k) => FLAG_KINDS[k].reasonTail !== null).map((k) => [k, FLAG_KINDS[k].reasonTail as string]),
);
