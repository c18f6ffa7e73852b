import type { Article, Claim, DateClaim, QuantityClaim, QuoteClaim, Span } from '../types';
import { ALIGN_FUTURE_CUES, ALIGN_NUMBER_WORD, ALIGN_PERIOD_PARTS, ALIGN_SPEAKER_SKIP_WORDS } from '../language';
import { ALIGN_UNIT_CLASS_TABLE as unitData } from '../language';
import { ArticleEntities, type Mention } from './entities';
import { eventOverrides } from './events';
import { forClaim, type PerKind } from './kinds';
import { contentStems, isContentWord, normalizeWords, stem, TIME_WORDS, TITLE_WORDS, tokenize } from '../language/text';
import { BENEFICIARY_PREPOSITIONS } from '../language';

/**
 * What the aligner knows about one claim: cheap keys for blocking and the bags of words and entities that
 * pair scoring compares. Computed once per claim, from the claim's own fields and its clause in the text.
 */
export interface ClaimFeatures {
  claim: Claim;
  articleId: string;
  story: string | null;
  /** The article's publication date (`YYYY[-MM[-DD]]`). */
  published: string | null;
  /** Canonical unit class ("trip" for visit/journey/trip; ISO code for money), null when bare. */
  unitClass: string | null;
  /** Reference period (TIMEX value) of a quantity, or a date's own value. */
  period: string | null;
  /** A forecast figure, or the date of a plan ("will appear on Tuesday night"). */
  forecast: boolean;
  /** Persons the claim is about (a possessor when there is one, else the clause's non-speaking persons). */
  persons: Mention[];
  /** Surnames of every person the article names (shared by all its claims): a sign two articles are related. */
  articlePersons: ReadonlySet<string>;
  /** Every person named in the claim's clause (sayers included). */
  clausePersons: Mention[];
  /**
   * Quantities: how many the figure's own phrase says it is for ("a three-year extension to 300,000 people"
   * → 300000; see beneficiariesOf): two equal figures for different counts of people are two facts. Null: none.
   */
  beneficiaries: number | null;
  /** Whether `persons` came from a possessive ("Putin’s visit", "his term"): a sure owner. */
  possessed: boolean;
  /**
   * Whose figure it is: the possessor, else the nearest person or organization named before it in its clause
   * (the subject: "TimeWarner sales rose …"), else the first after it; sayers are not owners. Null: unresolved.
   */
  owner: Mention | null;
  /** Quantities: how many claims of the corpus state the same figure (unit and value); set by attachIdf. */
  figureCount: number;
  /** The same, within the claim's own article. */
  figureInArticle: number;
  /** A count or rank of years elapsed from an event ("75 years since", "75th anniversary"). */
  elapsed: boolean;
  /** The sentence's words with every number masked: two outlets' same sentence has the same frame. */
  frame: string;
  /** Country keys named in the claim's clause ("Beijing" → china; "the two countries" resolved). */
  countries: Set<string>;
  /** Dates: the countries named in the date's own phrase (up to a comma or dash), a subset of `countries`. */
  phraseCountries: Set<string>;
  /** Stems of the words around the figure/date that say what it measures or dates. */
  measure: Set<string>;
  /** The same stems with their proximity weight (1 beside the claim, less further away). */
  near: Map<string, number>;
  /** The same words as a string, for character-level similarity. */
  measureText: string;
  /** Stems of the whole sentence's content words. */
  context: Set<string>;
  /** Quote wording (normalized words) and speaker name tokens, for quotes. */
  quoteWords: string[];
  speakers: string[][];
  /** Quotes: content stems of the words and their sentence, speaker names left out (for paraphrases). */
  paraphraseBag: Set<string>;
  /** Inverse document frequency of bag words over the corpus' claims of the same kind (shared map). */
  idf: Map<string, number>;
  /** Date claims that give a quantity its reference period are compared through that quantity. */
  isPeriodOfQuantity: boolean;
}

const UNIT_CLASS: Map<string, string> = new Map(unitData.classes.flatMap((c) => c.map((u) => [u, c[0]] as [string, string])));

export function unitClassOf(unit: string | null | undefined): string | null {
  if (!unit) return null;
  if (/^[A-Z]{3}$/.test(unit)) return unit; // ISO 4217
  const u = unit.toLowerCase();
  return UNIT_CLASS.get(u) ?? UNIT_CLASS.get(u.replace(/s$/, '')) ?? u.replace(/s$/, '');
}

/** The clause holding the span: the sentence cut at semicolons (independent clauses often change subject). */
export function clauseOf(claim: Claim): Span {
  const s = claim.sentence;
  const rel = claim.span.start - s.start;
  const before = s.text.lastIndexOf(';', rel);
  const afterRaw = s.text.indexOf(';', claim.span.end - s.start);
  return { start: s.start + (before >= 0 ? before + 1 : 0), end: afterRaw >= 0 ? s.start + afterRaw : s.end };
}

/** Future or predictive wording just before a figure ("will exceed", "is expected to reach"): a forecast. */
const FUTURE_RE = ALIGN_FUTURE_CUES;

const NUMBER_WORD = ALIGN_NUMBER_WORD;

/** Words that place a date within its period ("the end of 2003", "the start of the year"), as stems. */
const PERIOD_PARTS: ReadonlySet<string> = new Set([...ALIGN_PERIOD_PARTS].map(stem));

/** Punctuation that closes a phrase: words past it are seldom what a date beside it dates. */
const PHRASE_BREAK = /[,;:()\[\]—–]|\s-\s/;
/** Weight kept by words past a phrase break, when the claim has words of its own phrase on the other side. */
const PAST_BREAK = 0.5;

/** The mark of a word taken from inside a `quoted` span (see windowStems). */
export const QUOTED = '“';

/** Words with the QUOTED mark taken off. */
export function unquoted(words: ReadonlySet<string>): Set<string> {
  return new Set([...words].map((w) => (w.startsWith(QUOTED) ? w.slice(QUOTED.length) : w)));
}

export interface WordWindow {
  /** Stems with their proximity weight (1 beside the claim, less further away). */
  weights: Map<string, number>;
  /** From the first to the last word the window took (the claim's span when it took none). */
  span: Span;
  /** The same, up to the first phrase break on each side: the claim's own phrase. */
  phrase: Span;
}

/**
 * Stems of the content words near the span (up to `before` content words before it and `after` after it),
 * in its clause, each with a proximity weight (1 next to the claim, fading with distance): the words that
 * govern a date or a figure are the ones beside it. Person and country names are left out (they are
 * compared as entities), and so are numbers and office titles. Event phrases count as their class (see
 * events.ts). With `breaks`, words past a comma or dash weigh half when the claim has words of its own
 * phrase on the other side ("established in 2022, ahead of the invasion" dates the establishment; but
 * "In 2022, troops crossed the border" dates the crossing). Words inside a `quoted` span are marked with
 * QUOTED: they match only quoted words of the other claim (the same quote reported twice), not its narrative.
 */
export function windowStems(ents: ArticleEntities, clause: Span, span: Span, before: number, after: number, dropTime: boolean, breaks = false, quoted: readonly Span[] = []): WordWindow {
  const text = ents.article.text;
  const toks = ents.tokensIn(clause);
  const mentions = ents.mentionsIn(clause);
  const names = mentions.filter((m) => m.kind === 'person' || m.kind === 'country');
  const overrides = eventOverrides(toks, mentions);
  const words = (k: number): string[] => {
    const t = toks[k];
    const ws = plainWords(k);
    return quoted.some((q) => t.start >= q.start && t.end <= q.end) ? ws.map((w) => QUOTED + w) : ws;
  };
  const plainWords = (k: number): string[] => {
    const t = toks[k];
    if (names.some((m) => t.start >= m.start && t.end <= m.end)) return [];
    const o = overrides.get(k);
    if (o !== undefined) return o === null ? [] : [o];
    return t.norm
      .split('-')
      .filter((p) => isContentWord(p) && !NUMBER_WORD.test(p) && !TITLE_WORDS.has(p) && !TITLE_WORDS.has(p.replace(/s$/, '')) && !(dropTime && TIME_WORDS.has(p)))
      .map(stem);
  };
  const out = new Map<string, number>();
  const add = (w: string, weight: number) => out.set(w, Math.max(out.get(w) ?? 0, weight));
  const proximity = (n: number) => (n < 2 ? 1 : n < 4 ? 0.6 : 0.35);
  const inside = toks.map((_t, k) => k).filter((k) => toks[k].start >= span.start && toks[k].end <= span.end);
  // Inside a date's own words, "end" or "beginning" ("the end of 2003") place it in its period: no event.
  for (const k of inside) for (const w of words(k)) if (!(dropTime && PERIOD_PARTS.has(w))) add(w, 1);
  // Walk outwards on each side, noting where a phrase break is crossed.
  const side = (ks: number[], limit: number, gapBefore: (k: number) => string) => {
    const taken: Array<{ k: number; n: number; broken: boolean }> = [];
    const walked: Array<{ k: number; broken: boolean }> = [];
    let n = 0;
    let broken = false;
    for (const k of ks) {
      if (n >= limit) break;
      if (PHRASE_BREAK.test(gapBefore(k))) broken = true;
      walked.push({ k, broken });
      const w = words(k);
      if (w.length) taken.push({ k, n, broken });
      n += w.length ? 1 : 0;
    }
    return { taken, walked };
  };
  const leftKs = toks.map((_, k) => k).filter((k) => toks[k].end <= span.start).reverse();
  const rightKs = toks.map((_, k) => k).filter((k) => toks[k].start >= span.end);
  // The text between a token and the claim side it is walked from.
  const leftSide = side(leftKs, before, (k) => text.slice(toks[k].end, k + 1 < toks.length && toks[k + 1].end <= span.start ? toks[k + 1].start : span.start));
  const rightSide = side(rightKs, after, (k) => text.slice(k > 0 && toks[k - 1].start >= span.end ? toks[k - 1].end : span.end, toks[k].start));
  const left = leftSide.taken;
  const right = rightSide.taken;
  const ownLeft = left.some((x) => !x.broken);
  const ownRight = right.some((x) => !x.broken);
  for (const [list, other] of [[left, ownRight], [right, ownLeft]] as const) {
    for (const x of list) {
      const factor = breaks && x.broken && other ? PAST_BREAK : 1;
      for (const w of words(x.k)) add(w, proximity(x.n) * factor);
    }
  }
  // Extents over every token walked (names included: "Mr Doherty left the band at the end of 2004").
  const extent = (ks: number[]): Span => {
    const used = ks.map((k) => toks[k]);
    return { start: Math.min(span.start, ...used.map((t) => t.start)), end: Math.max(span.end, ...used.map((t) => t.end)) };
  };
  const walked = [...leftSide.walked, ...rightSide.walked];
  return {
    weights: out,
    span: extent([...inside, ...walked.map((x) => x.k)]),
    phrase: extent([...inside, ...walked.filter((x) => !x.broken).map((x) => x.k)]),
  };
}

/** Evaluative speech acts (synonym classes) that a reporting verb can carry. */
export const SPEECH_ACTS: ReadonlySet<string> = new Set(['@praise', '@criticism']);

/**
 * The evaluative act of reported speech: the class of the verb just before the reported words ("commended
 * <…>", "praised <…>"), or of an opening participle ("Praising <…>, X said"); null for neutral reporting.
 */
function speechAct(ents: ArticleEntities, sentence: Span, span: Span): string | null {
  const before = ents.tokensIn({ start: sentence.start, end: span.start });
  const verb = before.length ? before[before.length - 1] : null;
  const acts = [verb, before[0]].filter((t): t is NonNullable<typeof t> => !!t).map((t) => stem(t.norm));
  return acts.find((a) => SPEECH_ACTS.has(a)) ?? null;
}

function speakerTokens(speaker: string | string[] | null): string[][] {
  if (!speaker) return [];
  const list = Array.isArray(speaker) ? speaker : [speaker];
  return list.map((s) => normalizeWords(s).filter((w) => !ALIGN_SPEAKER_SKIP_WORDS.has(w)));
}

/**
 * Where the measure's words stand in the text: the last occurrence before the claim's end, else the first.
 * An extractor may prefix words of its own ("time since the treaty"): then the longest tail that the text
 * holds, of at least three words.
 */
function measureSpan(text: string, measure: string, before: number): Span | null {
  const words = measure.split(' ');
  for (let drop = 0; drop <= Math.min(3, words.length - 3); drop++) {
    const m = drop ? words.slice(drop).join(' ') : measure;
    let i = text.lastIndexOf(m, before);
    if (i < 0) i = text.indexOf(m);
    if (i >= 0) return { start: i, end: i + m.length };
  }
  return null;
}

const EMPTY_IDF = new Map<string, number>();
/** A count of years followed by "since"/"after": time elapsed from an event, i.e. an anniversary of it. */
const ELAPSED_RE = /^[\s\u00a0]+(?:since|after)\b/;

/** A quantity's exact figure (unit class and value), as attachIdf counts it. */
export function figureKey(f: ClaimFeatures): string {
  return `${f.unitClass ?? '-'}|${(f.claim as QuantityClaim).quantity.value}`;
}

/**
 * Fills in `idf` for a whole corpus: per kind, words of the measure and paraphrase bags, idf = ln(1 + N/df).
 * Words never seen get the highest weight.
 */
export function attachIdf(
  features: ClaimFeatures[],
  corpusIdf?: ReadonlyMap<string, Map<string, number>>,
  corpusFigures?: (figure: string) => number,
): void {
  const byKind = new Map<string, ClaimFeatures[]>();
  for (const f of features) {
    if (!byKind.has(f.claim.kind)) byKind.set(f.claim.kind, []);
    byKind.get(f.claim.kind)!.push(f);
  }
  // How many claims of the corpus state each exact figure (unit and value): a rare exact figure is evidence.
  // A scoped run gives the whole corpus' counts, and its stored features keep their own article's count.
  const figures = new Map<string, number>();
  for (const f of features) if (f.claim.kind === 'quantity') figures.set(figureKey(f), (figures.get(figureKey(f)) ?? 0) + 1);
  const inArticle = new Map<string, number>();
  for (const f of features) if (f.claim.kind === 'quantity') inArticle.set(`${f.articleId}\u0001${figureKey(f)}`, (inArticle.get(`${f.articleId}\u0001${figureKey(f)}`) ?? 0) + 1);
  for (const f of features) {
    if (f.claim.kind !== 'quantity') continue;
    f.figureCount = corpusFigures ? corpusFigures(figureKey(f)) : figures.get(figureKey(f))!;
    if (!(corpusFigures && f.figureInArticle > 0)) f.figureInArticle = inArticle.get(`${f.articleId}\u0001${figureKey(f)}`)!;
  }
  for (const [kind, list] of byKind) {
    const given = corpusIdf?.get(kind);
    if (given) {
      for (const f of list) f.idf = given;
      continue;
    }
    const df = new Map<string, number>();
    for (const f of list) for (const w of new Set([...f.measure, ...f.paraphraseBag])) df.set(w, (df.get(w) ?? 0) + 1);
    const idf = new Map<string, number>();
    for (const [w, n] of df) idf.set(w, Math.log(1 + list.length / n));
    for (const f of list) f.idf = idf;
  }
}

/** Features of every claim of one article (claims in text order). */
export function articleFeatures(article: Article, claims: Claim[], story: string | null, ents = ArticleEntities.of(article)): ClaimFeatures[] {
  const periodIds = new Set(claims.flatMap((c) => (c.kind === 'quantity' && c.quantity.timeClaimId ? [c.quantity.timeClaimId] : [])));
  const out: ClaimFeatures[] = [];
  const articlePersons = new Set(ents.mentions.filter((m) => m.kind === 'person' && m.tokens.length).map((m) => m.tokens[m.tokens.length - 1]));
  for (const claim of claims) {
    const clause = clauseOf(claim);
    const inClause = ents.mentionsIn(clause);
    const possessor = claim.kind === 'quantity' ? ents.possessorOf(claim.span) : null;
    // Without a possessor, the clause's persons; a sayer counts only when nobody else is named
    // ("Putin said he chose China for ... a fifth term" is about Putin).
    const named = inClause.filter((m) => m.kind === 'person');
    const nonSpeakers = named.filter((m) => !m.speaker);
    let persons = possessor ? [possessor] : nonSpeakers.length ? nonSpeakers : named;
    const countries = new Set(inClause.filter((m) => m.kind === 'country').map((m) => m.key));
    const kf = forClaim(KIND_FEATURES, claim, 'features')(claim, { article, claims, ents, clause, inClause, countries, out });
    const { near, unitClass = null, period = null, forecast = false, elapsed = false, quoteWords = [], speakers = [], phraseCountries = new Set<string>() } = kf;
    if (kf.persons) persons = kf.persons;
    out.push({
      claim,
      owner: claim.kind === 'quote' ? null : ownerOf(ents, clause, claim.span, possessor),
      beneficiaries: claim.kind === 'quantity' ? beneficiariesOf(ents, clause, claim.span) : null,
      elapsed,
      figureCount: 0,
      figureInArticle: 0,
      frame: sentenceFrame(claim.sentence.text, claim.sentence.start, claim.span),
      articleId: claim.articleId,
      story,
      published: article.published,
      unitClass,
      period,
      forecast,
      persons,
      clausePersons: named,
      articlePersons,
      possessed: possessor !== null,
      countries,
      phraseCountries,
      measure: new Set(near.keys()),
      near,
      measureText: [...near.keys()].join(' '),
      context: new Set(contentStems(claim.sentence.text, true)),
      quoteWords,
      speakers,
      isPeriodOfQuantity: claim.kind === 'date' && periodIds.has(claim.id),
      idf: EMPTY_IDF,
      paraphraseBag:
        claim.kind === 'quote'
          ? new Set([
              ...windowStems(ents, claim.sentence, claim.sentence, 0, 1000, true).weights.keys(),
              ...ents.mentionsIn(claim.sentence).filter((m) => m.kind === 'country').map((m) => `@${m.key}`),
            ])
          : new Set(),
    });
  }
  return out;
}

/** What a claim's kind reads from its clause, given to the per-kind feature builders. */
interface FeatureContext {
  article: Article;
  claims: Claim[];
  ents: ArticleEntities;
  clause: Span;
  inClause: Mention[];
  /** The clause's countries; a builder may add the countries of the words it takes as the measure. */
  countries: Set<string>;
  /** Features of the article's earlier claims. */
  out: readonly ClaimFeatures[];
}

/** The features a kind sets; what it leaves out keeps the default (no unit, no period, no quote words ...). */
type KindFeatures = Pick<ClaimFeatures, 'near'> & Partial<Pick<ClaimFeatures, 'unitClass' | 'period' | 'forecast' | 'elapsed' | 'quoteWords' | 'speakers' | 'persons' | 'phraseCountries'>>;

/** Per claim kind, what the aligner reads from its claims (see model/claim-kinds.ts). */
export const KIND_FEATURES: PerKind<[cx: FeatureContext], KindFeatures> = {
  quantity: quantityFeatures,
  date: dateFeatures,
  quote: quoteFeatures,
};

function quantityFeatures(claim: QuantityClaim, { article, claims, ents, clause, countries, out }: FeatureContext): KindFeatures {
  let unitClass: string | null = null;
  let period: string | null = null;
  let forecast = false;
  let near = new Map<string, number>();
  let elapsed = false;
  const q = claim.quantity;
  unitClass = unitClassOf(q.unit);
  period = q.time?.value ?? null;
  if (!period && q.timeClaimId) {
    const d = claims.find((c) => c.id === q.timeClaimId);
    if (d && d.kind === 'date') period = d.time.value;
  }
  forecast = q.modality === 'forecast' || (q.modality !== 'asserted' && FUTURE_RE.test(claim.sentence.text.slice(Math.max(clause.start, claim.span.start - 60) - claim.sentence.start, claim.span.start - claim.sentence.start)));
  near = windowStems(ents, clause, claim.span, 6, 4, true).weights;
  if (q.measure) {
    // The extractor's measure is words of the text ("Trade between the two countries"): find them so
    // that their names count as entities (resolved as in the text) and the rest as measure words.
    const at = measureSpan(article.text, q.measure, claim.span.end);
    if (at) {
      for (const w of windowStems(ents, at, at, 0, 0, true).weights.keys()) near.set(w, 1);
      for (const m of ents.mentionsIn(at)) if (m.kind === 'country') countries.add(m.key);
    } else for (const w of contentStems(q.measure, true)) near.set(w, 1);
  }
  // Years elapsed from an event, counted ("75 years since …") or ranked ("the 75th anniversary"): one
  // kind of figure, compared by value and by the event's words (see score.ts).
  elapsed = unitClass === 'year' && (q.ordinal === true || ELAPSED_RE.test(article.text.slice(claim.span.end, claim.span.end + 12)));
  // "… rose to $189 billion. He believes it will exceed $200 billion": "it" takes the measure of the
  // previous sentence's figure of the same unit.
  const before = ents.tokensIn({ start: clause.start, end: claim.span.start }).map((t) => t.norm);
  if (before.includes('it') && !q.measure) {
    const prev = [...out].reverse().find((f) => f.claim.kind === 'quantity' && f.unitClass === unitClass && f.claim.sentence.end <= claim.sentence.start && claim.sentence.start - f.claim.sentence.end < 400);
    if (prev) {
      for (const [w, x] of prev.near) near.set(w, Math.max(near.get(w) ?? 0, x));
      for (const c of prev.countries) countries.add(c);
    }
  }
  return { near, unitClass, period, forecast, elapsed };
}

/**
 * The direct quotes of an article that do not hold `span`: a date beside them ("…,” the editorial board said
 * Tuesday") dates the saying, and the quoted words say what it was about, not what else happened that day.
 */
export function quotesAround(claims: readonly Claim[], span: Span): Span[] {
  return claims.flatMap((c) => (c.kind === 'quote' && c.quote.direct && !(c.span.start <= span.start && c.span.end >= span.end) ? [c.span] : []));
}

/** How far before a date (in characters) future wording makes it a plan's. */
const PLAN_REACH = 40;

function dateFeatures(claim: DateClaim, { ents, clause, inClause, claims }: FeatureContext): KindFeatures {
  let period: string | null = null;
  let near = new Map<string, number>();
  let persons: Mention[] = [];
  let phraseCountries = new Set<string>();
  period = claim.time.value;
  const win = windowStems(ents, clause, claim.span, 6, 4, true, true, quotesAround(claims, claim.span));
  near = win.weights;
  // A date is about the people of its own phrase, not whoever else the sentence names ("Biden has tried
  // to ..., especially since the escalation in 2022" does not make the escalation Biden's).
  const inPhrase = (m: Mention) => m.start >= win.phrase.start && m.end <= win.phrase.end;
  const own = inClause.filter((m) => m.kind === 'person' && inPhrase(m));
  const ownNonSpeakers = own.filter((m) => !m.speaker);
  persons = ownNonSpeakers.length ? ownNonSpeakers : own;
  // The countries of its own phrase, to tell "the election in France" from "the vote in Brazil".
  phraseCountries = new Set(inClause.filter((m) => m.kind === 'country' && inPhrase(m)).map((m) => m.key));
  // Future wording in its own phrase before it ("will appear on Tuesday night"): the date of a plan, not of
  // something reported done.
  const forecast = FUTURE_RE.test(ents.article.text.slice(Math.max(win.phrase.start, claim.span.start - PLAN_REACH), claim.span.start));
  return { near, period, persons, phraseCountries, forecast };
}

function quoteFeatures(claim: QuoteClaim, { ents }: FeatureContext): KindFeatures {
  let quoteWords: string[] = [];
  let speakers: string[][] = [];
  const near = new Map<string, number>();
  // Editorial insertions in brackets (“these (local) supervisors”) are not the speaker's words; nor, in reported
  // speech, a term it quotes (“couldn’t “confirm” the messages”): that term is a direct quote of its own.
  const own = claim.quote.direct ? claim.quote.text : claim.quote.text.replace(/[“"][^“”"]*[”"]/g, ' ');
  quoteWords = normalizeWords(own.replace(/\([^)]*\)|\[[^\]]*\]/g, ' '));
  speakers = speakerTokens(claim.quote.speaker);
  for (const w of contentStems(own)) near.set(w, 1);
  // The term's own words are marked (QUOTED): they meet the same quoted term elsewhere, while the term alone
  // does not make the clause around it a paraphrase of a quote that uses the word ("felt “whipsawed”").
  if (own !== claim.quote.text) for (const t of claim.quote.text.match(/[“"][^“”"]*[”"]/g) ?? []) for (const w of contentStems(t)) if (!near.has(w)) near.set(QUOTED + w, 1);
  // Reported speech keeps its act: "praised China’s willingness" is praise, not a stated position.
  const act = claim.quote.direct ? null : speechAct(ents, claim.sentence, claim.span);
  if (act) near.set(act, 1);
  return { near, quoteWords, speakers };
}

/** At most this many words after a figure are its own phrase ("three-year extension of protections for 700,000 …"). */
const OWN_PHRASE_WORDS = 8;
/** A written count ("300,000"), not a year ("for 2019" gives a period, compared as such). */
const COUNT_TOKEN = /^\d{1,3}(?:,\d{3})+$|^\d+$/;
const YEAR_TOKEN = /^(?:1[89]|20)\d{2}$/;

/**
 * See ClaimFeatures.beneficiaries: the first count after the figure, before a phrase break and within its own
 * phrase, reached through a preposition of BENEFICIARY_PREPOSITIONS ("a three-year extension to 300,000
 * people", "an extension of protections for 700,000 … recipients").
 */
export function beneficiariesOf(ents: ArticleEntities, clause: Span, span: Span): number | null {
  const text = ents.article.text;
  let governed = false;
  let prevEnd = span.end;
  for (const t of ents.tokensIn({ start: span.end, end: clause.end }).slice(0, OWN_PHRASE_WORDS)) {
    if (PHRASE_BREAK.test(text.slice(prevEnd, t.start))) return null;
    prevEnd = t.end;
    if (governed && COUNT_TOKEN.test(t.norm) && !YEAR_TOKEN.test(t.norm)) return Number(t.norm.replace(/,/g, ''));
    if (BENEFICIARY_PREPOSITIONS.has(t.norm)) governed = true;
  }
  return null;
}

/** See ClaimFeatures.owner. */
export function ownerOf(ents: ArticleEntities, clause: Span, span: Span, possessor: Mention | null): Mention | null {
  if (possessor) return possessor;
  const ms = ents.mentionsIn(clause).filter((m) => !m.speaker && (m.kind === 'person' || m.kind === 'org') && (m.end <= span.start || m.start >= span.end));
  const before = ms.filter((m) => m.end <= span.start);
  return before.length ? before[before.length - 1] : (ms[0] ?? null);
}

/** The sentence in lower case with numbers masked and the claim's own words cut out (see ClaimFeatures.frame). */
export function sentenceFrame(sentence: string, sentenceStart: number, span: Span): string {
  const rel = { start: Math.max(0, span.start - sentenceStart), end: Math.max(0, span.end - sentenceStart) };
  return (sentence.slice(0, rel.start) + ' # ' + sentence.slice(rel.end)).toLowerCase().replace(/\d[\d,.]*/g, '#').replace(/\s+/g, ' ').trim();
}

export function tokenWords(text: string): string[] {
  return tokenize(text).map((t) => t.norm);
}
