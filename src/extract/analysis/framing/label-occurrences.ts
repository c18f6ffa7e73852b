import type { LabelLexiconFamily, LabelOccurrence } from '../../../types';
import type { FramingLexicon, LabelEntry } from './lexicon';
import { normalizePhrase, wordRegex } from './text';

/**
 * Every occurrence of a label-lexicon phrase in a text, found once by extraction's analysis pass
 * (src/extract/analysis/index.ts) and read by the label finders (scope.ts lexiconMatches). Each family is its own
 * whole-word regex (longest phrase first), so the occurrences of a family are exactly that regex's matches.
 */

interface FamilyMatcher {
  family: LabelLexiconFamily;
  regex: RegExp;
  /** The lexicon key of a match, or null when the lexicon has none (never a label). */
  key: (match: string) => string | null;
}

function labelFamily(family: LabelLexiconFamily, labels: LabelEntry[]): FamilyMatcher {
  const keys = new Set(labels.flatMap((e) => e.phrases.map(normalizePhrase)));
  return {
    family,
    regex: wordRegex(labels.flatMap((e) => e.phrases), true),
    key: (m) => {
      const k = normalizePhrase(m);
      return keys.has(k) ? k : null;
    },
  };
}

/** Every spelling form of every group (variants and their `also` forms), matched case-sensitively. */
export function spellingForms(lex: FramingLexicon): string[] {
  return [...new Set(lex.spellings.groups.flatMap((g) => g.variants.flatMap((v) => [v.form, ...(v.also ?? [])])))];
}

const matchersFor = new WeakMap<FramingLexicon, FamilyMatcher[]>();

function matchers(lex: FramingLexicon): FamilyMatcher[] {
  let m = matchersFor.get(lex);
  if (!m) {
    const forms = new Set(spellingForms(lex));
    m = [
      labelFamily('conflict', lex.conflictLabels.labels),
      { family: 'spelling', regex: wordRegex([...forms], false), key: (s) => (forms.has(s) ? s : null) },
      labelFamily('relationship', lex.relationships.labels),
      labelFamily('stance', lex.stance.labels),
      labelFamily('support', lex.support.labels),
      labelFamily('peace-plan', lex.peacePlans.labels),
    ];
    matchersFor.set(lex, m);
  }
  return m;
}

/** The label occurrences of `text`, in text order (by start, then family). */
export function labelOccurrences(text: string, lex: FramingLexicon): LabelOccurrence[] {
  const out: LabelOccurrence[] = [];
  for (const { family, regex, key } of matchers(lex)) {
    const re = new RegExp(regex.source, regex.flags);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const phrase = key(m[0]);
      if (phrase !== null) out.push({ family, start: m.index, end: m.index + m[0].length, phrase });
    }
  }
  const order = matchers(lex).map((f) => f.family);
  return out.sort((a, b) => a.start - b.start || order.indexOf(a.family) - order.indexOf(b.family) || a.end - b.end);
}
