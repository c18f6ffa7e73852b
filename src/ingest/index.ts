import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Article, ArticleFormat, ArticleMeta } from '../types';
import { buildArticle } from './article';
import { InputError } from './errors';
import { readHtml } from './formats/html';
import { readJson } from './formats/json';
import { readTxt } from './formats/txt';
import type { FileMeta, FormatReader } from './formats/types';
import { MANIFEST_NAME, ManifestCache, manifestKey, type ManifestEntry } from './manifest';
import { fsProblem, readFileBytes, statOrNull } from './read';

/**
 * Ingest: command-line paths (article files and corpus folders) → Articles.
 *
 * - A folder holds articles in any of the formats below; its manifest.json (if any) gives ids and metadata.
 *   Folders are not searched recursively. README, LICENSE and CHANGELOG files, hidden files and *.schema.json
 *   are not articles. Articles come in manifest order, then the unlisted files by name (beside a manifest, an
 *   unlisted .json file is data, not an article, and is passed over with a notice).
 * - A file in a folder that holds manifest.json takes its entry from it, whether the folder or the file is named.
 *   Manifest fields win over what the file says about itself (front matter, page metadata, JSON fields).
 * - An article's id is its manifest id, else its file name without extension. Ids must be unique in one run:
 *   a second article with a taken id is an error (it would make claim ids and report references ambiguous).
 *   The same file named twice (e.g. its folder and itself) is read once.
 * - Every problem is an InputError naming the file; one bad file does not stop the others (see LoadResult).
 */

export { InputError, isInputError } from './errors';
export { MAX_ARTICLE_BYTES } from './read';
export type { ManifestEntry } from './manifest';

export interface LoadResult {
  /** The articles read, in the order of the paths given. */
  articles: Article[];
  /** One error per file or folder that could not be used, in the order met. */
  skipped: InputError[];
  /** Folder entries passed over that were never articles to read (a symbolic-link loop): said, not failed. */
  notices: string[];
}

export const ARTICLE_EXTENSIONS: Readonly<Record<string, ArticleFormat>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
};

/** Markdown's reader loads a YAML parser: only when a .md file is read (html loads jsdom the same way, inside). */
const readMd: FormatReader = (file, bytes) => (require('./formats/md') as typeof import('./formats/md')).readMd(file, bytes);
const READERS: Record<ArticleFormat, FormatReader> = { txt: readTxt, md: readMd, html: readHtml, json: readJson };

/** Files in a corpus folder that are about the corpus, not articles of it. */
const NOT_ARTICLES = /^(readme|license|licence|changelog|contributing|notice)(\.[^.]*)?$|\.schema\.json$/i;

export function formatOf(file: string): ArticleFormat | null {
  return ARTICLE_EXTENSIONS[path.extname(file).toLowerCase()] ?? null;
}

function unknownType(file: string): InputError {
  const ext = path.extname(file);
  const expected = 'expected .txt, .md, .html or .json';
  return new InputError(file, ext ? `unknown file type "${ext}" (${expected})` : `no file extension (${expected})`);
}

function pick<T>(...values: Array<T | null | undefined>): T | null {
  for (const v of values) if (v !== null && v !== undefined) return v;
  return null;
}

/** Manifest entry over the file's own metadata; the date and its precision always come as a pair. */
function mergeMeta(file: string, own: FileMeta, entry: ManifestEntry | null | undefined): ArticleMeta {
  const fromEntry = entry?.published != null;
  return {
    id: entry?.id ?? path.basename(file, path.extname(file)),
    file,
    title: pick(entry?.title, own.title),
    outlet: pick(entry?.outlet, own.outlet),
    publisher: pick(entry?.publisher, own.publisher),
    published: fromEntry ? entry!.published : (own.published ?? null),
    publishedPrecision: fromEntry ? entry!.publishedPrecision : (own.publishedPrecision ?? null),
    url: pick(entry?.url, own.url),
    author: pick(entry?.author, own.author),
  };
}

/** Reads one article file in the format its extension names. Throws InputError. */
export function loadArticleFile(file: string, entry?: ManifestEntry | null): Article {
  const format = formatOf(file);
  if (!format) throw unknownType(file);
  const parsed = READERS[format](file, readFileBytes(file));
  return buildArticle({
    text: parsed.text,
    format,
    meta: mergeMeta(file, parsed.meta, entry),
    headline: parsed.headline,
    chrome: parsed.chrome,
    subheadings: parsed.subheadings,
  });
}

/** One file to read, or the reason it cannot be. */
type Job = { file: string; entry: ManifestEntry | null } | InputError;

/** Article files of a folder, by name (code-unit order, the same on every machine). */
export function listArticleFiles(dir: string, notices: string[] = []): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch (e) {
    throw new InputError(dir, fsProblem(e));
  }
  const isFile = (n: string): boolean => {
    try {
      return statOrNull(path.join(dir, n))?.isFile() === true;
    } catch (e) {
      // A link loop or an unreadable entry is that entry's problem, not the folder's: skip it, say so.
      if (!(e instanceof InputError)) throw e;
      notices.push(`${e.message}: skipped`);
      return false;
    }
  };
  return names
    .filter((n) => !n.startsWith('.') && n !== MANIFEST_NAME && !NOT_ARTICLES.test(n) && formatOf(n) !== null)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .filter(isFile);
}

function folderJobs(dir: string, manifests: ManifestCache, notices: string[]): Job[] {
  const manifest = manifests.get(dir);
  const jobs: Job[] = [];
  const listed = new Set<string>();
  for (const e of manifest?.entries ?? []) {
    const file = path.join(dir, e.file);
    listed.add(manifestKey(e.file));
    jobs.push(statOrNull(file) ? { file, entry: e } : new InputError(file, `listed in ${manifest!.path} (id "${e.id}") but not found`));
  }
  for (const name of listArticleFiles(dir, notices)) {
    if (listed.has(manifestKey(name))) continue;
    // Beside a manifest, an unlisted .json is the corpus's own data (a story list, a gold file), not an article:
    // the manifest names the article files. Other formats are articles whether listed or not.
    if (manifest && formatOf(name) === 'json') {
      notices.push(`${path.join(dir, name)}: not listed in ${MANIFEST_NAME}, so not read as an article`);
      continue;
    }
    jobs.push({ file: path.join(dir, name), entry: null });
  }
  if (jobs.length === 0) throw new InputError(dir, 'no articles in this folder (.txt, .md, .html or .json files)');
  return jobs;
}

function fileJob(file: string, manifests: ManifestCache): Job {
  const dir = path.dirname(file);
  const manifest = manifests.get(dir);
  return { file, entry: manifest?.byFile.get(manifestKey(path.relative(dir, file))) ?? null };
}

function jobsFor(p: string, manifests: ManifestCache, notices: string[]): Job[] {
  const st = statOrNull(p);
  if (!st) return [new InputError(p, 'no such file or folder')];
  if (st.isDirectory()) return folderJobs(p, manifests, notices);
  // A manifest named on the command line stands for its corpus.
  if (path.basename(p) === MANIFEST_NAME) return folderJobs(path.dirname(p), manifests, notices);
  return [fileJob(p, manifests)];
}

/** The file's real path (links resolved), or its absolute path when it cannot be resolved: one file, one key. */
export function realPath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/** Reads every path (files or corpus folders). Never throws for bad input: such files are in `skipped`. */
export function loadArticles(paths: string[]): LoadResult {
  const manifests = new ManifestCache();
  const articles: Article[] = [];
  const skipped: InputError[] = [];
  const notices: string[] = [];
  const seenFiles = new Set<string>();
  const idOwner = new Map<string, string>();
  const skip = (e: unknown) => {
    if (!(e instanceof InputError)) throw e;
    // A broken manifest fails every path that needs it; say it once.
    if (!skipped.includes(e)) skipped.push(e);
  };

  for (const p of paths) {
    let jobs: Job[];
    try {
      jobs = jobsFor(p, manifests, notices);
    } catch (e) {
      skip(e);
      continue;
    }
    for (const job of jobs) {
      if (job instanceof InputError) {
        skip(job);
        continue;
      }
      const real = realPath(job.file);
      if (seenFiles.has(real)) continue;
      seenFiles.add(real);
      try {
        const article = loadArticleFile(job.file, job.entry);
        const owner = idOwner.get(article.id);
        if (owner !== undefined) {
          throw new InputError(job.file, `article id "${article.id}" is already taken by ${owner}; ids must be unique in one run`);
        }
        idOwner.set(article.id, job.file);
        articles.push(article);
      } catch (e) {
        skip(e);
      }
    }
  }
  return { articles, skipped, notices };
}
