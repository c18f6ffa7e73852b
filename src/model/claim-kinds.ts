import type { Claim, ClaimKind } from '../types';
import type { FlagKind } from './flag-kinds';
import type { Verdict } from './verdicts';

/**
 * The declarative head of each claim kind (an ESLint rule's `meta` is the model). The code of a kind lives in
 * one table per stage, each typed `Record<ClaimKind, …>` beside the functions it names, so the compiler lists
 * every table a new kind is missing from:
 *
 *   extract/index.ts       EXTRACTORS       the extractor
 *   align/candidates.ts    BLOCKING_KEYS    its blocking keys
 *   align/features.ts      KIND_FEATURES    what the aligner reads from it
 *   align/score.ts         PAIR_SCORERS     whether two of its claims are the same fact
 *   compare/verdicts.ts    RELATIONS        how two of them relate (a verdict, maybe a flag)
 *
 * Stages look a kind up with `forKind` (or `forClaim`, for tables whose entries take a claim of their kind),
 * which throws on a kind no table knows: an unknown kind is an error, never taken for a quote.
 */
export interface ClaimKindMeta {
  title: string;
  description: string;
  /** The verdicts its relation can return (test/model/registry.test.ts checks the seeds keep to them). */
  verdicts: readonly Verdict[];
  /** The flag kinds its relation can raise. */
  flagKinds: readonly FlagKind[];
}

export const CLAIM_KIND_META: Record<ClaimKind, ClaimKindMeta> = {
  quantity: {
    title: 'Quantity',
    description: 'A figure with its unit, bound and, where the text gives them, its measure, reference period and source.',
    verdicts: ['agree', 'conflict', 'different-period', 'forecast-vs-actual'],
    flagKinds: ['value-conflict', 'different-period', 'forecast-vs-actual'],
  },
  date: {
    title: 'Date',
    description: 'A time as TIMEX3, resolved against the publication date where the text leaves it relative.',
    verdicts: ['agree', 'conflict'],
    flagKinds: ['date-conflict'],
  },
  quote: {
    title: 'Quote',
    description: 'Quoted or reported words with the speaker they are attributed to.',
    verdicts: ['agree', 'conflict', 'paraphrase'],
    flagKinds: ['quote-altered', 'attribution-conflict'],
  },
};

/** The kinds in registry order (the order extractors run in; claims are sorted by position afterwards). */
export const CLAIM_KIND_NAMES = Object.keys(CLAIM_KIND_META) as ClaimKind[];

/** The claim type of one kind. */
export type ClaimOf<K extends ClaimKind> = Extract<Claim, { kind: K }>;

export function isClaimKind(kind: string): kind is ClaimKind {
  return Object.prototype.hasOwnProperty.call(CLAIM_KIND_META, kind);
}

export function unknownKind(kind: string, stage?: string): never {
  throw new Error(`claimdiff: no handling for claim kind ${JSON.stringify(kind)}${stage ? ` in ${stage}` : ''}`);
}

/** A stage's entry for a kind (own properties only: "constructor" is no kind); throws for an unknown kind. */
export function forKind<T>(table: Readonly<Record<ClaimKind, T>>, kind: string, stage: string): T {
  if (!Object.prototype.hasOwnProperty.call(table, kind)) return unknownKind(kind, stage);
  return table[kind as ClaimKind];
}

/** A stage's table of one function per kind, each given a claim of its own kind first. */
export type PerKind<A extends unknown[], R> = { [K in ClaimKind]: (claim: ClaimOf<K>, ...rest: A) => R };

/** The entry of `table` for the claim's kind, which takes that claim; throws for an unknown kind. */
export function forClaim<A extends unknown[], R>(table: PerKind<A, R>, claim: Claim, stage: string): (claim: Claim, ...rest: A) => R {
  // Sound: the entry is picked by the claim's own kind, so it is given a claim of that kind.
  return forKind(table as unknown as Record<ClaimKind, (claim: Claim, ...rest: A) => R>, claim.kind, stage);
}
