import * as fs from 'node:fs';
import * as path from 'node:path';
import { BLOCKING_KEYS, blockingKeys } from '../../src/align/candidates';
import { articleFeatures, KIND_FEATURES, type ClaimFeatures } from '../../src/align/features';
import { PAIR_SCORERS, scorePair } from '../../src/align/score';
import { compareCorpus } from '../../src/compare';
import { relate, RELATIONS } from '../../src/compare/verdicts';
import { EXTRACTORS } from '../../src/extract';
import { CLAIM_KIND_META, CLAIM_KIND_NAMES, forKind } from '../../src/model/claim-kinds';
import { FLAG_KIND_NAMES } from '../../src/model/flag-kinds';
import { VERDICTS } from '../../src/model/report-lookup';
import { VERDICT_NAMES, VERDICT_TABLE, VERDICTS_BY_PRIORITY } from '../../src/model/verdicts';
import { VERDICT_COLOR } from '../../src/report/charts/colors';
import { REPORT_CSS } from '../../src/report/html-style';
import type { Claim } from '../../src/types';
import { makeArticle } from '../helpers/article';
import { goldClaimsAsClaims, loadGold, loadSeedArticles } from '../align/gold-claims';

const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '../../schemas/report.schema.json'), 'utf8'));

describe('claim kinds', () => {
  test.each<[string, object]>([
    ['extract', EXTRACTORS],
    ['blocking', BLOCKING_KEYS],
    ['features', KIND_FEATURES],
    ['pair scoring', PAIR_SCORERS],
    ['verdicts', RELATIONS],
  ])('the %s table has an entry for exactly the kinds of the head', (_stage, table) => {
    expect(Object.keys(table)).toEqual(CLAIM_KIND_NAMES);
  });

  // A claim of a kind no table knows, as a later version or a hand-edited file might hold.
  const article = makeArticle('Officials ranked the city first.', '2024-01-01', 'txt', 'a');
  const stranger = (kind: string) =>
    ({ id: `c-${kind}`, articleId: 'a', kind, text: 'first', span: { start: 22, end: 27 }, sentence: { start: 0, end: 32, text: article.text.slice(0, 32) } }) as unknown as Claim;

  test.each(['ranking', 'constructor', '__proto__'])('an unknown kind %j is an error at every stage, never taken for another kind', (kind) => {
    const claim = stranger(kind);
    expect(() => articleFeatures(article, [claim], null)).toThrow(/no handling for claim kind .* in features/);
    const f = { claim, articleId: 'a', measure: new Set(), near: new Map(), speakers: [], quoteWords: [] } as unknown as ClaimFeatures;
    expect(() => blockingKeys(f)).toThrow(/no handling for claim kind .* in blocking/);
    expect(() => scorePair(f, { ...f, articleId: 'b' })).toThrow(/in pair scoring/);
    expect(() => relate(f, { ...f, articleId: 'b' })).toThrow(/in verdicts/);
  });

  test('forKind reads own entries only', () => {
    expect(forKind(CLAIM_KIND_META, 'date', 'test').title).toBe('Date');
    expect(() => forKind(CLAIM_KIND_META, 'toString', 'test')).toThrow(/"toString" in test/);
  });

  test('on the seeds, each group keeps to the verdicts and flag kinds its kind declares', () => {
    const gold = loadGold();
    const articles = loadSeedArticles(gold);
    const result = compareCorpus(articles, goldClaimsAsClaims(gold, articles), []);
    const groups = new Map(result.groups.map((g) => [g.id, g]));
    expect(result.groups.length).toBeGreaterThan(0);
    for (const g of result.groups) expect(CLAIM_KIND_META[g.kind].verdicts).toContain(g.verdict);
    const grouped = result.flags.filter((f) => f.group && groups.has(f.group));
    expect(grouped.length).toBeGreaterThan(0);
    for (const f of grouped) expect(CLAIM_KIND_META[groups.get(f.group!)!.kind].flagKinds).toContain(f.kind);
  });

  test('every flag kind and verdict a kind declares is in its table', () => {
    for (const k of CLAIM_KIND_NAMES) {
      for (const v of CLAIM_KIND_META[k].verdicts) expect(VERDICT_NAMES).toContain(v);
      for (const fk of CLAIM_KIND_META[k].flagKinds) expect(FLAG_KIND_NAMES).toContain(fk);
    }
  });
});

describe('one verdict table', () => {
  test("report.schema.json's verdict enum is the table's verdicts", () => {
    expect([...schema.$defs.group.properties.verdict.enum].sort()).toEqual([...VERDICT_NAMES].sort());
  });

  test("report.schema.json lists the flag kinds of src/model/flag-kinds.ts", () => {
    const kind = schema.$defs.flag.properties.kind;
    expect(kind.examples).toEqual(FLAG_KIND_NAMES);
    for (const k of FLAG_KIND_NAMES) expect(kind.description).toContain(k);
  });

  test('priority: a clash first, agreement last, one rank each', () => {
    expect(VERDICTS_BY_PRIORITY[0]).toBe('conflict');
    expect(VERDICTS_BY_PRIORITY[VERDICTS_BY_PRIORITY.length - 1]).toBe('agree');
    expect(new Set(VERDICT_NAMES.map((v) => VERDICT_TABLE[v].priority)).size).toBe(VERDICT_NAMES.length);
    expect(VERDICTS).toEqual(VERDICTS_BY_PRIORITY);
  });

  test('the chart colours and the stylesheet come from the table', () => {
    for (const v of VERDICT_NAMES) {
      const { css, color } = VERDICT_TABLE[v];
      expect(VERDICT_COLOR[v]).toBe(color);
      expect(REPORT_CSS).toContain(`--${css}: ${color};`);
      expect(REPORT_CSS).toContain(`.badge.verdict-${css} { background: var(--${css}); }`);
    }
  });
});
