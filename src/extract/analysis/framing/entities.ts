import type { Article, Span } from '../../../types';
import type { FramingLexicon } from './lexicon';
import { escapeRegExp, wordRegex } from './text';

/**
 * Who and where a sentence talks about: country mentions (names, demonyms, capitals used as metonyms, and people
 * whose nationality the corpus itself states) and conflict anchors (places and groups specific to one conflict).
 */

export type MentionKind = 'name' | 'demonym' | 'metonym' | 'person';

export interface CountryMention extends Span {
  country: string;
  kind: MentionKind;
  text: string;
}

export interface AnchorMention extends Span {
  conflicts: string[];
  text: string;
}

interface Dictionary<T> {
  regex: RegExp;
  lookup: Map<string, T>;
}

function dictionary<T>(entries: Array<[string, T]>): Dictionary<T> {
  const lookup = new Map<string, T>();
  for (const [k, v] of entries) if (!lookup.has(k)) lookup.set(k, v);
  return { regex: wordRegex([...lookup.keys()], false), lookup };
}

/** Matches are case-sensitive; a possessive "’s" is not part of the name. */
function findAll<T>(text: string, dict: Dictionary<T>, range: Span): Array<{ start: number; end: number; text: string; value: T }> {
  const out: Array<{ start: number; end: number; text: string; value: T }> = [];
  const re = new RegExp(dict.regex.source, dict.regex.flags);
  re.lastIndex = range.start;
  const slice = text.slice(0, range.end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const key = m[0].replace(/[\s\u00a0\-‐–]+/g, (s) => (/[-‐–]/.test(s) ? '-' : ' '));
    const value = dict.lookup.get(key) ?? dict.lookup.get(m[0]);
    if (value !== undefined) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value });
  }
  return out;
}

export class EntityFinder {
  private readonly countries: Dictionary<{ country: string; kind: MentionKind }>;
  private readonly anchors: Dictionary<string[]>;
  private persons: Dictionary<string> | null = null;
  readonly countryNames: Map<string, string>;
  private readonly titleRe: string;
  private readonly countryRe: string;

  constructor(lex: FramingLexicon) {
    const entries: Array<[string, { country: string; kind: MentionKind }]> = [];
    for (const c of lex.countries) {
      for (const n of c.names) entries.push([n, { country: c.id, kind: 'name' }]);
      for (const n of c.demonyms) entries.push([n, { country: c.id, kind: 'demonym' }]);
      for (const n of c.metonyms) entries.push([n, { country: c.id, kind: 'metonym' }]);
    }
    this.countries = dictionary(entries);
    this.countryNames = new Map(lex.countries.map((c) => [c.id, c.name]));
    const anchorMap = new Map<string, string[]>();
    for (const k of lex.conflicts) for (const a of k.anchors) anchorMap.set(a, [...(anchorMap.get(a) ?? []), k.id]);
    this.anchors = dictionary([...anchorMap.entries()]);
    // Titles are capitalised before a name ("President Putin") and lower case after a demonym ("Chinese leader Xi").
    const titles = lex.transliteration.titles.flatMap((t) => [t, t.toLowerCase()]);
    this.titleRe = [...new Set(titles)].map(escapeRegExp).join('|');
    this.countryRe = [...new Set(lex.countries.flatMap((c) => [...c.names, ...c.demonyms]))]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|');
  }

  /**
   * Learns people's nationality from the corpus: "Russian President Vladimir Putin", "Chinese leader Xi Jinping",
   * "China's Xi Jinping" tie each name word to that country, so that "Mr. Xi" later counts as a mention of China.
   * A name tied to two countries is dropped.
   */
  learnPeople(articles: Article[]): void {
    const seen = new Map<string, Set<string>>();
    const name = "[\\p{Lu}][\\p{Ll}’'\\-]+";
    const withTitle = new RegExp(
      `(?<![\\p{L}])(${this.countryRe})(?:[’']s)?[\\s\\u00a0]+(?:(?:${this.titleRe})\\.?[\\s\\u00a0]+){1,4}(${name}(?:[\\s\\u00a0]+${name}){0,2})`,
      'gu',
    );
    const possessive = new RegExp(`(?<![\\p{L}])(${this.countryRe})[’']s[\\s\\u00a0]+(${name}[\\s\\u00a0]+${name})(?![\\s\\u00a0]*[\\p{Lu}])`, 'gu');
    for (const a of articles) {
      for (const re of [withTitle, possessive]) {
        re.lastIndex = 0;
        for (let m = re.exec(a.text); m; m = re.exec(a.text)) {
          const country = this.countries.lookup.get(m[1])?.country;
          if (!country || !/^\p{Lu}/u.test(m[1])) continue;
          for (const w of m[2].split(/[\s\u00a0]+/)) {
            if (new RegExp(`^(?:${this.titleRe})$`).test(w) || this.countries.lookup.has(w)) continue;
            seen.set(w, new Set([...(seen.get(w) ?? []), country]));
          }
        }
      }
    }
    const entries: Array<[string, string]> = [];
    for (const [w, cs] of [...seen.entries()].sort(([a], [b]) => a.localeCompare(b))) if (cs.size === 1) entries.push([w, [...cs][0]]);
    this.persons = entries.length > 0 ? dictionary(entries) : null;
  }

  countryMentions(text: string, range: Span): CountryMention[] {
    return this.withPersons(text, range, this.placeMentions(text, range));
  }

  /** Names, demonyms and metonyms of countries (the lexicon's, not the corpus's people): what extraction's analysis stores. */
  placeMentions(text: string, range: Span): CountryMention[] {
    return findAll(text, this.countries, range).map((m) => ({ start: m.start, end: m.end, text: m.text, ...m.value }));
  }

  /** The place mentions with the people whose nationality the corpus states (learnPeople), in text order. */
  withPersons(text: string, range: Span, places: CountryMention[]): CountryMention[] {
    const out = [...places];
    if (this.persons) {
      for (const m of findAll(text, this.persons, range)) {
        if (!out.some((o) => o.start < m.end && m.start < o.end)) out.push({ start: m.start, end: m.end, text: m.text, country: m.value, kind: 'person' });
      }
    }
    return out.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  anchorMentions(text: string, range: Span): AnchorMention[] {
    return findAll(text, this.anchors, range).map((m) => ({ start: m.start, end: m.end, text: m.text, conflicts: m.value }));
  }

  countryName(id: string): string {
    return this.countryNames.get(id) ?? id;
  }
}
