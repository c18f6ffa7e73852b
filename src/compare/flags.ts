import { fingerprint } from '../extract/ids';
import type { Article, Claim, Flag, FlagKind, FramingConcept, Omission, SentenceRef, Severity, Span } from '../types';
import { claimValueText, type PairRelation } from './verdicts';
import { REASON_TAILS, SEVERITY_BY_KIND } from '../model/flag-kinds';

/**
 * Flags, shaped like lint messages: a kind, a severity, the claims and evidence they rest on, per-article
 * data and a plain reason. A flag's id depends only on its kind and its claim ids (or its concept), never
 * on scores or run order, so review decisions carry over to the next run; `evidenceHash` changes when the
 * sentences it rests on change, so a review can tell that the evidence moved under it.
 */

/** Default severities live in the one flag-kind table (src/model/flag-kinds.ts). */
export const SEVERITY: Record<FlagKind, Severity> = SEVERITY_BY_KIND;

/** Framing divergence at or above this is a warning rather than information. */
export const FRAMING_WARNING = 0.5;

type Evidence = Flag['evidence'][number];

export function flagId(kind: string, keys: string[]): string {
  return `f-${fingerprint([kind, ...[...keys].sort()], 12)}`;
}

export function evidenceHash(evidence: Evidence[]): string {
  const parts = [...evidence]
    .sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.span.start - b.span.start))
    .map((e) => `${e.articleId}\u0001${e.sentence.text.replace(/\s+/g, ' ').trim()}`);
  return fingerprint(parts, 16);
}

function claimEvidence(c: Claim): Evidence {
  return { articleId: c.articleId, claimId: c.id, span: c.span, sentence: c.sentence };
}

function byArticleThenPosition(a: Claim, b: Claim): number {
  return a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.span.start - b.span.start;
}

function describeClaim(c: Claim, period: string | null): string {
  return `${c.articleId} gives ${claimValueText(c)}${period ? ` for ${period}` : ''}`;
}

const REASON_TAIL: Record<string, string> = REASON_TAILS;

/** For errors: why the claims are the same measure, owner and period (the relations' notes, once each). */
function evidenceText(rels: PairRelation[]): string {
  const notes = [...new Set(rels.filter((r) => r.verdict === 'conflict' && r.note && r.flag !== 'quote-altered').map((r) => r.note!))];
  return notes.length ? ` — ${notes.join('; ')}` : '';
}

/** One flag per (group, flag kind) for the relations of that kind within the group. */
export function groupFlags(groupId: string, about: string, relations: PairRelation[], claims: Map<string, Claim>, periods: Map<string, string | null>): Flag[] {
  // One flag per kind for the relations with positive evidence, and one (a warning) for the tentative ones.
  const byKind = new Map<string, PairRelation[]>();
  for (const r of relations) {
    if (!r.flag) continue;
    const key = `${r.flag}${r.tentative ? '\u0001' : ''}`;
    if (!byKind.has(key)) byKind.set(key, []);
    byKind.get(key)!.push(r);
  }
  const flags: Flag[] = [];
  for (const [key, rels] of [...byKind].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const kind = rels[0].flag!;
    const tentative = key.endsWith('\u0001');
    const members = [...new Set(rels.flatMap((r) => [r.a, r.b]))].map((id) => claims.get(id)!).sort(byArticleThenPosition);
    const evidence = members.map(claimEvidence);
    const values: Record<string, string[]> = {};
    const per: Record<string, string[]> = {};
    for (const c of members) {
      (values[c.articleId] ??= []).push(claimValueText(c));
      const p = periods.get(c.id);
      if (p) (per[c.articleId] ??= []).push(p);
    }
    const parts = members.map((c) => describeClaim(c, periods.get(c.id) ?? null));
    const reason = tentative
      ? `${about}: ${joinAnd(parts)}: possible conflict (${[...new Set(rels.map((r) => r.tentative))].join('; ')}), not shown to be the same measure, owner and period.`
      : `${about}: ${joinAnd(parts)}: ${REASON_TAIL[kind] ?? kind}${evidenceText(rels)}.`;
    const data: Record<string, unknown> = { values, relations: rels.map((r) => ({ a: r.a, b: r.b, verdict: r.verdict, note: r.note })) };
    if (Object.keys(per).length) data.periods = per;
    const diffs = rels.filter((r) => r.diff).map((r) => ({ a: r.a, b: r.b, diff: r.diff }));
    if (diffs.length) data.diff = diffs;
    flags.push({
      id: flagId(tentative ? `${kind}?` : kind, members.map((c) => c.id)),
      kind,
      severity: tentative && SEVERITY[kind] === 'error' ? 'warning' : SEVERITY[kind],
      group: groupId,
      claims: members.map((c) => c.id),
      reason,
      evidence,
      evidenceHash: evidenceHash(evidence),
      data,
    });
  }
  return flags;
}

export function omissionFlag(o: Omission, claims: Map<string, Claim>): Flag {
  const members = o.claims.map((id) => claims.get(id)).filter((c): c is Claim => !!c).sort(byArticleThenPosition);
  const evidence = members.map(claimEvidence);
  return {
    id: flagId('omission', o.claims),
    kind: 'omission',
    severity: SEVERITY.omission,
    claims: members.map((c) => c.id),
    reason: o.about,
    evidence,
    evidenceHash: evidenceHash(evidence),
    data: { story: o.story, reportedBy: o.articleId, missingFrom: o.missingFrom, values: members.map(claimValueText) },
  };
}

function sentenceAt(article: Article | undefined, span: Span, text: string): SentenceRef {
  const s = article?.sentences.find((x) => span.start >= x.start && span.start < x.end);
  return s ? { start: s.start, end: s.end, text: s.text } : { start: span.start, end: span.end, text };
}

/** One flag per framing concept whose sources use different labels (the analysis itself is framing's). */
export function framingFlags(concepts: FramingConcept[], articles: Map<string, Article>): Flag[] {
  const flags: Flag[] = [];
  for (const c of concepts) {
    const ids = Object.keys(c.labels).sort();
    const labelsPer = ids.map((id) => [id, [...new Set(c.labels[id].map((l) => l.label))]] as const);
    const distinct = new Set(labelsPer.flatMap(([, l]) => l));
    if (ids.length < 2 || distinct.size < 2 || c.divergence <= 0) continue;
    const evidence: Evidence[] = ids.flatMap((id) => c.labels[id].map((l) => ({ articleId: id, span: l.span, sentence: sentenceAt(articles.get(id), l.span, l.text) })));
    // A story's referent labels and attribution verbs (framing/referents.ts) are word choice shown to the reader,
    // found for every story: information, not a warning.
    const wordChoice = /^(?:label|attribution):/.test(c.concept);
    flags.push({
      id: flagId('framing-divergence', [c.concept]),
      kind: 'framing-divergence',
      severity: !wordChoice && c.divergence >= FRAMING_WARNING ? 'warning' : 'info',
      claims: [],
      reason: `${c.about || c.concept}: ${labelsPer.map(([id, l]) => `${id} says ${l.map((x) => `“${x}”`).join(', ')}`).join('; ')}.`,
      evidence,
      evidenceHash: evidenceHash(evidence),
      data: { concept: c.concept, divergence: c.divergence, labels: Object.fromEntries(labelsPer.map(([id, l]) => [id, l])) },
    });
  }
  return flags;
}

function joinAnd(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
