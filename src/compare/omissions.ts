import type { ClaimFeatures } from '../align/features';
import type { AlignedGroup } from '../align/groups';
import { isConcreteTimex, timexInterval } from '../align/values';
import { fingerprint } from '../extract/ids';
import type { Claim, Omission, Story } from '../types';

/**
 * Omissions: within a story of two or more articles, checkable facts that some articles carry and the
 * others do not. What counts as notable (a checkable fact a reader would miss):
 *   - every figure (quantity claim);
 *   - dated events: concrete dates, except those within a few days of the article's own publication (they
 *     date the story's own news, which every article covers) and those that only give a figure its period
 *     (the figure carries them);
 *   - voices: quoted statements by a speaker whom no other article of the story quotes, one omission per
 *     article and speaker (quoted labels and scare quotes are framing, not facts).
 * A fact "carried" by other articles is one whose claim is grouped with theirs. Facts in one article are
 * reported per sentence (one omission per sentence); a group that covers some articles of the story but
 * not all is reported once, as missing from the rest.
 */

const OWN_NEWS_DAYS = 7;

function isOwnNewsDate(value: string, published: string | null): boolean {
  const a = timexInterval(value);
  const b = published ? timexInterval(published) : null;
  if (!a || !b) return false;
  return a[1] - a[0] <= 31 && a[0] <= b[1] + OWN_NEWS_DAYS && b[0] - OWN_NEWS_DAYS <= a[1];
}

export function isNotable(f: ClaimFeatures): boolean {
  const c = f.claim;
  if (c.kind === 'quantity') return true;
  if (c.kind === 'date') {
    return (c.time.type === 'DATE' || c.time.type === 'TIME') && isConcreteTimex(c.time.value) && !f.isPeriodOfQuantity && !isOwnNewsDate(c.time.value, f.published);
  }
  return false;
}

function speakerKey(c: Claim): string | null {
  if (c.kind !== 'quote' || c.quote.role !== 'statement' || !c.quote.speaker) return null;
  const s = c.quote.speaker;
  return (Array.isArray(s) ? [...s].sort().join(' & ') : s).toLowerCase();
}

function omissionId(story: string, claims: string[]): string {
  return `o-${fingerprint([story, ...[...claims].sort()], 12)}`;
}

function excerpt(s: string, n = 110): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= n ? t : `${t.slice(0, n - 1)}…`;
}

export function findOmissions(stories: Story[], groups: AlignedGroup[], features: ClaimFeatures[]): Omission[] {
  const groupOf = new Map<string, AlignedGroup>();
  for (const g of groups) for (const id of g.claims) groupOf.set(id, g);
  const articleOf = new Map(features.map((f) => [f.claim.id, f.articleId]));
  const out: Omission[] = [];
  for (const story of stories) {
    if (story.articles.length < 2) continue;
    const inStory = new Set(story.articles);
    const fs = features.filter((f) => inStory.has(f.articleId));

    // Facts carried by one article of the story only, per sentence.
    const single = new Map<string, ClaimFeatures[]>();
    for (const f of fs) {
      if (!isNotable(f)) continue;
      const g = groupOf.get(f.claim.id);
      const carriers = new Set((g?.claims ?? [f.claim.id]).map((id) => articleOf.get(id)!).filter((a) => inStory.has(a)));
      if (carriers.size > 1) continue;
      const key = `${f.articleId}\u0000${f.claim.sentence.start}`;
      if (!single.has(key)) single.set(key, []);
      single.get(key)!.push(f);
    }
    for (const list of single.values()) {
      const a = list[0].articleId;
      const claims = list.map((f) => f.claim.id);
      out.push({
        id: omissionId(story.id, claims),
        story: story.id,
        about: `Only ${a} reports ${list.map((f) => `“${f.claim.text.replace(/\s+/g, ' ')}”`).join(', ')} (“${excerpt(list[0].claim.sentence.text)}”)`,
        articleId: a,
        claims,
        missingFrom: story.articles.filter((x) => x !== a),
      });
    }

    // Groups that reach some of the story's articles but not all.
    for (const g of groups) {
      if (g.kind === 'quote') continue;
      const members = g.claims.filter((id) => inStory.has(articleOf.get(id) ?? ''));
      const carriers = [...new Set(members.map((id) => articleOf.get(id)!))].sort();
      if (carriers.length < 2 || carriers.length === story.articles.length) continue;
      if (!members.some((id) => isNotable(features.find((f) => f.claim.id === id)!))) continue;
      out.push({
        id: omissionId(story.id, members),
        story: story.id,
        about: `${carriers.join(', ')} report ${g.about}; ${story.articles.filter((x) => !carriers.includes(x)).join(', ')} do not`,
        articleId: carriers[0],
        claims: members,
        missingFrom: story.articles.filter((x) => !carriers.includes(x)),
      });
    }

    // Voices only one article of the story quotes.
    const speakers = new Map<string, Map<string, Claim[]>>();
    for (const f of fs) {
      const k = speakerKey(f.claim);
      if (!k) continue;
      if (!speakers.has(k)) speakers.set(k, new Map());
      const per = speakers.get(k)!;
      if (!per.has(f.articleId)) per.set(f.articleId, []);
      per.get(f.articleId)!.push(f.claim);
    }
    for (const [, per] of [...speakers].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
      if (per.size !== 1) continue;
      const [a, list] = [...per][0];
      const q = list[0];
      if (q.kind !== 'quote') continue;
      const who = Array.isArray(q.quote.speaker) ? q.quote.speaker.join(' and ') : q.quote.speaker;
      const claims = list.map((c) => c.id);
      out.push({
        id: omissionId(story.id, claims),
        story: story.id,
        about: `Only ${a} quotes ${who} (${list.length} quote${list.length > 1 ? 's' : ''}, e.g. “${excerpt(q.quote.text, 80)}”)`,
        articleId: a,
        claims,
        missingFrom: story.articles.filter((x) => x !== a),
      });
    }
  }
  return out.sort((x, y) => (x.story < y.story ? -1 : x.story > y.story ? 1 : x.articleId < y.articleId ? -1 : x.articleId > y.articleId ? 1 : x.id < y.id ? -1 : 1));
}
