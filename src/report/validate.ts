import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/**
 * Schema validation of `report.json` and `extract --json` output, plus the cross-references a JSON schema
 * cannot express (every claim id a group or flag names exists, a claim belongs to at most one group, ...).
 * Each function returns a list of plain error strings, empty when the document is valid.
 */

/** schemas/ sits at the package root: two levels up from both src/report and dist/report. */
export const SCHEMA_DIR = path.resolve(__dirname, '../../schemas');
export const EXTRACTION_SCHEMA_ID = 'https://claimdiff.dev/schemas/extraction.schema.json';
export const REPORT_SCHEMA_ID = 'https://claimdiff.dev/schemas/report.schema.json';

interface Validators {
  report: ValidateFunction;
  extraction: ValidateFunction;
}

let cached: Validators | null = null;

function loadSchema(file: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8')) as Record<string, unknown>;
}

/** Both schemas in one ajv instance, so that report.schema.json's $ref to the claim definition resolves. */
function validators(): Validators {
  if (cached) return cached;
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  ajv.addSchema(loadSchema('extraction.schema.json'));
  ajv.addSchema(loadSchema('report.schema.json'));
  cached = {
    report: ajv.getSchema(REPORT_SCHEMA_ID)!,
    extraction: ajv.getSchema(EXTRACTION_SCHEMA_ID)!,
  };
  return cached;
}

function formatAjvError(e: ErrorObject): string {
  const where = e.instancePath || '/';
  const allowed = e.keyword === 'enum' ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')})` : '';
  return `${where} ${e.message ?? 'is invalid'}${allowed}`;
}

/** ajv reports a failed `then` twice (the inner error and "must match then schema"); keep the useful one. */
function schemaErrors(validate: ValidateFunction, doc: unknown): string[] {
  if (validate(doc)) return [];
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if');
  return [...new Set(errors.map(formatAjvError))];
}

/** Collects cross-reference problems with their JSON pointer. */
class RefChecker {
  readonly errors: string[] = [];

  ids(items: Array<{ id: string }>, where: string): Set<string> {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) this.errors.push(`/${where}/${i}/id duplicate id "${item.id}"`);
      seen.add(item.id);
    });
    return seen;
  }

  known(known: Set<string>, id: string | null | undefined, where: string, what: string): void {
    if (id != null && !known.has(id)) this.errors.push(`${where} unknown ${what} "${id}"`);
  }

  span(span: { start: number; end: number } | undefined, where: string): void {
    if (span && span.start > span.end) this.errors.push(`${where} span start ${span.start} is after its end ${span.end}`);
  }
}

interface ReportShape {
  articles: Array<{ id: string; story: string | null }>;
  stories: Array<{ id: string; articles: string[] }>;
  claims: Array<{ id: string; articleId: string; span: { start: number; end: number } }>;
  groups: Array<{ id: string; claims: string[] }>;
  flags: Array<{
    id: string;
    group?: string;
    claims: string[];
    evidence: Array<{ articleId: string; claimId?: string; span: { start: number; end: number } }>;
  }>;
  framing: Array<{ labels: Record<string, unknown> }>;
  omissions: Array<{ id: string; story: string; articleId: string; claims: string[]; missingFrom: string[] }>;
}

function reportReferenceErrors(r: ReportShape): string[] {
  const c = new RefChecker();
  const articles = c.ids(r.articles, 'articles');
  const stories = c.ids(r.stories, 'stories');
  const claims = c.ids(r.claims, 'claims');
  c.ids(r.groups, 'groups');
  const groups = new Set(r.groups.map((g) => g.id));
  c.ids(r.flags, 'flags');
  c.ids(r.omissions, 'omissions');

  r.articles.forEach((a, i) => c.known(stories, a.story, `/articles/${i}/story`, 'story'));
  r.stories.forEach((s, i) => s.articles.forEach((id, j) => c.known(articles, id, `/stories/${i}/articles/${j}`, 'article')));
  r.claims.forEach((cl, i) => {
    c.known(articles, cl.articleId, `/claims/${i}/articleId`, 'article');
    c.span(cl.span, `/claims/${i}/span`);
  });
  // A claim belongs to at most one group (contract): a second membership means alignment went wrong.
  const groupOf = new Map<string, string>();
  r.groups.forEach((g, i) =>
    g.claims.forEach((id, j) => {
      c.known(claims, id, `/groups/${i}/claims/${j}`, 'claim');
      const other = groupOf.get(id);
      if (other !== undefined && other !== g.id) c.errors.push(`/groups/${i}/claims/${j} claim "${id}" is already in group "${other}"`);
      groupOf.set(id, g.id);
    }),
  );
  r.flags.forEach((f, i) => {
    c.known(groups, f.group, `/flags/${i}/group`, 'group');
    f.claims.forEach((id, j) => c.known(claims, id, `/flags/${i}/claims/${j}`, 'claim'));
    f.evidence.forEach((e, j) => {
      c.known(articles, e.articleId, `/flags/${i}/evidence/${j}/articleId`, 'article');
      c.known(claims, e.claimId, `/flags/${i}/evidence/${j}/claimId`, 'claim');
      c.span(e.span, `/flags/${i}/evidence/${j}/span`);
    });
  });
  r.framing.forEach((f, i) => Object.keys(f.labels).forEach((id) => c.known(articles, id, `/framing/${i}/labels`, 'article')));
  r.omissions.forEach((o, i) => {
    c.known(stories, o.story, `/omissions/${i}/story`, 'story');
    c.known(articles, o.articleId, `/omissions/${i}/articleId`, 'article');
    o.claims.forEach((id, j) => c.known(claims, id, `/omissions/${i}/claims/${j}`, 'claim'));
    o.missingFrom.forEach((id, j) => c.known(articles, id, `/omissions/${i}/missingFrom/${j}`, 'article'));
  });
  return c.errors;
}

/** Problems with a report (schema first; cross-references only once the shape is right). Empty when valid. */
export function validateReport(report: unknown): string[] {
  const errors = schemaErrors(validators().report, report);
  if (errors.length > 0) return errors;
  return reportReferenceErrors(report as ReportShape);
}

interface ExtractionShape {
  articles: Array<{ id: string; claims: Array<{ id: string; articleId: string; span: { start: number; end: number } }> }>;
}

/** Problems with an `extract --json` document. Empty when valid. */
export function validateExtraction(doc: unknown): string[] {
  const errors = schemaErrors(validators().extraction, doc);
  if (errors.length > 0) return errors;
  const c = new RefChecker();
  const d = doc as ExtractionShape;
  c.ids(d.articles, 'articles');
  d.articles.forEach((a, i) => {
    c.ids(a.claims, `articles/${i}/claims`);
    a.claims.forEach((cl, j) => {
      if (cl.articleId !== a.id) c.errors.push(`/articles/${i}/claims/${j}/articleId "${cl.articleId}" is not the article's id "${a.id}"`);
      c.span(cl.span, `/articles/${i}/claims/${j}/span`);
    });
  });
  return c.errors;
}
