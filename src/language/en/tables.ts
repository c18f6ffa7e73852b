/**
 * English data too structured for a word list (schemas/wordlist.schema.json): the quantity extractor's unit,
 * currency, measure and phrase tables, align's event classes and unit classes (tables/), and framing's label
 * lexicons (framing-lexicons/, schema schemas/framing-lexicon.schema.json). Each file documents its shape in
 * its `$comment`; the stages read them only through src/language, so a second language brings its own.
 */
import alignEvents from './tables/align-events.json';
import alignUnitClasses from './tables/align-unit-classes.json';
import quantityCurrencies from './tables/quantity-currencies.json';
import quantityMeasures from './tables/quantity-measures.json';
import quantityPhrases from './tables/quantity-phrases.json';
import quantityUnits from './tables/quantity-units.json';
import conflictLabels from './framing-lexicons/conflict-labels.json';
import conflicts from './framing-lexicons/conflicts.json';
import peacePlanLabels from './framing-lexicons/peace-plan-labels.json';
import relationshipLabels from './framing-lexicons/relationship-labels.json';
import spellings from './framing-lexicons/spellings.json';
import stanceLabels from './framing-lexicons/stance-labels.json';
import supportLabels from './framing-lexicons/support-labels.json';
import transliteration from './framing-lexicons/transliteration.json';

export const QUANTITY_CURRENCY_TABLE = quantityCurrencies;
export const QUANTITY_MEASURE_TABLE = quantityMeasures;
export const QUANTITY_PHRASE_TABLE = quantityPhrases;
export const QUANTITY_UNIT_TABLE = quantityUnits;
export const ALIGN_EVENT_TABLE = alignEvents;
export const ALIGN_UNIT_CLASS_TABLE = alignUnitClasses;

/** Framing's label lexicons, raw (validated against their schema by the tests; loaded by framing's lexicon.ts). */
export const FRAMING_LEXICON_FILES = {
  conflictLabels, conflicts, peacePlanLabels, relationshipLabels, spellings, stanceLabels, supportLabels, transliteration,
} as const;
