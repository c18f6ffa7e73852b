import matter from 'gray-matter';
import type { ChromeSpan, Span } from '../../types';
import { InputError } from '../errors';
import { normalizePublished, PUBLISHED_FORMS, precisionOf } from '../meta';
import { decodeUtf8, requireText } from '../read';
import type { FileMeta, ParsedArticle } from './types';

/**
 * `.md`: Markdown with optional YAML front matter (title, outlet, published, url, author; also publisher, and
 * `date` as another name for `published`, as static-site generators write it).
 * The article text is the Markdown body after the front matter, exactly as in the file (so an offset plus the
 * front matter's length is a file offset). Markup is left in place; link targets, images, HTML and code are
 * marked as chrome so that no claim is taken from a URL.
 */

const FIELDS = ['title', 'outlet', 'publisher', 'url', 'author'] as const;

function frontMatterString(file: string, key: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ');
  throw new InputError(file, `front matter: ${key} must be text`);
}

/** YAML turns an unquoted date into a UTC instant; the date as written is in the raw front matter. */
function rawScalar(rawFrontMatter: string, key: string): string | null {
  const m = new RegExp(`^${key}\\s*:\\s*["']?([^"'#\\n]+?)["']?\\s*(?:#.*)?$`, 'm').exec(rawFrontMatter);
  return m ? m[1] : null;
}

function readPublished(file: string, data: Record<string, unknown>, raw: string): Pick<FileMeta, 'published' | 'publishedPrecision'> {
  const key = data.published !== undefined ? 'published' : data.date !== undefined ? 'date' : null;
  if (!key || data[key] === null) return {};
  const value = data[key];
  const written = value instanceof Date ? rawScalar(raw, key) ?? value.toISOString().slice(0, 10) : String(value);
  const published = normalizePublished(written);
  if (!published) throw new InputError(file, `front matter: ${key} "${written}" is not a date (${PUBLISHED_FORMS})`);
  return { published, publishedPrecision: precisionOf(published) };
}

/** An ATX (`# Title`) or setext (`Title` over `===`) heading as the first thing in the body. */
function leadingHeading(body: string): Span | null {
  const first = /\S[^\n]*/.exec(body);
  if (!first) return null;
  const lineStart = body.lastIndexOf('\n', first.index) + 1;
  const line = body.slice(lineStart, first.index + first[0].length);
  const atx = /^[ ]{0,3}#[ \t]+(.*?)[ \t#]*$/.exec(line);
  if (atx) {
    if (!atx[1]) return null;
    const start = lineStart + line.indexOf(atx[1]);
    return { start, end: start + atx[1].length };
  }
  const after = body.slice(first.index + first[0].length);
  if (/^\r?\n[ ]{0,3}=+[ \t]*(\r?\n|$)/.test(after)) {
    const text = first[0].trimEnd();
    return { start: first.index, end: first.index + text.length };
  }
  return null;
}

function subheadingSpans(body: string): Span[] {
  const out: Span[] = [];
  const re = /^[ ]{0,3}#{2,6}[ \t]+([^\n]*?)[ \t#]*$/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    if (!m[1]) continue;
    const start = m.index + m[0].indexOf(m[1]);
    out.push({ start, end: start + m[1].length });
  }
  return out;
}

/** Markup that is not prose: link targets, images, reference definitions, HTML, code. */
const MARKUP: Array<[string, RegExp]> = [
  ['markdown-code', /^[ ]{0,3}(```|~~~)[^\n]*\n[\s\S]*?(?:\n[ ]{0,3}\1[^\n]*|$)/gm],
  ['markdown-image', /!\[[^\]\n]*\]\([^)\n]*\)/g],
  ['markdown-link-target', /(?<=\])\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\)/g],
  ['markdown-link-definition', /^[ ]{0,3}\[[^\]\n]+\]:[ \t]*\S[^\n]*$/gm],
  ['html-markup', /<!--[\s\S]*?-->|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g],
  ['markdown-autolink', /<(?:https?|mailto):[^>\s]+>/g],
];

function markupChrome(body: string): ChromeSpan[] {
  const spans: ChromeSpan[] = [];
  for (const [rule, re] of MARKUP) {
    for (const m of body.matchAll(re)) spans.push({ start: m.index!, end: m.index! + m[0].length, type: 'chrome', rule });
  }
  return spans;
}

export function readMd(file: string, bytes: Buffer): ParsedArticle {
  const content = decodeUtf8(file, bytes);
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Options (even empty) keep gray-matter from caching every file's text for the life of the process.
    parsed = matter(content, {});
  } catch (e) {
    const msg = ((e as Error).message ?? '').split('\n')[0];
    throw new InputError(file, `front matter is not valid YAML: ${msg}`);
  }
  const data = (parsed.data ?? {}) as Record<string, unknown>;
  if (typeof data !== 'object' || Array.isArray(data)) throw new InputError(file, 'front matter must be a mapping of fields');
  // gray-matter's body is a suffix of the file; keep it exactly so offsets stay file offsets minus a constant.
  const body = content.endsWith(parsed.content) ? parsed.content : content;
  requireText(file, body, 'article body');
  const meta: FileMeta = { ...readPublished(file, data, parsed.matter ?? '') };
  for (const key of FIELDS) {
    const v = frontMatterString(file, key, data[key]);
    if (v !== null) meta[key] = v;
  }
  return { text: body, meta, headline: leadingHeading(body), subheadings: subheadingSpans(body), chrome: markupChrome(body) };
}
