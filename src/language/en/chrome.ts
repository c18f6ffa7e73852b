import pageChrome from './page-chrome.json';

/**
 * The page-chrome lexicon (page-chrome.json): whole-line section labels by kind, and the regular expressions and
 * line lengths of standalone links, blurbs, copyright footers and bullets. Read by src/ingest/chrome.ts, which
 * turns the labels into a Map and compiles the patterns.
 */
export const PAGE_CHROME: typeof pageChrome.table = pageChrome.table;
