import * as fs from 'node:fs';
import * as path from 'node:path';
import { VERDICT_NAMES } from '../model/verdicts';
import type { Bound, ClaimKind, Span, TimexType, Verdict } from '../types';

/**
 * The basil-dev gold (test/gold/basil-dev/tNN.json, format in the team's BASIL-GOLD-FORMAT note): claims given as
 * short snippets of the articles, located here in the article text so that no offsets are stored. Every problem
 * (a snippet missing or ambiguous, a dangling claim id, a bad enum) fails loudly with the file and the claim id:
 * a gold that silently drops a claim would make every score wrong without anyone noticing.
 */

/** The verdicts of src/model/verdicts.ts, alphabetically (as the gold files' messages list them). */
export const VERDICTS: readonly Verdict[] = [...VERDICT_NAMES].sort();
const KINDS: readonly ClaimKind[] = ['quantity', 'date', 'quote'];
const BOUNDS: readonly Bound[] = ['=', '<', '<=', '>', '>=', '~'];
const TIMEX_TYPES: readonly TimexType[] = ['DATE', 'TIME', 'DURATION', 'SET'];

export interface BasilQuantityValue {
  value: number;
  unit: string | null;
  bound: Bound;
  /** A numeric duration ("three-year") as a TIMEX3 duration (`P3Y`): an extractor may give it as a DURATION date. */
  timex?: string;
}
export interface BasilDateValue {
  type: TimexType;
  value: string;
}
export interface BasilQuoteValue {
  /** An array for joint speakers, as in the contract. */
  speaker: string | string[] | null;
  direct: boolean;
}

interface BasilClaimBase {
  id: string;
  articleId: string;
  text: string;
  /** Where `text` lies in the article text as read (UTF-16 offsets, BOM dropped). */
  span: Span;
  note?: string;
}
export type BasilClaim =
  | (BasilClaimBase & { kind: 'quantity'; value: BasilQuantityValue })
  | (BasilClaimBase & { kind: 'date'; value: BasilDateValue })
  | (BasilClaimBase & { kind: 'quote'; value: BasilQuoteValue });

export interface BasilGroup {
  id: string;
  about: string;
  verdict: Verdict;
  claims: string[];
  note?: string;
}

export interface BasilMustNotAlign {
  id: string;
  a: string[];
  b: string[];
  reason: string;
}

export interface BasilFramingLabel {
  label: string;
  text: string;
  span: Span;
}
export interface BasilFraming {
  id: string;
  about: string;
  labels: Record<string, BasilFramingLabel[]>;
}

export interface BasilOmission {
  id: string;
  about: string;
  claims: string[];
  missingFrom: string[];
  note?: string;
}

export interface BasilEventGold {
  event: string;
  about: string;
  /** The gold file it was read from (for messages). */
  file: string;
  /** The event's article ids (tNN-fox, tNN-nyt, tNN-hpo). */
  articles: string[];
  claims: BasilClaim[];
  groups: BasilGroup[];
  mustNotAlign: BasilMustNotAlign[];
  framing: BasilFraming[];
  omissions: BasilOmission[];
}

/** The project root: the nearest folder above this module holding package.json (works from src/ and dist/). */
export function projectRoot(from = __dirname): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}
export const defaultBasilGoldDir = (): string => path.join(projectRoot(), 'test/gold/basil-dev');
export const defaultBasilCorpus = (): string => path.resolve(projectRoot(), '../shared/corpora/basil-dev');

/** An article's text as ingest reads a .txt file: UTF-8, a leading BOM dropped. */
export function readArticleText(corpusDir: string, articleId: string): string {
  return fs.readFileSync(path.join(corpusDir, `${articleId}.txt`), 'utf8').replace(/^\uFEFF/, '');
}

function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  if (needle.length === 0) return out;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/**
 * The span of `text` in `article`: unique in the article, or unique within `context`, which must itself be
 * unique in the article. Returns an error message instead when it cannot be located unambiguously.
 */
export function locateSnippet(article: string, text: string, context?: string): Span | string {
  if (typeof text !== 'string' || text.length === 0) return 'empty text';
  if (context !== undefined) {
    const ctx = occurrences(article, context);
    if (ctx.length === 0) return `context not found: ${JSON.stringify(context)}`;
    if (ctx.length > 1) return `context occurs ${ctx.length} times: ${JSON.stringify(context)}`;
    const inner = occurrences(context, text);
    if (inner.length === 0) return `text ${JSON.stringify(text)} not inside its context`;
    if (inner.length > 1) return `text ${JSON.stringify(text)} occurs ${inner.length} times inside its context`;
    return { start: ctx[0] + inner[0], end: ctx[0] + inner[0] + text.length };
  }
  const at = occurrences(article, text);
  if (at.length === 0) return `text not found: ${JSON.stringify(text)}`;
  if (at.length > 1) return `text occurs ${at.length} times, give a context: ${JSON.stringify(text)}`;
  return { start: at[0], end: at[0] + text.length };
}

type Json = Record<string, unknown>;
const isObj = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStrArr = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');
const optStr = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);

/** Reads and checks one gold file; throws one error listing every problem found. */
export function loadBasilEvent(file: string, corpusDir = defaultBasilCorpus()): BasilEventGold {
  const errors: string[] = [];
  const fail = (where: string, msg: string) => errors.push(`${path.basename(file)}: ${where}: ${msg}`);
  const raw: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!isObj(raw)) throw new Error(`${file}: not a JSON object`);
  const event = String(raw.event ?? '');
  if (!/^t\d\d$/.test(event) || path.basename(file) !== `${event}.json`) fail('event', `event ${JSON.stringify(event)} does not match the file name`);
  const articles = ['fox', 'nyt', 'hpo'].map((o) => `${event}-${o}`).filter((id) => fs.existsSync(path.join(corpusDir, `${id}.txt`)));
  if (articles.length < 2) fail('event', `fewer than two articles of ${event} in ${corpusDir}`);
  const texts = new Map(articles.map((id) => [id, readArticleText(corpusDir, id)]));

  const claims: BasilClaim[] = [];
  const claimById = new Map<string, BasilClaim>();
  for (const [i, c] of (Array.isArray(raw.claims) ? raw.claims : []).entries()) {
    if (!isObj(c)) { fail(`claims[${i}]`, 'not an object'); continue; }
    const id = String(c.id ?? `#${i}`);
    const where = `claim ${id}`;
    if (claimById.has(id)) { fail(where, 'duplicate id'); continue; }
    const articleId = String(c.article ?? '');
    const text = texts.get(articleId);
    if (text === undefined) { fail(where, `article ${JSON.stringify(articleId)} is not an article of ${event}`); continue; }
    const kind = c.kind as ClaimKind;
    if (!KINDS.includes(kind)) { fail(where, `kind ${JSON.stringify(c.kind)} is not one of ${KINDS.join(', ')}`); continue; }
    const prefix = `${articleId.slice(4)}-${kind === 'quote' ? 's' : kind[0]}`;
    if (!id.startsWith(prefix)) fail(where, `id should start with ${prefix}`);
    const span = locateSnippet(text, c.text as string, optStr(c.context));
    if (typeof span === 'string') { fail(where, span); continue; }
    const v = c.value;
    if (!isObj(v)) { fail(where, 'value missing'); continue; }
    const base = { id, articleId, text: c.text as string, span, ...(optStr(c.note) ? { note: optStr(c.note) } : {}) };
    let claim: BasilClaim | null = null;
    if (kind === 'quantity') {
      if (typeof v.value !== 'number' || !Number.isFinite(v.value)) fail(where, 'quantity value must be a number');
      else if (!(v.unit === null || typeof v.unit === 'string')) fail(where, 'quantity unit must be a string or null');
      else if (!BOUNDS.includes((v.bound ?? '=') as Bound)) fail(where, `bound ${JSON.stringify(v.bound)} is not one of ${BOUNDS.join(' ')}`);
      else if (v.timex !== undefined && (typeof v.timex !== 'string' || !/^P/.test(v.timex))) fail(where, 'timex must be a TIMEX3 duration (P...)');
      else claim = { ...base, kind, value: { value: v.value, unit: v.unit as string | null, bound: (v.bound ?? '=') as Bound, ...(v.timex ? { timex: v.timex as string } : {}) } };
    } else if (kind === 'date') {
      if (!TIMEX_TYPES.includes(v.type as TimexType)) fail(where, `TIMEX3 type ${JSON.stringify(v.type)} is not one of ${TIMEX_TYPES.join(', ')}`);
      else if (typeof v.value !== 'string' || v.value === '') fail(where, 'TIMEX3 value must be a non-empty string');
      else claim = { ...base, kind, value: { type: v.type as TimexType, value: v.value } };
    } else {
      const speakerOk = v.speaker === null || typeof v.speaker === 'string' || (Array.isArray(v.speaker) && v.speaker.length > 0 && v.speaker.every((x: unknown) => typeof x === 'string'));
      if (!speakerOk) fail(where, 'speaker must be a string, an array of strings (joint speakers) or null');
      else if (typeof v.direct !== 'boolean') fail(where, 'direct must be true or false');
      else claim = { ...base, kind, value: { speaker: v.speaker as string | string[] | null, direct: v.direct } };
    }
    if (claim) { claims.push(claim); claimById.set(id, claim); }
  }

  const refs = (where: string, ids: unknown): string[] => {
    if (!isStrArr(ids)) { fail(where, 'claim list must be an array of ids'); return []; }
    for (const id of ids) if (!claimById.has(id)) fail(where, `dangling claim id ${id}`);
    return ids.filter((id) => claimById.has(id));
  };
  const ids = new Set<string>();
  const uniqueId = (where: string, id: string) => { if (ids.has(id)) fail(where, 'duplicate id'); ids.add(id); };

  const groups: BasilGroup[] = [];
  const groupOf = new Map<string, string>();
  for (const g of Array.isArray(raw.groups) ? raw.groups : []) {
    if (!isObj(g)) { fail('groups', 'not an object'); continue; }
    const id = String(g.id);
    const where = `group ${id}`;
    uniqueId(where, id);
    const verdict = g.verdict as Verdict;
    if (!VERDICTS.includes(verdict)) fail(where, `verdict ${JSON.stringify(g.verdict)} is not one of ${VERDICTS.join(', ')}`);
    const members = refs(where, g.claims);
    for (const m of members) {
      if (groupOf.has(m)) fail(where, `claim ${m} is already in group ${groupOf.get(m)}`);
      groupOf.set(m, id);
    }
    if (new Set(members.map((m) => claimById.get(m)!.articleId)).size < 2) fail(where, 'a group needs claims from 2+ articles');
    const kinds = new Set(members.map((m) => claimById.get(m)!.kind));
    if (kinds.size > 1) fail(where, `mixes claim kinds ${[...kinds].join(', ')}`);
    groups.push({ id, about: String(g.about ?? ''), verdict, claims: members, ...(optStr(g.note) ? { note: optStr(g.note) } : {}) });
  }

  const mustNotAlign: BasilMustNotAlign[] = [];
  for (const x of Array.isArray(raw.mustNotAlign) ? raw.mustNotAlign : []) {
    if (!isObj(x)) { fail('mustNotAlign', 'not an object'); continue; }
    const id = String(x.id);
    uniqueId(`mustNotAlign ${id}`, id);
    const a = refs(`mustNotAlign ${id}.a`, x.a);
    const b = refs(`mustNotAlign ${id}.b`, x.b);
    if (a.length === 0 || b.length === 0) fail(`mustNotAlign ${id}`, 'a and b need a claim each');
    for (const ca of a) for (const cb of b) {
      if (groupOf.has(ca) && groupOf.get(ca) === groupOf.get(cb)) fail(`mustNotAlign ${id}`, `${ca} and ${cb} share gold group ${groupOf.get(ca)}`);
    }
    mustNotAlign.push({ id, a, b, reason: String(x.reason ?? '') });
  }

  const framing: BasilFraming[] = [];
  for (const f of Array.isArray(raw.framing) ? raw.framing : []) {
    if (!isObj(f) || !isObj(f.labels)) { fail('framing', 'needs an object with labels'); continue; }
    const id = String(f.id);
    const where = `framing ${id}`;
    uniqueId(where, id);
    const labels: Record<string, BasilFramingLabel[]> = {};
    for (const [articleId, list] of Object.entries(f.labels)) {
      const text = texts.get(articleId);
      if (text === undefined) { fail(where, `article ${articleId} is not an article of ${event}`); continue; }
      if (!Array.isArray(list) || list.length === 0) { fail(where, `${articleId}: needs a non-empty list of labels`); continue; }
      labels[articleId] = [];
      for (const l of list) {
        if (!isObj(l)) { fail(where, `${articleId}: label is not an object`); continue; }
        const span = locateSnippet(text, l.text as string, optStr(l.context));
        if (typeof span === 'string') { fail(`${where} ${articleId}`, span); continue; }
        labels[articleId].push({ label: String(l.label ?? l.text), text: l.text as string, span });
      }
    }
    if (Object.keys(labels).length < 2) fail(where, 'a framing concept needs labels from 2+ articles');
    framing.push({ id, about: String(f.about ?? ''), labels });
  }

  const omissions: BasilOmission[] = [];
  for (const o of Array.isArray(raw.omissions) ? raw.omissions : []) {
    if (!isObj(o)) { fail('omissions', 'not an object'); continue; }
    const id = String(o.id);
    const where = `omission ${id}`;
    uniqueId(where, id);
    const members = refs(where, o.claims);
    if (members.length === 0) fail(where, 'needs a claim');
    const missingFrom = isStrArr(o.missingFrom) ? o.missingFrom : [];
    if (missingFrom.length === 0) fail(where, 'missingFrom needs an article');
    const owners = new Set(members.map((m) => claimById.get(m)!.articleId));
    for (const a of missingFrom) {
      if (!texts.has(a)) fail(where, `missingFrom ${a} is not an article of ${event}`);
      if (owners.has(a)) fail(where, `missingFrom ${a} holds the claim itself`);
    }
    // A fact its group shows in the other article is not an omission from it.
    for (const m of members) {
      const g = groups.find((x) => x.id === groupOf.get(m));
      const present = g?.claims.map((c) => claimById.get(c)!.articleId).filter((a) => missingFrom.includes(a)) ?? [];
      if (present.length > 0) fail(where, `claim ${m} has a counterpart in ${present.join(', ')} (group ${g!.id})`);
    }
    omissions.push({ id, about: String(o.about ?? ''), claims: members, missingFrom, ...(optStr(o.note) ? { note: optStr(o.note) } : {}) });
  }

  if (errors.length > 0) throw new Error(`basil-dev gold is broken:\n  ${errors.join('\n  ')}`);
  return { event, about: String(raw.about ?? ''), file, articles, claims, groups, mustNotAlign, framing, omissions };
}

/** Every test/gold/basil-dev/tNN.json, in event order. */
export function loadBasilGold(goldDir = defaultBasilGoldDir(), corpusDir = defaultBasilCorpus()): BasilEventGold[] {
  if (!fs.existsSync(goldDir)) return [];
  return fs
    .readdirSync(goldDir)
    .filter((f) => /^t\d\d\.json$/.test(f))
    .sort()
    .map((f) => loadBasilEvent(path.join(goldDir, f), corpusDir));
}
