import type { TimexType } from '../types';

/**
 * Reads a TimeML document (TempEval-3 style .tml): the text is the content of <TEXT> with every tag removed and
 * the XML entities decoded; each TIMEX3 inside it is a gold time with its span in that text. The DCT is the
 * value of the TIMEX3 inside <DCT> (the publication date).
 */

export interface GoldTimex {
  tid: string;
  type: TimexType;
  value: string;
  start: number;
  end: number;
  text: string;
}

export interface TimeMLDocument {
  id: string;
  /** YYYY-MM-DD (or shorter), or null when the document has none. */
  dct: string | null;
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : all;
    }
    return Object.prototype.hasOwnProperty.call(ENTITIES, name) ? ENTITIES[name] : all;
  });
}

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) out.set(m[1], decodeEntities(m[3] ?? m[4] ?? ''));
  return out;
}

const TYPES = new Set<TimexType>(['DATE', 'TIME', 'DURATION', 'SET']);

/** The DCT's value as a publication date (YYYY-MM-DD, YYYY-MM or YYYY), or null. */
function dctOf(xml: string): string | null {
  const dct = /<DCT>([\s\S]*?)<\/DCT>/i.exec(xml);
  if (!dct) return null;
  const tag = /<TIMEX3\b[^>]*>/i.exec(dct[1]);
  const value = tag ? attributes(tag[0]).get('value') ?? '' : '';
  const m = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)/.exec(value);
  return m ? m[1] : null;
}

export function parseTimeML(xml: string, fallbackId = ''): TimeMLDocument {
  const id = /<DOCID>\s*([^<]*?)\s*<\/DOCID>/i.exec(xml)?.[1] ?? fallbackId;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/i.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: GoldTimex[] = [];
  let open: { tid: string; type: TimexType; value: string; start: number } | null = null;
  let last = 0;
  for (const m of body.matchAll(/<(\/?)([A-Za-z][\w:-]*)\b[^>]*?(\/?)>/g)) {
    text += decodeEntities(body.slice(last, m.index));
    last = (m.index ?? 0) + m[0].length;
    if (m[2].toUpperCase() !== 'TIMEX3' || m[3]) continue;
    if (!m[1]) {
      const a = attributes(m[0]);
      const type = (a.get('type') ?? '').toUpperCase() as TimexType;
      open = { tid: a.get('tid') ?? '', type: TYPES.has(type) ? type : 'DATE', value: a.get('value') ?? '', start: text.length };
    } else if (open) {
      timexes.push({ ...open, end: text.length, text: text.slice(open.start, text.length) });
      open = null;
    }
  }
  text += decodeEntities(body.slice(last));
  return { id, dct: dctOf(xml), text, timexes };
}
