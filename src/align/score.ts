import { compareTwoStrings } from 'string-similarity';
import type { ClaimKind, DateClaim, QuantityClaim, QuoteClaim } from '../types';
import { SPEECH_ACTS, unquoted, type ClaimFeatures } from './features';
import { HISTORICAL_STATES, type Mention } from './entities';
import { forKind } from './kinds';
import { quoteMatch } from './quotes';
import { intersect, jaccard, stem, STOPWORDS, TITLE_WORDS, weightedOverlap } from '../language/text';
import { ALIGN_NAME_SUFFIXES, PERSON_NOUNS } from '../language';
import { datedRelation, estimatesDiffer, eventRelation, isConcreteTimex, periodRelation, timexInterval, valuesCompatible } from './values';

/**
 * Whether two claims from different articles state the same fact, and how sure we are.
 *
 * Two stages: hard GATES that no lexical closeness can override (different people, different country
 * pairs, different units, a figure for another event), then a SCORE from the measure words (overlap and
 * Dice), the entities and the values. Dice alone would join "Xi's three-day visit" and "Putin's two-day
 * visit"; the gates keep them apart.
 */
export interface PairScore {
  /** False when a gate says these cannot be the same fact (then they may never share a group). */
  compatible: boolean;
  /** 0..1; pairs at or above `threshold` are joined. */
  score: number;
  threshold: number;
  /** The values agree (figures overlap, dates contain one another, same words): no clash if joined. */
  agree: boolean;
  keys: string[];
  scores: Record<string, number>;
  /** Why the gate closed, for tests and debugging. */
  reason?: string;
}

/** Two sentences whose words, numbers masked, are at least this alike state the same thing. */
export const SAME_FRAME = 0.8;

/** Words a sentence must keep beside the claim before its twin is evidence ("It rose 5%." is no sentence to match). */
const TWIN_MIN_WORDS = 6;
const twinText = new WeakMap<ClaimFeatures, string | null>();

/**
 * The claim's sentence with only the claim's own words cut out (every other number kept), in lower case:
 * null when fewer than TWIN_MIN_WORDS words are left.
 */
export function sentenceWithout(f: ClaimFeatures): string | null {
  let t = twinText.get(f);
  if (t !== undefined) return t;
  const s = f.claim.sentence;
  const start = Math.max(0, f.claim.span.start - s.start);
  const end = Math.max(start, f.claim.span.end - s.start);
  const rest = `${s.text.slice(0, start)} # ${s.text.slice(end)}`.toLowerCase().replace(/\s+/g, ' ').trim();
  t = (rest.match(/\p{L}+/gu)?.length ?? 0) >= TWIN_MIN_WORDS ? rest : null;
  twinText.set(f, t);
  return t;
}

/**
 * Twin sentences: word for word the same apart from the two claims themselves, the claims at the same place.
 * An outlet that repeats another's sentence and changes only the figure or the date states the same fact
 * with another value; nothing is stronger evidence that the two claims are one.
 */
export function twinSentences(a: ClaimFeatures, b: ClaimFeatures): boolean {
  const x = sentenceWithout(a);
  return x !== null && a.articleId !== b.articleId && x === sentenceWithout(b);
}

/**
 * Whether two figures agree: values compatible with their bounds and rounding (see values.ts), except two
 * estimates ("some 45,000" / "some 47,000") in sentences that otherwise read the same: the wording is one
 * claim, so the stated estimates must agree after rounding, not merely lie within each other's 10%.
 */
export function figuresAgree(a: ClaimFeatures, b: ClaimFeatures): boolean {
  const qa = a.claim as QuantityClaim;
  const qb = b.claim as QuantityClaim;
  if (!valuesCompatible(qa, qb)) return false;
  return !(estimatesDiffer(qa, qb) && !!a.frame && !!b.frame && compareTwoStrings(a.frame, b.frame) >= SAME_FRAME);
}

/** A figure stated by at most this many claims of the corpus is rare; its agreement earns a bonus. */
export const RARE_FIGURE = 4;
const RARE_BONUS = 0.2;

/** The key a pair of twin sentences carries (see twinSentences); grouping takes such pairs first. */
export const SAME_SENTENCE = 'same sentence';

const NO: (reason: string) => PairScore = (reason) => ({ compatible: false, score: 0, threshold: 1, agree: false, keys: [], scores: {}, reason });

export function personsMatch(a: Mention[], b: Mention[]): boolean | null {
  if (a.length === 0 || b.length === 0) return null;
  const tokens = new Set(b.flatMap((m) => m.tokens));
  return a.some((m) => m.tokens.some((t) => tokens.has(t)));
}

function countriesClash(all: Set<string>, bll: Set<string>): boolean {
  // "China and Hungary" vs "China and Russia": both name a pair and neither pair holds the other. A state that
  // no longer exists makes no pair: its relations are told today of its successors.
  const a = new Set([...all].filter((c) => !HISTORICAL_STATES.has(c)));
  const b = new Set([...bll].filter((c) => !HISTORICAL_STATES.has(c)));
  if (a.size < 2 || b.size < 2) return false;
  const aInB = [...a].every((x) => b.has(x));
  const bInA = [...b].every((x) => a.has(x));
  return !aInB && !bInA;
}

/** Same owner (true), different owners of one kind (false: two people, two firms), or unknown (null). */
export function ownersMatch(a: ClaimFeatures, b: ClaimFeatures): boolean | null {
  const x = a.owner;
  const y = b.owner;
  if (!x || !y || x.kind !== y.kind) return null;
  if (x.kind === 'person') return x.tokens.some((t) => y.tokens.includes(t));
  return x.key === y.key;
}

function entityGate(a: ClaimFeatures, b: ClaimFeatures): string | null {
  if (personsMatch(a.persons, b.persons) === false) return 'different persons';
  // Different owners gate only where both owners are sure, possessors ("Brat's $200,000" / "Cantor's"): names
  // found near a figure are too often not its owner ("the Treasury Department", "Texas Republican"); they
  // count as evidence for a conflict only (see compare/verdicts).
  if (a.claim.kind === 'quantity' && a.possessed && b.possessed && ownersMatch(a, b) === false) return 'different owners';
  // Figures for different counts of people ("an extension to 300,000 people" / "… for 700,000 recipients").
  if (a.beneficiaries && b.beneficiaries && Math.abs(a.beneficiaries - b.beneficiaries) > 0.05 * Math.max(a.beneficiaries, b.beneficiaries)) return 'different beneficiaries';
  if (countriesClash(a.countries, b.countries)) return 'different countries';
  return null;
}

function entityScore(a: ClaimFeatures, b: ClaimFeatures): number {
  const p = personsMatch(a.persons, b.persons) ? 1 : 0;
  return Math.max(p, jaccard(a.countries, b.countries));
}

function idfWeight(f: ClaimFeatures): (w: string) => number {
  const max = Math.log(1 + Math.max(1, f.idf.size));
  return (w) => f.idf.get(w) ?? max;
}

/**
 * Closeness of the words around two claims: `overlap` is the idf- and proximity-weighted share of the
 * lighter bag that the other covers; `evidence` saturates with the weight of the shared words alone, so a
 * verbose sentence is not penalized for its extra words; `dice` is string-similarity's Dice coefficient.
 */
function lexical(a: ClaimFeatures, b: ClaimFeatures, exclude: ReadonlySet<string> = new Set()): { overlap: number; evidence: number; dice: number; shared: string[] } {
  const ma = exclude.size ? new Set([...a.measure].filter((w) => !exclude.has(w))) : a.measure;
  const mb = exclude.size ? new Set([...b.measure].filter((w) => !exclude.has(w))) : b.measure;
  const idf = idfWeight(a);
  let shared = 0;
  let wa = 0;
  let wb = 0;
  for (const w of ma) {
    const x = idf(w) * (a.near.get(w) ?? 1);
    wa += x;
    if (mb.has(w)) shared += idf(w) * Math.min(a.near.get(w) ?? 1, b.near.get(w) ?? 1);
  }
  for (const w of mb) wb += idf(w) * (b.near.get(w) ?? 1);
  return {
    overlap: Math.min(wa, wb) > 0 ? shared / Math.min(wa, wb) : 0,
    evidence: 1 - Math.exp(-shared / 3),
    dice: a.measureText && b.measureText ? compareTwoStrings(a.measureText, b.measureText) : 0,
    shared: intersect(ma, mb).sort(),
  };
}

/** The lexical closeness of twin sentences: complete, the shared measure words kept for the keys. */
function twinLexical(lx: ReturnType<typeof lexical>): ReturnType<typeof lexical> {
  return { ...lx, overlap: 1, evidence: 1, dice: 1 };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The counted noun as written ("1.5 million women" → "women"), stemmed as measure words are. */
function unitStem(f: ClaimFeatures): string | null {
  const words = (f.claim as QuantityClaim).text.toLowerCase().match(/\p{L}+/gu);
  return f.unitClass && words ? stem(words[words.length - 1]) : null;
}

/**
 * Whether two figures count the same thing: the same unit class; two nouns for people ("42 members" / "42
 * Senate Republicans", "more than 30 sources" / "more than 30 people"): kin; a bare figure whose own words name
 * the other's unit ("estimates of how many women … run from 500,000 to 1.6 million" / "1.6 million women"):
 * implied. Null: different units.
 */
export function unitRelation(a: ClaimFeatures, b: ClaimFeatures): 'same' | 'kin' | 'implied' | null {
  if (a.unitClass === b.unitClass) return 'same';
  const person = (f: ClaimFeatures) => f.unitClass !== null && (f.unitClass === 'person' || PERSON_NOUNS.has(f.unitClass) || PERSON_NOUNS.has(`${f.unitClass}s`));
  if (person(a) && person(b)) return 'kin';
  const implied = (bare: ClaimFeatures, counted: ClaimFeatures) => {
    const u = unitStem(counted);
    return bare.unitClass === null && u !== null && bare.near.has(u);
  };
  return implied(a, b) || implied(b, a) ? 'implied' : null;
}

export function scoreQuantities(a: ClaimFeatures, b: ClaimFeatures): PairScore {
  const qa = a.claim as QuantityClaim;
  const qb = b.claim as QuantityClaim;
  const units = unitRelation(a, b);
  if (units === null) return NO('different units');
  // Two ways of naming the counted thing agree on nothing but the figure: a different figure is no clash.
  if (units !== 'same' && !figuresAgree(a, b)) return NO('different units');
  const gate = entityGate(a, b);
  if (gate) return NO(gate);
  // The words right beside two figures name what they count: "killing 41 people" and "1,607 people injured"
  // are different measures of one quake, however much of the sentence around them is shared.
  const ca = anchorClasses(a);
  const cb = anchorClasses(b);
  if (ca.size > 0 && cb.size > 0 && intersect(ca, cb).length === 0) return NO('different measures beside the figures');
  const same = figuresAgree(a, b);
  const twins = twinSentences(a, b);
  // A rank and a count differ in kind, except years elapsed from an event ("75 years since" / "75th anniversary").
  const rankVsCount = !!qa.quantity.ordinal !== !!qb.quantity.ordinal && !(a.elapsed && b.elapsed);
  if (rankVsCount && qa.quantity.value !== qb.quantity.value) return NO('rank vs count');
  const bothPeriods = isConcreteTimex(a.period) && isConcreteTimex(b.period);
  const periodsDiffer = bothPeriods && periodRelation({ value: a.period! }, { value: b.period! }) === 'disjoint';
  // A different figure in another story is almost always another event (another visit, another term),
  // unless both figures name their period: then it is the same series in another year.
  if (!same && a.story !== b.story && !bothPeriods) return NO('different figure, different story');
  // A different figure with a period on one side only: too unsure to call either a clash or a new period.
  if (!same && isConcreteTimex(a.period) !== isConcreteTimex(b.period)) return NO('different figure, one period unknown');
  // Twin sentences share every word around the figure, whatever the measure words picked out of them.
  const lx = twins ? twinLexical(lexical(a, b)) : lexical(a, b);
  // Different ranks ("first trip abroad" / "second trip to China") are usually counted in different frames:
  // the words beside the unit must match closely before they count as a clash.
  if (!same && qa.quantity.ordinal) {
    const unitWords = new Set(qa.text.toLowerCase().split(/\W+/).concat(qb.text.toLowerCase().split(/\W+/)).map((w) => w.slice(0, 5)));
    if (lexical(a, b, unitWords).overlap < 0.6) return NO('different ranks in different frames');
  }
  const ent = entityScore(a, b);
  const sameStory = a.story !== null && a.story === b.story ? 1 : 0;
  // Who/where weighs as much as the words: "Xi's third term" twice is one fact however it is worded.
  // The same exact figure of a counted unit, stated by few claims of the corpus and once in each article, in one story: rarity is
  // evidence ("1.5 million women" twice); common figures ("2%", "10 years") earn nothing.
  const rare = same && sameStory === 1 && a.unitClass !== null && qa.quantity.value === qb.quantity.value && Math.abs(qa.quantity.value) >= 100 && a.figureCount <= RARE_FIGURE && a.figureInArticle === 1 && b.figureInArticle === 1;
  const score = 0.35 * lx.overlap + 0.15 * lx.dice + 0.3 * ent + 0.1 * (same ? 1 : 0) + 0.1 * sameStory + (rare ? RARE_BONUS : 0);
  // A differing figure must be about visibly the same thing; an equal one needs less.
  // Figures for two different periods do not clash (the verdict is different-period, shown as info), so
  // they need no more evidence than agreeing ones.
  let threshold = same || periodsDiffer ? 0.4 : 0.45;
  // A differing figure, clash or other period, must share what it measures ("economy grew 3.2%" is no
  // earlier value of "inflation reached 12%").
  if (!same && lx.overlap < 0.3) threshold = 1.01;
  // A rank and a count of the same number ("30th anniversary" / "30 years old") are one figure only when
  // the words say so ("30 years since ...").
  if (rankVsCount && lx.overlap < 0.3) threshold = 1.01;
  if (a.unitClass === null && b.unitClass === null) threshold += 0.15; // bare counts say little about what they count
  else if (units !== 'same') threshold += 0.05;
  const keys = [units === 'same' ? `unit:${a.unitClass ?? 'none'}` : `units:${a.unitClass ?? 'none'}~${b.unitClass ?? 'none'}`, ...lx.shared.map((s) => `word:${s}`)];
  if (same) keys.push('values agree');
  if (twins) keys.push(SAME_SENTENCE);
  if (rare) keys.push('rare exact figure');
  if (a.forecast !== b.forecast) keys.push('forecast vs actual');
  if (periodsDiffer) keys.push('periods differ');
  return {
    compatible: true,
    score: round(score),
    threshold,
    agree: same || periodsDiffer,
    keys,
    scores: { measureOverlap: round(lx.overlap), measureDice: round(lx.dice), entities: round(ent), sameStory },
  };
}

/** 0 decade/century, 1 year, 2 month or week, 3 day or time. */
function precision(value: string): number {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return 3;
  if (/^\d{4}-(?:\d{2}|W\d{2})/.test(value)) return 2;
  if (/^\d{4}$/.test(value)) return 1;
  return 0;
}

function nearPublication(value: string, published: string | null, days = 14): boolean {
  const a = timexInterval(value);
  const b = published ? timexInterval(published) : null;
  if (!a || !b) return false;
  return a[1] - a[0] <= 31 && a[0] <= b[1] + days && b[0] - days <= a[1];
}

/** Thresholds for agreeing dates: with the same event word beside both, or with only similar surroundings. */
export const SAME_DATE_ANCHORED = 0.22;
export const SAME_DATE_ANCHORED_OTHER_STORY = 0.45;
export const SAME_DATE = 0.4;
export const SAME_DATE_CROSSED = 0.5;
export const DIFFERENT_DATE = 0.6;
export const SAME_DATE_SAME_STORY = 0.1;

/** The same day ("2015-06-30", "2015-06-30TAF"); a year is shared by too many events of one story. */
function sameStatedDate(a: string, b: string): boolean {
  return a.length >= 10 && b.length >= 10 && a.slice(0, 10) === b.slice(0, 10);
}
export const DIFFERENT_DATE_ANCHORED = 0.5;

/** Synonym classes ("@war") among the words right beside a claim. */
function anchorClasses(f: ClaimFeatures): Set<string> {
  return new Set([...f.near].filter(([w, x]) => x >= 1 && w.startsWith('@')).map(([w]) => w));
}

/** The two clauses name a common person or country, or the two articles a common person. */
function sharesEntity(a: ClaimFeatures, b: ClaimFeatures): boolean {
  return personsMatch(a.clausePersons, b.clausePersons) === true || intersect(a.countries, b.countries).length > 0 || intersect(a.articlePersons, b.articlePersons as Set<string>).length > 0;
}

/** The date's own phrase names countries and none of them appears in the other date's clause. */
function foreignCountries(a: ClaimFeatures, b: ClaimFeatures): boolean {
  return a.phraseCountries.size > 0 && !intersect(a.phraseCountries, b.countries).length;
}

export function scoreDates(a: ClaimFeatures, b: ClaimFeatures): PairScore {
  const da = a.claim as DateClaim;
  const db = b.claim as DateClaim;
  // Times fixed relative to an undated event ("the eve of his visit") compare by their offsets, within a story.
  const evRel = eventRelation(da.time, db.time);
  if (evRel !== null && (a.story === null || a.story !== b.story)) return NO('event-relative times of different stories');
  if (evRel === null && (!isConcreteTimex(da.time.value) || !isConcreteTimex(db.time.value))) return NO('vague date');
  // Periods of figures are compared through their figures; a date that is one outlet's period of a figure
  // and the other's plain date still meets it.
  // Unless the two sentences are twins: "Revenues slipped 11% during 2004" / "... during 2003" is one figure
  // given two periods, a clash of the dates, which the figures (then for different periods) cannot show.
  const twins = twinSentences(a, b);
  if (a.isPeriodOfQuantity && b.isPeriodOfQuantity && !twins) return NO('period of a figure');
  // A date's persons are those of its own phrase (see features). Its phrase's countries must be named
  // around the other date too: "the election in France in 2022" is not "Brazil's election in 2022", but
  // "tanks rolled into Ukraine in 2022" may be "Russia's invasion in 2022" when that sentence names Ukraine.
  if (personsMatch(a.persons, b.persons) === false) return NO('different persons');
  if (foreignCountries(a, b) && foreignCountries(b, a)) return NO('different countries');
  const rel = evRel ?? datedRelation(da.time, a.published, db.time, b.published);
  if (rel === null) return NO('unreadable date');
  const same = rel !== 'disjoint';
  // Undated articles are told apart in time by the dates they state (see align/stories), so a date changed in
  // one of them can split the story it shares with the other: twin sentences still meet.
  const undatedTwins = twins && !a.published && !b.published;
  if (!same && a.story !== b.story && !undatedTwins) return NO('different date, different story');
  // A date within days of its article's publication dates that article's own news ("on Thursday", "the
  // eve of his visit"); across stories such dates are different events.
  if (a.story !== b.story && (nearPublication(da.time.value, a.published) || nearPublication(db.time.value, b.published))) return NO('dates of another story’s news');
  const lx = twins ? twinLexical(lexical(a, b)) : lexical(a, b);
  const ent = entityScore(a, b);
  const sameStory = a.story !== null && a.story === b.story ? 1 : 0;
  // Entities count little here: every date of a story sits among the same names.
  const score = 0.4 * lx.evidence + 0.2 * lx.overlap + 0.2 * lx.dice + 0.1 * ent + 0.1 * sameStory;
  // The word right beside each date (in its own phrase) names the same event: "since the invasion started
  // in February 2022" / "Shortly before Russia invaded Ukraine last year".
  const anchored = lx.shared.some((w) => (a.near.get(w) ?? 0) >= 1 && (b.near.get(w) ?? 0) >= 1);
  // Dates are everywhere: the words around them must name the same event. Agreeing dates need either that
  // anchor or surroundings that match well on the whole; a clash needs more.
  // Event classes right beside each date that have nothing in common ("the invasion" / "the partnership
  // formalized"): different events, unless the surroundings match very well.
  const ca = anchorClasses(a);
  const cb = anchorClasses(b);
  const crossed = !anchored && ca.size > 0 && cb.size > 0 && !intersect(ca, cb).length;
  // Across stories the same event word is common ground for unrelated news ("launched in 2003"): it
  // counts fully only when the clauses share a person or a country, or the articles a person.
  const anchorThreshold = sameStory || sharesEntity(a, b) ? SAME_DATE_ANCHORED : SAME_DATE_ANCHORED_OTHER_STORY;
  // Differing dates with the same event word beside both, in one story, need a little less.
  let threshold = same ? (anchored ? anchorThreshold : crossed ? SAME_DATE_CROSSED : SAME_DATE) : anchored && sameStory ? DIFFERENT_DATE_ANCHORED : DIFFERENT_DATE;
  // One story, the same day: that is evidence enough of one date,
  // whatever words surround it ("to make the announcement today" / "declared his candidacy on Tuesday").
  // Unless the two clauses name different people: one day holds several events ("Trump spoke in Indiana on
  // Tuesday" / "McConnell said on Tuesday").
  // A plan and a deed of that day ("will appear on Tuesday night" / "responded Tuesday") need shared words too.
  const sameValue = sameStory === 1 && same && sameStatedDate(da.time.value, db.time.value) && personsMatch(a.clausePersons, b.clausePersons) !== false && (lx.shared.length > 0 || (personsMatch(a.clausePersons, b.clausePersons) === true && a.forecast === b.forecast));
  if (lx.shared.length < (same ? 1 : 2) && !sameValue) threshold = 1.01;
  if (sameValue) threshold = Math.min(threshold, SAME_DATE_SAME_STORY);
  // Two different dates clash only when the word right beside each names the same event ("the eve of his
  // visit" / "the day of the visit"), not merely the same surroundings ("since his re-election in March" /
  // "after being inaugurated ... this month").
  if (!same && !anchored) threshold = 1.01;
  // Twin sentences date the same thing whatever words lie beside the date.
  if (twins) threshold = Math.min(threshold, same ? SAME_DATE_ANCHORED : DIFFERENT_DATE_ANCHORED);
  // A year "contains" every day in it: that alone is weak agreement.
  if (precision(da.time.value) !== precision(db.time.value) && Math.min(precision(da.time.value), precision(db.time.value)) <= 1 && Math.max(precision(da.time.value), precision(db.time.value)) >= 3) threshold += 0.1;
  return {
    compatible: true,
    score: round(score),
    threshold,
    agree: same,
    keys: [`date:${rel}`, ...(anchored ? ['same event word'] : []), ...(twins ? [SAME_SENTENCE] : []), ...lx.shared.map((s) => `word:${s}`)],
    scores: { eventEvidence: round(lx.evidence), eventOverlap: round(lx.overlap), eventDice: round(lx.dice), entities: round(ent), sameStory },
  };
}

/**
 * Word-level closeness of two quotes over word bigrams (order-aware, robust to small edits): Dice, or,
 * when one quote may be a cut of the other, the share of the shorter one's bigrams found in the longer.
 */
export function quoteWordSimilarity(a: string[], b: string[]): number {
  const grams = (w: string[]) => new Set(w.length < 2 ? w : w.slice(1).map((x, i) => `${w[i]} ${x}`));
  const ga = grams(a);
  const gb = grams(b);
  if (!ga.size || !gb.size) return 0;
  let n = 0;
  for (const g of ga) if (gb.has(g)) n++;
  const dice = (2 * n) / (ga.size + gb.size);
  const cut = Math.min(a.length, b.length) >= 8 ? n / Math.min(ga.size, gb.size) : 0;
  return Math.max(dice, cut);
}

/** Is `short` a contiguous run of `long`'s words? */
export function isWordSubsequence(short: string[], long: string[]): boolean {
  if (short.length === 0 || short.length > long.length) return false;
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let j = 0; j < short.length; j++) if (long[i + j] !== short[j]) continue outer;
    return true;
  }
  return false;
}

const NAME_SUFFIXES: ReadonlySet<string> = ALIGN_NAME_SUFFIXES;

/**
 * One speaker named in each: the same person when the names share a word and their other name words (given
 * names, titles left out) do not exclude each other ("Texas Gov. Rick Perry" / "Perry", "Hillary Rodham Clinton"
 * / "Hillary Clinton"; not "Ted Cruz" / "Heidi Cruz"). A speaker described by a role ("Obama aide") is no name:
 * unknown unless the names match.
 */
function oneSpeaker(x: string[], y: string[]): boolean | null {
  const nx = x.filter((t) => !TITLE_WORDS.has(t) && !NAME_SUFFIXES.has(t));
  const ny = y.filter((t) => !TITLE_WORDS.has(t) && !NAME_SUFFIXES.has(t));
  const shared = nx.filter((t) => ny.includes(t));
  if (shared.length) {
    const gx = nx.filter((t) => !shared.includes(t) && t.length > 1);
    const gy = ny.filter((t) => !shared.includes(t) && t.length > 1);
    return !(gx.length && gy.length && !gx.some((t) => gy.includes(t)));
  }
  const described = (s: string[]) => s.length > 0 && TITLE_WORDS.has(s[s.length - 1]);
  return described(x) || described(y) ? null : false;
}

export function speakersMatch(a: ClaimFeatures, b: ClaimFeatures): boolean | null {
  if (a.speakers.length === 0 || b.speakers.length === 0) return null;
  let unknown = false;
  for (const x of a.speakers) {
    for (const y of b.speakers) {
      const m = oneSpeaker(x, y);
      if (m) return true;
      if (m === null) unknown = true;
    }
  }
  return unknown ? null : false;
}

/** Quotes shorter than this may be shared by anyone ("the situation in Ukraine"): no attribution claim. */
export const MIN_ATTRIBUTION_WORDS = 6;
const MIN_TRUNCATION_WORDS = 5;
/** Word-bigram Dice above which two different quotes are one quote altered. */
export const ALTERED_MIN_SIMILARITY = 0.6;

/** Paraphrase threshold, and what reports in two different speech acts need on top of it. */
export const PARAPHRASE = 0.3;
const OTHER_ACT = 0.15;

function speechActOf(f: ClaimFeatures): string | null {
  return [...f.near.keys()].find((w) => SPEECH_ACTS.has(w)) ?? null;
}

export function scoreQuotes(a: ClaimFeatures, b: ClaimFeatures): PairScore {
  const qa = (a.claim as QuoteClaim).quote;
  const qb = (b.claim as QuoteClaim).quote;
  const wa = a.quoteWords;
  const wb = b.quoteWords;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  const spk = speakersMatch(a, b);
  const sameStory = a.story !== null && a.story === b.story ? 1 : 0;
  const identical = wa.join(' ') === wb.join(' ');
  // A quoted term is cut from a quote, not from reported speech (the reporter's words around it).
  const longDirect = (wa.length <= wb.length ? qb : qa).direct;
  const contained = !identical && longDirect && isWordSubsequence(short, long);
  const wordSim = quoteWordSimilarity(wa, wb);
  const scores: Record<string, number> = { wordSimilarity: round(wordSim), sameStory };
  if (identical && wa.length > 0) {
    // The same words. Short labels ("no limits") are the same label whoever is said to use it.
    return { compatible: true, score: 1, threshold: 0.5, agree: true, keys: ['same words', ...(spk ? ['same speaker'] : [])], scores };
  }
  // A word or phrase quoted from a longer quote of the same speaker in the same story ("an “unprofessional”
  // workplace") is an excerpt of it, however short.
  // A speaker left unnamed beside the excerpt (“called it ‘highly inappropriate’”) is no other speaker.
  const shortExcerpt = contained && spk !== false && sameStory === 1 && short.some((w) => !STOPWORDS.has(w));
  if (contained && (shortExcerpt || (short.length >= MIN_TRUNCATION_WORDS && (spk !== false || short.length >= MIN_ATTRIBUTION_WORDS)))) {
    return { compatible: true, score: 0.9, threshold: 0.5, agree: spk !== false, keys: ['truncated quote', ...(spk ? ['same speaker'] : [])], scores };
  }
  // Excerpts of one statement cut at different places, or overlapping, differing at most in function words.
  // Only a speaker not excluded reads the match, and a match needs a shared word pair (its core holds at most
  // four runs of shared words, six or more in all: see quotes.ts), so the word diff is skipped otherwise.
  const match = identical || contained || spk === false || wordSim === 0 ? null : quoteMatch(wa, wb);
  if (match === 'excerpt' && spk !== false) {
    return { compatible: true, score: 0.85, threshold: 0.5, agree: true, keys: ['excerpt of one quote', ...(spk ? ['same speaker'] : [])], scores };
  }
  // Altered wording: most word pairs shared, and long enough that a shared opening is not the whole match.
  if ((match === 'altered' || (wordSim >= ALTERED_MIN_SIMILARITY && short.length >= MIN_TRUNCATION_WORDS + 1)) && spk !== false) {
    return { compatible: true, score: round(0.5 + wordSim / 2), threshold: 0.5, agree: false, keys: ['similar wording', ...(spk ? ['same speaker'] : [])], scores };
  }
  // A paraphrase (one side reported speech): the same speaker and the same content words, in the quoted words above all, then in
  // their sentences. Across stories only when the quoted words themselves largely match.
  // A single quoted word is a term, not a statement that reported speech could paraphrase.
  if (spk && (!qa.direct || !qb.direct) && Math.min(wa.length, wb.length) >= 2) {
    const idf = idfWeight(a);
    // Two reports in reported speech: a term one of them quotes is a plain word of the other's report.
    const [ma, mb] = !qa.direct && !qb.direct ? [unquoted(a.measure), unquoted(b.measure)] : [a.measure, b.measure];
    const quoteOv = weightedOverlap(ma, mb, idf);
    const ctxOv = weightedOverlap(a.paraphraseBag, b.paraphraseBag, idf);
    if (sameStory || quoteOv >= 0.5) {
      const dice = compareTwoStrings([...ma].join(' '), [...mb].join(' '));
      scores.quoteOverlap = round(quoteOv);
      scores.contextOverlap = round(ctxOv);
      scores.quoteDice = round(dice);
      const shared = intersect(ma, mb).sort();
      const score = 0.5 * quoteOv + 0.3 * ctxOv + 0.2 * dice;
      // Two reports of one speaker in different acts ("praised China’s willingness" / "stated that the
      // Kremlin was willing") are two statements, unless their words match well.
      const actA = speechActOf(a);
      const actB = speechActOf(b);
      const threshold = !qa.direct && !qb.direct && actA !== actB ? PARAPHRASE + OTHER_ACT : PARAPHRASE;
      return { compatible: true, score: round(score), threshold, agree: true, keys: ['same speaker', 'paraphrase', ...(actA && actA === actB ? ['same act'] : []), ...shared.map((s) => `word:${s}`)], scores };
    }
  }
  if (spk === false && identical) return NO('same words, other speaker');
  return { compatible: spk !== false, score: 0, threshold: 1, agree: true, keys: [], scores, reason: 'different wording' };
}

/** Per claim kind, whether two of its claims state the same fact (see model/claim-kinds.ts). */
export const PAIR_SCORERS: Record<ClaimKind, (a: ClaimFeatures, b: ClaimFeatures) => PairScore> = {
  quantity: scoreQuantities,
  date: scoreDates,
  quote: scoreQuotes,
};

export function scorePair(a: ClaimFeatures, b: ClaimFeatures): PairScore {
  if (a.claim.kind !== b.claim.kind) return NO('different kinds');
  return forKind(PAIR_SCORERS, a.claim.kind, 'pair scoring')(a, b);
}
