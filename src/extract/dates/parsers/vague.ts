import { EVENT_NOUNS, FULL_MONTH_NAMES, FULL_WEEKDAY_NAMES, NUMBER_WORDS, REF_EXPRESSIONS, alternation, type RefExpression } from '../lexicon';
import { WordParser, wordBefore, type Found } from './base';
import { RELATIVE_WORDS, TIME_UNIT_DESIGNATORS, VAGUE_WORDS } from '../../../language';

/** The alternation of one slot of time-vague.json (`space`: what a space in a phrase matches). */
const alt = (slot: string, space?: string): string => alternation(VAGUE_WORDS(slot), space);
const SOON_FOLLOWER = new RegExp(`^\\s+(?:${alt('soonFollowers')})\\b`, 'i');

/** TIMEX3 underspecified references from the lexicon: "recently" (PAST_REF), "now" (PRESENT_REF), "the near future" (FUTURE_REF). "soon" is left out: TimeML annotators mark it rarely (5 of 18 in TimeBank/AQUAINT). */
export class RefParser extends WordParser {
  constructor(private readonly entries: RefExpression[] = REF_EXPRESSIONS) {
    super(`(${alternation(entries.map((e) => e.pattern))})`);
  }

  protected accept(text: string, index: number, match: RegExpMatchArray): Found | null {
    const said = match[1].toLowerCase().replace(/\s+/g, ' ');
    const entry = this.entries.find((e) => e.pattern === said);
    if (!entry) return null;
    const end = index + match[0].length;
    const prev = wordBefore(text, index);
    if (entry.after && prev !== entry.after) return null;
    if (entry.notBefore && new RegExp(`^\\s+${entry.notBefore}\\b`, 'i').test(text.slice(end, end + 20))) return null;
    if (said === 'soon') {
      if (prev === 'as' || SOON_FOLLOWER.test(text.slice(end, end + 16))) return null;
    }
    // "Now, he says, ...": a sentence-opening "Now," is a discourse marker, not a time (TimeML leaves it).
    if (said === 'now' && text[end] === ',' && /^[\s"“‘'`(]*$/.test(text.slice(0, index))) return null;
    if (said.endsWith('future') && /^\s+of\b/i.test(text.slice(end, end + 6))) return null; // "the future of Taiwan"
    return { index, text: match[0], mention: { kind: 'ref', value: entry.value } };
  }
}

const NUMBERS = new Set([...NUMBER_WORDS.keys()]);
/** Words before a bare plural unit that make it a span of time ("for months", "after years of war"). */
const DURATION_BEFORE = new Set(VAGUE_WORDS('durationBefore'));
const DURATION_AFTER = new RegExp(`^\\s+(?:${alt('durationAfter', ' ')})\\b`, 'i');
const AGE_FOLLOWER = new RegExp(`^\\s+(?:${alt('ageFollowers', ' ')})\\b`, 'i');
const FEW_BEFORE = new RegExp(`^(?:${alt('fewBefore')})$`);
const THE_YEARS_BEFORE = new RegExp(`^(?:${alt('theYearsBefore')})$`);
/** "the early hours of Thursday morning", "the final days of March": a part of the date that follows, not a length. */
const OF_DATE = new RegExp(`^\\s+of\\s+(?:(?:${alternation([...FULL_WEEKDAY_NAMES, ...FULL_MONTH_NAMES])})\\b|(?:${alternation(RELATIVE_WORDS('dayDeictic'))})\\b|(?:1\\d|20)\\d\\d\\b)`, 'i');

/**
 * Durations with no number (the numbered ones are quantities): "months" → PXM, "recent years", "the last few
 * years", "the years" in "over the years", "decades" → PXDE. Not "six months" or "75 years" (quantities),
 * not "years old" (an age), not "the summer months".
 */
export class VagueDurationParser extends WordParser {
  constructor() {
    super(
      `(?:(the\\s+(?:${alt('fewShift')})\\s+(?:${alt('fewWords')})\\s+)|((?:recent|the\\s+(?:${alt('recentShift')}))\\s+)|(the\\s+)|((?:a\\s+)?(?:${alt('fewWords')})\\s+))?(${alt('pluralUnits')})`,
    );
  }

  protected accept(text: string, index: number, match: RegExpMatchArray): Found | null {
    const [, fewPhrase, recentPhrase, the, fewWord, unitWord] = match;
    const unit = TIME_UNIT_DESIGNATORS.get(unitWord.toLowerCase());
    const end = index + match[0].length;
    const rest = text.slice(end, end + 24);
    if (AGE_FOLLOWER.test(rest) || /^[-–]old/.test(rest) || OF_DATE.test(rest)) return null;
    const prev = wordBefore(text, index);
    if (NUMBERS.has(prev) || /\d/.test(prev) || /[-–]$/.test(text.slice(0, index))) return null;
    const value = unit?.startsWith('T') ? `PTX${unit.slice(1)}` : `PX${unit}`; // clock units take ISO 8601's T (PTXH)
    const found = { index, text: match[0], mention: { kind: 'duration' as const, value } };
    if (fewPhrase || recentPhrase) return found;
    if (fewWord) return FEW_BEFORE.test(prev) || DURATION_AFTER.test(rest) ? found : null;
    if (the) {
      // Only "over the years" / "down the years" / "through the years" read as a span of time.
      return unit === 'Y' && THE_YEARS_BEFORE.test(prev) ? found : null;
    }
    if (prev === 'the' || prev === 'those' || prev === 'these') return null; // "the days of", "those years"
    if (DURATION_BEFORE.has(prev) || DURATION_AFTER.test(rest)) return found;
    return null;
  }
}

const EVENTS = alternation(EVENT_NOUNS);

/**
 * Times fixed by an event: "the eve of his visit", "the day of the vote", "ahead of her trip". The value needs
 * the event's date, which the text rarely gives next to it; the claim is kept, marked unresolved, so that a
 * reader sees the dependency instead of a guess.
 */
export class EventAnchoredParser extends WordParser {
  constructor() {
    super(`(?:(the\\s+(eve|day)\\s+of)|(ahead\\s+of))\\s+(?:${alt('eventDeterminers')}|next\\s+week['’]s|[A-Z][\\p{L}-]+['’]s)\\s+(?:[\\p{L}-]+\\s+){0,2}?(${EVENTS})`);
  }

  protected accept(_text: string, index: number, match: RegExpMatchArray): Found | null {
    const [, dayOf, dayWord, ahead, event] = match;
    const offsetDays = dayOf && dayWord.toLowerCase() === 'eve' ? -1 : 0;
    const mention = { kind: 'event' as const, event: match[0].replace(/^.*?\bof\s+/i, ''), offsetDays };
    if (ahead) return { index, text: match[0], mention, mod: 'BEFORE' };
    return event ? { index, text: match[0], mention } : null;
  }
}
