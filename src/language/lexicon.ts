/**
 * Readers for the language data files (src/language/<lang>/*.json, schema schemas/wordlist.schema.json).
 * Word tables are plain JSON objects, so a lookup like `table[word]` would find `constructor` or `__proto__`:
 * these readers turn them into Sets and Maps, which only hold what the file holds.
 */

export interface WordListFile {
  description: string;
  caseSensitive?: boolean;
  words?: readonly string[];
  table?: Readonly<Record<string, unknown>>;
}

/** The `words` of a data file as a Set (lower-cased unless the file is case-sensitive). */
export function wordSet(file: WordListFile): ReadonlySet<string> {
  if (!file.words) throw new Error(`language data "${file.description}" has no words list`);
  return new Set(file.caseSensitive ? file.words : file.words.map((w) => w.toLowerCase()));
}

/** The `table` of a data file as a Map with own-property semantics. */
export function wordMap<V>(file: WordListFile): ReadonlyMap<string, V> {
  if (!file.table) throw new Error(`language data "${file.description}" has no table`);
  const map = new Map<string, V>();
  for (const key of Object.keys(file.table)) {
    map.set(file.caseSensitive ? key : key.toLowerCase(), file.table[key] as V);
  }
  return map;
}

/** Own-property lookup in a plain object loaded from JSON (for tables not yet turned into Maps). */
export function ownValue<V>(obj: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

/** `s` with every regular-expression metacharacter escaped, to match literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regular-expression group `(?:a|b|c)` matching any of `words` literally, longest first (so "memorandum" wins over "memo"). */
export function alternation(words: Iterable<string>): string {
  return `(?:${wordAlternation(words, ' ')})`;
}

/** Words as an alternation in the given order, each escaped ("a|an|the"), for a pattern's `(?:…)`: where the
 * first alternative that matches must be the one the list puts first. */
export function alternationInOrder(words: Iterable<string>): string {
  return [...words].map(escapeRegExp).join('|');
}

/**
 * The `table` of a data file whose values are word lists, one per grammatical slot ("deictic": ["this", "last", …]),
 * as a reader that throws on a slot the file lacks (a misspelt slot name must not read as an empty list).
 */
export function wordSlots(file: WordListFile): (slot: string) => readonly string[] {
  if (!file.table) throw new Error(`language data "${file.description}" has no table`);
  const table = file.table;
  return (slot) => {
    const words = ownValue(table, slot); // slot names are identifiers: not lower-cased
    if (!Array.isArray(words) || !words.every((w) => typeof w === 'string')) {
      throw new Error(`language data "${file.description}" has no word list "${slot}"`);
    }
    return file.caseSensitive ? words : words.map((w: string) => w.toLowerCase());
  };
}

/**
 * Regular-expression source matching any of `words` (chrono builds its patterns from locale dictionaries the
 * same way): escaped, longest first so that "september" wins over "sep"; a space in a phrase matches `space`
 * (any run of white space unless the pattern wants exactly one).
 */
export function wordAlternation(words: Iterable<string>, space = '\\s+'): string {
  return [...words]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((w) => escapeRegExp(w).replace(/ /g, space))
    .join('|');
}
