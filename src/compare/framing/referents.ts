import { divergence } from './divergence';
import type { RawLabel } from './model';
import { isKeyNoun, type ArticlePhrases, type Attribution, type NounPhrase } from '../../extract/analysis/framing/phrases';

/**
 * Referents of a story and the labels each source gives them (Newsalyze's word choice and labeling, Hamborg et
 * al.): noun phrases of different sources are candidate labels of one referent when they
 *   - describe one named person (the words before the name, an appositive, or a definite phrase whose head
 *     the story uses for that person only: "the billionaire");
 *   - are one proper name ("Dream Act" / "DREAM Act");
 *   - share a noun as head or modifier ("sexual harassment claim" / "harassment case"), or, weighted less, an
 *     adjective ("executive actions" / "executive orders", "stunning win" / "stunning victory");
 *   - have heads of one label family (src/language/en/framing-label-families.json: "immigrants" / "aliens").
 * Every candidate shared by two or more sources with two or more distinct labels is scored: sources, label
 * divergence, mentions, how specific the key is to this story (its rarity across the corpus' stories), and a
 * boost for evaluative words, label families and headlines; the best are taken greedily, each phrase going to
 * one referent only, at most MAX_REFERENTS per story. Attribution verbs ("said" / "claimed" / "insisted") give
 * one concept per speaker heard in two or more sources when one of them uses a marked verb.
 */

export const MAX_REFERENTS = 12;
export const MAX_ATTRIBUTIONS = 3;

export interface StoryArticles {
  id: string;
  articles: string[];
}

interface Candidate {
  key: string;
  kind: 'person' | 'name' | 'word' | 'family' | 'modifier';
  phrases: NounPhrase[];
}

const KIND_WEIGHT: Record<Candidate['kind'], number> = { person: 1.2, name: 1, word: 1, family: 1.2, modifier: 0.6 };

function candidatesOf(phrases: NounPhrase[], persons: ReadonlySet<string>): Candidate[] {
  const byKey = new Map<string, Candidate>();
  const add = (kind: Candidate['kind'], key: string, p: NounPhrase) => {
    const k = `${kind}:${key}`;
    if (!byKey.has(k)) byKey.set(k, { key: k, kind, phrases: [] });
    const c = byKey.get(k)!;
    if (c.phrases[c.phrases.length - 1] !== p) c.phrases.push(p);
  };
  // Heads an article uses for one person only ("nominee" in "Republican nominee Donald Trump"): "the nominee"
  // later in that article is the same person.
  const headsOf = new Map<string, Set<string>>();
  for (const p of phrases) if (p.describes && isKeyNoun(p.head)) {
    const k = `${p.articleId}\u0000${p.head}`;
    if (!headsOf.has(k)) headsOf.set(k, new Set());
    headsOf.get(k)!.add(p.describes);
  }
  const wordKey = (w: string) => isKeyNoun(w) && !persons.has(w);
  for (const p of phrases) {
    const corefers = p.definite && !p.describes ? headsOf.get(`${p.articleId}\u0000${p.head}`) : undefined;
    if (p.describes) add('person', p.describes, p);
    else if (corefers?.size === 1) add('person', [...corefers][0], p);
    if (p.properName && !p.bareName) add('name', p.properName, p);
    if (p.bareName) continue;
    // A head of a label family is keyed by its family, so "correspondence" and "conversations" meet.
    if (wordKey(p.head)) add('word', p.head, p);
    for (const m of p.nounModifiers) if (wordKey(m)) add('word', m, p);
    if (p.family) add('family', p.family, p);
    for (const m of p.adjectiveModifiers) if (isKeyNoun(m) && m.length >= 4) add('modifier', m, p);
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
}

function labelsBySource(phrases: NounPhrase[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const p of phrases) m.set(p.articleId, [...(m.get(p.articleId) ?? []), p.label]);
  return m;
}

/** Rarity of a key across the corpus' stories: 1 when only this story uses it, near 0 when every story does. */
function specificity(key: string, df: Map<string, number>, stories: number): number {
  if (stories < 4) return 1;
  const d = Math.max(1, df.get(key) ?? 1);
  return Math.log((stories + 1) / d) / Math.log(stories + 1);
}

function scoreOf(c: Candidate, phrases: NounPhrase[], storySize: number, spec: number): number {
  const bySource = labelsBySource(phrases);
  if (bySource.size < 2) return 0;
  const labels = new Set(phrases.map((p) => p.label));
  if (labels.size < 2) return 0;
  const div = divergence(bySource);
  const boost = 1 + (phrases.some((p) => p.evaluative) ? 0.3 : 0) + (c.kind === 'family' ? 0.3 : 0) + (phrases.some((p) => p.inHeadline) ? 0.2 : 0);
  return (bySource.size / storySize) * (0.5 + div) * Math.log2(1 + phrases.length) * spec * boost * KIND_WEIGHT[c.kind];
}

function aboutOf(c: Candidate, phrases: NounPhrase[], names: Map<string, string>): string {
  if (c.kind === 'person') return `how the sources describe ${names.get(c.key.slice('person:'.length)) ?? c.key.slice('person:'.length)}`;
  const counts = new Map<string, number>();
  for (const p of phrases) counts.set(p.label, (counts.get(p.label) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
  return `what the sources call “${top}” (${c.kind === 'family' ? `label family ${c.key.slice('family:'.length)}` : c.key.replace(/^\w+:/, '')})`;
}

/**
 * The referent concepts of every story of two or more articles; with `focus`, of the stories holding one of
 * those articles only (a scoped check reports no other; every story still counts in the keys' specificity).
 */
export function referentLabels(stories: StoryArticles[], phrasesOf: Map<string, ArticlePhrases>, focus?: ReadonlySet<string>): RawLabel[] {
  const multi = stories.filter((s) => s.articles.filter((a) => phrasesOf.has(a)).length >= 2);
  const storyCandidates = new Map<string, Candidate[]>();
  const df = new Map<string, number>();
  for (const s of multi) {
    const persons = new Set(s.articles.flatMap((a) => [...(phrasesOf.get(a)?.persons.keys() ?? [])]));
    const cands = candidatesOf(s.articles.flatMap((a) => phrasesOf.get(a)?.phrases ?? []), persons);
    storyCandidates.set(s.id, cands);
    for (const c of cands) df.set(c.key, (df.get(c.key) ?? 0) + 1);
  }
  const out: RawLabel[] = [];
  for (const s of multi) {
    if (focus && !s.articles.some((a) => focus.has(a))) continue;
    const names = new Map<string, string>();
    for (const a of s.articles) for (const [k, v] of phrasesOf.get(a)?.persons ?? []) if (!names.has(k) || v.length > names.get(k)!.length) names.set(k, v);
    const size = s.articles.length;
    const cands = storyCandidates.get(s.id)!;
    const spec = new Map(cands.map((c) => [c.key, specificity(c.key, df, stories.length)]));
    const used = new Set<NounPhrase>();
    for (let n = 0; n < MAX_REFERENTS; n++) {
      let best: { c: Candidate; phrases: NounPhrase[]; score: number } | null = null;
      for (const c of cands) {
        const ps = c.phrases.filter((p) => !used.has(p));
        const score = scoreOf(c, ps, size, spec.get(c.key)!);
        if (score > 0 && (!best || score > best.score)) best = { c, phrases: ps, score };
      }
      if (!best) break;
      for (const p of best.phrases) used.add(p);
      const about = aboutOf(best.c, best.phrases, names);
      for (const p of best.phrases) {
        out.push({ concept: `label:${s.id}:${best.c.key}`, family: 'label', about, articleId: p.articleId, label: p.label, text: p.text, span: { start: p.start, end: p.end } });
      }
    }
    out.push(...attributionConcepts(s, phrasesOf, names));
  }
  return out;
}

function attributionConcepts(s: StoryArticles, phrasesOf: Map<string, ArticlePhrases>, names: Map<string, string>): RawLabel[] {
  const bySpeaker = new Map<string, Attribution[]>();
  for (const a of s.articles) for (const x of phrasesOf.get(a)?.attributions ?? []) bySpeaker.set(x.speaker, [...(bySpeaker.get(x.speaker) ?? []), x]);
  const ranked = [...bySpeaker]
    .filter(([, xs]) => new Set(xs.map((x) => x.articleId)).size >= 2 && new Set(xs.map((x) => x.lemma)).size >= 2 && xs.some((x) => x.tone === 'marked'))
    .map(([speaker, xs]) => ({ speaker, xs, marked: xs.filter((x) => x.tone === 'marked').length }))
    .sort((a, b) => b.marked - a.marked || b.xs.length - a.xs.length || (a.speaker < b.speaker ? -1 : 1))
    .slice(0, MAX_ATTRIBUTIONS);
  return ranked.flatMap(({ speaker, xs }) => xs.map((x) => ({
    concept: `attribution:${s.id}:${speaker}`,
    family: 'attribution' as const,
    about: `how the sources report what ${names.get(speaker) ?? speaker} said`,
    articleId: x.articleId,
    label: x.lemma,
    text: x.text,
    span: { start: x.start, end: x.end },
  })));
}
