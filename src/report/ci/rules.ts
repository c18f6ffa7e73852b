import type { FlagKind, Severity } from '../../types';

export interface RuleInfo {
  /** A short title. */
  title: string;
  /** What the flag means, in plain words. */
  description: string;
  /** The severity the comparison usually gives it (the flag's own severity wins). */
  defaultSeverity: Severity;
}

/** One rule per flag kind (SARIF's reportingDescriptor); kinds follow docs/interface.md. */
export const RULES: Record<FlagKind, RuleInfo> = {
  'value-conflict': {
    title: 'Value conflict',
    description: 'Sources state the same fact, for the same reference period, with incompatible values.',
    defaultSeverity: 'error',
  },
  'date-conflict': {
    title: 'Date conflict',
    description: 'Sources give incompatible dates for the same event.',
    defaultSeverity: 'error',
  },
  'quote-altered': {
    title: 'Misquote or altered quote',
    description: 'A direct quote is worded differently from the same quote in another source.',
    defaultSeverity: 'error',
  },
  'attribution-conflict': {
    title: 'Attribution conflict',
    description: 'Sources attribute the same words or figure to different speakers or sources.',
    defaultSeverity: 'error',
  },
  'different-period': {
    title: 'Different reference period',
    description: 'The same measure is given for different reference periods; shown so that the figures are not mistaken for a conflict.',
    defaultSeverity: 'info',
  },
  'forecast-vs-actual': {
    title: 'Forecast versus actual',
    description: 'One source gives a forecast or target, another an actual figure, for the same measure; not a conflict.',
    defaultSeverity: 'info',
  },
  'framing-divergence': {
    title: 'Framing divergence',
    description: 'Sources name the same concept with different labels (for example "invasion" and "special military operation").',
    defaultSeverity: 'warning',
  },
  omission: {
    title: 'Omission',
    description: 'A fact that other articles of the same story carry is missing from this article.',
    defaultSeverity: 'warning',
  },
};

/** Rule info for any kind, including kinds added after this table. */
export function ruleFor(kind: string): RuleInfo {
  return (
    (RULES as Record<string, RuleInfo>)[kind] ?? {
      title: kind.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()),
      description: `Divergence between sources of kind "${kind}".`,
      defaultSeverity: 'warning',
    }
  );
}
