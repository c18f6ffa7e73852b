import type { Claim, Flag, Group, Report, Span, Story } from '../types';
import type { ReportIndex } from '../model/report-lookup';
import { verdictMeta } from '../model/verdicts';

/**
 * What the pages (report.html, report.md) show, worked out once from the report: reader-facing names for
 * articles (their outlet, not an id), story titles, and which story each group and flag belongs to.
 */

/** An article as a reader knows it: its outlet; the id only where the outlet is unknown or shared. */
export function articleNames(report: Report): Map<string, string> {
  const outletOf = (id: string) => {
    const a = report.articles.find((x) => x.id === id);
    return a?.outlet && a.outlet !== 'unknown' ? a.outlet : null;
  };
  const count = new Map<string, number>();
  for (const a of report.articles) {
    const o = outletOf(a.id);
    if (o) count.set(o, (count.get(o) ?? 0) + 1);
  }
  return new Map(
    report.articles.map((a) => {
      const o = outletOf(a.id);
      if (!o) return [a.id, `article ${a.id}`];
      return [a.id, count.get(o)! > 1 ? `${o} (${a.id})` : o];
    }),
  );
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A reason as compare wrote it ("004 gives $240 billion …") with article ids replaced by their names. An id
 * counts only as a whole token: not inside a figure ("1,000"), a word or a decimal.
 */
export function withNames(text: string, names: Map<string, string>): string {
  const ids = [...names.keys()].sort((a, b) => b.length - a.length);
  if (!ids.length) return text;
  const re = new RegExp(`(?<![\\w.,$£€¥%-])(${ids.map(escapeRegExp).join('|')})(?![\\w%]|[.,]\\d)`, 'g');
  return text.replace(re, (id) => names.get(id) ?? id);
}

/**
 * A story's title for readers: the headline of its earliest titled article (the event it covers), with the
 * period of the story label; the clustering's own label (its salient entities) where no article has a title.
 */
export function storyTitle(story: Story, report: Report): string {
  const arts = story.articles.map((id) => report.articles.find((a) => a.id === id)).filter((a) => !!a);
  const titled = arts
    .filter((a) => a!.title && a!.title.trim())
    .sort((a, b) => (a!.published ?? '9999').localeCompare(b!.published ?? '9999') || a!.id.localeCompare(b!.id));
  const period = story.label.includes(' — ') ? story.label.slice(story.label.lastIndexOf(' — ') + 3) : '';
  if (!titled.length) return story.label;
  const title = titled[0]!.title!.trim().replace(/[.]$/, '');
  return period ? `${title} — ${period}` : title;
}

/** The story that holds most of the articles an item rests on (ties: the first story); null when none. */
function storyOfArticles(articleIds: string[], storyOf: Map<string, string>, order: string[]): string | null {
  const votes = new Map<string, number>();
  for (const id of articleIds) {
    const s = storyOf.get(id);
    if (s) votes.set(s, (votes.get(s) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const s of order) if (votes.has(s) && (best === null || votes.get(s)! > votes.get(best)!)) best = s;
  return best;
}

export interface StoryView {
  story: Story;
  title: string;
  groups: Group[];
  flags: Flag[];
}


/** Groups and flags by story, so that each story reads on its own; what no story holds goes to `rest`. */
export function byStory(report: Report, index: ReportIndex): { stories: StoryView[]; restFlags: Flag[] } {
  const storyOf = new Map(report.articles.filter((a) => a.story).map((a) => [a.id, a.story!]));
  const order = report.stories.map((s) => s.id);
  const views = new Map(report.stories.map((s) => [s.id, { story: s, title: storyTitle(s, report), groups: [] as Group[], flags: [] as Flag[] }]));
  for (const g of report.groups) {
    const s = storyOfArticles(g.claims.map((id) => index.claims.get(id)?.articleId ?? ''), storyOf, order);
    if (s) views.get(s)!.groups.push(g);
  }
  const restFlags: Flag[] = [];
  for (const f of report.flags) {
    const s = storyOfArticles(f.evidence.map((e) => e.articleId), storyOf, order);
    if (s) views.get(s)!.flags.push(f);
    else restFlags.push(f);
  }
  for (const v of views.values()) v.groups.sort((a, b) => verdictMeta(a.verdict).priority - verdictMeta(b.verdict).priority);
  return { stories: [...views.values()], restFlags };
}

/** One evidence sentence per article and sentence, with every span the flag marks in it. */
export interface SentenceEvidence {
  articleId: string;
  sentence: { start: number; end: number; text: string };
  spans: Span[];
  claimTexts: string[];
}

export function evidenceBySentence(flag: Flag, claims: Map<string, Claim>): SentenceEvidence[] {
  const out = new Map<string, SentenceEvidence>();
  for (const e of flag.evidence) {
    const key = `${e.articleId}\u0000${e.sentence.start}\u0000${e.sentence.end}`;
    let item = out.get(key);
    if (!item) out.set(key, (item = { articleId: e.articleId, sentence: e.sentence, spans: [], claimTexts: [] }));
    item.spans.push(e.span);
    const t = e.claimId ? claims.get(e.claimId)?.text : undefined;
    if (t) item.claimTexts.push(t);
  }
  return [...out.values()];
}

/**
 * A sentence cut into plain and marked parts for several spans at once (overlapping spans merge). Offsets are
 * article offsets; when the sentence text does not line up with them, the claims' words are looked up instead.
 */
export function markParts(sentence: { start: number; end: number; text: string }, spans: Span[], claimTexts: string[] = []): Array<{ text: string; marked: boolean }> {
  const text = sentence.text;
  let ranges: Array<[number, number]>;
  if (text.length === sentence.end - sentence.start) {
    ranges = spans.map((s): [number, number] => [Math.max(s.start, sentence.start) - sentence.start, Math.min(s.end, sentence.end) - sentence.start]).filter(([a, b]) => a < b);
  } else {
    ranges = claimTexts.map((t): [number, number] => [text.indexOf(t), text.indexOf(t) + t.length]).filter(([a]) => a >= 0);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  const parts: Array<{ text: string; marked: boolean }> = [];
  let at = 0;
  for (const [a, b] of merged) {
    if (a > at) parts.push({ text: text.slice(at, a), marked: false });
    parts.push({ text: text.slice(a, b), marked: true });
    at = b;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}
