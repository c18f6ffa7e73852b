import * as path from 'node:path';
import { validatorFor } from '../lib/validate';
import type { PublishedPrecision } from '../types';
import { InputError } from './errors';
import { precisionFits, precisionOf } from './meta';
import { decodeUtf8, readFileBytes, statOrNull } from './read';

/** A corpus folder's manifest.json (schemas/manifest.schema.json), validated and with precisions filled in. */

export const MANIFEST_NAME = 'manifest.json';

export interface ManifestEntry {
  id: string;
  /** As written in the manifest: relative to the manifest's folder. */
  file: string;
  outlet: string | null;
  publisher?: string | null;
  published: string | null;
  /** Filled in from `published` when the manifest leaves it out. */
  publishedPrecision: PublishedPrecision | null;
  url?: string;
  title?: string;
  author?: string;
}

export interface Manifest {
  /** Path of manifest.json. */
  path: string;
  dir: string;
  /** In manifest order. */
  entries: ManifestEntry[];
  /** Entries by their file path normalized relative to `dir`. */
  byFile: Map<string, ManifestEntry>;
}

type RawEntry = Omit<ManifestEntry, 'publishedPrecision'> & { publishedPrecision?: PublishedPrecision };

const validateManifest = validatorFor<{ articles: RawEntry[] }>('manifest.schema.json');

/** Key for looking an entry up by file: `a/../b.txt` and `./b.txt` name the same file. */
export function manifestKey(relativeFile: string): string {
  return path.normalize(relativeFile);
}

/** True when a relative path climbs out of its folder (`..`, `a/../../b`), on either separator. */
export function leavesFolder(relativeFile: string): boolean {
  const parts: string[] = [];
  for (const part of relativeFile.split(/[\\/]+/)) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return true;
      parts.pop();
    } else parts.push(part);
  }
  return false;
}

/** Checks the schema cannot express: calendar dates, precisions, unique ids and files. Returns problems. */
function checkEntries(entries: RawEntry[]): string[] {
  const problems: string[] = [];
  const ids = new Map<string, number>();
  const files = new Map<string, number>();
  entries.forEach((e, i) => {
    const at = `/articles/${i}`;
    if (e.published !== null && !precisionOf(e.published)) problems.push(`${at}/published "${e.published}" is not a calendar date`);
    if (e.published !== null && e.publishedPrecision && !precisionFits(e.published, e.publishedPrecision)) {
      problems.push(`${at}/publishedPrecision "${e.publishedPrecision}" is finer than published "${e.published}"`);
    }
    if (path.isAbsolute(e.file) || /^[\\/]|^[A-Za-z]:/.test(e.file)) problems.push(`${at}/file must be relative to the manifest's folder`);
    // A manifest names files of its own corpus: "../../x.txt" would read whatever the path reaches.
    else if (leavesFolder(e.file)) problems.push(`${at}/file "${e.file}" leaves the corpus folder`);
    if (ids.has(e.id)) problems.push(`${at}/id "${e.id}" repeats /articles/${ids.get(e.id)}`);
    const key = manifestKey(e.file);
    if (files.has(key)) problems.push(`${at}/file "${e.file}" repeats /articles/${files.get(key)}`);
    ids.set(e.id, i);
    files.set(key, i);
  });
  return problems;
}

/** Reads and validates `<dir>/manifest.json`; null when the folder has none. Throws InputError naming the manifest. */
export function readManifest(dir: string): Manifest | null {
  const file = path.join(dir, MANIFEST_NAME);
  if (!statOrNull(file)) return null;
  const text = decodeUtf8(file, readFileBytes(file));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new InputError(file, `not valid JSON: ${(e as Error).message}`);
  }
  const v = validateManifest(data);
  if (!v.ok) throw new InputError(file, `does not match schemas/manifest.schema.json: ${v.errors.join('; ')}`);
  const problems = checkEntries(v.value.articles);
  if (problems.length) throw new InputError(file, `does not match schemas/manifest.schema.json: ${problems.join('; ')}`);
  const entries: ManifestEntry[] = v.value.articles.map((e) => ({
    ...e,
    publishedPrecision: e.publishedPrecision ?? (e.published ? precisionOf(e.published) : null),
  }));
  return { path: file, dir, entries, byFile: new Map(entries.map((e) => [manifestKey(e.file), e])) };
}

/**
 * Manifests read once per run: several paths in one folder share one read, and a broken manifest is
 * reported once however many of its files are named.
 */
export class ManifestCache {
  private readonly cache = new Map<string, Manifest | null | InputError>();

  /** The manifest of `dir` (null when none); throws the same InputError on every call for a broken one. */
  get(dir: string): Manifest | null {
    const key = path.resolve(dir);
    if (!this.cache.has(key)) {
      try {
        this.cache.set(key, readManifest(dir));
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        this.cache.set(key, e);
      }
    }
    const hit = this.cache.get(key)!;
    if (hit instanceof InputError) throw hit;
    return hit;
  }
}
