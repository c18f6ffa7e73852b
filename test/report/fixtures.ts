import { createHash } from 'node:crypto';
import type {
  Claim, DateClaim, Flag, FlagKind, FramingLabel, Group, QuantityClaim, QuoteClaim, Report, ReportArticle, Severity,
  Span, Timex, Verdict,
} from '../../src/types';

/**
 * A small hand-made report: three articles by three outlets over two stories, claims of each kind, a group
 * with each verdict, flags of several kinds, two framing concepts, an omission. Offsets are computed from the
 * texts, so spans and sentences are consistent the way the pipeline makes them.
 *
 * `inject` is added to every kind of user text (titles, outlets, article text, quotes, reasons, labels,
 * corpus name) so that escaping tests can plant hostile strings everywhere at once.
 */

interface ArticleSpec {
  id: string;
  outlet: string;
  published: string;
  title: string;
  story: string;
  sentences: string[];
}

interface BuiltArticle {
  meta: ReportArticle;
  text: string;
  sentences: Array<{ start: number; end: number; text: string }>;
}

function buildArticle(spec: ArticleSpec): BuiltArticle {
  let text = `${spec.title}\n\n`;
  const sentences: BuiltArticle['sentences'] = [];
  spec.sentences.forEach((s, i) => {
    if (i > 0) text += ' ';
    sentences.push({ start: text.length, end: text.length + s.length, text: s });
    text += s;
  });
  text += '\n';
  return {
    text,
    sentences,
    meta: {
      id: spec.id,
      file: `${spec.id}.txt`,
      outlet: spec.outlet,
      published: spec.published,
      title: spec.title,
      story: spec.story,
      contentHash: createHash('sha256').update(text).digest('hex'),
      text,
    },
  };
}

/** The span and sentence of the n-th occurrence of `words` in the article. */
function locate(a: BuiltArticle, words: string, occurrence = 0): { span: Span; sentence: { start: number; end: number; text: string } } {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = a.text.indexOf(words, at + 1);
    if (at < 0) throw new Error(`fixture: "${words}" not in ${a.meta.id}`);
  }
  const span = { start: at, end: at + words.length };
  const sentence = a.sentences.find((s) => s.start <= span.start && span.end <= s.end);
  if (!sentence) throw new Error(`fixture: "${words}" crosses a sentence boundary in ${a.meta.id}`);
  return { span, sentence: { ...sentence } };
}

function base(a: BuiltArticle, id: string, words: string, occurrence = 0) {
  return { id, articleId: a.meta.id, text: words, ...locate(a, words, occurrence) };
}

function date(type: Timex['type'], value: string, expression: string, anchored: boolean, extra: Partial<Timex> = {}): Timex {
  return { type, value, expression, anchored, ...extra };
}

export function makeReport(inject = ''): Report {
  const A = buildArticle({
    id: 'a01',
    outlet: 'Northern Wire',
    published: '2024-03-12',
    title: `Port Authority Approves Harbor Expansion${inject}`,
    story: 's-harbor',
    sentences: [
      'The port authority approved a $2.4 billion harbor expansion on Monday, officials said.',
      'Cargo volume rose 12% in 2023, according to the authority.',
      `“This is the largest investment in the harbor's history${inject},” said chair Maria Lopez.`,
      'Construction will begin in June 2024 and is expected to create 3,000 jobs.',
      'Residents who opposed the expansion gathered outside the hall.',
      '“We will protect the estuary,” Lopez added.',
    ],
  });
  const B = buildArticle({
    id: 'b02',
    outlet: `Daily Ledger${inject}`,
    published: '2024-03-13',
    title: 'Harbor Megaproject Gets Green Light',
    story: 's-harbor',
    sentences: [
      'Officials on Sunday backed a $2.1 billion megaproject for the harbor.',
      'Cargo volume grew 9% in 2022, port figures show.',
      '“This is the biggest investment in the port\'s history,” said board member Tom Reyes.',
      'Work starts in June 2024, and the first phase created 2,800 jobs at the shipyard.',
      'An environmental review will take 18 months.',
      'Activists said the megaproject would harm the estuary.',
    ],
  });
  const C = buildArticle({
    id: 'c03',
    outlet: 'Harbor Gazette',
    published: '2023-11-02',
    title: 'City Budget Sets Aside Funds for Port',
    story: 's-budget',
    sentences: [
      'The city spent $35 million on the port last year.',
      'Lopez promised to protect the estuary as the plan moves ahead.',
      'Protesters marched to city hall in October.',
      'Dredging could begin in the spring.',
    ],
  });

  const q = (a: BuiltArticle, id: string, words: string, quantity: QuantityClaim['quantity']): QuantityClaim => ({
    ...base(a, id, words), kind: 'quantity', quantity,
  });
  const d = (a: BuiltArticle, id: string, words: string, time: Timex): DateClaim => ({ ...base(a, id, words), kind: 'date', time });
  const quote = (a: BuiltArticle, id: string, words: string, qt: QuoteClaim['quote']): QuoteClaim => ({
    ...base(a, id, words), kind: 'quote', quote: qt,
  });

  const claims: Claim[] = [
    // a01
    q(A, 'c-a-cost', '$2.4 billion', { value: 2.4e9, unit: 'USD', bound: '=', approximate: false, measure: 'harbor expansion' }),
    d(A, 'c-a-monday', 'on Monday', date('DATE', '2024-03-11', 'on Monday', true, { resolved: true, implied: ['year', 'month', 'day'] })),
    q(A, 'c-a-cargo', '12%', {
      value: 12, unit: 'percent', bound: '=', approximate: false, measure: 'cargo volume',
      time: date('DATE', '2023', '2023', false), timeClaimId: 'c-a-2023',
    }),
    d(A, 'c-a-2023', '2023', date('DATE', '2023', '2023', false)),
    quote(A, 'c-a-quote', `“This is the largest investment in the harbor's history${inject},”`, {
      text: `This is the largest investment in the harbor's history${inject}`, speaker: 'Maria Lopez',
      speakerText: 'chair Maria Lopez', direct: true, role: 'statement',
    }),
    d(A, 'c-a-june', 'June 2024', date('DATE', '2024-06', 'June 2024', false)),
    q(A, 'c-a-jobs', '3,000 jobs', { value: 3000, unit: 'job', bound: '=', approximate: false, modality: 'forecast' }),
    quote(A, 'c-a-estuary', '“We will protect the estuary,”', {
      text: 'We will protect the estuary', speaker: 'Maria Lopez', speakerText: 'Lopez', direct: true, role: 'statement',
    }),
    // b02
    d(B, 'c-b-sunday', 'on Sunday', date('DATE', '2024-03-10', 'on Sunday', true, { resolved: true })),
    q(B, 'c-b-cost', '$2.1 billion', { value: 2.1e9, unit: 'USD', bound: '=', approximate: false, measure: 'megaproject' }),
    q(B, 'c-b-cargo', '9%', {
      value: 9, unit: 'percent', bound: '=', approximate: false, measure: 'cargo volume',
      time: date('DATE', '2022', '2022', false), timeClaimId: 'c-b-2022',
    }),
    d(B, 'c-b-2022', '2022', date('DATE', '2022', '2022', false)),
    quote(B, 'c-b-quote', '“This is the biggest investment in the port\'s history,”', {
      text: 'This is the biggest investment in the port\'s history', speaker: 'Tom Reyes',
      speakerText: 'board member Tom Reyes', direct: true, role: 'statement',
    }),
    d(B, 'c-b-june', 'June 2024', date('DATE', '2024-06', 'June 2024', false)),
    q(B, 'c-b-jobs', '2,800 jobs', { value: 2800, unit: 'job', bound: '=', approximate: false, modality: 'asserted' }),
    q(B, 'c-b-review', '18 months', {
      value: 18, unit: 'month', bound: '=', approximate: false, timex: { type: 'DURATION', value: 'P18M' },
    }),
    // c03
    q(C, 'c-c-budget', '$35 million', {
      value: 3.5e7, unit: 'USD', bound: '=', approximate: false, time: date('DATE', '2022', 'last year', true),
    }),
    d(C, 'c-c-lastyear', 'last year', date('DATE', '2022', 'last year', true, { resolved: true })),
    quote(C, 'c-c-estuary', 'protect the estuary', {
      text: 'protect the estuary', speaker: 'Maria Lopez', speakerText: 'Lopez', direct: false, role: 'statement', quoteType: 'indirect',
    }),
    d(C, 'c-c-october', 'in October', date('DATE', '2023-10', 'in October', true, { resolved: true })),
    d(C, 'c-c-spring', 'in the spring', date('DATE', 'XXXX-SP', 'in the spring', true, {
      resolved: false, unresolvedReason: 'a season without a year',
    })),
  ];
  const byId = new Map(claims.map((c) => [c.id, c]));

  const group = (id: string, about: string, kind: Group['kind'], verdict: Verdict, ids: string[], keys: string[]): Group => ({
    id, about, kind, verdict, claims: ids, why: { keys, scores: { measure: 0.9, sentence: 0.62 }, summary: `Both state ${about}.` },
  });
  const groups: Group[] = [
    group('g-cost', `cost of the harbor project${inject}`, 'quantity', 'conflict', ['c-a-cost', 'c-b-cost'], ['USD', 'harbor']),
    group('g-cargo', 'growth of cargo volume', 'quantity', 'different-period', ['c-a-cargo', 'c-b-cargo'], ['percent', 'cargo volume']),
    group('g-quote', 'the "largest investment" quote', 'quote', 'conflict', ['c-a-quote', 'c-b-quote'], ['investment', 'history']),
    group('g-jobs', 'jobs from the project', 'quantity', 'forecast-vs-actual', ['c-a-jobs', 'c-b-jobs'], ['job']),
    group('g-start', 'start of construction', 'date', 'agree', ['c-a-june', 'c-b-june'], ['2024-06']),
    group('g-day', 'day of the approval', 'date', 'conflict', ['c-a-monday', 'c-b-sunday'], ['approval']),
    group('g-estuary', 'promise to protect the estuary', 'quote', 'paraphrase', ['c-a-estuary', 'c-c-estuary'], ['estuary', 'Maria Lopez']),
  ];

  const evidenceOf = (ids: string[]): Flag['evidence'] =>
    ids.map((id) => {
      const c = byId.get(id)!;
      return { articleId: c.articleId, claimId: c.id, span: c.span, sentence: c.sentence };
    });
  const hash = (evidence: Flag['evidence']) => createHash('sha256').update(JSON.stringify(evidence)).digest('hex').slice(0, 16);
  const flag = (id: string, kind: FlagKind, severity: Severity, groupId: string | undefined, ids: string[], reason: string,
    data?: Record<string, unknown>): Flag => {
    const evidence = evidenceOf(ids);
    return { id, kind, severity, ...(groupId ? { group: groupId } : {}), claims: ids, reason, evidence, evidenceHash: hash(evidence), ...(data ? { data } : {}) };
  };

  const label = (a: BuiltArticle, lbl: string, words: string, occurrence = 0): FramingLabel => ({
    label: lbl, text: words, span: locate(a, words, occurrence).span,
  });
  const framingEvidence = (a: BuiltArticle, words: string): Flag['evidence'][number] => ({ articleId: a.meta.id, ...locate(a, words) });
  const framingFlagEvidence = [framingEvidence(A, 'expansion'), framingEvidence(B, 'megaproject')];

  const flags: Flag[] = [
    flag('f-cost', 'value-conflict', 'error', 'g-cost', ['c-a-cost', 'c-b-cost'],
      `Northern Wire puts the cost at $2.4 billion; Daily Ledger at $2.1 billion${inject}.`,
      { values: { a01: 2.4e9, b02: 2.1e9 }, unit: 'USD' }),
    flag('f-day', 'date-conflict', 'error', 'g-day', ['c-a-monday', 'c-b-sunday'],
      'The approval is dated Monday 2024-03-11 by a01 and Sunday 2024-03-10 by b02.'),
    flag('f-quote', 'quote-altered', 'error', 'g-quote', ['c-a-quote', 'c-b-quote'],
      'The quoted words differ: "largest" / "biggest", "harbor\'s" / "port\'s".'),
    flag('f-attr', 'attribution-conflict', 'warning', 'g-quote', ['c-a-quote', 'c-b-quote'],
      'The same quote is attributed to Maria Lopez by a01 and to Tom Reyes by b02.'),
    {
      id: 'f-framing', kind: 'framing-divergence', severity: 'warning', claims: [],
      reason: 'The project is called an "expansion" by a01 and a "megaproject" by b02.',
      evidence: framingFlagEvidence, evidenceHash: hash(framingFlagEvidence),
    },
    flag('f-cargo', 'different-period', 'info', 'g-cargo', ['c-a-cargo', 'c-b-cargo'],
      'Not a conflict: 12% is cargo growth in 2023, 9% in 2022.'),
    flag('f-jobs', 'forecast-vs-actual', 'info', 'g-jobs', ['c-a-jobs', 'c-b-jobs'],
      'Not a conflict: 3,000 jobs is a forecast; 2,800 jobs is what the first phase created.'),
    flag('f-review', 'omission', 'info', undefined, ['c-b-review'],
      'b02 says the environmental review will take 18 months; a01, of the same story, does not mention it.'),
  ];

  return {
    tool: { name: 'claimdiff', version: '0.1.0', extractorVersion: '1' },
    corpus: `harbor${inject}`,
    articles: [A.meta, B.meta, C.meta],
    stories: [
      { id: 's-harbor', label: `Harbor expansion approved, March 2024${inject}`, articles: ['a01', 'b02'] },
      { id: 's-budget', label: 'City budget, November 2023', articles: ['c03'] },
    ],
    claims,
    groups,
    flags,
    framing: [
      {
        concept: 'harbor-project', about: 'the harbor project',
        labels: {
          a01: [label(A, 'expansion', 'expansion', 0), label(A, 'expansion', 'expansion', 1)],
          b02: [label(B, 'megaproject', 'megaproject', 0), label(B, 'megaproject', 'megaproject', 1)],
          c03: [label(C, `plan${inject}`, 'plan')],
        },
        divergence: 0.67,
      },
      {
        concept: 'opponents', about: 'people opposing the project',
        labels: {
          a01: [label(A, 'residents', 'Residents')],
          b02: [label(B, 'activists', 'Activists')],
          c03: [label(C, 'protesters', 'Protesters')],
        },
        divergence: 1,
      },
    ],
    omissions: [
      {
        id: 'o-review', story: 's-harbor', about: 'length of the environmental review', articleId: 'b02',
        claims: ['c-b-review'], missingFrom: ['a01'],
      },
    ],
    notices: [`Story s-budget has one article (c03): nothing to compare within it.${inject}`],
  };
}

/** Strings that must never reach HTML as markup. */
export const HOSTILE = '<script>alert(1)</script>"><img src=x onerror=alert(1)></script><!--';
