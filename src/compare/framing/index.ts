import { analysisOf } from '../../extract/analysis';
import type { Article, FramingConcept, FramingLabel } from '../../types';
import { divergence } from './divergence';
import { EntityFinder } from '../../extract/analysis/framing/entities';
import { loadLexicon } from '../../extract/analysis/framing/lexicon';
import { FAMILY_ORDER, type Family, type RawLabel } from './model';
import { PeacePlanFinder } from './peace-plans';
import type { ArticlePhrases } from '../../extract/analysis/framing/phrases';
import { referentLabels, type StoryArticles } from './referents';
import { RelationshipFinder } from './relationships';
import { buildScope } from './scope';
import { SpellingFinder } from './spellings';
import { StanceFinder } from './stance';
import { SupportFinder } from './support';
import { VariantFinder } from './variants';
import { WarLabelFinder } from './war-labels';

/**
 * Framing analysis: the concepts several sources name with different labels (what each story's shared referents
 * are called and how their speakers' words are reported, referents.ts; what a war is called, how a place
 * or person is spelled, what a relationship, a stance, material support or a peace plan is called), each with
 * every source's labels and spans and a divergence score (divergence.ts). Page chrome gives no labels.
 *
 * A concept is reported when two or more sources label it, and, for spellings, when they use at least two
 * different forms; a single source is enough when it uses a marked form (a dated or exonymic spelling such as
 * "Kiev" or "Donbass"). Order: family (war-label, spelling, relationship, stance, material-support, peace-plan, label, attribution),
 * then concept id; labels of a source in text order.
 */
export function analyzeFraming(
  articles: Article[],
  stories?: StoryArticles[],
  stored?: (articleId: string) => ArticlePhrases | undefined,
  /** Referent concepts only of the stories holding one of these articles (see referentLabels). */
  focus?: ReadonlySet<string>,
): FramingConcept[] {
  const lex = loadLexicon();
  const entities = new EntityFinder(lex);
  entities.learnPeople(articles);
  const scopes = [...articles].sort((a, b) => a.id.localeCompare(b.id)).map((a) => buildScope(a, entities));
  const wars = new WarLabelFinder(lex, entities);
  const raw: RawLabel[] = [];
  for (const s of scopes) {
    const found = wars.find(s);
    s.conflictSpans = found.map((l) => l.span);
    raw.push(...found);
  }
  const spellings = new SpellingFinder(lex);
  const perArticle = [
    spellings,
    new RelationshipFinder(lex, entities),
    new StanceFinder(lex, entities),
    new SupportFinder(lex, entities),
    new PeacePlanFinder(lex, entities),
  ];
  raw.push(...scopes.flatMap((s) => perArticle.flatMap((f) => f.find(s))));
  raw.push(...new VariantFinder(lex, spellings.listedForms()).find(scopes));
  raw.push(...referents(articles, stories, stored, focus));
  return assemble(raw);
}

/**
 * Labels of each story's shared referents (referents.ts). Without stories all articles are one story; only
 * the articles of stories with two or more sources are parsed (or their phrases read from `stored`: a scoped
 * check's claim index keeps them).
 */
function referents(articles: Article[], stories?: StoryArticles[], stored?: (articleId: string) => ArticlePhrases | undefined, focus?: ReadonlySet<string>): RawLabel[] {
  const ids = new Set(articles.map((a) => a.id));
  const groups = (stories ?? [{ id: 'all', articles: articles.map((a) => a.id) }])
    .map((s) => ({ id: s.id, articles: s.articles.filter((a) => ids.has(a)).sort() }))
    .filter((s) => s.articles.length >= 2);
  const wanted = new Set(groups.flatMap((s) => s.articles));
  const phrasesOf = new Map<string, ArticlePhrases>();
  for (const a of [...articles].sort((x, y) => x.id.localeCompare(y.id))) if (wanted.has(a.id) && !phrasesOf.has(a.id)) phrasesOf.set(a.id, stored?.(a.id) ?? articlePhrases(a));
  return referentLabels(groups, phrasesOf, focus);
}

/** The article's phrases, attributions and persons as extraction's analysis pass found them (phrases.ts). */
export function articlePhrases(article: Article): ArticlePhrases {
  const a = analysisOf(article);
  const slice = (s: { start: number; end: number }) => article.text.slice(s.start, s.end);
  return {
    phrases: a.phrases.map((p) => ({
      articleId: article.id,
      start: p.start,
      end: p.end,
      text: slice(p),
      label: p.label,
      head: p.head,
      nounModifiers: p.nounModifiers ?? [],
      adjectiveModifiers: p.adjectiveModifiers ?? [],
      properName: p.properName ?? null,
      family: p.family ?? null,
      evaluative: !!p.evaluative,
      definite: !!p.definite,
      describes: p.describes ?? null,
      bareName: !!p.bareName,
      inHeadline: !!p.inHeadline,
    })),
    attributions: a.attributions.map((x) => ({ ...x, articleId: article.id, text: slice(x) })),
    persons: new Map(a.persons),
  };
}

export function assemble(raw: RawLabel[]): FramingConcept[] {
  const byConcept = new Map<string, RawLabel[]>();
  for (const r of raw) byConcept.set(r.concept, [...(byConcept.get(r.concept) ?? []), r]);
  const concepts: Array<FramingConcept & { family: Family }> = [];
  for (const [concept, labels] of byConcept) {
    const bySource = new Map<string, FramingLabel[]>();
    for (const l of dedupe(labels)) {
      bySource.set(l.articleId, [...(bySource.get(l.articleId) ?? []), { label: l.label, text: l.text, span: l.span }]);
    }
    const family = labels[0].family;
    const forms = new Set(labels.map((l) => l.label));
    const marked = labels.some((l) => l.marked);
    const reportable = marked || (bySource.size >= 2 && (family !== 'spelling' || forms.size >= 2));
    if (!reportable) continue;
    const sortedLabels: Record<string, FramingLabel[]> = {};
    for (const id of [...bySource.keys()].sort()) sortedLabels[id] = bySource.get(id)!.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
    const score = divergence(new Map(Object.entries(sortedLabels).map(([id, ls]) => [id, ls.map((l) => l.label)])));
    concepts.push({ concept, about: labels[0].about, labels: sortedLabels, divergence: score, family });
  }
  return concepts
    .sort((a, b) => FAMILY_ORDER.indexOf(a.family) - FAMILY_ORDER.indexOf(b.family) || a.concept.localeCompare(b.concept))
    .map(({ family: _family, ...c }) => c);
}

/** Within one concept and article, overlapping labels keep the longer one ("full-scale invasion" over "invasion"). */
function dedupe(labels: RawLabel[]): RawLabel[] {
  const sorted = [...labels].sort((a, b) => a.articleId.localeCompare(b.articleId) || a.span.start - b.span.start || b.span.end - a.span.end);
  const out: RawLabel[] = [];
  for (const l of sorted) {
    const clash = out.find((o) => o.articleId === l.articleId && o.span.start < l.span.end && l.span.start < o.span.end);
    if (!clash) out.push(l);
  }
  return out;
}

