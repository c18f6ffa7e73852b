import nlp from 'compromise';

/**
 * compromise's parse with its costly part on chosen sentences only. nlp(text) runs, over every sentence,
 * tokenization, the lexicon and the pre-tagger (cheap: word lists and suffixes), then the post-tagger (its
 * hundreds of match patterns: most of the cost) and the chunker (read by nothing here). This runs the cheap
 * hooks on the whole text, so terms, sentences and offsets are those of nlp(text), and the post-tagger only on
 * the sentences `wanted` keeps: the post-tagger works within one sentence, so their tags are nlp(text)'s; the
 * other sentences keep the pre-tagger's tags (a coarser reading: "plans" may stay a verb).
 */

type NlpDoc = ReturnType<typeof nlp>;

interface RawTerm {
  text: string;
  pre?: string;
  post?: string;
  offset?: { start: number; length: number };
}

interface RawDoc {
  compute(name: string | string[]): RawDoc;
  update(pointer: number[][]): RawDoc;
  document: RawTerm[][];
}

interface World {
  methods: { one: { tokenize: { fromString(text: string, world: World): RawTerm[][] } } };
}

type ViewClass = new (document: RawTerm[][]) => RawDoc;
let View: ViewClass | null = null;

/**
 * The text's terms before any hook, as nlp(text) makes them (its tokenizer, then a View): nlp.tokenize would
 * run the contraction hook already, and running it twice splits "7.5bn" twice.
 */
function untagged(text: string): RawDoc {
  View ??= (nlp.tokenize('') as unknown as { constructor: ViewClass }).constructor;
  const world = nlp.world() as unknown as World;
  return new View(world.methods.one.tokenize.fromString(text, world));
}

let cheapHooks: string[] | null = null;

/** Every hook nlp(text) runs before the post-tagger (the chunker after it is left out). */
function hooksBeforePostTagger(): string[] {
  if (!cheapHooks) {
    const hooks = nlp.hooks() as string[];
    const at = hooks.indexOf('postTagger');
    if (at < 0) throw new Error('compromise: no postTagger hook');
    cheapHooks = hooks.slice(0, at);
  }
  return cheapHooks;
}

/**
 * The parse of `text`, post-tagged where `wanted(start, end)` (offsets of a compromise sentence, in `text`)
 * says so; `wanted` null post-tags every sentence.
 */
export function selectiveParse(text: string, wanted: ((start: number, end: number) => boolean) | null): NlpDoc {
  const doc = untagged(text).compute(hooksBeforePostTagger());
  doc.compute('offset');
  const chosen: number[][] = [];
  doc.document.forEach((sentence, i) => {
    const first = sentence.find((t) => t.offset);
    const last = [...sentence].reverse().find((t) => t.offset);
    if (!first?.offset || !last?.offset) return;
    if (!wanted || wanted(first.offset.start, last.offset.start + last.offset.length)) chosen.push([i]);
  });
  if (chosen.length > 0) doc.update(chosen).compute('postTagger');
  doc.compute('unfreeze');
  return doc as unknown as NlpDoc;
}
