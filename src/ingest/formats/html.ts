import type { JSDOM as JSDOMType } from 'jsdom';
import type { Span } from '../../types';
import { InputError } from '../errors';
import { normalizePublished, precisionOf } from '../meta';
import { decodeUtf8 } from '../read';
import type { FileMeta, ParsedArticle } from './types';

/**
 * `.html`: a saved web page. Mozilla Readability (Firefox's reader view) takes the article body out of the page
 * chrome (navigation, scripts, comments, footers). The article text is Readability's title as the headline line,
 * a blank line, then the body's blocks (paragraphs, subheadings, list items, quotes) separated by blank lines,
 * whitespace inside a block collapsed. Offsets index that text.
 */

/** Elements that start and end a block of text. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BR',
]);
/** Never text of the article, even if Readability keeps them. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'OBJECT', 'EMBED', 'CANVAS']);
const HEADINGS = /^H[1-6]$/;

interface Block {
  text: string;
  heading: boolean;
}

/** Collapses HTML whitespace (not no-break spaces, which are text). */
const collapse = (s: string) => s.replace(/[ \t\n\r\f]+/g, ' ');

function blocksOf(root: Node): Block[] {
  const blocks: Block[] = [];
  let current = '';
  let heading = false;
  const flush = () => {
    const text = current.trim();
    if (text) blocks.push({ text, heading });
    current = '';
    heading = false;
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += collapse(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType === 11) {
      for (const child of Array.from(node.childNodes)) walk(child); // the fragment itself
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return;
    const block = BLOCKS.has(tag);
    if (block) flush();
    if (HEADINGS.test(tag)) heading = true;
    if (tag === 'LI') current += '• ';
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks;
}

/** The charset a page declares in its first 1024 bytes (as browsers sniff it), lower-cased. */
function declaredCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 1024).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

function decodePage(file: string, bytes: Buffer): string {
  const charset = declaredCharset(bytes);
  if (!charset || charset === 'utf-8' || charset === 'utf8') return decodeUtf8(file, bytes);
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    throw new InputError(file, `page declares charset "${charset}", which cannot be decoded`);
  }
}

function canonicalUrl(doc: Document): string | null {
  const link = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  const url = (link || og || '').trim();
  return /^https?:\/\//i.test(url) ? url : null;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

export function readHtml(file: string, bytes: Buffer): ParsedArticle {
  const html = decodePage(file, bytes);
  if (!/\S/.test(html)) throw new InputError(file, 'file is empty');
  // jsdom is heavy to load; only pages pay for it.
  const { JSDOM, VirtualConsole } = require('jsdom') as typeof import('jsdom');
  const { Readability } = require('@mozilla/readability') as typeof import('@mozilla/readability');
  // No scripts run and no resources load (jsdom's defaults); a silent console keeps CSS parse noise off stderr.
  const dom: JSDOMType = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  try {
    const doc = dom.window.document;
    const url = canonicalUrl(doc);
    const parsed = new Readability(doc).parse();
    if (!parsed || !parsed.content) throw new InputError(file, 'no article body found in the page');
    const body = JSDOM.fragment(parsed.content);
    const title = collapse(parsed.title ?? '').trim();
    let blocks = blocksOf(body);
    // Readability usually drops an <h1> that repeats the title; when it keeps one, the headline line says it once.
    if (title && blocks.length && norm(blocks[0].text) === norm(title)) blocks = blocks.slice(1);
    if (!blocks.some((b) => !b.heading)) throw new InputError(file, 'no article body found in the page');

    let text = '';
    let headline: Span | null = null;
    if (title) {
      headline = { start: 0, end: title.length };
      text = title;
    }
    const subheadings: Span[] = [];
    for (const b of blocks) {
      if (text) text += '\n\n';
      if (b.heading) subheadings.push({ start: text.length, end: text.length + b.text.length });
      text += b.text;
    }
    const published = parsed.publishedTime ? normalizePublished(parsed.publishedTime) : null;
    const meta: FileMeta = {
      title: title || null,
      outlet: parsed.siteName?.trim() || null,
      author: parsed.byline ? parsed.byline.replace(/^\s*by\s+/i, '').trim() || null : null,
      url,
      ...(published ? { published, publishedPrecision: precisionOf(published) } : {}),
    };
    return { text, meta, headline, subheadings };
  } finally {
    dom.window.close();
  }
}
