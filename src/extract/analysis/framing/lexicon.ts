import { FRAMING_LEXICON_FILES, countries as gazetteerCountries } from '../../../language';
import { validatorFor } from '../../../lib/validate';

const {
  conflictLabels: conflictLabelsJson, conflicts: conflictsJson, peacePlanLabels: peacePlanJson, relationshipLabels: relationshipJson,
  spellings: spellingsJson, stanceLabels: stanceJson, supportLabels: supportJson, transliteration: transliterationJson,
} = FRAMING_LEXICON_FILES;

/**
 * The framing lexicons: the countries of the gazetteer (src/language/en/countries.json) and documented JSON data
 * files in src/language/en/framing-lexicons, each validated against
 * schemas/framing-lexicon.schema.json by the tests (checkLexiconFile; they are compiled in, not read at run time).
 */

export interface LabelEntry {
  label: string;
  phrases: string[];
}

/** A country as framing matches it: the gazetteer's entry with capitals and seats together as metonyms. */
export interface Country {
  id: string;
  name: string;
  names: string[];
  demonyms: string[];
  metonyms: string[];
}

export interface Conflict {
  id: string;
  name: string;
  anchors: string[];
  parties: string[];
}

export interface ConflictLabelEntry extends LabelEntry {
  anaphora: 'article' | 'near' | 'none';
  needsAttachedAnchor?: boolean;
  verb?: boolean;
}

export interface SpellingVariant {
  form: string;
  also?: string[];
  status: 'current' | 'former' | 'alternative';
}

export interface SpellingGroup {
  id: string;
  kind: 'place' | 'person' | 'organization';
  about: string;
  variants: SpellingVariant[];
  notAfter?: string[];
  notBefore?: string[];
}

export interface FramingLexicon {
  countries: Country[];
  conflicts: Conflict[];
  conflictLabels: { labels: ConflictLabelEntry[]; modifiers: string[]; precedingStop: string[]; followingStop: string[] };
  spellings: { groups: SpellingGroup[] };
  transliteration: {
    minDice: number;
    maxEditDistance: number;
    minLength: number;
    rewrites: Array<[string, string]>;
    inflections: string[];
    titles: string[];
    placePrepositions: string[];
  };
  relationships: { labels: Array<LabelEntry & { needsModifier?: boolean; countryCounts?: boolean; pairInSentence?: boolean }>; modifiers: string[]; domains: string[] };
  stance: {
    labels: Array<LabelEntry & { needsObject?: boolean }>;
    neutralBefore: string[];
    neutralAfter: string[];
    genericActors: string[];
  };
  support: {
    labels: Array<LabelEntry & { needsMilitaryContext?: boolean }>;
    supplyWords: string[];
    militaryWords: string[];
    denials: string[];
  };
  peacePlans: {
    labels: Array<LabelEntry & { needsPeaceContext?: boolean; needsProposer?: boolean }>;
    modifiers: string[];
    releaseWords: string[];
    receptionWords: string[];
    peaceWords: string[];
  };
}

const SCHEMA_FILE = 'framing-lexicon.schema.json';

/** Validates one data file; throws with every problem when it does not match the schema. */
export function checkLexiconFile<T>(name: string, data: unknown): T {
  const result = validatorFor<T>(SCHEMA_FILE)(data);
  if (!result.ok) throw new Error(`framing lexicon ${name} is invalid (schemas/${SCHEMA_FILE}):\n  ${result.errors.join('\n  ')}`);
  return result.value;
}

/**
 * A data file compiled into the build, as its type: every file is validated against the schema by
 * test/compare/framing/lexicon.test.ts, not at every start-up (compiling the schema cost a check ~0.1 s).
 */
function bundled<T>(_name: string, data: unknown): T {
  return data as T;
}

let cached: FramingLexicon | null = null;

export function loadLexicon(): FramingLexicon {
  if (cached) return cached;
  const conflicts = bundled<{ conflicts: Conflict[] }>('conflicts.json', conflictsJson);
  cached = {
    countries: gazetteerCountries().map((c) => ({
      id: c.id,
      name: c.name,
      names: [c.name, ...c.aliases],
      demonyms: [...c.demonyms],
      metonyms: [...c.capitals, ...c.seats],
    })),
    conflicts: conflicts.conflicts,
    conflictLabels: bundled('conflict-labels.json', conflictLabelsJson),
    spellings: bundled('spellings.json', spellingsJson),
    transliteration: bundled('transliteration.json', transliterationJson),
    relationships: bundled('relationship-labels.json', relationshipJson),
    stance: bundled('stance-labels.json', stanceJson),
    support: bundled('support-labels.json', supportJson),
    peacePlans: bundled('peace-plan-labels.json', peacePlanJson),
  };
  return cached;
}
