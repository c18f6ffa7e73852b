import { applyReviews, type ReviewedFlag } from '../../../src/findings';
import type { ReviewDecision } from '../../../src/findings';
import type { Flag, FlagKind, Severity } from '../../../src/types';
import type { CheckedArticle, CorpusArticleRef } from '../../../src/report/ci/types';

/** A new article with CRLF line breaks, an astral character (two UTF-16 units) and LF breaks further down. */
export const NEW_TEXT = [
  'Port traffic climbs\r\n',
  '\r\n',
  'Trade rose to $189 billion 😀 last year, officials said.\n',
  'The talks lasted two days. "We have 100%, no: limits," the minister said.\n',
  'A quote that runs "over\ntwo lines" ends here.\n',
].join('');

export const CORPUS_001 = 'Old piece\n\nTrade reached $190 billion in 2023.\nThe minister said "we have no limits".\n';

export const checked: CheckedArticle[] = [{ articleId: 'new', file: 'news/new story.txt', text: NEW_TEXT }];
export const corpus: CorpusArticleRef[] = [
  { articleId: '001', file: 'corpus/001.txt', text: CORPUS_001 },
  { articleId: '002', file: 'corpus/002.txt' },
];

/** Evidence for `words` in `text` (the sentence is the line holding it). */
export function ev(articleId: string, text: string, words: string): Flag['evidence'][number] {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`fixture: '${words}' not in text`);
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const nl = text.indexOf('\n', start + words.length);
  const lineEnd = nl < 0 ? text.length : nl;
  return { articleId, span: { start, end: start + words.length }, sentence: { start: lineStart, end: lineEnd, text: text.slice(lineStart, lineEnd) } };
}

export function flag(id: string, kind: FlagKind, severity: Severity, reason: string, evidence: Flag['evidence'], extra: Partial<Flag> = {}): Flag {
  return { id, kind, severity, claims: evidence.map((_, i) => `c-${id}-${i}`), reason, evidence, evidenceHash: `h-${id}`, ...extra };
}

export const FLAGS: Flag[] = [
  flag('f-omit', 'omission', 'warning', 'The new article does not give the 2023 trade figure.', [ev('001', CORPUS_001, '$190 billion')], {
    data: { missingFrom: ['new'] },
  }),
  flag('f-value', 'value-conflict', 'error', 'Trade: $189 billion vs $190 billion,\n100% sure: yes', [
    ev('001', CORPUS_001, '$190 billion'),
    ev('new', NEW_TEXT, '$189 billion'),
  ]),
  flag('f-quote', 'quote-altered', 'warning', 'The quote differs in wording.', [
    ev('new', NEW_TEXT, '"We have 100%, no: limits,"'),
    ev('001', CORPUS_001, '"we have no limits"'),
  ]),
  flag('f-period', 'different-period', 'info', 'Different years: 2023 and last year.', [ev('new', NEW_TEXT, 'last year')]),
  flag('f-multi', 'quote-altered', 'warning', 'A quote over two lines.', [ev('new', NEW_TEXT, '"over\ntwo lines"'), ev('002', 'x'.repeat(200), 'xxxx')]),
  // Only corpus articles: not the new article's business.
  flag('f-corpus', 'value-conflict', 'error', 'Corpus only.', [ev('001', CORPUS_001, '$190 billion'), ev('002', 'x'.repeat(50), 'xx')]),
];

export const DECISIONS: ReviewDecision[] = [
  { flagId: 'f-quote', decision: 'dismissed', note: 'same words, trimmed', who: 'ana', when: '2024-05-01T09:00:00Z', evidenceHash: 'h-f-quote' },
  { flagId: 'f-period', decision: 'dismissed', who: 'bo', when: '2024-05-01T09:00:00Z', evidenceHash: 'h-old' },
  { flagId: 'f-multi', decision: 'needs-work', who: 'cy', when: '2024-05-01T09:00:00Z', evidenceHash: 'h-f-multi' },
];

export function reviewed(flags: Flag[] = FLAGS, decisions: ReviewDecision[] = DECISIONS): ReviewedFlag[] {
  return applyReviews(flags, decisions);
}
