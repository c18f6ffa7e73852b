/** The report writers: report.json, report.md and a self-contained report.html, and their schemas. */
export { renderJson } from './json';
export { renderMarkdown } from './markdown';
export { renderHtml } from './html';
export { escapeHtml } from './escape';
export { validateReport, validateExtraction } from './validate';
export { writeReport, parseReportFormats, ReportWriteError, InvalidReportError, REPORT_FILES, type ReportFormat } from './write';
export { FORMATTERS, FORMAT_NAMES, REPORT_FORMATS, parseFormats, type FormatName, type Formatter } from './formats';
