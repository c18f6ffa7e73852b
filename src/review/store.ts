import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import writeFileAtomic from 'write-file-atomic';
import { InputError } from '../ingest/errors';
import { withLock, type LockOptions } from './lock';
import type { ReviewDecision, ReviewsFile } from './types';

export type { ReviewDecision, ReviewDecisionKind, ReviewsFile } from './types';

/** The reviews file lives next to the corpus, so that decisions travel with it (and can be committed). */
export function reviewsPathFor(corpusDir: string): string {
  return path.join(corpusDir, '.claimdiff', 'reviews.json');
}

export function emptyReviews(): ReviewsFile {
  return { version: 1, decisions: [] };
}

// Read at run time: works from src/review (ts-jest) and from dist/review (build) alike.
const SCHEMA_FILE = path.resolve(__dirname, '../../schemas/reviews.schema.json');

let validators: { file: ValidateFunction; decision: ValidateFunction } | null = null;

function getValidators(): { file: ValidateFunction; decision: ValidateFunction } {
  if (!validators) {
    // Loaded on first use: a check against a corpus with no reviews file never validates one.
    const { default: Ajv } = require('ajv') as typeof import('ajv');
    const { default: addFormats } = require('ajv-formats') as typeof import('ajv-formats');
    const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')) as { $id: string };
    const ajv = new Ajv({ allErrors: false, strict: true });
    addFormats(ajv);
    ajv.addSchema(schema);
    validators = {
      file: ajv.getSchema(schema.$id)!,
      decision: ajv.getSchema(`${schema.$id}#/definitions/decision`)!,
    };
  }
  return validators;
}

/** One line: the first schema error with where it is ("/decisions/3/decision: must be equal to one of ..."). */
function describeSchemaError(errors: ErrorObject[] | null | undefined): string {
  const e = errors?.[0];
  if (!e) return 'does not match the reviews schema';
  const where = e.instancePath || '(top level)';
  const extra = e.keyword === 'enum' ? ` ${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)}` : '';
  const prop = e.keyword === 'additionalProperties' ? ` '${(e.params as { additionalProperty: string }).additionalProperty}'` : '';
  return `${where}: ${e.message ?? 'invalid'}${extra}${prop} (schemas/reviews.schema.json)`;
}

/** Parses and validates a reviews file's content; throws an InputError naming `file` on any problem. */
export function parseReviews(text: string, file: string): ReviewsFile {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InputError(file, `not valid JSON (${(e as Error).message.split('\n')[0]}); fix or remove the file, it is never replaced silently`);
  }
  const { file: validate } = getValidators();
  if (!validate(data)) throw new InputError(file, `not a reviews file: ${describeSchemaError(validate.errors)}`);
  const reviews = data as ReviewsFile;
  const seen = new Set<string>();
  for (const d of reviews.decisions) {
    if (seen.has(d.flagId)) throw new InputError(file, `not a reviews file: two current decisions for flag ${d.flagId}`);
    seen.add(d.flagId);
  }
  return reviews;
}

/** Reads the reviews file; a missing file means no decisions yet. A broken file is an error, never replaced. */
export function loadReviews(file: string): ReviewsFile {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return emptyReviews();
    throw new InputError(file, `cannot read reviews file (${code ?? (e as Error).message})`);
  }
  return parseReviews(text, file);
}

/** Checks one decision against the schema (used before anything is written). */
export function validateDecision(decision: ReviewDecision, file = 'decision'): void {
  const { decision: validate } = getValidators();
  const flagId = String((decision as { flagId?: unknown } | null)?.flagId);
  if (!validate(decision)) throw new InputError(file, `invalid decision for flag ${flagId}: ${describeSchemaError(validate.errors)}`);
}

function whenMs(d: ReviewDecision): number {
  return Date.parse(d.when);
}

function byFlagThenWhen(a: ReviewDecision, b: ReviewDecision): number {
  return a.flagId < b.flagId ? -1 : a.flagId > b.flagId ? 1 : whenMs(a) - whenMs(b);
}

/**
 * Merges decisions into a reviews file (pure). One current decision per flag: the newest `when` wins, and on a
 * tie the incoming one (the later call). The decision that loses goes to history, so nothing a reviewer said is lost.
 */
export function mergeDecisions(base: ReviewsFile, incoming: ReviewDecision[]): ReviewsFile {
  const current = new Map(base.decisions.map((d) => [d.flagId, d]));
  const history = [...(base.history ?? [])];
  for (const d of incoming) {
    const old = current.get(d.flagId);
    if (old && whenMs(old) > whenMs(d)) {
      history.push(d);
      continue;
    }
    if (old) history.push(old);
    current.set(d.flagId, d);
  }
  const out: ReviewsFile = { version: 1, decisions: [...current.values()].sort(byFlagThenWhen) };
  if (history.length > 0) out.history = history.sort(byFlagThenWhen);
  return out;
}

/** Canonical serialisation: fixed key order, two-space indent, final newline. */
export function serializeReviews(reviews: ReviewsFile): string {
  const decision = (d: ReviewDecision): ReviewDecision => {
    const o: ReviewDecision = { flagId: d.flagId, decision: d.decision } as ReviewDecision;
    if (d.note !== undefined) o.note = d.note;
    o.who = d.who;
    o.when = d.when;
    o.evidenceHash = d.evidenceHash;
    return o;
  };
  const out: ReviewsFile = { version: 1, decisions: reviews.decisions.map(decision) };
  if (reviews.history && reviews.history.length > 0) out.history = reviews.history.map(decision);
  return `${JSON.stringify(out, null, 2)}\n`;
}

/**
 * Removes temp files a crashed writer left (write-file-atomic names them `<file>.<hex>`). Called under the lock;
 * only files older than `staleMs` go, so a writer whose lock was wrongly judged stale still finishes its rename.
 */
function removeOrphanTemps(file: string, staleMs: number): void {
  const dir = path.dirname(file);
  const base = path.basename(file);
  const pattern = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.[0-9a-f]+$`);
  for (const name of fs.readdirSync(dir)) {
    if (!pattern.test(name)) continue;
    const p = path.join(dir, name);
    try {
      if (Date.now() - fs.statSync(p).mtimeMs > staleMs) fs.rmSync(p, { force: true });
    } catch {
      /* gone already */
    }
  }
}

export interface RecordOptions extends LockOptions {
  /** Called with the temp file's path once it exists, before the data is written (tests use it to crash there). */
  onTempFile?: (tmpPath: string) => void | Promise<void>;
}

/**
 * Records decisions safely against concurrent reviewers and crashes: takes the lock file (`<file>.lock`),
 * re-reads the file under the lock, merges, writes atomically (temp file in the same folder, fsync, rename)
 * and releases. A broken existing file makes it throw without writing. Returns what was written.
 */
export async function recordDecisions(file: string, decisions: ReviewDecision[], options: RecordOptions = {}): Promise<ReviewsFile> {
  for (const d of decisions) validateDecision(d, file);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return withLock(
    `${file}.lock`,
    async () => {
      const merged = mergeDecisions(loadReviews(file), decisions);
      removeOrphanTemps(file, options.staleMs ?? 30000);
      await writeFileAtomic(file, serializeReviews(merged), {
        fsync: true,
        tmpfileCreated: options.onTempFile ? (tmp: string) => options.onTempFile!(tmp) : undefined,
      });
      return merged;
    },
    options,
  );
}

/** Records one decision (see recordDecisions). */
export function recordDecision(file: string, decision: ReviewDecision, options: RecordOptions = {}): Promise<ReviewsFile> {
  return recordDecisions(file, [decision], options);
}
