import type { ChromeSpan, Span } from '../types';
import { PAGE_CHROME as lexicon } from '../language';

/**
 * Page chrome in article text: furniture that templates put around an article and that survives scraping
 * (comment forms, related-post lists, newsletter boxes, ads, copyright footers). Chrome is marked, never cut out,
 * so offsets keep indexing the text as read; the extraction pipeline drops claims inside it.
 *
 * Rules (each ChromeSpan names its rule):
 * - `trailing-block`: after the last real paragraph, a run of chrome lines from the first label, blurb or
 *   footer line to the end of the text, when every line after it is chrome too (a label, a blurb, a bullet
 *   item, a footer, or a short non-sentence line). The whole run is one span: it is one piece of furniture.
 * - `link-list`: a `list` label (Related Posts, Share, Tags, ...) followed by bullet items, anywhere.
 * - `standalone`: an ad slot, jump link or link line to another story on a line of its own, anywhere.
 * - `copyright`: a copyright footer line, anywhere.
 * The lexicon is data: src/language/en/page-chrome.json.
 */

interface Line extends Span {
  text: string;
  words: number;
}

type LabelKind = 'list' | 'trailing';

const LABELS: Map<string, LabelKind> = new Map();
for (const [key, group] of Object.entries(lexicon.labels)) {
  if (key === '$comment') continue;
  const g = group as { kind: LabelKind; entries: string[] };
  for (const e of g.entries) LABELS.set(e, LABELS.get(e) === 'list' ? 'list' : g.kind);
}

const compile = (patterns: string[]) => patterns.map((p) => new RegExp(p, 'iu'));
const STANDALONE = compile(lexicon.standalone.patterns);
const BLURBS = compile(lexicon.blurbs.patterns);
const COPYRIGHT = compile(lexicon.copyright.patterns);
const BULLET = new RegExp(lexicon.bullets.pattern, 'u');
const { maxWords: SHORT_MAX_WORDS, alwaysWords: SHORT_ALWAYS_WORDS } = lexicon.shortLine;
const MAX_LINK_WORDS = lexicon.shortLine.maxLinkWords;

/** Non-blank lines with their offsets, trimmed. */
export function textLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\n]*(?:\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m[0].length > 0) {
    const raw = m[0].replace(/\r?\n$/, '');
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    lines.push({ start: m.index + lead, end: m.index + lead + body.length, text: body, words: countWords(body) });
  }
  return lines;
}

/**
 * Words of a line: whitespace-separated tokens holding a letter or digit. Deliberately no regex whose one
 * match can span a whole token: on a multi-megabyte line V8's compiled regex code overflowed the stack in CI.
 */
function countWords(s: string): number {
  let n = 0;
  for (const token of s.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) n++;
  return n;
}

/** A line as a label key: "• Comments (2):" → "comments", "Editor’s Pick »" → "editor's pick". */
export function labelKey(line: string): string {
  return line
    .replace(BULLET, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s(\[]*\d+[\s)\]]*(?=\p{L})/u, '') // "2 Comments"
    .replace(/[\s:!?.»›→>|…-]+$/u, '')
    .replace(/\s*[(\[]?\d+[)\]]?$/u, '') // "Comments 2", "Comments (2)"
    .replace(/[\s:!?.»›→>|…-]+$/u, '')
    .trim()
    .toLowerCase();
}

export function labelKind(line: string): LabelKind | null {
  return LABELS.get(labelKey(line)) ?? null;
}

const matchesAny = (res: RegExp[], s: string) => res.some((re) => re.test(s));
export const isStandaloneChrome = (line: string) => matchesAny(STANDALONE, line.replace(/\s+/g, ' ').trim());
export const isBlurb = (line: string) => matchesAny(BLURBS, line.replace(/\s+/g, ' ').trim());
export const isCopyright = (line: string) => countWords(line) <= lexicon.copyright.maxWords && matchesAny(COPYRIGHT, line.trim());
export const isBullet = (line: string) => BULLET.test(line);

/** Short and not a sentence: nav items, category names, bylines in a footer. */
function isShortNonSentence(l: Line): boolean {
  if (l.words <= SHORT_ALWAYS_WORDS) return true;
  return l.words <= SHORT_MAX_WORDS && !/[.!?]["'”’)]?$/u.test(l.text);
}

/** Lines that can open the trailing block: things only furniture says. */
function opensBlock(l: Line): boolean {
  return labelKind(l.text) !== null || isBlurb(l.text) || isCopyright(l.text) || isStandaloneChrome(l.text);
}

/** A related-story link: a headline, not a sentence of the article. */
function isHeadlineLike(l: Line): boolean {
  return l.words <= MAX_LINK_WORDS && !/[.:;,]["'”’)]?$/u.test(l.text);
}

/** Every line from `from` to the end is furniture; under a `list` label, story headlines are too. */
function restIsChrome(lines: Line[], from: number): boolean {
  let inList = false;
  for (let j = from; j < lines.length; j++) {
    const l = lines[j];
    const kind = labelKind(l.text);
    if (kind) {
      inList = kind === 'list';
      continue;
    }
    if (opensBlock(l) || isShortNonSentence(l) || !/\p{L}/u.test(l.text)) continue;
    if (isBullet(l.text) && l.words <= (inList ? MAX_LINK_WORDS : SHORT_MAX_WORDS + 4)) continue;
    if (inList && isHeadlineLike(l)) continue;
    return false;
  }
  return true;
}

/** The trailing chrome block, if any: from the first line that opens it to the end of the last line. */
function trailingBlock(lines: Line[], from: number): ChromeSpan | null {
  for (let i = from; i < lines.length; i++) {
    if (opensBlock(lines[i]) && restIsChrome(lines, i)) {
      return { start: lines[i].start, end: lines[lines.length - 1].end, type: 'chrome', rule: 'trailing-block' };
    }
  }
  return null;
}

/** `list` labels followed by bullet items, and single chrome lines, in the body. */
function bodyChrome(lines: Line[]): ChromeSpan[] {
  const spans: ChromeSpan[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (labelKind(l.text) === 'list' && i + 1 < lines.length && isBullet(lines[i + 1].text)) {
      let j = i + 1;
      while (j + 1 < lines.length && isBullet(lines[j + 1].text) && lines[j + 1].words <= 15) j++;
      if (lines[j].words <= 15) {
        spans.push({ start: l.start, end: lines[j].end, type: 'chrome', rule: 'link-list' });
        i = j;
        continue;
      }
    }
    if (isCopyright(l.text)) spans.push({ start: l.start, end: l.end, type: 'chrome', rule: 'copyright' });
    else if (isStandaloneChrome(l.text)) spans.push({ start: l.start, end: l.end, type: 'chrome', rule: 'standalone' });
  }
  return spans;
}

/**
 * Chrome spans of a text, sorted and without overlaps. `bodyStart` skips a headline (a one-word headline such
 * as "Share" must not be taken for a share button).
 */
export function findChrome(text: string, bodyStart = 0): ChromeSpan[] {
  const lines = textLines(text).filter((l) => l.start >= bodyStart);
  // The first line of the body is never the start of a trailing block: an article is not all chrome.
  const block = trailingBlock(lines, Math.min(1, lines.length));
  const body = bodyChrome(block ? lines.filter((l) => l.end <= block.start) : lines);
  return mergeChrome(block ? [...body, block] : body);
}

/** Sorted by start; a span inside another is dropped (the outer one names the rule that found the region). */
export function mergeChrome(spans: ChromeSpan[]): ChromeSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ChromeSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      if (s.end > last.end) out.push({ ...s, start: last.end });
      continue;
    }
    out.push(s);
  }
  return out;
}
