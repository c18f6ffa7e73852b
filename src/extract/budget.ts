import nlp from 'compromise';
import type { Sentence } from '../types';

/**
 * Budgets that keep extraction linear in its input. Per-claim work reads the claim's sentence (its id, its
 * source, its context), and compromise's matching grows faster than linearly with sentence length; so a
 * sentence over SENTENCE_BUDGET is cut into pieces (at the last space before the budget), and long texts are
 * parsed by compromise in chunks of whole sentences. News sentences stay far below the budget (the longest of
 * the 2,225 BBC articles has 1,063 characters), so only run-on input (a page of numbers with no full stop)
 * is cut, and the extraction says so in a notice.
 */
export const SENTENCE_BUDGET = 2000;
/** Texts up to this many characters, with no sentence cut, are parsed whole (every news article is). */
export const PARSE_WHOLE = 64 * 1024;
/**
 * Otherwise compromise parses chunks of whole (budgeted) sentences of about this size: its own sentence
 * splitting and offset computation grow faster than linearly with the run of text it is given.
 */
export const PARSE_CHUNK = 2 * SENTENCE_BUDGET;

/** Sentences with none longer than `budget`; `split` counts the sentences that were cut. */
export function budgetSentences(text: string, sentences: Sentence[], budget = SENTENCE_BUDGET): { sentences: Sentence[]; split: number } {
  if (!sentences.some((s) => s.end - s.start > budget)) return { sentences, split: 0 };
  const out: Sentence[] = [];
  let split = 0;
  for (const s of sentences) {
    if (s.end - s.start <= budget) {
      out.push(s);
      continue;
    }
    split += 1;
    let start = s.start;
    while (s.end - start > budget) {
      let cut = text.lastIndexOf(' ', start + budget);
      if (cut <= start + budget / 2) cut = start + budget;
      // never between the halves of a surrogate pair
      if (/[\uDC00-\uDFFF]/.test(text[cut] ?? '')) cut -= 1;
      out.push({ start, end: cut, text: text.slice(start, cut), paragraph: s.paragraph });
      start = cut;
      while (start < s.end && text[start] === ' ') start += 1;
    }
    if (start < s.end) out.push({ start, end: s.end, text: text.slice(start, s.end), paragraph: s.paragraph });
  }
  return { sentences: out, split };
}

type NlpDoc = ReturnType<typeof nlp>;

interface OffsetTerm {
  offset?: { start: number; length: number };
  tags?: Set<string>;
}

/** Chunks of whole sentences of about PARSE_CHUNK characters: [start, end) offsets into the text. */
export function parseChunks(text: string, sentences: Sentence[], size = PARSE_CHUNK): Array<[number, number]> {
  const chunks: Array<[number, number]> = [];
  let from = 0;
  for (const s of sentences) {
    if (s.end - from >= size) {
      chunks.push([from, s.end]);
      from = s.end;
    }
  }
  if (from < text.length) chunks.push([from, text.length]);
  return chunks;
}

/**
 * The compromise parse of a long text, made chunk by chunk, with term and people offsets moved to the whole
 * text. It offers what the extractors read of a parse (`compute('offset')` + `document`, `compute('root')`, and
 * `people().json({ offset: true })`); anything else throws, so a new use is seen, not silently wrong.
 */
export function chunkedParse(text: string, chunks: Array<[number, number]>, parse: (chunk: string, at: number) => NlpDoc = (chunk) => nlp(chunk)): NlpDoc {
  const docs = chunks.map(([s, e]) => ({ start: s, doc: parse(text.slice(s, e), s) }));
  let document: OffsetTerm[][] | null = null;
  const facade = {
    compute(name: string) {
      if (name === 'root') {
        // Roots (lemmas) are set on each chunk's terms, which are the terms `document` holds.
        for (const { doc } of docs) (doc as unknown as { compute(n: string): unknown }).compute('root');
        return facade;
      }
      if (name !== 'offset') throw new Error(`chunked parse: compute('${name}') is not supported`);
      if (document) return facade;
      document = [];
      for (const { start, doc } of docs) {
        const d = doc as unknown as { compute(n: string): unknown; document: OffsetTerm[][] };
        d.compute('offset');
        for (const sentence of d.document) {
          for (const t of sentence) if (t.offset) t.offset = { start: t.offset.start + start, length: t.offset.length };
          document.push(sentence);
        }
      }
      return facade;
    },
    get document() {
      if (!document) throw new Error("chunked parse: call compute('offset') first");
      return document;
    },
    people() {
      return {
        json(opts: { offset?: boolean }) {
          if (!opts?.offset) throw new Error('chunked parse: people().json needs { offset: true }');
          return docs.flatMap(({ start, doc }) =>
            (doc.people().json({ offset: true }) as Array<{ offset: { start: number; length: number } }>).map((p) => ({ ...p, offset: { ...p.offset, start: p.offset.start + start } })),
          );
        },
      };
    },
  };
  return new Proxy(facade, {
    get(target, prop, receiver) {
      if (prop in target) return Reflect.get(target, prop, receiver);
      if (typeof prop === 'symbol' || prop === 'then') return undefined;
      throw new Error(`chunked parse: doc.${String(prop)} is not supported`);
    },
  }) as unknown as NlpDoc;
}
