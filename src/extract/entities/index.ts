import {
  COUNTRY_GROUP_NOUNS,
  DESCRIPTION_DETERMINERS,
  DOCUMENT_NOUNS,
  DOCUMENT_REFERENCE_NOUNS,
  INSTITUTION_HEADS,
  LEADER_GROUP_NOUNS,
  LEADER_WORDS,
  PEOPLE_GROUP_NOUNS,
  PERSON_PRONOUNS,
} from '../../language';
import { alternation } from '../../language/lexicon';
import type { Span } from '../../types';
import type { ArticleContext } from '../context';
import { findDocuments, type DocumentMention } from './documents';
import { governmentFor, lookupPlace } from './governments';
import { canonicalInstitution, canonicalMinistry } from './institutions';
import { findMentions, type Mention, type PersonHint } from './mentions';
import { isRoleNoun, nameKey, normalizeSpacing, sameName, stripTitles } from './names';

export { nameKey, sameName, stripTitles } from './names';
export { canonicalInstitution, canonicalMinistry } from './institutions';
export { governmentFor, lookupPlace } from './governments';
export type { Mention, EntityKind } from './mentions';

export type Speaker = string | string[];

/** A resolved reference: who, and what kind of entity. */
export interface Resolved {
  canonical: Speaker;
  kind: Mention['kind'];
}

/** Case-insensitive, as pronouns are written at a sentence's start too. */
const PERSON_PRONOUN = new RegExp(`^${alternation(PERSON_PRONOUNS.keys())}$`, 'i');
const FEMALE_PRONOUN = new RegExp(`^${alternation([...PERSON_PRONOUNS].filter(([, g]) => g === 'female').map(([w]) => w))}$`, 'i');
/** Single-word document nouns ("paper", not "white paper") and other words for a document ("text"). */
const DOCUMENT_HEADS: ReadonlySet<string> = new Set([...DOCUMENT_NOUNS.filter((n) => !n.includes(' ')), ...DOCUMENT_REFERENCE_NOUNS]);
/** How far back (in paragraphs) a pronoun or description may reach for its antecedent. */
const MAX_PARAGRAPHS_BACK = 4;

/**
 * The people, governments, institutions and documents of one article, with canonical names:
 * "Mr. Xi", "Xi" and "President Xi" → the longest full name in the article ("Xi Jinping"); "Beijing",
 * "China" → "Chinese government"; "Japan’s foreign ministry" → "Ministry of Foreign Affairs of Japan".
 * Built once per article from the shared context (compromise's people() as a hint) and cached.
 */
export class EntityIndex {
  private static readonly cache = new WeakMap<ArticleContext, EntityIndex>();
  readonly mentions: Mention[];
  readonly documents: DocumentMention[];
  private readonly fullNames: string[];
  private readonly genders = new Map<string, 'male' | 'female'>();

  constructor(
    readonly text: string,
    readonly paragraphs: Span[],
    sentences: Span[],
    personHints: PersonHint[],
  ) {
    this.mentions = findMentions(text, paragraphs, personHints);
    this.documents = findDocuments(text, sentences);
    const names: string[] = [];
    for (const m of this.mentions) if (m.kind === 'person' && m.name.includes(' ') && !names.includes(m.name)) names.push(m.name);
    this.fullNames = names;
    for (const m of this.mentions) {
      if (m.kind !== 'person') continue;
      m.canonical = this.canonicalPerson(m.name);
      if (m.gender && !this.genders.has(m.canonical)) this.genders.set(m.canonical, m.gender);
    }
  }

  /** The index of an article context, made on first use (uses the shared compromise parse for person hints). */
  static for(ctx: ArticleContext): EntityIndex {
    let idx = EntityIndex.cache.get(ctx);
    if (!idx) {
      idx = new EntityIndex(ctx.text, ctx.article.paragraphs, ctx.sentences, personHintsFromDoc(ctx));
      EntityIndex.cache.set(ctx, idx);
    }
    return idx;
  }

  /** "Mr. Xi", "Xi", "President Xi’s" → "Xi Jinping" when the article names him in full; else the stripped name. */
  canonicalPerson(surface: string): string {
    const name = stripTitles(surface).name;
    if (!name) return normalizeSpacing(surface);
    const n = name.split(' ').length;
    let best = name;
    let bestLen = n;
    for (const f of this.fullNames) {
      const len = f.split(' ').length;
      if (len > bestLen && sameName(f, name)) {
        best = f;
        bestLen = len;
      }
    }
    return best;
  }

  /** Records a mention found by another module (e.g. a quote's resolved speaker), so later pronouns can reach it. */
  addMention(m: Mention): void {
    const i = this.mentions.findIndex((x) => x.start > m.start);
    if (i < 0) this.mentions.push(m);
    else this.mentions.splice(i, 0, m);
    if (m.kind === 'person' && m.gender && !this.genders.has(m.canonical)) this.genders.set(m.canonical, m.gender);
  }

  genderOf(canonical: string): 'male' | 'female' | undefined {
    return this.genders.get(canonical);
  }

  private paragraphIndex(offset: number): number {
    let idx = -1;
    for (let i = 0; i < this.paragraphs.length && this.paragraphs[i].start <= offset; i++) idx = i;
    return idx;
  }

  private withinReach(m: Span, offset: number): boolean {
    return this.paragraphIndex(offset) - this.paragraphIndex(m.start) <= MAX_PARAGRAPHS_BACK;
  }

  /** Mentions before `offset`, nearest first, outside the `exclude` spans (quoted words are not antecedents). */
  private *before(offset: number, exclude: Span[] = [], unlimited = false): Generator<Mention> {
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (m.start >= offset) continue;
      if (!unlimited && !this.withinReach(m, offset)) return;
      if (exclude.some((e) => m.start >= e.start && m.end <= e.end)) continue;
      yield m;
    }
  }

  /**
   * "he"/"she" → the nearest person named before `offset` (outside quotes) whose known gender does not clash.
   * Gender is only used when the article reveals it (Mr./Ms., spokeswoman, compromise's first-name lists).
   */
  resolvePronoun(pronoun: string, offset: number, exclude: Span[] = []): string | null {
    if (!PERSON_PRONOUN.test(pronoun)) return null;
    const want = FEMALE_PRONOUN.test(pronoun) ? 'female' : 'male';
    for (const m of this.before(offset, exclude)) {
      if (m.kind !== 'person') continue;
      const g = this.genders.get(m.canonical);
      if (g && g !== want) continue;
      return m.canonical;
    }
    return null;
  }

  /** Two (or `n`) distinct countries named last before `offset`, in text order: for "the two countries". */
  recentCountries(offset: number, n = 2, exclude: Span[] = []): string[] {
    const found: string[] = [];
    for (const m of this.before(offset, exclude)) {
      if (m.kind === 'government' && !found.includes(m.canonical)) found.unshift(m.canonical);
      if (found.length === n) return found;
    }
    return [];
  }

  /** The issuer (or name) of the document named last before `offset`: for "the document", "the paper". */
  recentDocument(offset: number): string | null {
    for (let i = this.documents.length - 1; i >= 0; i--) {
      const d = this.documents[i];
      if (d.start >= offset || d.bare) continue;
      if (d.issuer) return this.resolveNamed(d.issuer, d.start)?.canonical as string ?? canonicalInstitution(d.issuer);
      return d.phrase;
    }
    return null;
  }

  /** A proper name ("Mr. Xi", "Beijing", "the Kremlin", "Japan’s foreign ministry") to its canonical name. */
  resolveNamed(surface: string, _offset: number): Resolved | null {
    const s = normalizeSpacing(surface).replace(/['’]s$/, '');
    const gov = governmentFor(s);
    if (gov) return { canonical: gov, kind: 'government' };
    const ministry = canonicalMinistry(s);
    if (ministry) return { canonical: ministry, kind: 'institution' };
    const inst = this.mentions.find((m) => m.kind === 'institution' && normalizeSpacing(m.name) === s);
    if (inst) return { canonical: inst.canonical, kind: 'institution' };
    const name = stripTitles(s).name;
    if (!name || !/^\p{Lu}/u.test(name)) return null;
    return { canonical: this.canonicalPerson(s), kind: 'person' };
  }

  /**
   * A description ("the reporter", "the document", "the two countries", "the head of Ukraine",
   * "the Chinese leader", "Japan’s foreign ministry") to what it most likely refers to before `offset`.
   */
  resolveDescription(np: string, offset: number, exclude: Span[] = []): Resolved | null {
    const words = normalizeSpacing(np).toLowerCase().replace(/['’]s\b/g, '').split(' ').filter((w) => !DESCRIPTION_DETERMINERS.has(w));
    if (words.length === 0) return null;
    const head = words[words.length - 1];
    const ofIdx = words.indexOf('of');
    const coreHead = ofIdx > 0 ? words[ofIdx - 1] : head;
    if ((words.includes('two') || words.includes('both')) && COUNTRY_GROUP_NOUNS.has(head)) {
      const c = this.recentCountries(offset, 2, exclude);
      if (c.length === 2) return { canonical: c, kind: 'government' };
    }
    if ((words.includes('two') || words.includes('both')) && PEOPLE_GROUP_NOUNS.has(head)) {
      // "the two leaders": people described as leaders (presidents, prime ministers, ...); "the two men": anyone.
      const leadersOnly = LEADER_GROUP_NOUNS.has(head);
      const p = this.recentPeople(offset, 2, exclude, leadersOnly ? LEADER_WORDS : null);
      if (p.length === 2) return { canonical: p, kind: 'person' };
    }
    if (DOCUMENT_HEADS.has(head)) {
      const d = this.recentDocument(offset);
      return d ? { canonical: d, kind: 'document' } : null;
    }
    if (INSTITUTION_HEADS.has(coreHead)) {
      const original = normalizeSpacing(np);
      const ministry = canonicalMinistry(original);
      if (ministry) return { canonical: ministry, kind: 'institution' };
      const gov = governmentFor(original);
      if (gov) return { canonical: gov, kind: 'government' };
      return null;
    }
    if (isRoleNoun(coreHead) || isRoleNoun(words.slice(-2).join(' '))) {
      // "the head of Ukraine", "the Chinese leader": a person described with that country.
      const country = words.map((w) => lookupPlace(w)).find((p) => p !== null) ?? null;
      // A role reaches back over the whole article: "the reporter" may have been introduced in the lead.
      for (const m of this.before(offset, exclude, true)) {
        if (m.kind !== 'person') continue;
        if (country) {
          if (m.describedAs.some((w) => lookupPlace(w)?.country.id === country.country.id)) return { canonical: m.canonical, kind: 'person' };
        } else if (m.describedAs.includes(coreHead)) return { canonical: m.canonical, kind: 'person' };
      }
      return null;
    }
    return null;
  }

  /** The `n` distinct people named last before `offset`, in text order. */
  recentPeople(offset: number, n: number, exclude: Span[] = [], describedBy: ReadonlySet<string> | null = null): string[] {
    const found: string[] = [];
    const qualifies = (c: string): boolean => !describedBy || this.mentions.some((x) => x.kind === 'person' && x.canonical === c && x.describedAs.some((w) => describedBy.has(w)));
    for (const m of this.before(offset, exclude, true)) {
      if (m.kind === 'person' && !found.includes(m.canonical) && qualifies(m.canonical)) found.unshift(m.canonical);
      if (found.length === n) return found;
    }
    return [];
  }
}

/** compromise's people() with offsets and presumed gender: a hint, cleaned up by findMentions. */
function personHintsFromDoc(ctx: ArticleContext): PersonHint[] {
  type Json = { offset: { start: number; length: number }; person?: { presumed_gender?: string } };
  const people = ctx.doc.people().json({ offset: true }) as Json[];
  return people.map((p) => ({
    start: p.offset.start,
    end: p.offset.start + p.offset.length,
    gender: p.person?.presumed_gender === 'female' ? 'female' : p.person?.presumed_gender === 'male' ? 'male' : undefined,
  }));
}

export { nameKey as canonicalNameKey };
