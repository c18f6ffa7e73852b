import { SPEECH_VERBS, STOPWORDS, type Token } from '../../language/text';
import { escapeRegExp } from '../../language/lexicon';
import {
  ALIGN_HONORIFICS,
  ALIGN_MONTHS_DAYS,
  ALIGN_ORG_WORDS,
  ALIGN_PLURAL_PRONOUNS,
  ALIGN_REGIONS,
  ALIGN_TITLES,
  COMPASS_ADJECTIVES,
  countries as gazetteerCountries,
  NAME_RUN_JOINERS,
  SPEECH_AUXILIARIES,
} from '../../language';
import type { Article, EntityKind, EntityMention } from '../../types';

/**
 * The names of a whole article, canonicalized so that mentions can be compared across sources (the analysis
 * pass finds them once, at extraction; align reads them from the extracted article):
 * "Mr. Putin", "Putin" and "Russian President Vladimir Putin" are one person; "Beijing", "Chinese" and
 * "China" are one country (a capital or seat of government stands for its state, as in "Beijing said");
 * "the Chinese leader" is whoever the article introduced as "Chinese leader <Name>"; "the two countries" is
 * the last two countries named before it. Rule-based and linear in the article length: no parser needed.
 */

/** What the finder reads of an article. */
export type MentionSource = Pick<Article, 'text' | 'sentences'> & Partial<Pick<Article, 'headline' | 'chrome'>>;

const HONORIFICS = ALIGN_HONORIFICS;
const ORG_WORDS = ALIGN_ORG_WORDS;
// Single words of the titles ("prime", "minister"); joining words and organization words are not titles.
const TITLE_WORDS = new Set([...ALIGN_TITLES].flatMap((t) => t.split(' ')).filter((w) => !STOPWORDS.has(w) && !ORG_WORDS.has(w)));
const REGIONS = new Map([...ALIGN_REGIONS].map((r) => [r.toLowerCase(), r]));
const MONTHS_DAYS = ALIGN_MONTHS_DAYS;
const PLURAL_RE = new RegExp(`\\b(?:${[...ALIGN_PLURAL_PRONOUNS].map((p) => p.replace(/ /g, '\\s+')).join('|')})\\b`, 'giu');

interface CountryEntry {
  key: string;
  caseSensitive: boolean;
}

/** Keys (lower-case names) of states that no longer exist (the Soviet Union): a fact about them may be told of a successor. */
export const HISTORICAL_STATES: ReadonlySet<string> = new Set(gazetteerCountries().filter((c) => c.historical).map((c) => c.name.toLowerCase()));

/**
 * Surface form → country (the gazetteer's names, aliases, demonyms, capitals and seats; key: the name in lower
 * case). All-caps forms ("US", "UK") match case-sensitively so "us" stays a pronoun.
 */
const COUNTRY_FORMS: Map<string, CountryEntry> = (() => {
  const m = new Map<string, CountryEntry>();
  for (const c of gazetteerCountries()) {
    const key = c.name.toLowerCase();
    for (const form of [c.name, ...c.demonyms, ...c.capitals, ...c.aliases, ...c.seats]) {
      const caseSensitive = /^[\p{Lu}.]+$/u.test(form) && form.length <= 5;
      m.set(caseSensitive ? form : form.toLowerCase().replace(/’/g, "'"), { key, caseSensitive });
    }
  }
  return m;
})();
const MAX_COUNTRY_WORDS = 5;

function lookupCountry(words: string[]): string | null {
  const phrase = words.join(' ');
  const exact = COUNTRY_FORMS.get(phrase);
  if (exact?.caseSensitive) return exact.key;
  const folded = COUNTRY_FORMS.get(phrase.toLowerCase().replace(/’/g, "'"));
  return folded && !folded.caseSensitive ? folded.key : null;
}

function gapIsSpace(text: string, a: Token, b: Token): boolean {
  return /^[ \u00a0\t]+$/.test(text.slice(a.end, b.start));
}

function stripDot(norm: string): string {
  return norm.replace(/\.$/, '');
}

interface Run {
  tokens: Token[];
  /** Title or honorific tokens just before (or at the start of) the name. */
  titled: boolean;
  descriptor: string | null;
}


/** Title-case headlines and page chrome would turn every capitalized word into a name. */
function inHeadlineOrChrome(article: MentionSource, t: Token): boolean {
  const h = article.headline;
  if (h && t.start >= h.start && t.end <= h.end) return true;
  return (article.chrome ?? []).some((c) => t.start >= c.start && t.end <= c.end);
}

/**
 * Every mention of the article, in text order: countries and capitalized name runs (scanNames), each run a
 * region, organization, person or plain name (classifyRuns), "the <descriptor>" forms of the persons
 * (descriptorMentions), "the two countries" (pluralCountryMentions); sayers of reported speech marked.
 */
export function findArticleMentions(article: MentionSource, toks: Token[]): EntityMention[] {
  const text = article.text;
  const { countries, runs } = scanNames(article, toks);
  const { mentions, descriptors, personTokens } = classifyRuns(runs);
  const out = [...countries, ...mentions, ...descriptorMentions(text, descriptors, personTokens)];
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const all = [...out, ...pluralCountryMentions(text, out)].sort((a, b) => a.start - b.start || b.end - a.end || (a.key < b.key ? -1 : 1));
  markSpeakers(all, toks, text);
  return all;
}

/** One left-to-right pass over the words: country mentions, and the runs of capitalized words that may be names. */
function scanNames(article: MentionSource, toks: Token[]): { countries: EntityMention[]; runs: Run[] } {
  const text = article.text;
  const sentenceStarts = new Set(article.sentences.map((s) => s.start));
  const lowerSeen = new Set(toks.filter((t) => !t.capitalized).map((t) => t.norm));
  const isSentenceInitial = (t: Token) =>
    sentenceStarts.has(t.start) || /(?:^|[\n"“‘(])\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start));

  const countries: EntityMention[] = [];
  const runs: Run[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    const country = countryAt(text, toks, i);
    if (country) {
      countries.push(country.mention);
      i += country.length;
      continue;
    }
    // Capitalized function words ("The", "On") and month/day names never start a name.
    if (!t.capitalized || MONTHS_DAYS.has(t.norm) || STOPWORDS.has(t.norm) || inHeadlineOrChrome(article, t)) {
      i++;
      continue;
    }
    const { run, next } = nameRunAt(text, toks, i);
    i = next;
    const s = leadingTitles(run);
    const name = run.slice(s);
    if (name.length === 0) continue;
    if (name.length === 1 && isSentenceInitial(name[0]) && s === 0 && (STOPWORDS.has(name[0].norm) || lowerSeen.has(name[0].norm))) continue;
    const { lowerTitles, descriptor } = descriptorOf(toks, i - run.length, run, s);
    const titled = s > 0 || lowerTitles > 0 || HONORIFICS.has(stripDot(run[0]?.norm ?? ''));
    runs.push({ tokens: name, titled, descriptor });
  }
  return { countries, runs };
}

/** The country named by the words at `i` (longest match first; names, demonyms, capitals, seats), and how many words. */
function countryAt(text: string, toks: Token[], i: number): { mention: EntityMention; length: number } | null {
  for (let k = Math.min(MAX_COUNTRY_WORDS, toks.length - i); k >= 1; k--) {
    const words = toks.slice(i, i + k);
    if (!words[0].capitalized) break;
    if (k > 1 && words.some((w, j) => j > 0 && !gapIsSpace(text, words[j - 1], w))) continue;
    const lastWord = words[k - 1];
    const surface = [...words.slice(0, -1).map((w) => w.text), lastWord.possessive ? lastWord.text.replace(/[’']s?$/u, '') : lastWord.text];
    const key = lookupCountry(surface);
    if (key) return { mention: mention('country', key, [key], words[0].start, lastWord.end, lastWord.possessive), length: k };
  }
  return null;
}

/** A run of capitalized words joined by spaces from `i`; "of"/"for" may join words inside organization names. */
function nameRunAt(text: string, toks: Token[], i: number): { run: Token[]; next: number } {
  const run: Token[] = [toks[i]];
  let j = i + 1;
  while (j < toks.length && !run[run.length - 1].possessive) {
    const n = toks[j];
    if (n.capitalized && gapIsSpace(text, toks[j - 1], n) && !lookupCountry([n.text])) {
      run.push(n);
      j++;
    } else if (NAME_RUN_JOINERS.has(n.norm) && j + 1 < toks.length && toks[j + 1].capitalized && gapIsSpace(text, toks[j - 1], n)) {
      run.push(n, toks[j + 1]);
      j += 2;
    } else break;
  }
  return { run, next: j };
}

/** How many leading words of the run are honorifics or titles (not part of the name). */
function leadingTitles(run: Token[]): number {
  let s = 0;
  while (s < run.length && (HONORIFICS.has(stripDot(run[s].norm)) || TITLE_WORDS.has(run[s].norm))) s++;
  return s;
}

/**
 * The descriptor of a name: its titles, those of the run and those written in lower case just before it,
 * after the demonym that precedes them ("Chinese leader Xi Jinping" → "chinese leader"). `lowerTitles`
 * counts the lower-case ones.
 */
function descriptorOf(toks: Token[], runStart: number, run: Token[], titleCount: number): { lowerTitles: number; descriptor: string | null } {
  let b = runStart - 1;
  const descr: string[] = [];
  while (b >= 0 && descr.length < 4 && TITLE_WORDS.has(toks[b].norm)) descr.unshift(toks[b--].norm);
  const prev = b >= 0 ? toks[b] : null;
  const demonym = prev && prev.capitalized && lookupCountry([prev.text]) ? prev.norm : null;
  const titleTokens = run.slice(0, titleCount).map((x) => stripDot(x.norm)).filter((x) => TITLE_WORDS.has(x));
  const allTitle = [...titleTokens, ...descr];
  return { lowerTitles: descr.length, descriptor: allTitle.length ? [demonym, ...allTitle].filter(Boolean).join(' ') : null };
}

function isOrgRun(r: Run): boolean {
  return r.tokens.some((x) => ORG_WORDS.has(x.norm)) || (r.tokens.length === 1 && /^[\p{Lu}.&]{2,}$/u.test(r.tokens[0].text));
}

/** Full person names: titled runs and two-to-four-word runs that are neither organizations nor regions. */
function fullNamesOf(runs: Run[]): string[][] {
  const fullNames: string[][] = [];
  for (const r of runs) {
    if (isOrgRun(r) || REGIONS.has(r.tokens.map((x) => x.norm).join(' '))) continue;
    const words = r.tokens.map((x) => stripDot(x.norm));
    if (r.titled || (words.length >= 2 && words.length <= 4 && !words.some((w) => STOPWORDS.has(w)))) {
      if (words.length >= 2) fullNames.push(words);
    }
  }
  return fullNames;
}

/**
 * Each run as a region, an organization, a person (a titled name, a full name, or a word of one: keyed by the
 * fullest name that holds it) or a plain name; with the persons' descriptors for descriptorMentions.
 */
function classifyRuns(runs: Run[]): { mentions: EntityMention[]; descriptors: Map<string, Set<string>>; personTokens: Map<string, string[]> } {
  const fullNames = fullNamesOf(runs);
  const fullestFor = (words: string[]): string[] | null => {
    let best: string[] | null = null;
    for (const f of fullNames) if (words.every((w) => f.includes(w)) && (!best || f.length > best.length)) best = f;
    return best;
  };
  const mentions: EntityMention[] = [];
  const descriptors = new Map<string, Set<string>>();
  const personTokens = new Map<string, string[]>();
  for (const r of runs) {
    const words = r.tokens.map((x) => stripDot(x.norm));
    const last = r.tokens[r.tokens.length - 1];
    const start = r.tokens[0].start;
    const surface = words.join(' ');
    if (REGIONS.has(surface) || COMPASS_ADJECTIVES.has(surface)) {
      mentions.push(mention('region', surface, [surface], start, last.end, last.possessive));
      continue;
    }
    if (isOrgRun(r)) {
      mentions.push(mention('org', surface, [surface], start, last.end, last.possessive));
      continue;
    }
    const full = fullestFor(words);
    if (full || r.titled) {
      const f = full ?? words;
      const key = f.join(' ');
      personTokens.set(key, f);
      mentions.push(mention('person', key, f, start, last.end, last.possessive));
      if (r.descriptor) {
        if (!descriptors.has(r.descriptor)) descriptors.set(r.descriptor, new Set());
        descriptors.get(r.descriptor)!.add(key);
      }
    } else {
      mentions.push(mention('name', surface, [surface], start, last.end, last.possessive));
    }
  }
  return { mentions, descriptors, personTokens };
}

/** "the Chinese leader" → the one person the article introduced with that descriptor. */
function descriptorMentions(text: string, descriptors: Map<string, Set<string>>, personTokens: Map<string, string[]>): EntityMention[] {
  const out: EntityMention[] = [];
  for (const [descr, keys] of descriptors) {
    if (keys.size !== 1 || descr.split(' ').length < 2) continue;
    const key = [...keys][0];
    const re = new RegExp(`\\bthe\\s+${descr.split(' ').map(escapeRegExp).join('\\s+')}\\b(?:[’']s)?`, 'giu');
    for (const m of text.matchAll(re)) {
      out.push(mention('person', key, personTokens.get(key) ?? [key], m.index!, m.index! + m[0].length, /[’']s$/.test(m[0])));
    }
  }
  return out;
}

/** "the two countries" → the last two different countries named before it (`sorted`: mentions in text order). */
function pluralCountryMentions(text: string, sorted: EntityMention[]): EntityMention[] {
  const plural: EntityMention[] = [];
  for (const m of text.matchAll(PLURAL_RE)) {
    const before = sorted.filter((x) => x.kind === 'country' && x.end <= m.index!);
    const pair: string[] = [];
    for (let k = before.length - 1; k >= 0 && pair.length < 2; k--) if (!pair.includes(before[k].key)) pair.push(before[k].key);
    if (pair.length === 2) {
      for (const key of pair) plural.push(mention('country', key, [key], m.index!, m.index! + m[0].length, false));
    }
  }
  return plural;
}


function mention(kind: EntityKind, key: string, tokens: string[], start: number, end: number, possessive: boolean): EntityMention {
  return { kind, key, tokens, start, end, possessive, speaker: false };
}

/** A name followed by a speech verb ("Putin said"), or preceded by one or by "according to", is a sayer. */
function markSpeakers(mentions: EntityMention[], tokens: Token[], text: string): void {
  let ti = 0;
  for (const m of mentions) {
    while (ti < tokens.length && tokens[ti].end <= m.start) ti++;
    let after = ti;
    while (after < tokens.length && tokens[after].start < m.end) after++;
    const next = tokens.slice(after, after + 3).map((t) => t.norm);
    const prev = tokens.slice(Math.max(0, ti - 3), ti).map((t) => t.norm);
    const gapAfter = tokens[after] ? text.slice(m.end, tokens[after].start) : '';
    if ((SPEECH_VERBS.has(next[0]) && !/[.;]/.test(gapAfter)) || (next[0] && SPEECH_AUXILIARIES.has(next[0]) && SPEECH_VERBS.has(next[1]))) m.speaker = true;
    if (prev.slice(-2).join(' ') === 'according to' || (prev.length && SPEECH_VERBS.has(prev[prev.length - 1]))) m.speaker = true;
  }
}

