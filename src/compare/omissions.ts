import type { ClaimFeatures } from '../align/features';
import type { AlignedGroup } from '../align/groups';
import { stem, TIME_WORDS } from '../language/text';
import { isConcreteTimex, periodRelation, timexInterval, valuesCompatible } from '../align/values';
import { fingerprint } from '../extract/ids';
import { attributionLemma } from '../language';
import type { Article, Claim, Omission, QuantityClaim, Story, Timex } from '../types';

/**
 * Omissions: within a story of two or more articles, the facts a reader of the other articles would miss.
 * Only three kinds count, and each must be whole:
 *   - a figure with a measure (a counted noun or measure words) and an owner (a person, a country, a
 *     possessor, a source), outside quotation marks (a figure inside a quote belongs to the voice);
 *   - a dated event: a concrete date that dates something (measure words beside it), not the story's own
 *     news (within a week of publication) and not a figure's period (the figure carries it);
 *   - a voice: a named speaker quoted in this article and heard in no other article of the story.
 * A fact is never an omission when another article of the story carries it or something close to it:
 * its claim is grouped with theirs, another article states a compatible value of the same unit, a figure of
 * the same unit and measure, an overlapping date, the same date expression or figure in its text, or (for
 * voices) quotes or reports the same speaker. What is left is ranked (voices, then figures, then dates; rarer,
 * higher in the article, with a named owner first) and at most MAX_PER_ARTICLE are kept per reporting article.
 * Which outlet carries which fact is the coverage view's job (rendered from groups), not one flag per claim.
 */

/** At most this many omissions name one article as the only one that reports the fact (and as many per story for facts several articles carry). */
export const MAX_PER_ARTICLE = 6;
/** A date within this many days of publication dates the story's own news, which every article covers. */
const OWN_NEWS_DAYS = 7;
/** Sentences up to this index (0 = first body sentence or headline) are the lead. */
const LEAD_SENTENCES = 3;

type FactKind = 'voice' | 'figure' | 'date';
const KIND_WEIGHT: Record<FactKind, number> = { voice: 3, figure: 2, date: 1.5 };
/** An ordinal ("his third term", "the first stop") tells about the event itself: weighed like a date. */
const ORDINAL_WEIGHT = 1.5;

interface Fact {
  kind: FactKind;
  articleId: string;
  claims: ClaimFeatures[];
  missingFrom: string[];
  /** Articles of the story that carry the fact (the reporting article included). */
  carriers: string[];
  score: number;
  about: string;
}

function isOwnNewsDate(value: string, published: string | null): boolean {
  const a = timexInterval(value);
  const b = published ? timexInterval(published) : null;
  if (!a || !b) return false;
  return a[1] - a[0] <= 31 && a[0] <= b[1] + OWN_NEWS_DAYS && b[0] - OWN_NEWS_DAYS <= a[1];
}

function hasOwner(f: ClaimFeatures): boolean {
  const c = f.claim;
  return f.persons.length > 0 || f.countries.size > 0 || f.possessed || (c.kind === 'quantity' && !!c.quantity.source);
}

function hasMeasure(f: ClaimFeatures): boolean {
  const c = f.claim;
  if (c.kind !== 'quantity') return f.measure.size > 0;
  return !!c.quantity.unit || !!c.quantity.measure || f.measure.size > 1;
}

/**
 * A figure a reader would miss (ordinals that carry a fact too: "the third round"): measured, owned, not a length of time ("two weeks", "a 13-minute
 * address": durations frame other facts), not inside a quote (the voice carries it).
 */
export function isNotableFigure(f: ClaimFeatures): boolean {
  const c = f.claim;
  return c.kind === 'quantity' && !c.inQuote && !isLengthOfTime(c) && hasMeasure(f) && hasOwner(f);
}

/** A duration: the extractor's TIMEX3 duration, or a count of time units ("a two-day visit", "six months"). */
function isLengthOfTime(c: QuantityClaim): boolean {
  return !!c.quantity.timex || (!!c.quantity.unit && TIME_WORDS.has(c.quantity.unit));
}

/** A dated event: a concrete date with words it dates, not the story's own news nor a figure's period. */
export function isNotableDate(f: ClaimFeatures): boolean {
  const c = f.claim;
  if (c.kind !== 'date' || c.inQuote) return false;
  return (c.time.type === 'DATE' || c.time.type === 'TIME') && isConcreteTimex(c.time.value) && !f.isPeriodOfQuantity
    && !isOwnNewsDate(c.time.value, f.published) && f.measure.size > 0;
}

/** Kept for callers of the former API: a figure or a dated event. */
export function isNotable(f: ClaimFeatures): boolean {
  return isNotableFigure(f) || isNotableDate(f);
}

function speakerNames(c: Claim): string[] {
  if (c.kind !== 'quote' || !c.quote.speaker) return [];
  return Array.isArray(c.quote.speaker) ? c.quote.speaker : [c.quote.speaker];
}

/**
 * The surname of a canonical speaker name, lower-cased; null for unnamed speakers ("a spokesman"). Abbreviated
 * words ("Jr.", "M.") are not surnames.
 */
function surname(name: string): string | null {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !w.endsWith('.'));
  if (words.length === 0) return null;
  return words[words.length - 1].replace(/[’']s$/u, '').toLowerCase();
}

function wordsOf(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}’'-]+/gu) ?? [];
}

/** Numbers as written ("84,000", "2.5"), for a plain-text search of the other articles. */
function numeralsOf(c: QuantityClaim): string[] {
  return (c.text.match(/\d[\d,.]*\d|\d/g) ?? []).map((n) => n.replace(/,/g, ''));
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
}

/** What one other article offers as counterparts: its claims and the searchable forms of its text. */
interface Witness {
  articleId: string;
  quantities: ClaimFeatures[];
  dates: ClaimFeatures[];
  /** Surnames of speakers it quotes or reports, and surnames named in a sentence with an attribution verb. */
  voices: Set<string>;
  /** Lower-cased text with thousands separators dropped from numbers. */
  plain: string;
  /** The text's words, lower-cased, space-separated with a space at both ends. */
  words: string;
}

function witnessOf(articleId: string, features: ClaimFeatures[], article: Article | undefined): Witness {
  const own = features.filter((f) => f.articleId === articleId);
  const voices = new Set<string>();
  for (const f of own) for (const n of speakerNames(f.claim)) {
    const s = surname(n);
    if (s) voices.add(s);
  }
  if (article) {
    for (const s of article.sentences) {
      const words = wordsOf(s.text);
      if (!words.some((w) => attributionLemma(w)) && !/[“"]/.test(s.text)) continue;
      for (const m of s.text.matchAll(/\p{Lu}[\p{L}’'-]+/gu)) voices.add(m[0].replace(/[’']s$/u, '').toLowerCase());
    }
  }
  const text = article?.text ?? own.map((f) => f.claim.sentence.text).join('\n');
  return {
    articleId,
    quantities: own.filter((f) => f.claim.kind === 'quantity'),
    dates: own.filter((f) => f.claim.kind === 'date'),
    voices,
    plain: plainText(text),
    words: ` ${wordsOf(text).join(' ')} `,
  };
}

function containsNumeral(plain: string, n: string): boolean {
  const re = new RegExp(`(^|[^\\d.])${n.replace(/\./g, '\\.')}(?![\\d]|\\.\\d)`);
  return re.test(plain);
}

/** Does the other article carry this figure, or one close to it (same unit and measure, or a compatible value)? */
function figureCounterpart(f: ClaimFeatures, w: Witness): boolean {
  const c = f.claim as QuantityClaim;
  for (const o of w.quantities) {
    const oc = o.claim as QuantityClaim;
    const sameUnit = (f.unitClass ?? c.quantity.unit) === (o.unitClass ?? oc.quantity.unit);
    if (sameUnit && valuesCompatible(c, oc)) return true;
    if (sameUnit && jaccard(f.measure, o.measure) >= 1 / 3) return true;
    // A counted noun ("23 steps" / "19 steps", "actions") names the measure itself: within one story that is
    // the same fact told with another count (a possible conflict, not an omission). Money and percentages are not.
    if (sameUnit && isCountedNoun(c.quantity.unit) && !c.quantity.ordinal && !oc.quantity.ordinal) return true;
    // Or one side's counted noun is among the other's measure words ("nearly two-dozen executive actions" / "19 actions").
    const ordinal = c.quantity.ordinal || oc.quantity.ordinal;
    if (!ordinal && isCountedNoun(oc.quantity.unit) && f.measure.has(stem(oc.quantity.unit!))) return true;
    if (!ordinal && isCountedNoun(c.quantity.unit) && o.measure.has(stem(c.quantity.unit!))) return true;
    // The same number with no unit on one side, or said of the same thing: most likely the same fact told otherwise.
    const bare = !c.quantity.unit || !oc.quantity.unit;
    if (c.quantity.value === oc.quantity.value && (bare || jaccard(f.measure, o.measure) > 0)) return true;
  }
  if (w.plain.includes(plainText(c.text))) return true;
  // Numbers of two or more digits are searched for as written; single digits are too common to say anything.
  return numeralsOf(c).filter((n) => n.replace(/\D/g, '').length >= 2).some((n) => containsNumeral(w.plain, n));
}

/** A unit that is a counted noun: not a currency code (upper case), not a percentage. */
function isCountedNoun(unit: string | null | undefined): boolean {
  return !!unit && unit !== 'percent' && /^\p{Ll}/u.test(unit);
}

function plainText(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').replace(/(\d),(?=\d{3})/g, '$1');
}

function dateCounterpart(f: ClaimFeatures, w: Witness): boolean {
  const c = f.claim;
  if (c.kind !== 'date') return false;
  for (const o of w.dates) {
    const oc = o.claim;
    if (oc.kind !== 'date' || !isConcreteTimex(oc.time.value)) continue;
    // The same date; or one inside the other, or the same month of an inferred year ("January" read as the
    // wrong year), said of the same thing ("took office in January 2010" / "became governor in 2010"). A year
    // does not stand for every date within it.
    if (oc.time.value === c.time.value) return true;
    const rel = periodRelation(c.time, oc.time) ?? (sameMonthOfInferredYear(c.time, oc.time) ? 'same' : null);
    const sameThing = jaccard(f.measure, o.measure) > 0 || jaccard(f.context, o.context) >= CONTEXT_OVERLAP;
    if ((rel === 'same' || rel === 'overlap' || sameMonthOfInferredYear(c.time, oc.time)) && sameThing) return true;
  }
  return w.plain.includes(plainText(c.text));
}

/** Heard in the other article: the speaker is quoted or reported there, or the quote's words appear there. */
/** Share of sentence words two dates' sentences must have in common to date the same thing. */
const CONTEXT_OVERLAP = 0.15;

function sameMonthOfInferredYear(a: Timex, b: Timex): boolean {
  if (!a.implied?.includes('year') && !b.implied?.includes('year')) return false;
  const ma = /^\d{4}(-\d{2}(?:-\d{2})?)$/.exec(a.value);
  const mb = /^\d{4}(-\d{2}(?:-\d{2})?)$/.exec(b.value);
  return !!ma && !!mb && ma[1] === mb[1];
}

function voiceCounterpart(quotes: Claim[], w: Witness): boolean {
  const names = speakerNames(quotes[0]);
  if (names.some((n) => { const s = surname(n); return !s || w.voices.has(s); })) return true;
  return quotes.some((q) => {
    if (q.kind !== 'quote') return false;
    const words = wordsOf(q.quote.text);
    for (let i = 0; i + QUOTE_PROBE_WORDS <= words.length; i++) {
      if (w.words.includes(` ${words.slice(i, i + QUOTE_PROBE_WORDS).join(' ')} `)) return true;
    }
    return false;
  });
}

/** A run of this many words of a quote found in another article means the words were heard there too. */
const QUOTE_PROBE_WORDS = 5;

function isPersonOf(surnameLower: string, f: ClaimFeatures): boolean {
  for (const p of f.articlePersons) if (p.toLowerCase().replace(/[’']s$/u, '') === surnameLower) return true;
  return false;
}

function excerpt(s: string, n = 110): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= n ? t : `${t.slice(0, n - 1)}…`;
}

function omissionId(story: string, claims: string[]): string {
  return `o-${fingerprint([story, ...[...claims].sort()], 12)}`;
}

/** 0 for the headline, then the sentence's index in the article (the lead is what a reader sees first). */
function position(article: Article | undefined, offset: number): number {
  if (!article) return LEAD_SENTENCES;
  if (article.headline && offset >= article.headline.start && offset < article.headline.end) return 0;
  const i = article.sentences.findIndex((s) => offset >= s.start && offset < s.end);
  return i < 0 ? article.sentences.length : i;
}

function score(kind: FactKind, claims: ClaimFeatures[], missing: number, storySize: number, article: Article | undefined): number {
  const first = Math.min(...claims.map((f) => f.claim.span.start));
  const pos = position(article, first);
  const salience = pos === 0 ? 2 : pos < LEAD_SENTENCES ? 1 : 1 / (1 + pos / 10);
  // 2 when every other article lacks it, down to 1 + 1/(n-1) when only one does (the others may say it otherwise).
  const rarity = 1 + missing / Math.max(1, storySize - 1);
  const named = claims.some((f) => f.persons.length > 0 || f.possessed) ? 1 : 0;
  const volume = Math.log2(1 + claims.length) / 2;
  const ordinal = kind === 'figure' && claims.every((f) => f.claim.kind === 'quantity' && f.claim.quantity.ordinal);
  return (ordinal ? ORDINAL_WEIGHT : KIND_WEIGHT[kind]) * rarity + salience + named + volume;
}

function aboutFact(kind: FactKind, carriers: string[], missing: string[], claims: ClaimFeatures[]): string {
  const who = carriers.length === 1 ? `Only ${carriers[0]}` : carriers.join(' and ');
  const first = claims[0].claim;
  if (kind === 'voice' && first.kind === 'quote') {
    const name = speakerNames(first).join(' and ');
    return `${who} ${carriers.length === 1 ? 'quotes' : 'quote'} ${name}, heard in no other article of the story (${missing.join(', ')}): “${excerpt(first.quote.text, 80)}”`;
  }
  const what = claims.map((f) => `“${f.claim.text.replace(/\s+/g, ' ')}”`).join(', ');
  const noun = kind === 'figure' ? 'the figure' : 'the date';
  return `${who} ${carriers.length === 1 ? 'reports' : 'report'} ${noun} ${what}, which ${missing.join(', ')} ${missing.length === 1 ? 'does' : 'do'} not carry (“${excerpt(first.sentence.text)}”)`;
}

/**
 * One fact per sentence: the figures and dates a sentence gives together ("two children, an 11-year-old
 * daughter and a 15-year-old son") are one thing a reader would miss; so is one date restated.
 */
function mergeFacts(facts: Fact[], storySize: number, articles: Map<string, Article>): Fact[] {
  const byKey = new Map<string, Fact[]>();
  for (const f of facts) {
    const first = f.claims[0].claim;
    // Merged facts must be missing from the same articles, so the omission says the truth about each claim.
    const where = `${f.articleId}\u0000${f.carriers.join(',')}\u0000${f.missingFrom.join(',')}`;
    const key = f.kind === 'voice' ? `v\u0000${first.id}`
      : first.kind === 'date' ? `d\u0000${where}\u0000${first.time.value}`
      : `s\u0000${where}\u0000${first.sentence.start}`;
    byKey.set(key, [...(byKey.get(key) ?? []), f]);
  }
  const out: Fact[] = [];
  for (const list of byKey.values()) {
    if (list.length === 1) { out.push(list[0]); continue; }
    const claims = list.flatMap((f) => f.claims).sort((a, b) => a.claim.span.start - b.claim.span.start);
    const missing = list[0].missingFrom;
    const kind = list.some((f) => f.kind === 'figure') ? 'figure' : list[0].kind;
    const carriers = list[0].carriers;
    out.push({
      kind, articleId: list[0].articleId, claims, carriers, missingFrom: missing,
      score: score(kind, claims, missing.length, storySize, articles.get(list[0].articleId)),
      about: aboutFact(kind, carriers, missing, claims),
    });
  }
  return out;
}

export function findOmissions(stories: Story[], groups: AlignedGroup[], features: ClaimFeatures[], articles: Article[] = []): Omission[] {
  const groupOf = new Map<string, AlignedGroup>();
  for (const g of groups) for (const id of g.claims) groupOf.set(id, g);
  const articleOf = new Map(features.map((f) => [f.claim.id, f.articleId]));
  const featureOf = new Map(features.map((f) => [f.claim.id, f]));
  const articleById = new Map(articles.map((a) => [a.id, a]));
  // Each story's features in the order of `features` (by position, not by a scan of all features per story).
  const positions = new Map<string, number[]>();
  features.forEach((f, i) => {
    if (!positions.has(f.articleId)) positions.set(f.articleId, []);
    positions.get(f.articleId)!.push(i);
  });
  const out: Omission[] = [];
  for (const story of stories) {
    if (story.articles.length < 2) continue;
    const inStory = new Set(story.articles);
    const fs = story.articles.flatMap((a) => positions.get(a) ?? []).sort((x, y) => x - y).map((i) => features[i]);
    const witnesses = new Map(story.articles.map((a) => [a, witnessOf(a, fs, articleById.get(a))]));
    const facts: Fact[] = [];
    const seenGroups = new Set<string>();

    const addFact = (kind: FactKind, claims: ClaimFeatures[], carriers: string[], missing: string[]) => {
      if (missing.length === 0) return;
      const reporter = carriers[0];
      facts.push({
        kind,
        articleId: reporter,
        claims,
        carriers,
        missingFrom: missing,
        score: score(kind, claims, missing.length, story.articles.length, articleById.get(reporter)),
        about: aboutFact(kind, carriers, missing, claims),
      });
    };

    // Figures and dated events: the articles without the fact's group and without a close counterpart.
    for (const f of fs) {
      const kind: FactKind | null = isNotableFigure(f) ? 'figure' : isNotableDate(f) ? 'date' : null;
      if (!kind) continue;
      const g = groupOf.get(f.claim.id);
      if (g && seenGroups.has(g.id)) continue;
      if (g) seenGroups.add(g.id);
      const members = (g?.claims ?? [f.claim.id]).filter((id) => inStory.has(articleOf.get(id) ?? '')).map((id) => featureOf.get(id)!).filter(Boolean);
      const carriers = [...new Set(members.map((m) => m.articleId))].sort();
      const counterpart = kind === 'figure' ? figureCounterpart : dateCounterpart;
      const missing = story.articles.filter((a) => !carriers.includes(a) && !members.some((m) => counterpart(m, witnesses.get(a)!)));
      addFact(kind, members.filter((m) => isNotableFigure(m) || isNotableDate(m)), carriers, missing);
    }

    // Voices: a named speaker's direct statements in one article, heard in no other.
    const voices = new Map<string, ClaimFeatures[]>();
    for (const f of fs) {
      const c = f.claim;
      if (c.kind !== 'quote' || c.quote.role !== 'statement' || !c.quote.direct) continue;
      const names = speakerNames(c);
      // A named person of the article (its person mentions), not a place or an unnamed "spokesman".
      if (names.length === 0 || names.some((n) => { const s = surname(n); return !s || !isPersonOf(s, f); })) continue;
      const key = `${f.articleId}\u0000${[...names].sort().join(' & ').toLowerCase()}`;
      voices.set(key, [...(voices.get(key) ?? []), f]);
    }
    for (const list of voices.values()) {
      const a = list[0].articleId;
      const missing = story.articles.filter((x) => x !== a && !voiceCounterpart(list.map((f) => f.claim), witnesses.get(x)!));
      if (missing.length < story.articles.length - 1) continue;
      // The figures and dates inside the voice's quotes go with it ("Anna Ge's trade figures").
      const quoteIds = new Set(list.map((f) => f.claim.id));
      const inside = fs.filter((f) => f.claim.inQuote && quoteIds.has(f.claim.inQuote) && f.claim.kind !== 'quote');
      const own = inside.filter((f) => !story.articles.some((x) => x !== a && (f.claim.kind === 'quantity' ? figureCounterpart : dateCounterpart)(f, witnesses.get(x)!)));
      addFact('voice', [...list, ...own], [a], missing);
    }

    // Rank; keep a handful per reporting article.
    const perArticle = new Map<string, number>();
    const merged = mergeFacts(facts, story.articles.length, articleById);
    merged.sort((x, y) => y.score - x.score || (x.claims[0].claim.id < y.claims[0].claim.id ? -1 : 1));
    const sentences = new Set<string>();
    for (const fact of merged) {
      // A fact several articles carry belongs to the story, not to the first of them: its own handful.
      const bucket = fact.carriers.length === 1 ? fact.articleId : '\u0000shared';
      const n = perArticle.get(bucket) ?? 0;
      if (n >= MAX_PER_ARTICLE) continue;
      // One omission per sentence: the rest of a sentence already shown adds little for the reader.
      const at = `${fact.articleId}\u0000${fact.claims[0].claim.sentence.start}`;
      if (fact.kind !== 'voice' && sentences.has(at)) continue;
      if (fact.kind !== 'voice') sentences.add(at);
      perArticle.set(bucket, n + 1);
      const claims = fact.claims.map((f) => f.claim.id);
      out.push({ id: omissionId(story.id, claims), story: story.id, about: fact.about, articleId: fact.articleId, claims, missingFrom: fact.missingFrom });
    }
  }
  return out.sort((x, y) => (x.story < y.story ? -1 : x.story > y.story ? 1 : x.articleId < y.articleId ? -1 : x.articleId > y.articleId ? 1 : x.id < y.id ? -1 : 1));
}
