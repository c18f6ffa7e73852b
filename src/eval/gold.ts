import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Bound, Quantity, Quote, Span, Timex } from '../types';

/** The shape of ../shared/gold/seeds.gold.json (see its README), as far as the scorers read it. */
export interface GoldClaim {
  id: string;
  articleId: string;
  kind: 'quantity' | 'date' | 'quote';
  text: string;
  span: Span;
  borderline?: boolean;
  inQuote?: string;
  /** The contract's quantity fields, plus the gold's allowed alternatives. */
  quantity?: Pick<Quantity, 'value' | 'unit' | 'bound' | 'approximate' | 'low' | 'high' | 'ordinal' | 'time' | 'modality'> & {
    acceptBounds?: Bound[];
    equivalentTimex?: { type: string; value: string };
  };
  time?: Timex;
  quote?: {
    text: string;
    speaker: string | string[] | null;
    speakerText: string | null;
    direct: boolean;
    role: 'statement' | 'phrase';
    quoteType: NonNullable<Quote['quoteType']>;
  };
  innerSpan?: Span;
}

export interface GoldGroup {
  id: string;
  about: string;
  verdict: string;
  claims: string[];
  borderline?: boolean;
}

export interface GoldFile {
  articles: Array<{ id: string; file: string; published: string }>;
  claims: GoldClaim[];
  groups: GoldGroup[];
  mustNotAlign: Array<{ id: string; a: string[]; b: string[]; reason: string }>;
  framing: Array<{ id: string; about: string; singleSource?: boolean; articles: Record<string, Array<{ label: string; text: string; span: Span }>> }>;
  omissions: Array<{ id: string; about: string; articleId: string; claims: string[]; spans?: Span[]; relevantTo: string[] }>;
  boilerplate: Array<{ id: string; articleId: string; type: string; text: string; span: Span }>;
}

/** ../shared/gold/seeds.gold.json, found from the project root (the folder holding package.json). */
export function defaultGoldPath(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return path.resolve(dir, '../shared/gold/seeds.gold.json');
}

export function loadGold(file = defaultGoldPath()): GoldFile {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as GoldFile;
}
