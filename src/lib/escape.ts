/**
 * Escaping for every output format. User text (article text, titles, outlets, quotes, reasons) goes through
 * one of these before it reaches a report; nothing else in src/report writes user text raw.
 */

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in HTML text, in quoted attribute values, and in SVG text and attributes. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch]!);
}

/**
 * JSON to embed inside a <script type="application/json"> island: `<`, `>` and `&` become \u escapes so that
 * a "</script>" or "<!--" in user text cannot end the element; U+2028/9 likewise, for old JS parsers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Line breaks inside one logical text: a table cell or list item must stay on one line. */
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/g;

/**
 * Inline Markdown text: backslash-escapes the characters that would start emphasis, code, links or HTML, or
 * end a table cell, and folds line breaks into spaces.
 */
export function escapeMarkdown(value: unknown): string {
  return String(value ?? '')
    .replace(LINE_BREAKS, ' ')
    .replace(/[\\`*_[\]<>|#]/g, (ch) => `\\${ch}`);
}

/** Text inside a Markdown code span: backticks cannot be escaped there, so pick a longer fence. */
export function markdownCode(value: unknown): string {
  const text = String(value ?? '').replace(LINE_BREAKS, ' ');
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
