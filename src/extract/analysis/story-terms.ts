import type { Article, EntityMention } from '../../types';
import { isContentWord, stem, type Token } from '../../language/text';

/**
 * What story clustering (stories.ts) counts of an article: its content words by stem, and its entities
 * (counted twice), with display labels for the story's title. Computed once per article by extraction's
 * analysis pass and stored with the extraction.
 */

export function storyTerms(article: Pick<Article, 'chrome'>, tokens: readonly Token[], mentions: readonly EntityMention[]): { counts: Map<string, number>; labels: Map<string, string> } {
  const counts = new Map<string, number>();
  const labels = new Map<string, string>();
  const inChrome = (s: number) => article.chrome.some((c) => s >= c.start && s < c.end);
  for (const t of tokens) {
    if (inChrome(t.start)) continue;
    for (const part of t.norm.split('-')) {
      if (!isContentWord(part)) continue;
      const k = `w:${stem(part)}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  for (const m of mentions) {
    if (inChrome(m.start) || m.kind === 'region') continue;
    const k = `e:${m.key}`;
    counts.set(k, (counts.get(k) ?? 0) + 2);
    if (!labels.has(k) && m.kind !== 'name') labels.set(k, m.kind === 'country' ? titleCase(m.key) : titleCase(m.tokens.join(' ')));
  }
  return { counts, labels };
}

function titleCase(s: string): string {
  return s.replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

