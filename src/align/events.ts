import { ALIGN_EVENT_TABLE as events } from '../language';
import type { Mention } from './entities';
import { ALIGN_SYNONYM_CLASSES, EVENT_PHRASES } from '../language';
import { STOPWORDS, type Token } from '../language/text';

/**
 * Event words that span or depend on several tokens, which the one-word synonym map cannot see:
 *  - multi-word synonym entries ("military action" → @war, "took office" → @inauguration), and the event
 *    phrases of src/language/en/align-event-phrases.json ("running for president" → @candidacy);
 *  - an armed movement ("tanks rolled into", "troops crossed") → @war, while "tanks" alone, "think tanks
 *    moved into" or "market forces pushed" stay plain words;
 *  - a crisis located in a place, with no modifier of its own ("the crisis in Sudan", "the Ukraine crisis")
 *    → @war; "the energy crisis in Germany" stays a crisis.
 * The result overrides the stems of single tokens: a class name, or null for a token that a phrase absorbed.
 */
export type StemOverrides = Map<number, string | null>;

/** Multi-word synonym entries as word lists, longest first, by their first word. */
const PHRASES: Map<string, Array<{ words: string[]; cls: string }>> = (() => {
  const m = new Map<string, Array<{ words: string[]; cls: string }>>();
  for (const [name, entries] of [...ALIGN_SYNONYM_CLASSES, ...EVENT_PHRASES]) {
    for (const e of entries) {
      if (!e.includes(' ')) continue;
      const words = e.toLowerCase().split(/\s+/);
      if (!m.has(words[0])) m.set(words[0], []);
      m.get(words[0])!.push({ words, cls: `@${name}` });
    }
  }
  for (const list of m.values()) list.sort((a, b) => b.words.length - a.words.length);
  return m;
})();

const FORCES = new Set(events.militaryMovement.forces);
const CIVIL = new Set(events.militaryMovement.civilModifiers);
const DIRECTED = new Set(events.militaryMovement.directedVerbs);
const DIRECTIONS = new Set(events.militaryMovement.directions);
const GROUND = new Set(events.militaryMovement.groundVerbs);
const MOVE_CLASS = `@${events.militaryMovement.class}`;
const CRISIS = new Set(events.locatedCrisis.words);
const CRISIS_CLASS = `@${events.locatedCrisis.to}`;
const PLACE_PREPS = new Set(events.locatedCrisis.placePrepositions);
const PLACE_KINDS: ReadonlySet<string> = new Set<Mention['kind']>(['country', 'region', 'name']);
/** Before the crisis word only a country or region: "the Boeing crisis" is a company's. */
const STATE_KINDS: ReadonlySet<string> = new Set<Mention['kind']>(['country', 'region']);

function placeAt(mentions: Mention[], t: Token | undefined, kinds: ReadonlySet<string> = PLACE_KINDS): boolean {
  return !!t && mentions.some((m) => kinds.has(m.kind) && m.start <= t.start && t.end <= m.end);
}

/**
 * Stem overrides for the tokens of one clause (`mentions` are the entity mentions in it). Keys are indices
 * into `toks`.
 */
export function eventOverrides(toks: Token[], mentions: Mention[]): StemOverrides {
  const out: StemOverrides = new Map();
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i].norm;
    // Multi-word synonyms: the first word carries the class, the rest are absorbed.
    for (const p of PHRASES.get(w) ?? []) {
      if (p.words.every((x, k) => toks[i + k]?.norm === x)) {
        out.set(i, p.cls);
        for (let k = 1; k < p.words.length; k++) out.set(i + k, null);
        break;
      }
    }
    // A force noun with a movement verb right after it (an adverb may sit between: "troops quickly moved
    // into"): a directed verb needs its direction, a ground verb ("crossed", "entered") stands alone.
    if (FORCES.has(w) && !CIVIL.has(toks[i - 1]?.norm ?? '')) {
      for (let k = i + 1; k <= i + 2 && k < toks.length; k++) {
        const v = toks[k].norm;
        if (GROUND.has(v) || (DIRECTED.has(v) && DIRECTIONS.has(toks[k + 1]?.norm ?? ''))) {
          out.set(k, MOVE_CLASS);
          break;
        }
        if (!/ly$/.test(v)) break;
      }
    }
    if (CRISIS.has(w) && !out.has(i) && isLocatedCrisis(toks, i, mentions)) out.set(i, CRISIS_CLASS);
  }
  return out;
}

/**
 * "the crisis in <place>", "the escalation of the crisis between <place> and <place>", "the <place> crisis":
 * located, and with nothing but a determiner (or the place) before it, so not an "energy crisis".
 */
function isLocatedCrisis(toks: Token[], i: number, mentions: Mention[]): boolean {
  const prev = toks[i - 1];
  const placeBefore = placeAt(mentions, prev, STATE_KINDS);
  if (prev && !placeBefore && !STOPWORDS.has(prev.norm)) return false;
  if (placeBefore) return true;
  // Look ahead over function words and further crisis words to a locating preposition and a place.
  for (let k = i + 1; k < Math.min(toks.length, i + 6); k++) {
    const t = toks[k];
    if (PLACE_PREPS.has(t.norm)) {
      const next = toks[k + 1]?.norm === 'the' ? toks[k + 2] : toks[k + 1];
      return placeAt(mentions, next);
    }
    if (!STOPWORDS.has(t.norm) && !CRISIS.has(t.norm)) return false;
  }
  return false;
}
