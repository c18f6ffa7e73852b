import * as fs from 'node:fs';
import * as path from 'node:path';
import type { default as Ajv2020, ErrorObject, ValidateFunction } from 'ajv/dist/2020';

/**
 * JSON Schema validation for the project's own schemas (folder `schemas/` at the project root).
 * One ajv instance for the process, so that schemas may `$ref` each other by `$id` and compile once.
 */

/** `src/lib` (ts-jest) and `dist/lib` (compiled) are both two levels below the project root. */
export const SCHEMAS_DIR = path.resolve(__dirname, '../../schemas');

export type Validation<T> = { ok: true; value: T } | { ok: false; errors: string[] };

let ajv: Ajv2020 | null = null;
const compiled = new Map<string, ValidateFunction>();

function instance(): Ajv2020 {
  if (!ajv) {
    // allErrors: a user fixing a file wants every problem at once; strict: schemas are ours, keep them tidy.
    // verbose: errors carry the value and the schema, for messages in words.
    // Loaded here, not at the top: most runs validate nothing (see validatorFor).
    const { default: Ajv } = require('ajv/dist/2020') as typeof import('ajv/dist/2020');
    const { default: addFormats } = require('ajv-formats') as typeof import('ajv-formats');
    ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
    addFormats(ajv);
  }
  return ajv;
}

/**
 * `instancePath message`, e.g. `/articles/2/published "16/05/2024" is not YYYY-MM-DD, YYYY-MM or YYYY`; `(root)`
 * for the whole document. A pattern's schema `description` says in words what the pattern wants.
 */
export function formatAjvError(e: ErrorObject): string {
  const where = e.instancePath || '(root)';
  if (e.keyword === 'additionalProperties') return `${where}: unknown field "${(e.params as { additionalProperty: string }).additionalProperty}"`;
  if (e.keyword === 'enum') return `${where} must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  if (e.keyword === 'type') return `${where} must be ${String((e.params as { type: string | string[] }).type).split(',').join(' or ')}`;
  const description = (e.parentSchema as { description?: string } | undefined)?.description;
  if (e.keyword === 'pattern' && description) return `${where} ${JSON.stringify(e.data)} is not ${description.replace(/[.]$/, '')}`;
  return `${where} ${e.message ?? 'is invalid'}`;
}

/** Every problem once; an anyOf's summary only when no branch said anything more precise at that place. */
function describeErrors(errors: ErrorObject[]): string[] {
  const precise = new Set(errors.filter((e) => e.keyword !== 'anyOf').map((e) => e.instancePath));
  const kept = errors.filter((e) => e.keyword !== 'anyOf' || !precise.has(e.instancePath));
  return [...new Set(kept.map(formatAjvError))];
}

/**
 * A validator for `schemas/<schemaFile>`; compiled on its first use and cached. Modules make their validators
 * at load time, and compiling (ajv generates code) costs more than most runs validate: a check of a plain-text
 * article against an indexed corpus validates nothing.
 */
export function validatorFor<T>(schemaFile: string): (data: unknown) => Validation<T> {
  return (data: unknown) => {
    const validate = compiledFor(schemaFile);
    if (validate(data)) return { ok: true, value: data as T };
    return { ok: false, errors: describeErrors(validate.errors ?? []) };
  };
}

function compiledFor(schemaFile: string): ValidateFunction {
  let fn = compiled.get(schemaFile);
  if (!fn) {
    const schema = JSON.parse(fs.readFileSync(path.join(SCHEMAS_DIR, schemaFile), 'utf8')) as { $id?: string };
    const a = instance();
    fn = (schema.$id && a.getSchema(schema.$id)) || a.compile(schema);
    compiled.set(schemaFile, fn);
  }
  return fn;
}
