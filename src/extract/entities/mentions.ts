import type { Span } from '../../types';
import { canonicalInstitution } from './institutions';
import { isHonorific, isPluralHonorific, isRoleNoun, isTitle, isTitleWord, stripTitles, titleLengthAt } from './names';
import { lookupPlace } from './governments';
import { isCapitalized, onlySpacesBetween, tokenize, type Token } from './tokens';
import { DESCRIPTION_MODIFIERS, GENDER_WORDS, MONTHS_AND_DAYS, NAME_PARTICLES, ORGANIZATION_HEADS } from '../../language';
import { alternation } from '../../language/lexicon';

export type EntityKind = 'person' | 'government' | 'institution' | 'document';

/** One mention of an entity in the article. */
export interface Mention extends Span {
  kind: EntityKind;
  /** The words as written, titles stripped for people ("Xi" for "Mr. Xi’s"). */
  name: string;
  /** Canonical name, filled by the index (people: the longest full name in the article). */
  canonical: string;
  /** Lower-cased words that describe the entity: titles, nationality, appositive ("cgtn host and reporter"). */
  describedAs: string[];
  gender?: 'male' | 'female';
  /** For governments: the country. */
  country?: string;
}

/** Organization head words as written; "Ministry's" counts too. */
const isOrgHead = (w: string): boolean => ORGANIZATION_HEADS.has(w.replace(/['’]s$/, ''));
const DESCRIPTION_MODIFIER = new RegExp(`^${alternation(DESCRIPTION_MODIFIERS)}$`, 'i');
/** "newly-elected", "newly appointed": any word on "newly". */
const NEWLY = /^newly-?\w*$/i;

/** A paragraph written in title case (a headline or subheading): names there are unreliable ("Putin Strengthen"). */
export function isTitleCase(text: string, span: Span): boolean {
  const words = text.slice(span.start, span.end).match(/\p{L}{4,}/gu) ?? [];
  if (words.length < 3) return false;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / words.length >= 0.9;
}

function sentenceInitial(text: string, tok: Token, paragraphStart: number): boolean {
  const before = text.slice(paragraphStart, tok.start);
  return /(?:^|[.!?]["”’]?\s+|[“"‘]\s*|[:—–-]\s+)$/.test(before);
}

export interface PersonHint extends Span {
  gender?: 'male' | 'female';
}

/**
 * Finds people, governments (places used as actors) and named institutions in a text, paragraph by paragraph.
 * People need evidence: an honorific or title before the name, an appositive with a role noun after it
 * ("Temur Umarov, a fellow at ..."), or compromise's person tagging (`personHints`).
 */
export function findMentions(text: string, paragraphs: Span[], personHints: PersonHint[]): Mention[] {
  const lowerWords = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}])\p{Ll}[\p{Ll}'’-]*/gu)) lowerWords.add(m[0]);
  const out: Mention[] = [];
  for (const p of paragraphs) {
    if (isTitleCase(text, p)) continue;
    const toks = tokenize(text, p.start, p.end);
    let i = 0;
    while (i < toks.length) {
      if (!isCapitalized(toks[i].text) || (sentenceInitial(text, toks[i], p.start) && lowerWords.has(toks[i].text.toLowerCase()) && !isHonorific(toks[i].text) && titleLengthAt(toks.slice(i, i + 4).map((t) => t.text), 0) === 0)) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < toks.length && onlySpacesBetween(text, toks[j - 1], toks[j]) && !/['’]s?$/.test(toks[j - 1].text)) {
        const w = toks[j].text;
        if (isCapitalized(w)) j++;
        else if (NAME_PARTICLES.has(w) && j + 1 < toks.length && isCapitalized(toks[j + 1].text) && onlySpacesBetween(text, toks[j], toks[j + 1])) j += 2;
        else break;
      }
      classifyRun(text, toks, i, j, p, personHints, out);
      i = j;
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

function precedingDescription(text: string, toks: Token[], i: number): string[] {
  const words: string[] = [];
  for (let k = i - 1; k >= 0 && words.length < 6; k--) {
    if (!onlySpacesBetween(text, toks[k], toks[k + 1])) break;
    const w = toks[k].text;
    // Titles, nationality and acronyms ("CGTN host and reporter"); another person's name ends the description.
    const acronym = /^\p{Lu}[\p{Lu}\d.&-]+$/u.test(w);
    if (isTitleWord(w) || w === 'and' || acronym || lookupPlace(w.replace(/['’]s$/, '')) || (isCapitalized(w) && isTitleWord(w)) || DESCRIPTION_MODIFIER.test(w) || NEWLY.test(w)) words.unshift(w.toLowerCase());
    else break;
  }
  return words;
}

/** ", a Chinese Foreign Ministry spokesman," → the words of the appositive (at most 12). */
function appositive(text: string, end: number): string[] {
  const m = /^,\s+((?:a|an|the)\s+[^,.;:“”"]{2,120}?)(?=[,.;]|$)/.exec(text.slice(end, end + 140));
  return m ? m[1].toLowerCase().split(/\s+/).slice(0, 12) : [];
}

function classifyRun(text: string, toks: Token[], i: number, j: number, _p: Span, hints: PersonHint[], out: Mention[]): void {
  const run = toks.slice(i, j);
  const words = run.map((t) => t.text);
  const start = run[0].start;
  const end = run[run.length - 1].end;
  const surface = text.slice(start, end);
  if (words.some(isOrgHead)) {
    out.push({ kind: 'institution', start, end, name: surface, canonical: canonicalInstitution(surface), describedAs: [] });
    return;
  }
  const place = lookupPlace(surface.replace(/^The\s+/, ''));
  if (place) {
    if (place.role !== 'demonym') {
      out.push({ kind: 'government', start, end, name: surface, canonical: place.country.government, describedAs: [], country: place.country.name });
    }
    return;
  }
  const stripped = stripTitles(surface);
  const nameWords = stripped.name.split(' ').filter(Boolean);
  // Names are words with lower-case letters ("Ge", "McCain") or initials ("J."): not acronyms ("G7", "NATO").
  const nameLike = (w: string): boolean => /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(w) && (/\p{Ll}/u.test(w) || /^\p{Lu}\.$/u.test(w));
  if (nameWords.length === 0 || nameWords.some((w) => MONTHS_AND_DAYS.has(w) || !nameLike(w) || lookupPlace(w) !== null)) return;
  const nameTok = run[run.length - nameWords.length];
  const before = precedingDescription(text, toks, i);
  const after = appositive(text, end);
  const titled = stripped.titles.some((t) => isHonorific(t) || isPluralHonorific(t) || isTitle(t)) || before.some(isTitle);
  const hint = hints.find((h) => h.start < end && start < h.end);
  const roleAppositive = after.some((w) => isRoleNoun(w));
  if (!titled && !hint && !roleAppositive) return;
  const describedAs = [...before, ...stripped.titles.flatMap((t) => t.split(' ')), ...after];
  let gender: 'male' | 'female' | undefined = hint?.gender;
  if (describedAs.some((w) => GENDER_WORDS.get(w) === 'female')) gender = 'female';
  else if (describedAs.some((w) => GENDER_WORDS.get(w) === 'male')) gender = 'male';
  out.push({ kind: 'person', start: nameTok.start, end, name: stripped.name, canonical: stripped.name, describedAs, gender });
}
