/**
 * English word data. Each export is built once from a JSON file beside this one (see ../README.md).
 * Add a topic: a JSON file here (schema schemas/wordlist.schema.json) and one export line below.
 */
export * from './times';
export * from './quantities';
export * from './gazetteer';
export * from './verdicts';
export * from './framing';
export * from './sentences';
export * from './align';
export * from './entities';
export * from './quotes';
export * from './chrome';
export * from './tables';
