/**
 * Types shared across the pipeline: ingest → extract → align → compare → report.
 * Field names follow ../shared/docs/interface.md (the outside contract); anything beyond it is marked.
 */

/** Offsets are JavaScript string indices (UTF-16 code units) into the article text as read. */
export interface Span {
  start: number;
  end: number;
}

export type PublishedPrecision = 'day' | 'month' | 'year';
export type ArticleFormat = 'txt' | 'md' | 'html' | 'json';

/** What a manifest entry, front matter or article object says about an article. */
export interface ArticleMeta {
  id: string;
  /** Path as given on the command line or in the manifest (relative to the manifest's folder). */
  file: string;
  title: string | null;
  outlet: string | null;
  publisher?: string | null;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null when unknown. */
  published: string | null;
  publishedPrecision: PublishedPrecision | null;
  url?: string | null;
  author?: string | null;
}

/** A region of the text that is page furniture, not article content. No claim is taken from it. */
export interface ChromeSpan extends Span {
  /** `chrome`: comment boxes, subscribe blurbs, footers; `artifact`: editing debris such as a truncated duplicate. */
  type: 'chrome' | 'artifact';
  /** Which rule found it (for explanations and tests). */
  rule: string;
}

export interface Sentence extends Span {
  text: string;
  /** Index into Article.paragraphs. */
  paragraph: number;
}

/** An article as read by ingest: the text every offset indexes, its structure and its metadata. */
export interface Article extends ArticleMeta {
  /** The text as read (for .txt: the file content decoded as UTF-8, a leading BOM dropped). */
  text: string;
  format: ArticleFormat;
  /** sha256 of `text`, hex. */
  contentHash: string;
  headline: Span | null;
  paragraphs: Span[];
  sentences: Sentence[];
  chrome: ChromeSpan[];
  /** Beyond the contract: in-body subheadings (title-like lines, Markdown `##`, HTML h2–h6), not running text. */
  subheadings?: Span[];
}

// ---------------------------------------------------------------------------------------------
// Claims
// ---------------------------------------------------------------------------------------------

export type ClaimKind = 'quantity' | 'date' | 'quote';
export type Bound = '=' | '<' | '<=' | '>' | '>=' | '~';
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export type TimexMod =
  | 'BEFORE' | 'AFTER' | 'ON_OR_BEFORE' | 'ON_OR_AFTER' | 'START' | 'MID' | 'END'
  | 'APPROX' | 'MORE_THAN' | 'LESS_THAN' | 'EQUAL_OR_MORE' | 'EQUAL_OR_LESS';

/** A TIMEX3 value as the contract gives it, plus what the text stated versus what was inferred. */
export interface Timex {
  type: TimexType;
  /** TIMEX3 value: `2023-03-21`, `2023-03`, `2023`, `2023-W12`, `198`, `P2D`, `PRESENT_REF`, `XXXX-XX-XX`, ... */
  value: string;
  /** The words of the text that express it. */
  expression: string;
  /** True when the value depended on anything beyond the expression (the publication date, another time). */
  anchored: boolean;
  mod?: TimexMod;
  /** Beyond the contract: false when the value could not be resolved (e.g. no publication date). */
  resolved?: boolean;
  /** Beyond the contract: the fields taken from the anchor rather than the text (chrono's impliedValues). */
  implied?: Array<'year' | 'month' | 'day'>;
  /** Beyond the contract: why a value stayed unresolved, in plain words. */
  unresolvedReason?: string;
  /**
   * Beyond the contract: a time fixed relative to an event the text names but does not date ("the eve of his
   * visit": event "his visit", offsetDays -1). Two such times of one story can still be compared.
   */
  anchor?: { event: string; offsetDays: number };
}

export interface Quantity {
  /** The number with the scale applied; for ranges the low end. For ordinals the rank. */
  value: number;
  /** ISO 4217 code, `percent`, a lower-case singular noun, or null when bare. */
  unit: string | null;
  bound: Bound;
  approximate: boolean;
  low?: number;
  high?: number;
  ordinal?: boolean;
  /** What is measured, in words of the text ("trade between the two countries"). */
  measure?: string | null;
  /** The reference period, when the text gives one. */
  time?: Timex;
  /** Id of the date claim `time` comes from. */
  timeClaimId?: string;
  modality?: 'asserted' | 'forecast' | 'estimate';
  /** Who the figure is attributed to ("U.K. Ministry of Defense"). */
  source?: string | null;
  /** Numeric durations ("two-day") as TIMEX3 durations. */
  timex?: { type: 'DURATION'; value: string };
}

export interface Quote {
  /** The quoted words without the marks, one trailing comma or full stop dropped. */
  text: string;
  /** Canonical name(s) of who said it; null when the text does not say. */
  speaker: string | string[] | null;
  /** The words naming the speaker; null when the speaker carries over from the previous paragraph. */
  speakerText: string | null;
  speakerSpan?: Span | null;
  direct: boolean;
  role: 'statement' | 'phrase';
  /** Beyond the contract: the span of the words inside the marks. */
  innerSpan?: Span;
  /** Beyond the contract: finer type (attributed, continuation, term, scare, unattributed, indirect). */
  quoteType?: 'attributed' | 'continuation' | 'term' | 'scare' | 'unattributed' | 'indirect';
}

export interface SentenceRef extends Span {
  text: string;
}

interface ClaimBase {
  /** Stable fingerprint (see extract/ids.ts). */
  id: string;
  articleId: string;
  kind: ClaimKind;
  text: string;
  span: Span;
  sentence: SentenceRef;
  /** Beyond the contract: the id of the direct quote whose span holds this claim. */
  inQuote?: string;
}

export interface QuantityClaim extends ClaimBase {
  kind: 'quantity';
  quantity: Quantity;
}
export interface DateClaim extends ClaimBase {
  kind: 'date';
  time: Timex;
}
export interface QuoteClaim extends ClaimBase {
  kind: 'quote';
  quote: Quote;
}
export type Claim = QuantityClaim | DateClaim | QuoteClaim;

/** What an extractor returns: a claim before the pipeline gives it an id and its sentence. */
export type Candidate =
  | Omit<QuantityClaim, 'id' | 'articleId' | 'sentence'>
  | Omit<DateClaim, 'id' | 'articleId' | 'sentence'>
  | Omit<QuoteClaim, 'id' | 'articleId' | 'sentence'>;

export interface ExtractedArticle {
  id: string;
  file: string;
  title: string | null;
  published: string | null;
  claims: Claim[];
  /** What extraction had to do to the input (a run-on sentence cut to the budget); absent when nothing. */
  notices?: string[];
  /**
   * What the later stages read of the text, found once by extraction's analysis pass (src/extract/analysis/index.ts).
   * Always filled by the pipeline; optional so that extractions stored by older versions still load.
   */
  analysis?: ArticleAnalysis;
}

/** The kind of an entity mention as align compares them. */
export type EntityKind = 'person' | 'country' | 'org' | 'region' | 'name';

/** A name in the article, canonicalized to compare across sources (its text is the article's slice). */
export interface EntityMention extends Span {
  kind: EntityKind;
  /** Canonical key: a country's name, a person's fullest name in the article (lower case). */
  key: string;
  /** For persons: every token of the fullest name, so "xi" matches "xi jinping" in another article. */
  tokens: string[];
  possessive: boolean;
  /** The mention is the sayer of reported speech ("Putin said", "according to the ministry"). */
  speaker: boolean;
}

/** An EntityMention as stored: `tokens` left out when it is [key], `possessive` and `speaker` when false. */
export interface StoredMention extends Span {
  kind: EntityKind;
  key: string;
  tokens?: string[];
  possessive?: boolean;
  speaker?: boolean;
}

/**
 * A noun phrase framing may compare as a label (src/extract/analysis/framing/phrases.ts); its text is the article's slice.
 * Stored compactly: a field that is false, null or empty is left out.
 */
export interface PhraseOccurrence extends Span {
  /** Normalised label: lower-cased modifiers and the head's lemma ("sexual harassment lawsuit"). */
  label: string;
  head: string;
  nounModifiers?: string[];
  adjectiveModifiers?: string[];
  /** A proper name the phrase is (not a person): "Dream Act", lower-cased. */
  properName?: string;
  /** The head's label family ("alien" → immigrant). */
  family?: string;
  evaluative?: boolean;
  definite?: boolean;
  /** Set when the phrase describes a named person (surname, lower-case). */
  describes?: string;
  /** A lone name or possessive ("Mexico", "Trump’s"): a mention, not a label. */
  bareName?: boolean;
  inHeadline?: boolean;
}

/** A country named in the text as framing counts it; its text is the article's slice. */
export interface PlaceOccurrence extends Span {
  /** Gazetteer id ("united-states"). */
  country: string;
  kind: 'name' | 'demonym' | 'metonym';
}

/** A word or phrase tied to one or more conflicts (src/language/en/framing-lexicons/conflicts.json). */
export interface AnchorOccurrence extends Span {
  conflicts: string[];
}

/**
 * A phrase of one of framing's label lexicons (src/language/en/framing-lexicons/*-labels.json, spellings.json) where the
 * text has it; its text is the article's slice.
 */
export interface LabelOccurrence extends Span {
  family: LabelLexiconFamily;
  /** The lexicon key it matched: the normalised phrase ("special military operation"); for spellings, the form as written. */
  phrase: string;
}

/** The label lexicons: conflict labels, relationships, stances, material support, peace plans, spellings. */
export type LabelLexiconFamily = 'conflict' | 'relationship' | 'stance' | 'support' | 'peace-plan' | 'spelling';

/** An attribution verb beside a person's name ("X claimed"); its text is the article's slice. */
export interface AttributionOccurrence extends Span {
  /** Surname (lower case) of the person the verb attributes words to. */
  speaker: string;
  lemma: string;
  tone: 'neutral' | 'marked';
}

/** The one analysis of an article's text that align and framing read instead of analysing the text again. */
export interface ArticleAnalysis {
  /** The words: the one tokenization (src/language/tokens.ts), as [gap, length, …] pairs (encodeWords). */
  words: number[];
  /** Names, countries, organizations, in text order (stored compactly, see StoredMention). */
  mentions: StoredMention[];
  /** Story terms (align/stories.ts): weighted counts ("w:<stem>", "e:<entity key>") in first-seen order. */
  terms: Record<string, number>;
  /** Display labels of the entity terms ("e:xi jinping" → "Xi Jinping"). */
  termLabels: Record<string, string>;
  /** Framing: names, demonyms and metonyms of the gazetteer's countries (extract/analysis/framing/entities.ts), in text order. */
  places: PlaceOccurrence[];
  /** Framing: conflict anchors (places and groups specific to a conflict) with the conflicts' ids. */
  anchors: AnchorOccurrence[];
  /** Framing: every occurrence of a label-lexicon phrase, in text order (the finders start from these). */
  labels: LabelOccurrence[];
  /** Framing's label candidates, from extraction's own compromise parse. */
  phrases: PhraseOccurrence[];
  attributions: AttributionOccurrence[];
  /** Surname → display name of the persons the phrases name, in first-seen order. */
  persons: Array<[string, string]>;
}

// ---------------------------------------------------------------------------------------------
// Reports (compare)
// ---------------------------------------------------------------------------------------------

/** The verdicts and flag kinds are the keys of their tables (src/model/verdicts.ts, src/model/flag-kinds.ts). */
export type { Verdict } from './model/verdicts';
export type { FlagKind } from './model/flag-kinds';
import type { Verdict } from './model/verdicts';
import type { FlagKind } from './model/flag-kinds';
export type Severity = 'error' | 'warning' | 'info';

export interface Story {
  id: string;
  label: string;
  articles: string[];
}

/** Why two claims were joined: the keys they share and the scores that passed. */
export interface AlignmentWhy {
  keys: string[];
  scores: Record<string, number>;
  /** Plain-language summary of the alignment. */
  summary: string;
}

export interface Group {
  id: string;
  about: string;
  kind: ClaimKind;
  verdict: Verdict;
  claims: string[];
  why: AlignmentWhy;
}

export interface Flag {
  id: string;
  kind: FlagKind;
  severity: Severity;
  group?: string;
  claims: string[];
  reason: string;
  /** Per-article evidence: the sentence and the span within the article text. */
  evidence: Array<{ articleId: string; claimId?: string; span: Span; sentence: SentenceRef }>;
  /** A hash of the evidence, so a review of an earlier run can tell whether the evidence changed. */
  evidenceHash: string;
  /** Beyond the contract: lint-message style data, e.g. per-article values. */
  data?: Record<string, unknown>;
}

export interface FramingLabel {
  label: string;
  text: string;
  span: Span;
}

export interface FramingConcept {
  concept: string;
  about: string;
  labels: Record<string, FramingLabel[]>;
  divergence: number;
}

export interface Omission {
  id: string;
  story: string;
  about: string;
  articleId: string;
  claims: string[];
  missingFrom: string[];
}

export interface ReportArticle {
  id: string;
  file: string;
  outlet: string | null;
  published: string | null;
  title: string | null;
  story: string | null;
  contentHash: string;
  /** The article text, so that the report can show evidence in place. */
  text?: string;
}

export interface Report {
  tool: { name: 'claimdiff'; version: string; extractorVersion: string };
  corpus: string;
  articles: ReportArticle[];
  stories: Story[];
  claims: Claim[];
  groups: Group[];
  flags: Flag[];
  framing: FramingConcept[];
  omissions: Omission[];
  /** Notes for the reader: duplicates merged, nothing to compare, articles skipped. */
  notices: string[];
}
