import { diffWords } from 'diff';
import { compareTwoStrings } from 'string-similarity';
import type { ClaimFeatures } from '../align/features';
import { ALTERED_MIN_SIMILARITY, figuresAgree, isWordSubsequence, MIN_ATTRIBUTION_WORDS, ownersMatch, personsMatch, quoteWordSimilarity, SAME_FRAME, speakersMatch } from '../align/score';
import { forKind } from '../model/claim-kinds';
import { quoteMatch } from '../align/quotes';
import { stem, tokenize } from '../language/text';
import { anchorEventKey, datedRelation, estimatesDiffer, eventRelation, isConcreteTimex, periodRelation, timexInterval, valuesCompatible } from '../align/values';
import { VERDICTS_BY_PRIORITY } from '../model/verdicts';
import type { Claim, ClaimKind, DateClaim, FlagKind, QuantityClaim, QuoteClaim, Verdict } from '../types';

/**
 * Verdicts: how two claims of one group relate, and what that makes the group.
 * Figures are compared with their bounds and rounding (see align/values); periods first: the same measure
 * for two different periods is `different-period`, never a conflict; a forecast against a reported figure
 * for the same period is `forecast-vs-actual`. Dates agree when one contains the other. Quotes: the same
 * words agree; a direct quote against a reported version is a paraphrase; altered wording is a conflict
 * (with a word diff); the same long words given to different speakers are an attribution conflict.
 */
export interface PairRelation {
  a: string;
  b: string;
  verdict: Verdict;
  /** The flag this relation raises, when it raises one. */
  flag?: FlagKind;
  note?: string;
  /** Word diff for altered quotes: [op, text] with op '=', '-' (only in a), '+' (only in b). */
  diff?: Array<['=' | '-' | '+', string]>;
  /**
   * A conflict without positive evidence that both claims are the same measure, owner and period: what is
   * missing ("periods not stated"). Such a relation raises its flag as a warning, not an error.
   */
  tentative?: string;
}

/** An excerpt shorter than this share of the other quote is not evidence of misattribution. */
const EXCERPT_SHARE = 0.6;

export { SAME_FRAME };
/** Articles published further apart than this (days) do not share an unstated period. */
const SAME_NEWS_DAYS = 2;

function sameFrame(a: ClaimFeatures, b: ClaimFeatures): number {
  return a.frame && b.frame ? compareTwoStrings(a.frame, b.frame) : 0;
}

/** The words of a's sentence whose stems both claims' measures share, in a's spelling. */
function sharedMeasureWords(a: ClaimFeatures, b: ClaimFeatures): string[] {
  const shared = new Set([...a.measure].filter((w) => b.measure.has(w) && !w.startsWith('@')));
  const words: string[] = [];
  for (const t of tokenize(a.claim.sentence.text)) {
    const st = stem(t.norm);
    if (shared.has(st) && !words.some((w) => stem(w.toLowerCase()) === st)) words.push(t.text);
  }
  // Synonym classes both share ("@trade" for "trade" / "commerce") name the measure in one word.
  const classes = [...a.measure].filter((w) => w.startsWith('@') && b.measure.has(w)).map((w) => w.slice(1));
  return [...classes, ...words.filter((w) => !classes.includes(w.toLowerCase()))].slice(0, 4);
}

function titleCase(s: string): string {
  return s.replace(/\b\p{L}/gu, (x) => x.toUpperCase());
}

function publishedApart(a: ClaimFeatures, b: ClaimFeatures): boolean | null {
  const x = a.published ? timexInterval(a.published) : null;
  const y = b.published ? timexInterval(b.published) : null;
  if (!x || !y) return null;
  return x[0] > y[1] + SAME_NEWS_DAYS || y[0] > x[1] + SAME_NEWS_DAYS;
}

/**
 * Why two differing figures are the same measure, owner and period, in words a reader can check, or what
 * is missing. Same measure: shared words beside both. Same owner: the same possessor or subject, or the
 * same sentence. Same period: both state it and it is the same, or neither states one and the sentences
 * are the same words (published within days of each other when the dates are known).
 */
export function quantityConflictEvidence(a: ClaimFeatures, b: ClaimFeatures): { why: string; missing: string[] } {
  const frame = sameFrame(a, b);
  const framed = frame >= SAME_FRAME;
  const parts: string[] = [];
  const missing: string[] = [];
  const words = sharedMeasureWords(a, b);
  if (framed) parts.push(`both sentences read the same apart from the figure (${Math.round(frame * 100)}% alike)`);
  if (words.length) parts.push(`both measure “${words.join(' ')}”`);
  else if (!framed) missing.push('measure not shown to be the same');
  const owners = ownersMatch(a, b);
  const sameCountries = a.countries.size > 0 && a.countries.size === b.countries.size && [...a.countries].every((c) => b.countries.has(c));
  if (owners) parts.push(`both figures are ${a.owner!.text}’s`);
  else if (personsMatch(a.persons, b.persons)) parts.push(`both about ${a.persons[0].text}`);
  else if (sameCountries) parts.push(`both about ${[...a.countries].sort().map(titleCase).join(' and ')}`);
  else if (!framed) missing.push('owner not stated');
  const pa = isConcreteTimex(a.period) ? a.period : null;
  const pb = isConcreteTimex(b.period) ? b.period : null;
  const apart = publishedApart(a, b);
  if (pa && pb) parts.push(pa === pb ? `both for ${pa}` : `${pa} and ${pb} overlap`);
  else if (pa || pb) missing.push('one period not stated');
  else if (apart === true) missing.push('periods not stated, and the articles are days apart');
  else if (framed) parts.push(apart === false ? 'no period stated, both published within days' : 'neither states a period');
  else missing.push('periods not stated');
  return { why: parts.join('; '), missing };
}

export function dateConflictEvidence(a: ClaimFeatures, b: ClaimFeatures, event: string | null): { why: string; missing: string[] } {
  const frame = sameFrame(a, b);
  const parts: string[] = [];
  const missing: string[] = [];
  // The words right beside both dates (their own phrase): what they date.
  // Names ("told Fox News on Monday") are not events: an event word is a class or a lower-case word.
  const lower = new Set(tokenize(a.claim.sentence.text).filter((t) => t.text === t.text.toLowerCase()).map((t) => stem(t.norm)));
  const beside = [...a.near].filter(([w, x]) => x >= 1 && (b.near.get(w) ?? 0) >= 1 && (w.startsWith('@') || lower.has(w))).map(([w]) => w);
  const words = sharedMeasureWords(a, b);
  if (frame >= SAME_FRAME) parts.push(`both sentences read the same apart from the date (${Math.round(frame * 100)}% alike)`);
  if (event) parts.push(`both are days relative to the same ${event}`);
  else if (beside.length) parts.push(`both date “${(words.length ? words : beside.map((w) => w.replace(/^@/, ''))).join(' ')}”, named right beside each date`);
  const persons = personsMatch(a.persons, b.persons);
  if (persons) parts.push(`of ${a.persons[0].text}`);
  // Periods of figures meet only in twin sentences (align/score.ts), so the figure is the same words too.
  if (a.isPeriodOfQuantity && b.isPeriodOfQuantity && frame >= SAME_FRAME) parts.push('both are the period of the same figure');
  if (frame < SAME_FRAME && !event) {
    if (!beside.length) missing.push('not shown to date the same event');
    else if (a.story === null || a.story !== b.story) missing.push('not shown to be the same story');
    else if (persons === false) missing.push('dates of different people');
  }
  return { why: parts.join('; '), missing };
}

export function relateQuantities(a: ClaimFeatures, b: ClaimFeatures): PairRelation {
  const qa = a.claim as QuantityClaim;
  const qb = b.claim as QuantityClaim;
  const ids = { a: qa.id, b: qb.id };
  const rel = isConcreteTimex(a.period) && isConcreteTimex(b.period) ? periodRelation({ value: a.period }, { value: b.period }) : null;
  if (rel === 'disjoint') return { ...ids, verdict: 'different-period', flag: 'different-period', note: `different reference periods (${a.period} / ${b.period})` };
  if (a.forecast !== b.forecast) return { ...ids, verdict: 'forecast-vs-actual', flag: 'forecast-vs-actual', note: 'a forecast against a reported figure' };
  if (figuresAgree(a, b)) return { ...ids, verdict: 'agree', note: qa.quantity.value === qb.quantity.value ? undefined : 'agree within bounds and rounding' };
  const ev = quantityConflictEvidence(a, b);
  // Two estimates that would agree within their 10%, told apart only because their sentences read the same.
  const estimates = estimatesDiffer(qa, qb) && valuesCompatible(qa, qb) ? `; two estimates worded alike with different figures (“${qa.text}” / “${qb.text}”)` : '';
  if (ev.missing.length) return { ...ids, verdict: 'conflict', flag: 'value-conflict', note: `possible conflict: ${ev.missing.join(', ')}${ev.why ? ` (${ev.why}${estimates})` : ''}`, tentative: ev.missing.join(', ') };
  return { ...ids, verdict: 'conflict', flag: 'value-conflict', note: `incompatible figures: ${ev.why}${estimates}` };
}

export function relateDates(fa: ClaimFeatures, fb: ClaimFeatures): PairRelation {
  const a = fa.claim as DateClaim;
  const b = fb.claim as DateClaim;
  const evRel = eventRelation(a.time, b.time);
  if (evRel !== null && evRel !== 'disjoint') return { a: a.id, b: b.id, verdict: 'agree', note: 'compatible times relative to the same event' };
  const rel = evRel ?? datedRelation(a.time, fa.published, b.time, fb.published);
  if (rel !== 'disjoint') return { a: a.id, b: b.id, verdict: 'agree', note: a.time.value === b.time.value ? undefined : 'agree at different precisions' };
  const cut = evRel === null && periodRelation(a.time, b.time) !== 'disjoint';
  const what =
    evRel === 'disjoint'
      ? `“${a.text}” and “${b.text}” are different days relative to the same ${anchorEventKey(a.time)}`
      : cut
        ? `“${a.text}” (${a.time.value}) and “${b.text}” (${b.time.value}) do not overlap as their articles date them`
        : `${a.time.value} and ${b.time.value} do not overlap`;
  const ev = dateConflictEvidence(fa, fb, evRel === 'disjoint' ? anchorEventKey(a.time) : null);
  // A year taken from the publication date ("in February") is no evidence against a stated one.
  // ("in February" read as this year's; a weekday, fixed by the publication date, is a stated day.)
  if (evRel === null && [a, b].some((d) => (d.time.implied?.includes('year') && !d.time.implied.includes('day')) || d.time.resolved === false)) ev.missing.push('a year is not stated');
  // The same words ("since that day", "last year") dated differently: the difference is in what they were
  // resolved against, a date that is flagged (or not) in its own right, not in what either outlet wrote.
  if (a.text.trim().toLowerCase() === b.text.trim().toLowerCase()) ev.missing.push('the same words, resolved against different dates');
  if (ev.missing.length) return { a: a.id, b: b.id, verdict: 'conflict', flag: 'date-conflict', note: `possible conflict: ${ev.missing.join(', ')}; ${what}`, tentative: ev.missing.join(', ') };
  return { a: a.id, b: b.id, verdict: 'conflict', flag: 'date-conflict', note: `${what}; ${ev.why}` };
}

export function wordDiff(a: string, b: string): Array<['=' | '-' | '+', string]> {
  return diffWords(a, b).map((p) => [p.added ? '+' : p.removed ? '-' : '=', p.value] as ['=' | '-' | '+', string]);
}

export function relateQuotes(a: ClaimFeatures, b: ClaimFeatures): PairRelation {
  const qa = (a.claim as QuoteClaim).quote;
  const qb = (b.claim as QuoteClaim).quote;
  const ids = { a: a.claim.id, b: b.claim.id };
  const wa = a.quoteWords;
  const wb = b.quoteWords;
  const spk = speakersMatch(a, b);
  const identical = wa.join(' ') === wb.join(' ');
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  const contained = identical || isWordSubsequence(short, long);
  if (contained && spk === false && short.length >= MIN_ATTRIBUTION_WORDS && qa.direct && qb.direct) {
    const note = `the same words are given to ${speakerText(qa.speaker)} and to ${speakerText(qb.speaker)}`;
    // Positive evidence: each outlet names its speaker beside the quote, and neither is a short excerpt of the
    // other (a campaign quoting its candidate's phrase is not a misattribution).
    const named = qa.quoteType === 'attributed' && qb.quoteType === 'attributed' && !!qa.speakerText && !!qb.speakerText;
    const whole = short.length >= EXCERPT_SHARE * long.length;
    // Each outlet names only its own speaker: where the other outlet names both people, the likelier slip is
    // in finding the speaker, not in the outlet.
    const namesOther = (x: ClaimFeatures, y: ClaimFeatures) => x.speakers.some((sp) => sp.length > 0 && y.articlePersons.has(sp[sp.length - 1]));
    if (named && whole && (namesOther(a, b) || namesOther(b, a))) return { ...ids, verdict: 'conflict', flag: 'attribution-conflict', note, tentative: 'both speakers are named in one of the articles' };
    if (named && whole) return { ...ids, verdict: 'conflict', flag: 'attribution-conflict', note: `${note}, each named beside the quote` };
    return { ...ids, verdict: 'conflict', flag: 'attribution-conflict', note, tentative: named ? 'one quote is a short excerpt of the other' : 'a speaker is not named beside the quote' };
  }
  if (identical) return { ...ids, verdict: 'agree' };
  if (qa.direct !== qb.direct) return { ...ids, verdict: 'paraphrase', note: 'a direct quote and a reported version' };
  if (contained) return { ...ids, verdict: 'agree', note: 'one quote is a truncation of the other' };
  const match = quoteMatch(wa, wb);
  if (match === 'excerpt') return { ...ids, verdict: 'agree', note: 'excerpts of one quote, differing at most in function words' };
  if (qa.direct && qb.direct && (match === 'altered' || quoteWordSimilarity(wa, wb) >= ALTERED_MIN_SIMILARITY)) {
    return { ...ids, verdict: 'conflict', flag: 'quote-altered', note: 'the quoted words differ', diff: wordDiff(qa.text, qb.text) };
  }
  return { ...ids, verdict: 'paraphrase', note: 'the same statement in different words' };
}

function speakerText(s: string | string[] | null): string {
  if (!s) return 'an unnamed speaker';
  return Array.isArray(s) ? s.join(' and ') : s;
}

/** Per claim kind, how two of its claims relate (see model/claim-kinds.ts for the verdicts each may give). */
export const RELATIONS: Record<ClaimKind, (a: ClaimFeatures, b: ClaimFeatures) => PairRelation> = {
  quantity: relateQuantities,
  date: relateDates,
  quote: relateQuotes,
};

export function relate(a: ClaimFeatures, b: ClaimFeatures): PairRelation {
  return forKind(RELATIONS, a.claim.kind, 'verdicts')(a, b);
}


/** Which verdict speaks for a group when its pairs differ: a clash first, then what explains a difference. */
const PRIORITY = VERDICTS_BY_PRIORITY;

export interface GroupVerdict {
  verdict: Verdict;
  relations: PairRelation[];
}

/** The relations between members from different articles, and the group's verdict. */
export function judgeGroup(members: ClaimFeatures[]): GroupVerdict {
  const relations: PairRelation[] = [];
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      if (members[i].articleId === members[j].articleId) continue;
      relations.push(relate(members[i], members[j]));
    }
  }
  const verdict = PRIORITY.find((v) => relations.some((r) => r.verdict === v)) ?? 'agree';
  return { verdict, relations };
}

export function claimValueText(c: Claim): string {
  if (c.kind === 'quote') return `“${c.quote.text}”`;
  return c.text.replace(/\s+/g, ' ');
}
