/**
 * Units of measurement after a number (data/measures.json): "5 km", "5km", "10 square metres", "98.6 °F", "3.2GHz",
 * and rates after any unit: "$50 a barrel", "15% per annum", "188 miles an hour", "12-cent-a-share".
 * Names match case-insensitively as whole words; symbols match as written ("g" is a gram, "G" is not), and a
 * one-letter symbol only when glued to its number ("5g", not "5 g").
 */
import { RATE_BLOCKERS } from '../../language';
import { QUANTITY_MEASURE_TABLE as measureData } from '../../language';
import { TIME_UNITS, singularize } from './lexicon';
import { isHyphen, isWord, type Token } from './tokens';
import { FUNCTION_WORDS, isNounTagged, isVerbLike, type TagLookup } from './words';

interface Form {
  text: string;
  unit: string;
  caseSensitive: boolean;
}

const FORMS: Form[] = [];
for (const u of measureData.units) {
  for (const n of u.names) FORMS.push({ text: n.toLowerCase(), unit: u.unit, caseSensitive: false });
  for (const s of u.symbols) FORMS.push({ text: s, unit: u.unit, caseSensitive: true });
}
FORMS.sort((a, b) => b.text.length - a.text.length);

const DENOMINATORS = new Set(measureData.rateDenominators);
const RATE_ALIASES = new Map(Object.entries(measureData.rateAliases as Record<string, string>));

export interface UnitMatch {
  unit: string;
  /** Token index after the unit. */
  end: number;
}

interface MeasureInput {
  text: string;
  tokens: Token[];
  tags: TagLookup;
}

/** Token index of the first token starting at or after `offset`. */
function tokenAfter(tokens: Token[], from: number, offset: number): number {
  let end = from;
  while (end < tokens.length && tokens[end].start < offset) end++;
  return end;
}

/** The first unit form written at token k, or null. `glued`: the token touches the number before it. */
function formAt(input: MeasureInput, k: number): { form: Form; endOffset: number } | null {
  const t = input.tokens[k];
  if (!t || t.type === 'num') return null;
  const raw = input.text.slice(t.start, t.start + 40);
  const lower = raw.toLowerCase().replace(/’/g, "'");
  for (const f of FORMS) {
    const hay = f.caseSensitive ? raw : lower;
    if (!hay.startsWith(f.text)) continue;
    const after = raw.charAt(f.text.length);
    // A unit ends at a word boundary: "5 km" and "5 km." but not "5 kmh" (another form) or "24703m212" (a code).
    if (after && /[\p{L}\p{N}_]/u.test(after)) continue;
    if (/\p{L}$/u.test(f.text) && /^[\p{L}]/u.test(f.text) && f.text.length === 1 && !t.joined) continue;
    // "50 Cent", "Six Feet Under": a unit name in title case inside a sentence is part of a name.
    if (!f.caseSensitive && f.text.length > 3 && /^\p{Lu}\p{Ll}/u.test(t.text) && !sentenceInitialNumber(input, k)) continue;
    return { form: f, endOffset: t.start + f.text.length };
  }
  return null;
}

/** The unit at token k follows a number that opens the sentence ("10 Kilometers per hour ..."). */
function sentenceInitialNumber(input: MeasureInput, k: number): boolean {
  return k === 1 && input.tokens[0].type === 'num';
}

/** A unit of measurement at token k (after a number), with a rate after it if there is one. */
export function measureUnitAt(input: MeasureInput, k: number): UnitMatch | null {
  const f = formAt(input, k);
  if (!f) return null;
  const end = tokenAfter(input.tokens, k, f.endOffset);
  // "24703 m212", "5 m-long": a unit glued to more letters or digits is a code or a compound.
  const next = input.tokens[end];
  if (next && next.joined && (next.type === 'num' || next.type === 'word')) return null;
  return { unit: f.form.unit, end };
}

function denominatorAt(input: MeasureInput, k: number, afterPer: boolean): UnitMatch | null {
  const { tokens, tags } = input;
  const t = tokens[k];
  if (!t || t.type !== 'word') return null;
  const two = tokens[k + 1]?.type === 'word' ? `${t.lower} ${tokens[k + 1].lower}` : '';
  if (two && DENOMINATORS.has(two)) return { unit: RATE_ALIASES.get(two) ?? two.replace(/ /g, '-'), end: k + 2 };
  const m = measureUnitAt(input, k);
  if (m && !m.unit.includes('-per-')) return m;
  const w = t.lower;
  if (DENOMINATORS.has(w) || TIME_UNITS.has(w)) return { unit: RATE_ALIASES.get(w) ?? w, end: k + 1 };
  // "per passenger", "per tonne of CO2": after "per" any singular noun names what the figure is divided by.
  if (afterPer && !FUNCTION_WORDS.has(w) && isNounTagged(t, tags) && !isVerbLike(t, tags) && singularize(w) === w) return { unit: w, end: k + 1 };
  return null;
}

/** "a barrel", "per share", "an hour", "/h", "-a-share" after a figure's unit at token k: the composed rate. */
export function rateAt(input: MeasureInput, k: number, unit: string): UnitMatch | null {
  const { tokens } = input;
  if (unit.includes('-per-')) return null;
  let j = k;
  // "-a-share", and " - a - share" in tokenized text.
  const glued = isHyphen(tokens[j]) && (tokens[j].joined || (isWord(tokens[j + 1], 'a', 'an') && isHyphen(tokens[j + 2]) && !tokens[j + 1].joined));
  if (glued) j++;
  const w = tokens[j];
  if (!w) return null;
  let d: UnitMatch | null = null;
  if (w.text === '/' && tokens[j + 1]?.joined) d = denominatorAt(input, j + 1, true);
  else if (isWord(w, 'per')) d = denominatorAt(input, j + 1, true);
  else if (isWord(w, 'a', 'an', 'each')) {
    let s = j + 1;
    if (glued && isHyphen(tokens[s])) s++;
    d = denominatorAt(input, s, false);
  }
  if (!d || d.unit === unit) return null;
  if (tokens[d.end] && tokens[d.end].type === 'word' && RATE_BLOCKERS.has(tokens[d.end].lower)) return null;
  return { unit: `${unit}-per-${d.unit}`, end: d.end };
}
