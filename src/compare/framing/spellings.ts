import type { FramingLexicon, SpellingGroup } from '../../extract/analysis/framing/lexicon';
import type { RawLabel } from './model';
import { lexiconMatches, type ArticleScope } from './scope';
import { wordAfter, wordBefore } from '../../extract/analysis/framing/text';

/**
 * Listed spelling variants of places, people and groups ("Kiev"/"Kyiv", "Zelensky"/"Zelenskyy"). A concept per
 * group: `spelling:<group id>`, each label the variant a source wrote. A `former` form (a dated or exonymic
 * spelling such as "Kiev" or "Donbass") is marked, so that even one source using it is shown.
 */
export class SpellingFinder {
  private readonly forms = new Map<string, { group: SpellingGroup; form: string; marked: boolean }>();

  constructor(lex: FramingLexicon) {
    for (const group of lex.spellings.groups) {
      for (const v of group.variants) {
        for (const f of [v.form, ...(v.also ?? [])]) this.forms.set(f, { group, form: v.form, marked: v.status === 'former' });
      }
    }
  }

  /** Every form any group lists (the variant detector leaves these to the lexicon). */
  listedForms(): Set<string> {
    return new Set(this.forms.keys());
  }

  find(scope: ArticleScope): RawLabel[] {
    const text = scope.article.text;
    const out: RawLabel[] = [];
    for (const { head: span, entry: hit } of lexiconMatches(scope, 'spelling', this.forms)) {
      const prev = wordBefore(text, span.start);
      const next = wordAfter(text, span.end);
      if (prev && hit.group.notAfter?.includes(prev.text)) continue;
      if (next && hit.group.notBefore?.includes(next.text)) continue;
      out.push({
        concept: `spelling:${hit.group.id}`,
        family: 'spelling',
        about: hit.group.about,
        articleId: scope.article.id,
        label: hit.form,
        text: text.slice(span.start, span.end),
        span,
        ...(hit.marked ? { marked: true } : {}),
      });
    }
    return out;
  }
}
