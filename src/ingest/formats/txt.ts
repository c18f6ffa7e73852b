import { decodeUtf8, requireText } from '../read';
import type { ParsedArticle } from './types';

/** `.txt`: the text is the file content exactly (UTF-8, a leading BOM dropped); the first-line rule finds the headline. */
export function readTxt(file: string, bytes: Buffer): ParsedArticle {
  return { text: requireText(file, decodeUtf8(file, bytes)), meta: {} };
}
