import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
import { isOpen, type ReviewedFlag } from '../../findings';
import type { Severity } from '../../types';
import { evidenceLines } from './evidence';
import { LineIndex, lineIndexes, locateFlag, oneLine } from './locate';
import { FLAG_KIND_NAMES, flagKindMeta } from '../../model/flag-kinds';
import type { CheckResult, Region } from './types';

type Json = Record<string, unknown>;

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * A file path as a SARIF artifact URI: relative paths stay relative (CI tools resolve them against the
 * repository root) with '/' separators and each segment percent-encoded; absolute paths become file: URLs.
 */
export function artifactUri(file: string): string {
  if (path.isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}

function sarifRegion(r: Region, snippet?: string): Json {
  const o: Json = { startLine: r.startLine, startColumn: r.startColumn, endLine: r.endLine, endColumn: r.endColumn };
  if (snippet !== undefined) o.snippet = { text: snippet };
  return o;
}

function ruleId(kind: string): string {
  return kind;
}

/** Known kinds in their documented order, then any other kind the flags use, sorted. */
function ruleKinds(flags: ReviewedFlag[]): string[] {
  const known: string[] = FLAG_KIND_NAMES;
  const extra = [...new Set(flags.map((f) => f.kind as string).filter((k) => !known.includes(k)))].sort();
  return [...known, ...extra];
}

function pascal(kind: string): string {
  return kind.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

/**
 * SARIF 2.1.0: one result per flag concerning a checked article. `locations` are the checked articles' evidence
 * spans (every new file that needs a look), `relatedLocations` the other sources' evidence. Columns are
 * UTF-16 code units (run.columnKind says so) and endColumn is exclusive, as SARIF defines it. Dismissed flags
 * carry an external, accepted suppression (the decision lives in .claimdiff/reviews.json).
 */
export function formatSarif(result: CheckResult): string {
  const indexes = lineIndexes(result.checked);
  const corpusIndexes = lineIndexes(result.corpus ?? []);
  const kinds = ruleKinds(result.flags);
  const rules = kinds.map((kind) => {
    const info = flagKindMeta(kind);
    return {
      id: ruleId(kind),
      name: pascal(kind),
      shortDescription: { text: info.title },
      fullDescription: { text: info.description },
      defaultConfiguration: { level: LEVEL[info.severity] },
      properties: { tags: ['claimdiff', 'news'] },
    };
  });

  const results = result.flags.map((flag) => {
    const checkedLocs = locateFlag(flag, result.checked, indexes);
    const locations = checkedLocs.map((loc) => {
      const physicalLocation: Json = { artifactLocation: { uri: artifactUri(loc.file) } };
      const index = indexes.get(loc.articleId)!;
      const r = loc.region!;
      physicalLocation.region = sarifRegion(r, index.text.slice(r.charOffset, r.charOffset + r.charLength));
      if (loc.wholeArticle) return { physicalLocation, message: { text: `The fact is missing from ${loc.articleId} (shown at its headline).` } };
      const ev = flag.evidence.find((e) => e.articleId === loc.articleId && e.span.start + index.base === r.charOffset);
      if (ev) physicalLocation.contextRegion = sarifRegion(index.region(ev.sentence), ev.sentence.text);
      return { physicalLocation };
    });

    const related = evidenceLines(flag, result)
      .filter((e) => !e.checked)
      .map((e, i) => {
        const loc: Json = { id: i + 1, message: { text: `${e.articleId}: "${oneLine(e.sentence)}"` } };
        if (e.file) {
          const index: LineIndex | undefined = corpusIndexes.get(e.articleId);
          // Without the text there is no line to give, and a region without startLine is rejected (GH1003).
          loc.physicalLocation = index ? { artifactLocation: { uri: artifactUri(e.file) }, region: sarifRegion(index.region(e.span)) } : { artifactLocation: { uri: artifactUri(e.file) } };
        }
        return loc;
      });

    const out: Json = {
      ruleId: ruleId(flag.kind),
      ruleIndex: kinds.indexOf(flag.kind),
      level: LEVEL[flag.severity] ?? 'warning',
      message: { text: oneLine(flag.reason) },
      locations,
    };
    if (related.length) out.relatedLocations = related;
    out.partialFingerprints = { 'claimdiffFlagId/v1': flag.id };
    if (!isOpen(flag)) {
      const r = flag.review!;
      out.suppressions = [{ kind: 'external', status: 'accepted', justification: r.note ? `${r.note} (${r.who}, ${r.when})` : `dismissed by ${r.who}, ${r.when}` }];
    }
    const properties: Json = { severity: flag.severity, evidenceHash: flag.evidenceHash, claims: flag.claims };
    if (flag.group) properties.group = flag.group;
    if (flag.review) properties.review = flag.review;
    out.properties = properties;
    return out;
  });

  const driver: Json = { name: 'claimdiff', rules };
  if (result.tool?.version) driver.version = result.tool.version;
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        columnKind: 'utf16CodeUnits',
        results,
        properties: { failOn: result.failOn, failed: result.failed, counts: result.counts },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
