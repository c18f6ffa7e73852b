/**
 * The claim kinds, for the aligner: their head and the lookup every per-kind table goes through live in
 * src/model/claim-kinds.ts (one layer down, so that extract and report can read them too).
 */
export { CLAIM_KIND_NAMES as CLAIM_KINDS, forClaim, forKind, unknownKind, type ClaimOf, type PerKind } from '../model/claim-kinds';
