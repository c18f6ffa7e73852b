import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import type { TimexMod } from '../../types';
import { PARTS_OF_DAY, alternation } from './lexicon';
import { makeResult, mentionOf, type Annotated, type Mention } from './mention';
import { nativeToMention } from './native';
import { DURATION_WORDS, RELATIVE_WORDS } from '../../language';

/** Our mention for any result: the parser's tag, or chrono's stated fields. */
export function annotatedOf(r: ParsingResult): Annotated & { index: number; text: string } {
  const tagged = mentionOf(r);
  return tagged ? { ...tagged, index: r.index, text: r.text } : nativeToMention(r);
}

const POD_AFTER = new RegExp(`^\\s+(${alternation([...PARTS_OF_DAY.keys()])})(?![\\p{L}])`, 'iu');

function isDayLevel(m: Mention): boolean {
  if (m.kind === 'calendar') return (m.day !== undefined || m.weekday !== undefined) && m.hour === undefined && !m.partOfDay;
  return m.kind === 'relative' && m.unit === 'day' && !m.partOfDay;
}

/** "Thursday" + "afternoon" → TIME 2024-05-16TAF; "21 March" + "evening"; "yesterday" + "morning". */
export class MergePartOfDayRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.map((r) => {
      const a = annotatedOf(r);
      const after = POD_AFTER.exec(context.text.slice(a.index + a.text.length, a.index + a.text.length + 16));
      if (!after || !isDayLevel(a.mention)) return r;
      const partOfDay = PARTS_OF_DAY.get(after[1].toLowerCase());
      const mention = { ...a.mention, partOfDay } as Mention;
      return makeResult(context, a.index, context.text.slice(a.index, a.index + a.text.length + after[0].length), { mention, ...(a.mod ? { mod: a.mod } : {}) });
    });
  }
}

const words = (slot: string): string => alternation(RELATIVE_WORDS(slot));
const TEXT_WEEKDAY_LEAD = new RegExp(`(?:^|[^\\p{L}])(the\\s+(?:(${words('textWeekdayBack')})|${words('textWeekdayAhead')})\\s+)$`, 'iu');
const DAY_SHIFT_LEAD = new RegExp(`(?:^|[^\\p{L}])(the\\s+day\\s+(?:(${words('dayShiftBack')})|${words('dayShiftAhead')})\\s+)$`, 'iu');

/**
 * Days counted from a stated day. "the previous Friday", "the following Monday": the weekday before or after the
 * narrative's day, which TimeML takes as the reference time. "the day before last Tuesday", "the day after
 * yesterday's vote": the stated day moved by one.
 */
export class DayShiftRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.map((r) => {
      const a = annotatedOf(r);
      const before = context.text.slice(Math.max(0, a.index - 24), a.index);
      const m = a.mention;
      const weekdayLead = TEXT_WEEKDAY_LEAD.exec(before);
      if (weekdayLead && m.kind === 'calendar' && m.weekday !== undefined && m.day === undefined && !m.relation) {
        const mention: Mention = { ...m, relation: weekdayLead[2] ? 'last' : 'next', fromText: true };
        return widened(context, a, weekdayLead[1].length, mention);
      }
      const shiftLead = DAY_SHIFT_LEAD.exec(before);
      if (shiftLead && isDayLevel(m) && (m.kind === 'calendar' || m.kind === 'relative')) {
        const mention: Mention = { ...m, dayShift: (m.dayShift ?? 0) + (shiftLead[2] ? -1 : 1) };
        return widened(context, a, shiftLead[1].length, mention);
      }
      return r;
    });
  }
}

function widened(context: ParsingContext, a: Annotated & { index: number; text: string }, lead: number, mention: Mention): ParsingResult {
  const index = a.index - lead;
  return makeResult(context, index, context.text.slice(index, a.index + a.text.length), { mention, ...(a.mod ? { mod: a.mod } : {}) });
}

interface ModifierRule {
  /** Matches the words just before the date expression (anchored at the end). */
  before: RegExp;
  mod: TimexMod;
  /** Which mentions it may modify. */
  applies: (m: Mention) => boolean;
}

const yearish = (m: Mention): boolean =>
  (m.kind === 'calendar' && m.day === undefined && m.weekday === undefined && m.hour === undefined) ||
  m.kind === 'decade' || m.kind === 'century' || (m.kind === 'relative' && m.unit !== 'day');
const anyDate = (m: Mention): boolean => m.kind === 'calendar' || m.kind === 'decade' || m.kind === 'century' || m.kind === 'relative';

/** TIMEX3 `mod` words that belong to the expression's extent: "at least 2030", "early 2023", "the end of last year". */
const MODIFIERS: ModifierRule[] = [
  { before: /(?:at\s+least(?:\s+until|\s+till)?|no\s+earlier\s+than|not\s+before)\s+$/i, mod: 'ON_OR_AFTER', applies: anyDate },
  { before: /(?:no\s+later\s+than|not\s+after|at\s+the\s+latest\s+by)\s+$/i, mod: 'ON_OR_BEFORE', applies: anyDate },
  { before: /(?:^|[^\p{L}])early[\s-]+$/iu, mod: 'START', applies: yearish },
  { before: /(?:^|[^\p{L}])late[\s-]+$/iu, mod: 'END', applies: yearish },
  { before: /(?:^|[^\p{L}])mid-?\s*$/iu, mod: 'MID', applies: yearish },
  { before: /(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?$/i, mod: 'END', applies: yearish },
  { before: /(?:the\s+)?(?:beginning|start)\s+of\s+(?:the\s+)?$/i, mod: 'START', applies: yearish },
  { before: /(?:the\s+)?middle\s+of\s+(?:the\s+)?$/i, mod: 'MID', applies: yearish },
  { before: /(?:^|[^\p{L}])(?:around|circa|c\.|approximately)\s+$/iu, mod: 'APPROX', applies: (m) => m.kind === 'calendar' && m.year !== undefined && m.month === undefined },
];

/** A shift counted back or ahead ("two years ago", "three days later"): its words end in the shift's direction. */
const COUNTED_SHIFT_END = new RegExp(`\\s(?:${alternation(RELATIVE_WORDS('agoWords'))})$`, 'i');
const SHIFT_APPROX = new RegExp(`(?:^|[^\\p{L}])(?:${alternation([...DURATION_WORDS('approximately'), ...DURATION_WORDS('nearly')])})\\s+$`, 'iu');
const SHIFT_MORE = /(?:^|[^\p{L}])more\s+than\s+$/iu;
const SHIFT_LESS = /(?:^|[^\p{L}])less\s+than\s+$/iu;

/**
 * The modifier of a counted shift, in its extent (TimeML 1.2.1 mod): "about two years ago" (APPROX), "more than
 * four decades ago" (BEFORE: earlier than the point), "less than a year later" (BEFORE), "more than a week later" (AFTER).
 */
function shiftModifier(before: string, m: Mention, text: string): { lead: number; mod: TimexMod } | null {
  if (m.kind !== 'relative' || m.offset === 0) return null;
  if (!COUNTED_SHIFT_END.test(text)) return null;
  const back = m.offset < 0;
  const approx = SHIFT_APPROX.exec(before);
  if (approx) return { lead: approx[0].replace(/^[^\p{L}]+/u, '').length, mod: 'APPROX' };
  const more = SHIFT_MORE.exec(before);
  if (more) return { lead: more[0].replace(/^[^\p{L}]+/u, '').length, mod: back ? 'BEFORE' : 'AFTER' };
  const less = SHIFT_LESS.exec(before);
  if (less) return { lead: less[0].replace(/^[^\p{L}]+/u, '').length, mod: back ? 'AFTER' : 'BEFORE' };
  return null;
}

/** Widens a date to the modifier before it and records TIMEX3 `mod`. */
export class ModifierRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.map((r) => {
      const a = annotatedOf(r);
      if (a.mod) return r;
      const before = context.text.slice(Math.max(0, a.index - 30), a.index);
      const shift = shiftModifier(before, a.mention, a.text);
      if (shift) {
        const index = a.index - shift.lead;
        return makeResult(context, index, context.text.slice(index, a.index + a.text.length), { mention: a.mention, mod: shift.mod });
      }
      for (const rule of MODIFIERS) {
        const m = rule.before.exec(before);
        if (!m || !rule.applies(a.mention)) continue;
        const lead = m[0].replace(/^[^\p{L}]+/u, '');
        const index = a.index - lead.length;
        return makeResult(context, index, context.text.slice(index, a.index + a.text.length), { mention: a.mention, mod: rule.mod });
      }
      if (!mentionOf(r)) return makeResult(context, a.index, a.text, a); // chrono's result, trimmed of its preposition
      return r;
    });
  }
}

/** Overlapping results: the longer one wins (chrono's rule); on a tie the earlier one. */
export class OverlapRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const sorted = [...results].sort((a, b) => a.index - b.index || b.text.length - a.text.length);
    const kept: ParsingResult[] = [];
    for (const r of sorted) {
      const last = kept[kept.length - 1];
      if (last && r.index < last.index + last.text.length) {
        if (r.text.length > last.text.length) kept[kept.length - 1] = r;
        continue;
      }
      kept.push(r);
    }
    return kept;
  }
}
