/** Escaping lives in src/lib/escape.ts (the review page needs it too); the report layer re-exports it. */
export * from '../lib/escape';
