import type { ClaimKind } from '../types';

/**
 * Exhaustiveness for the per-kind dispatchers (blocking keys, features, pair scores, verdict relations):
 * each switches over `ClaimKind` and ends in `unknownKind(kind)`, so the compiler lists every dispatcher a
 * new claim kind must be added to, and at run time an unknown kind is an error, never taken for a quote.
 */
export function unknownKind(kind: never): never {
  throw new Error(`claimdiff: no handling for claim kind ${JSON.stringify(kind)}`);
}

export const CLAIM_KINDS: readonly ClaimKind[] = ['quantity', 'date', 'quote'];
