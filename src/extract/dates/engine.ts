import type { Chrono, Parser, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { mentionOf } from './mention';
import { isPlausibleNative } from './native';
import { CenturyParser, DecadeParser, SpokenYearParser, WordDecadeParser, YearParser } from './parsers/years';
import {
  CountedShiftParser, DeicticDayParser, MidPartOfDayParser, PartOfDayParser, QuarterParser, RelativeMonthParser, RelativeUnitParser, SeasonParser,
} from './parsers/relative';
import { AnaphoricParser, DefiniteUnitParser, HolidayParser, HyphenDurationParser, LastYearPeriodParser, NarrativeDayParser, NoonParser, PeriodDurationParser, SetParser, YearAgoParser, YearEndParser } from './parsers/durations';
import { ClockPartOfDayParser, ConjoinedDayBeforeParser, ConjoinedDayParser } from './parsers/clock';
import { EventAnchoredParser, RefParser, VagueDurationParser } from './parsers/vague';
import { DayShiftRefiner, MergePartOfDayRefiner, ModifierRefiner, OverlapRefiner } from './refiners';
// The English locale alone: chrono's root module loads every locale (twice the start-up time, for nothing).
const chrono = require('chrono-node/en') as Pick<typeof import('chrono-node'), 'casual'>;

/**
 * chrono's parsers that resolve against the reference date at once ("today" → a full date marked certain,
 * "last year" → a year marked certain). Our own parsers replace them and keep the unit and the shift instead,
 * so that resolution can respect the precision of the publication date and never fall back to the clock.
 */
const DROPPED_PARSERS = new Set([
  'ENCasualDateParser', 'ENCasualTimeParser', 'ENEndOfCurrentMonthParser', 'ENRelativeDateFormatParser',
  'ENTimeUnitCasualRelativeFormatParser', 'ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser', 'ENTimeUnitWithinFormatParser',
]);

/**
 * chrono's refiners we keep (calendar merges: "Tuesday, March 21", "March 21 at 3 p.m.", time zones). The rest
 * either work on the relative results we dropped, merge ranges ("2019 to 2022" is two dates for us), or filter
 * in ways we replace ("May" only after "in"; bare digits, which drops every bare year).
 */
const KEPT_REFINERS = new Set([
  'OverlapRemovalRefiner', 'ExtractTimezoneOffsetRefiner', 'MergeWeekdayComponentRefiner', 'ENMergeDateTimeRefiner',
  'ExtractTimezoneAbbrRefiner', 'ENExtractYearSuffixRefiner',
]);

/** Runs chrono's own refiners on chrono's own results only: they must not merge our mention-tagged results. */
class NativeOnly implements Refiner {
  constructor(private readonly inner: Refiner) {}
  refine = (context: ParsingContext, results: ParsingResult[]): ParsingResult[] => {
    const ours = results.filter((r) => mentionOf(r));
    const native = this.inner.refine(context, results.filter((r) => !mentionOf(r)));
    return [...native, ...ours].sort((a, b) => a.index - b.index);
  };
}

/** Drops chrono's implausible results ("a protest march", "Theresa May", "1/2"). */
const nativeFilter: Refiner = {
  refine: (context, results) => results.filter((r) => mentionOf(r) !== undefined || isPlausibleNative(context.text, r)),
};

export const customParsers = (): Parser[] => [
  new YearParser(), new SpokenYearParser(), new DecadeParser(), new WordDecadeParser(), new CenturyParser(), new RelativeUnitParser(), new DeicticDayParser(),
  new CountedShiftParser(), new RelativeMonthParser(), new SeasonParser(), new PartOfDayParser(), new MidPartOfDayParser(), new QuarterParser(),
  new RefParser(), new VagueDurationParser(), new EventAnchoredParser(), new PeriodDurationParser(), new SetParser(), new YearAgoParser(),
  new DefiniteUnitParser(), new AnaphoricParser(), new YearEndParser(), new HolidayParser(), new NoonParser(), new NarrativeDayParser(),
  new ConjoinedDayParser(), new ConjoinedDayBeforeParser(), new ClockPartOfDayParser(), new LastYearPeriodParser(), new HyphenDurationParser(),
];

/** chrono's casual English configuration, cloned, with our parsers and refiners (chrono's parsers-and-refiners design). */
export function createDateEngine(): Chrono {
  const engine = chrono.casual.clone();
  engine.parsers = [...engine.parsers.filter((p) => !DROPPED_PARSERS.has(p.constructor.name)), ...customParsers()];
  engine.refiners = [
    ...engine.refiners.filter((r) => KEPT_REFINERS.has(r.constructor.name)).map((r) => new NativeOnly(r)),
    nativeFilter,
    new MergePartOfDayRefiner(),
    new DayShiftRefiner(),
    new ModifierRefiner(),
    new OverlapRefiner(),
  ];
  return engine;
}
