import * as fs from 'node:fs';
import { InputError } from './errors';

/**
 * Reading article files safely: the checks that turn unusable input into one clear InputError
 * before anything tries to parse it.
 */

/**
 * Largest article file accepted: 5 MiB. A news article is 5–50 kB; anything this big is a wrong file
 * (a dump, an archive, a video), and refusing it before reading keeps memory bounded.
 */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
const MIB = 1024 * 1024;

const ERRNO_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'path too long',
};

/** An fs error as a one-line problem ("no such file or folder"), without Node's own path and syscall noise. */
export function fsProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  return (code && ERRNO_PROBLEMS[code]) || `cannot read (${code ?? (e as Error)?.message ?? 'unknown error'})`;
}

/** stat without throwing: null when the path does not exist. */
export function statOrNull(p: string): fs.Stats | null {
  try {
    return fs.statSync(p);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') return null;
    throw new InputError(p, fsProblem(e));
  }
}

/** The bytes of a regular file, refusing (before reading) what is missing, not a file, or over the size limit. */
export function readFileBytes(file: string, maxBytes = MAX_ARTICLE_BYTES): Buffer {
  const st = statOrNull(file);
  if (!st) throw new InputError(file, 'no such file or folder');
  if (st.isDirectory()) throw new InputError(file, 'is a folder, not a file');
  // Devices and pipes would block or never end (e.g. /dev/zero reports size 0).
  if (!st.isFile()) throw new InputError(file, 'not a regular file');
  if (st.size > maxBytes) {
    throw new InputError(file, `file is ${(st.size / MIB).toFixed(1)} MB, over the ${maxBytes / MIB} MB limit for one article`);
  }
  if (st.size === 0) throw new InputError(file, 'file is empty');
  try {
    return fs.readFileSync(file);
  } catch (e) {
    throw new InputError(file, fsProblem(e));
  }
}

/** The byte offset of the first byte sequence that is not UTF-8 (the decoder does not say where). */
function firstInvalidUtf8(bytes: Buffer): number {
  const lossy = bytes.toString('utf8');
  let from = 0;
  for (;;) {
    const i = lossy.indexOf('\uFFFD', from);
    if (i < 0) return -1;
    // Everything before i decoded cleanly (or was a genuine U+FFFD), so its UTF-8 length is its byte length.
    const at = Buffer.byteLength(lossy.slice(0, i), 'utf8');
    if (!(bytes[at] === 0xef && bytes[at + 1] === 0xbf && bytes[at + 2] === 0xbd)) return at;
    from = i + 1;
  }
}

/**
 * Bytes → text as the contract reads it: UTF-8, a leading BOM dropped. Binary files (NUL bytes), UTF-16 and
 * invalid UTF-8 are refused rather than decoded with replacement characters, which would shift every offset
 * a user checks against the file.
 */
export function decodeUtf8(file: string, bytes: Buffer): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError(file, 'text is UTF-16; save it as UTF-8');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError(file, `binary file (NUL byte at offset ${nul}), not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const where = at >= 0 ? ` (byte 0x${bytes[at].toString(16).toUpperCase().padStart(2, '0')} at offset ${at})` : '';
    throw new InputError(file, `not valid UTF-8 text${where}; if it is Latin-1 or Windows-1252, convert it to UTF-8`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

/** Refuses text with no visible characters (an empty article is always a wrong file). */
export function requireText(file: string, text: string, what = 'file'): string {
  if (!/\S/.test(text)) throw new InputError(file, `${what} is empty`);
  return text;
}
