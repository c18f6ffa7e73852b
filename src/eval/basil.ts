import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractArticle } from '../extract';
import { loadArticles } from '../ingest';
import { buildReport } from '../pipeline';
import type { Claim, Flag, FlagKind, Report } from '../types';
import { defaultBasilCorpus, defaultBasilGoldDir, loadBasilGold, type BasilClaim, type BasilEventGold } from './basil-gold';
import { scoreFraming } from './framing';
import { matchClaims, type MatchableGold } from './match';
import { fmt, table } from './table';

/**
 * The basil-dev scorer: the whole pipeline over all 48 articles at once (claimdiff finds the stories itself),
 * scored against the hand gold of test/gold/basil-dev. Predicted claims are matched one-to-one to gold claims of
 * the same article and kind by span overlap (eval/match.ts, as for the seeds).
 *
 * The gold annotates the claims that matter (figures, dates and quotes of 2+ outlets, conflicts, look-alikes,
 * omissions), not every claim, so pairs are judged over matched claims only: a predicted pair counts when both of
 * its claims match gold claims (it is right when they share a gold group); a pair touching an unannotated claim is
 * neither right nor wrong (counted apart as `unjudged`). Error flags, by contrast, are all judged: the gold marks
 * every real conflict, so an error flag not backed by a gold conflict group is a false conflict.
 */

export const CONFLICT_KINDS: readonly FlagKind[] = ['value-conflict', 'date-conflict', 'quote-altered', 'attribution-conflict'];

export const TARGETS = {
  pairF1: 0.75,
  conflictsFlagged: 0.75,
  falseConflictsPerEvent: 1,
  framingFound: 0.5,
  falseOmissionShare: 0.1,
} as const;

export interface Ratio {
  hit: number;
  total: number;
}

export interface EventScore {
  event: string;
  pairs: { gold: number; predicted: number; tp: number; unjudged: number; precision: number; recall: number; f1: number };
  mustNotAlign: { pairs: number; violations: number };
  verdicts: { groups: number; recovered: number; right: number };
  conflicts: { gold: number; flagged: number; flaggedAsError: number };
  falseConflicts: number;
  framing: Ratio;
  omissions: { gold: number; found: number; flags: number; falseFlags: number; judged: number };
  claims: { gold: number; matched: number };
}

export interface BasilScore {
  articles: number;
  stories: { goldPairs: number; predictedPairs: number; tp: number; precision: number; recall: number; f1: number; predictedStories: number };
  events: EventScore[];
  total: Omit<EventScore, 'event'> & { maxFalseConflictsPerEvent: number };
  perVerdict: Array<{ verdict: string; groups: number; recovered: number; right: number; labelled: number }>;
  details: {
    pairsMissed: string[];
    pairsExtra: string[];
    mustNotAlign: string[];
    verdicts: Array<{ group: string; gold: string; produced: string | null; producedGroup: string | null }>;
    conflictsMissed: string[];
    falseConflicts: Array<{ event: string; id: string; kind: string; reason: string; claims: string[] }>;
    framingMissed: string[];
    omissionsMissed: string[];
    falseOmissions: Array<{ id: string; claim: string; missingFrom: string[]; presentIn: string[] }>;
    /** Gold claims no extracted claim matched (they can take part in no pair). */
    notExtracted: string[];
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const prf = (tp: number, predicted: number, gold: number) => {
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  return { precision: round(precision), recall: round(recall), f1: round(precision + recall ? (2 * precision * recall) / (precision + recall) : 0) };
};
const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const eventOf = (articleId: string) => articleId.slice(0, articleId.indexOf('-'));

/** Same-story article pairs of the report against stories.json. */
function scoreStories(report: Report, goldStories: Array<{ articles: string[] }>): BasilScore['stories'] {
  const pairs = (sets: string[][]) => {
    const out = new Set<string>();
    for (const s of sets) for (let i = 0; i < s.length; i++) for (let j = i + 1; j < s.length; j++) out.add(pairKey(s[i], s[j]));
    return out;
  };
  const gold = pairs(goldStories.map((s) => s.articles));
  const predicted = pairs(report.stories.map((s) => s.articles));
  const tp = [...predicted].filter((k) => gold.has(k)).length;
  return { goldPairs: gold.size, predictedPairs: predicted.size, tp, ...prf(tp, predicted.size, gold.size), predictedStories: report.stories.length };
}

/** Scores a report of the basil-dev articles against the gold of the events given. */
export function scoreBasil(report: Report, gold: BasilEventGold[], goldStories: Array<{ articles: string[] }>): BasilScore {
  // Gold claims get globally unique ids (event/claim) so that events never mix.
  // A numeric duration may be extracted as a DURATION date: the matcher's equivalentTimex (eval/match.ts).
  type G = BasilClaim & { gid: string; event: string; quantity?: MatchableGold['quantity'] };
  const equivalent = (c: BasilClaim): Pick<G, 'quantity'> =>
    c.kind === 'quantity'
      ? { quantity: { value: c.value.value, unit: c.value.unit, bound: c.value.bound, approximate: c.value.bound === '~', ...(c.value.timex ? { equivalentTimex: { type: 'DURATION', value: c.value.timex } } : {}) } }
      : {};
  const goldClaims: G[] = gold.flatMap((e) => e.claims.map((c) => ({ ...c, gid: `${e.event}/${c.id}`, event: e.event, ...equivalent(c) })));
  const goldById = new Map(goldClaims.map((c) => [c.gid, c]));
  const match = new Map<string, G>([...matchClaims(report.claims, goldClaims.map((c) => ({ ...c, id: c.gid })))].map(([p, g]) => [p.id, goldById.get(g.id)!]));
  const claimById = new Map(report.claims.map((c) => [c.id, c]));
  const events = new Set(gold.map((e) => e.event));
  const groupOfGold = new Map<string, { event: string; id: string; verdict: string; claims: string[] }>();
  for (const e of gold) for (const g of e.groups) for (const c of g.claims) groupOfGold.set(`${e.event}/${c}`, { event: e.event, id: `${e.event}/${g.id}`, verdict: g.verdict, claims: g.claims.map((x) => `${e.event}/${x}`) });
  const article = (gid: string) => goldById.get(gid)!.articleId;

  const details: BasilScore['details'] = { pairsMissed: [], pairsExtra: [], mustNotAlign: [], verdicts: [], conflictsMissed: [], falseConflicts: [], framingMissed: [], omissionsMissed: [], falseOmissions: [], notExtracted: [] };
  const perEvent = new Map<string, EventScore>();
  for (const e of gold) {
    perEvent.set(e.event, {
      event: e.event,
      pairs: { gold: 0, predicted: 0, tp: 0, unjudged: 0, precision: 0, recall: 0, f1: 0 },
      mustNotAlign: { pairs: 0, violations: 0 },
      verdicts: { groups: e.groups.length, recovered: 0, right: 0 },
      conflicts: { gold: e.groups.filter((g) => g.verdict === 'conflict').length, flagged: 0, flaggedAsError: 0 },
      falseConflicts: 0,
      framing: { hit: 0, total: e.framing.length },
      omissions: { gold: e.omissions.length, found: 0, flags: 0, falseFlags: 0, judged: 0 },
      claims: { gold: e.claims.length, matched: 0 },
    });
  }
  for (const g of match.values()) perEvent.get(g.event)!.claims.matched++;
  const matchedGold = new Set([...match.values()].map((g) => g.gid));
  for (const g of goldClaims) if (!matchedGold.has(g.gid)) details.notExtracted.push(`${g.gid} ${g.kind} ${JSON.stringify(g.text)}`);

  // Pairs. Gold: cross-article pairs within one gold group.
  const goldPairs = new Set<string>();
  for (const e of gold) for (const g of e.groups) {
    const ids = g.claims.map((c) => `${e.event}/${c}`);
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) {
      if (article(ids[i]) !== article(ids[j])) goldPairs.add(pairKey(ids[i], ids[j]));
    }
  }
  // Predicted: cross-article pairs of one report group whose claims both match gold claims.
  const predictedPairs = new Set<string>();
  const unjudged = new Map<string, number>();
  const reportGroupsOfGold = new Map<string, Set<string>>();
  for (const rg of report.groups) {
    const members = rg.claims.map((id) => claimById.get(id)).filter((c): c is Claim => !!c);
    for (const m of members) {
      const g = match.get(m.id);
      if (!g) continue;
      if (!reportGroupsOfGold.has(g.gid)) reportGroupsOfGold.set(g.gid, new Set());
      reportGroupsOfGold.get(g.gid)!.add(rg.id);
    }
    for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) {
      const [a, b] = [members[i], members[j]];
      if (a.articleId === b.articleId) continue;
      const [ga, gb] = [match.get(a.id), match.get(b.id)];
      if (!ga || !gb) {
        const ev = eventOf((ga ?? gb)?.articleId ?? a.articleId);
        if (events.has(ev)) unjudged.set(ev, (unjudged.get(ev) ?? 0) + 1);
        continue;
      }
      predictedPairs.add(pairKey(ga.gid, gb.gid));
    }
  }
  for (const k of goldPairs) {
    const s = perEvent.get(k.slice(0, k.indexOf('/')))!;
    s.pairs.gold++;
    if (predictedPairs.has(k)) s.pairs.tp++;
    else details.pairsMissed.push(k);
  }
  for (const k of predictedPairs) {
    const [a, b] = k.split('|');
    const ev = goldById.get(a)!.event;
    perEvent.get(ev)!.pairs.predicted++;
    if (!goldPairs.has(k)) details.pairsExtra.push(goldById.get(a)!.event === goldById.get(b)!.event ? k : `${k} (across events)`);
  }
  for (const [ev, n] of unjudged) perEvent.get(ev)!.pairs.unjudged = n;

  // mustNotAlign: gold look-alike pairs that share a report group.
  for (const e of gold) for (const x of e.mustNotAlign) for (const a of x.a) for (const b of x.b) {
    const s = perEvent.get(e.event)!;
    s.mustNotAlign.pairs++;
    const ga = reportGroupsOfGold.get(`${e.event}/${a}`) ?? new Set();
    if ([...(reportGroupsOfGold.get(`${e.event}/${b}`) ?? [])].some((g) => ga.has(g))) {
      s.mustNotAlign.violations++;
      details.mustNotAlign.push(`${e.event}/${x.id}: ${a} ~ ${b} (${x.reason})`);
    }
  }

  // Verdicts: a gold group's recovery is the report group holding most of its matched claims (2+, from 2+ articles).
  const reportGroup = new Map(report.groups.map((g) => [g.id, g]));
  const perVerdict = new Map<string, { verdict: string; groups: number; recovered: number; right: number; labelled: number }>();
  const row = (v: string) => {
    if (!perVerdict.has(v)) perVerdict.set(v, { verdict: v, groups: 0, recovered: 0, right: 0, labelled: 0 });
    return perVerdict.get(v)!;
  };
  for (const e of gold) for (const g of e.groups) {
    const count = new Map<string, Set<string>>();
    for (const c of g.claims) for (const rg of reportGroupsOfGold.get(`${e.event}/${c}`) ?? []) {
      if (!count.has(rg)) count.set(rg, new Set());
      count.get(rg)!.add(c);
    }
    const best = [...count]
      .filter(([, s]) => s.size >= 2 && new Set([...s].map((c) => article(`${e.event}/${c}`))).size >= 2)
      .sort((x, y) => y[1].size - x[1].size || (x[0] < y[0] ? -1 : 1))[0];
    const produced = best ? reportGroup.get(best[0])!.verdict : null;
    const s = perEvent.get(e.event)!;
    row(g.verdict).groups++;
    if (best) {
      s.verdicts.recovered++;
      row(g.verdict).recovered++;
      row(produced!).labelled++;
      if (produced === g.verdict) {
        s.verdicts.right++;
        row(g.verdict).right++;
      }
    }
    details.verdicts.push({ group: `${e.event}/${g.id}`, gold: g.verdict, produced, producedGroup: best?.[0] ?? null });
  }

  // Conflicts. A flag covers the gold claims its claims (or evidence) match.
  const covered = (f: Flag): G[] => {
    const ids = new Set([...f.claims, ...f.evidence.map((x) => x.claimId).filter((x): x is string => !!x)]);
    return [...ids].map((id) => match.get(id)).filter((g): g is G => !!g);
  };
  const conflictFlags = report.flags.filter((f) => CONFLICT_KINDS.includes(f.kind));
  const backs = (f: Flag, claims: string[]) => new Set(covered(f).filter((g) => claims.includes(g.gid)).map((g) => g.articleId)).size >= 2;
  const goldConflicts = gold.flatMap((e) => e.groups.filter((g) => g.verdict === 'conflict').map((g) => ({ event: e.event, id: g.id, claims: g.claims.map((c) => `${e.event}/${c}`) })));
  for (const gc of goldConflicts) {
    const s = perEvent.get(gc.event)!;
    const by = conflictFlags.filter((f) => backs(f, gc.claims));
    if (by.length > 0) s.conflicts.flagged++;
    else details.conflictsMissed.push(`${gc.event}/${gc.id}`);
    if (by.some((f) => f.severity === 'error')) s.conflicts.flaggedAsError++;
  }
  for (const f of report.flags.filter((x) => x.severity === 'error')) {
    if (goldConflicts.some((gc) => backs(f, gc.claims))) continue;
    const articles = [...new Set(f.evidence.map((x) => x.articleId).concat(f.claims.map((id) => claimById.get(id)?.articleId ?? '')))].filter(Boolean).sort();
    const ev = articles.map(eventOf).find((x) => events.has(x));
    if (!ev) continue; // an event without gold: nothing to judge it by
    perEvent.get(ev)!.falseConflicts++;
    details.falseConflicts.push({ event: ev, id: f.id, kind: f.kind, reason: f.reason, claims: f.claims.map((id) => `${claimById.get(id)?.articleId ?? '?'} ${JSON.stringify(claimById.get(id)?.text ?? id)}`) });
  }

  // Framing: one-to-one pairing of gold and report concepts by label overlap in 2+ articles (eval/framing.ts).
  const framing = scoreFraming(report.framing, {
    framing: gold.flatMap((e) => e.framing.map((f) => ({ id: `${e.event}/${f.id}`, articles: f.labels }))),
  });
  for (const p of framing.perConcept) {
    if (p.found) perEvent.get(p.gold.slice(0, p.gold.indexOf('/')))!.framing.hit++;
    else details.framingMissed.push(p.gold);
  }

  // Omissions. The flags a reader sees are the omission flags; their `missingFrom` is in the flag's data or in
  // the report omission with the same claims.
  const omissionFlags = report.flags.filter((f) => f.kind === 'omission');
  const missingFromOf = (f: Flag): string[] => {
    const d = f.data?.missingFrom;
    if (Array.isArray(d)) return d.filter((x): x is string => typeof x === 'string');
    const o = report.omissions.find((x) => x.claims.length === f.claims.length && x.claims.every((c) => f.claims.includes(c)));
    return o?.missingFrom ?? [];
  };
  const flaggedGold = new Set<string>();
  for (const f of omissionFlags) {
    const matched = covered(f);
    for (const g of matched) flaggedGold.add(g.gid);
    const ev = eventOf(claimById.get(f.claims[0])?.articleId ?? f.evidence[0]?.articleId ?? '');
    if (!events.has(ev)) continue;
    const s = perEvent.get(ev)!;
    s.omissions.flags++;
    if (matched.length > 0) s.omissions.judged++;
    const missingFrom = missingFromOf(f);
    // False: a claim of the flag has a gold group with claims in an article the flag says lacks the fact.
    for (const g of matched) {
      const grp = groupOfGold.get(g.gid);
      const presentIn = grp ? [...new Set(grp.claims.map(article))].filter((a) => missingFrom.includes(a)).sort() : [];
      if (presentIn.length > 0) {
        s.omissions.falseFlags++;
        details.falseOmissions.push({ id: f.id, claim: g.gid, missingFrom, presentIn });
        break;
      }
    }
  }
  for (const e of gold) for (const o of e.omissions) {
    if (o.claims.some((c) => flaggedGold.has(`${e.event}/${c}`))) perEvent.get(e.event)!.omissions.found++;
    else details.omissionsMissed.push(`${e.event}/${o.id} ${o.about}`);
  }

  const rows = [...perEvent.values()];
  for (const r of rows) Object.assign(r.pairs, prf(r.pairs.tp, r.pairs.predicted, r.pairs.gold));
  const sum = (f: (r: EventScore) => number) => rows.reduce((n, r) => n + f(r), 0);
  const totalPairs = { gold: sum((r) => r.pairs.gold), predicted: sum((r) => r.pairs.predicted), tp: sum((r) => r.pairs.tp), unjudged: sum((r) => r.pairs.unjudged) };
  return {
    articles: report.articles.length,
    stories: scoreStories(report, goldStories),
    events: rows,
    total: {
      pairs: { ...totalPairs, ...prf(totalPairs.tp, totalPairs.predicted, totalPairs.gold) },
      mustNotAlign: { pairs: sum((r) => r.mustNotAlign.pairs), violations: sum((r) => r.mustNotAlign.violations) },
      verdicts: { groups: sum((r) => r.verdicts.groups), recovered: sum((r) => r.verdicts.recovered), right: sum((r) => r.verdicts.right) },
      conflicts: { gold: sum((r) => r.conflicts.gold), flagged: sum((r) => r.conflicts.flagged), flaggedAsError: sum((r) => r.conflicts.flaggedAsError) },
      falseConflicts: sum((r) => r.falseConflicts),
      maxFalseConflictsPerEvent: Math.max(0, ...rows.map((r) => r.falseConflicts)),
      framing: { hit: sum((r) => r.framing.hit), total: sum((r) => r.framing.total) },
      omissions: { gold: sum((r) => r.omissions.gold), found: sum((r) => r.omissions.found), flags: sum((r) => r.omissions.flags), falseFlags: sum((r) => r.omissions.falseFlags), judged: sum((r) => r.omissions.judged) },
      claims: { gold: sum((r) => r.claims.gold), matched: sum((r) => r.claims.matched) },
    },
    perVerdict: [...perVerdict.values()].sort((a, b) => a.verdict.localeCompare(b.verdict)),
    details,
  };
}

/** Runs the whole pipeline over the basil-dev corpus and scores it; null when the corpus or the gold is absent. */
export function evaluateBasil(corpus = defaultBasilCorpus(), goldDir = defaultBasilGoldDir()): BasilScore | null {
  if (!fs.existsSync(path.join(corpus, 'manifest.json')) || !fs.existsSync(goldDir)) return null;
  const gold = loadBasilGold(goldDir, corpus);
  if (gold.length === 0) return null;
  const goldStories = JSON.parse(fs.readFileSync(path.join(corpus, 'stories.json'), 'utf8')) as Array<{ articles: string[] }>;
  // The article files of the manifest (the folder also holds stories.json, which is not an article).
  const manifest = JSON.parse(fs.readFileSync(path.join(corpus, 'manifest.json'), 'utf8')) as { articles: Array<{ file: string }> };
  const { articles, skipped } = loadArticles(manifest.articles.map((a) => path.join(corpus, a.file)));
  if (skipped.length > 0) throw new Error(`basil-dev: ${skipped.map((s) => s.message).join('; ')}`);
  const extracted = articles.map((a) => ({ id: a.id, file: a.file, title: a.title, published: a.published, claims: extractArticle(a).claims }));
  // The gold's spans index the file text; the pipeline's index ingest's text. They must be the same text.
  const textOf = new Map(articles.map((a) => [a.id, a.text]));
  for (const e of gold) for (const c of e.claims) {
    if (textOf.get(c.articleId)?.slice(c.span.start, c.span.end) !== c.text) throw new Error(`${e.file}: claim ${c.id}: ingest's text of ${c.articleId} differs from the file`);
  }
  const { report } = buildReport(corpus, articles, extracted);
  return scoreBasil(report, gold, goldStories);
}

const ratio = (hit: number, total: number) => (total === 0 ? 'n/a' : `${hit}/${total} = ${fmt(hit / total)}`);
const share = (num: number, den: number) => (den === 0 ? 'n/a' : `${((100 * num) / den).toFixed(1)}%`);

/** The basil-dev section of `npm run eval`. */
export function printBasil(s: BasilScore, verbose: boolean): void {
  const t = s.total;
  console.log(`\nbasil-dev: the whole pipeline on ${s.articles} articles at once, against test/gold/basil-dev (${s.events.length} events annotated; ${t.claims.matched}/${t.claims.gold} gold claims extracted)\n`);
  console.log(`stories: ${s.stories.predictedStories} found; same-story article pairs P ${fmt(s.stories.precision)} R ${fmt(s.stories.recall)} F1 ${fmt(s.stories.f1)} (${s.stories.tp} right of ${s.stories.predictedPairs}, ${s.stories.goldPairs} in stories.json)\n`);
  const row = (name: string, r: Omit<EventScore, 'event'>, maxFalse?: number) => [
    name,
    `${fmt(r.pairs.precision)} ${fmt(r.pairs.recall)} ${fmt(r.pairs.f1)}`,
    `${r.pairs.tp}/${r.pairs.predicted}/${r.pairs.gold}`,
    r.pairs.unjudged,
    `${r.mustNotAlign.violations}/${r.mustNotAlign.pairs}`,
    `${r.verdicts.right}/${r.verdicts.recovered}/${r.verdicts.groups}`,
    `${r.conflicts.flagged}/${r.conflicts.gold}`,
    maxFalse === undefined ? r.falseConflicts : `${r.falseConflicts} (max ${maxFalse})`,
    `${r.framing.hit}/${r.framing.total}`,
    `${r.omissions.found}/${r.omissions.gold}`,
    `${r.omissions.falseFlags}/${r.omissions.flags} (${r.omissions.judged} judged)`,
  ];
  console.log(
    table(
      ['event', 'pair P R F1', 'tp/pred/gold', 'unjudged', 'mustNot', 'verdict ok/rec/all', 'conflicts', 'false confl', 'framing', 'omis found', 'false omis flags'],
      [
        ...s.events.map((e) => row(e.event, e)),
        row('total', t, t.maxFalseConflictsPerEvent),
        ['target', `F1 >= ${TARGETS.pairF1}`, '', '', '0', '', `>= ${TARGETS.conflictsFlagged * 100}%`, `<= ${TARGETS.falseConflictsPerEvent}/event`, `>= ${TARGETS.framingFound * 100}%`, '', `<= ${TARGETS.falseOmissionShare * 100}%`],
      ],
    ),
  );
  console.log(`\npairs are judged over claims both matched to gold claims; "unjudged" pairs touch a claim the gold does not annotate\n`);
  const conflictShare = t.conflicts.gold ? t.conflicts.flagged / t.conflicts.gold : 0;
  const omisShare = t.omissions.flags ? t.omissions.falseFlags / t.omissions.flags : 0;
  const ok = (pass: boolean) => (pass ? 'met' : 'NOT met');
  console.log(
    table(
      ['measure (all events)', 'value', 'target', ''],
      [
        ['cross-article pair F1', `${fmt(t.pairs.f1)} (P ${fmt(t.pairs.precision)}, R ${fmt(t.pairs.recall)})`, `>= ${TARGETS.pairF1}`, ok(t.pairs.f1 >= TARGETS.pairF1)],
        ['real conflicts flagged', `${ratio(t.conflicts.flagged, t.conflicts.gold)} (${t.conflicts.flaggedAsError} as error)`, `>= ${TARGETS.conflictsFlagged}`, ok(t.conflicts.gold > 0 && conflictShare >= TARGETS.conflictsFlagged)],
        ['false conflicts (error flags)', `${t.falseConflicts}, max ${t.maxFalseConflictsPerEvent} per event`, `<= ${TARGETS.falseConflictsPerEvent} per event`, ok(t.maxFalseConflictsPerEvent <= TARGETS.falseConflictsPerEvent)],
        ['framing concepts found', ratio(t.framing.hit, t.framing.total), `>= ${TARGETS.framingFound}`, ok(t.framing.total > 0 && t.framing.hit / t.framing.total >= TARGETS.framingFound)],
        ['omission flags false', `${share(t.omissions.falseFlags, t.omissions.flags)} (${t.omissions.falseFlags}/${t.omissions.flags})`, `<= ${TARGETS.falseOmissionShare * 100}%`, ok(omisShare <= TARGETS.falseOmissionShare)],
        ['verdict accuracy on recovered groups', ratio(t.verdicts.right, t.verdicts.recovered), '', ''],
        ['mustNotAlign violations', `${t.mustNotAlign.violations} of ${t.mustNotAlign.pairs} pairs`, '0', ok(t.mustNotAlign.violations === 0)],
        ['gold omissions flagged', ratio(t.omissions.found, t.omissions.gold), '', ''],
      ],
    ),
  );
  console.log('\nPer gold verdict (recovered = a report group holds 2+ of its claims from 2+ articles):\n');
  console.log(
    table(
      ['gold verdict', 'groups', 'recovered', 'right', 'precision', 'recall'],
      s.perVerdict.map((v) => [v.verdict, v.groups, v.recovered, v.right, v.labelled ? fmt(v.right / v.labelled) : 'n/a', v.groups ? fmt(v.right / v.groups) : 'n/a']),
    ),
  );
  if (!verbose) return;
  const d = s.details;
  for (const v of d.verdicts) if (v.produced !== v.gold) console.log(`  verdict ${v.group} ${v.gold} → ${v.produced ?? 'not recovered'}`);
  for (const x of d.pairsMissed) console.log(`  pair missed ${x}`);
  for (const x of d.pairsExtra) console.log(`  pair extra  ${x}`);
  for (const x of d.mustNotAlign) console.log(`  mustNotAlign ${x}`);
  for (const x of d.conflictsMissed) console.log(`  conflict missed ${x}`);
  for (const f of d.falseConflicts) console.log(`  false conflict ${f.event} ${f.kind} ${f.id}: ${f.reason}\n      ${f.claims.join('\n      ')}`);
  for (const x of d.framingMissed) console.log(`  framing missed ${x}`);
  for (const x of d.omissionsMissed) console.log(`  omission missed ${x}`);
  for (const x of d.notExtracted) console.log(`  not extracted ${x}`);
  for (const x of d.falseOmissions) console.log(`  false omission ${x.id}: ${x.claim} said missing from ${x.missingFrom.join(', ')} but present in ${x.presentIn.join(', ')}`);
}
