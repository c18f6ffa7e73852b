import { wordMap, type WordListFile } from '../lexicon';
import data from './countries.json';

/**
 * The gazetteer: one table of countries with their names, demonyms, capitals, seats of government and the
 * canonical name of their government (countries.json). Every stage that needs to know that "Beijing", "the
 * Kremlin" or "Chinese" names a country reads it here.
 */

export interface Country {
  /** Key in the table ("united-states"). */
  id: string;
  /** ISO 3166 short name ("United States"). */
  name: string;
  /** The government as an actor ("U.S. government"). */
  government: string;
  /** The first is the one in the government's name ("U.S.", "American"). */
  demonyms: readonly string[];
  /** Other names and abbreviations ("USA", "America"). */
  aliases: readonly string[];
  capitals: readonly string[];
  /** Seats of government and other metonyms ("White House", "Capitol Hill"). */
  seats: readonly string[];
  /** A state that no longer exists (the Soviet Union): a fact about it may be told of a successor. */
  historical?: boolean;
}

/** What a place word is of its country. */
export type PlaceRole = 'country' | 'demonym' | 'capital' | 'seat';

export interface PlaceMatch {
  country: Country;
  role: PlaceRole;
}

type CountryData = Omit<Country, 'id'>;

const COUNTRIES: readonly Country[] = [...wordMap<CountryData>(data as WordListFile)].map(([id, c]) => ({ id, ...c }));
const BY_ID = new Map(COUNTRIES.map((c) => [c.id, c]));

/** Apostrophes and spacing made uniform, a leading "the" dropped, lower case: "the Kremlin" and "Kremlin" meet. */
export function placeKey(s: string): string {
  return s
    .replace(/[\u2019\u2018]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the\s+/i, '')
    .toLowerCase();
}

/** Names first, then demonyms, capitals and seats: a word that is both ("U.S.") keeps the first role. */
const BY_KEY = new Map<string, PlaceMatch>();
for (const country of COUNTRIES) {
  const add = (surface: string, role: PlaceRole): void => {
    const k = placeKey(surface);
    if (!BY_KEY.has(k)) BY_KEY.set(k, { country, role });
  };
  add(country.name, 'country');
  for (const a of country.aliases) add(a, 'country');
  for (const d of country.demonyms) add(d, 'demonym');
  for (const c of country.capitals) add(c, 'capital');
  for (const s of country.seats) add(s, 'seat');
}

/** Every country of the gazetteer, by id. */
export function countries(): readonly Country[] {
  return COUNTRIES;
}

export function countryById(id: string): Country | null {
  return BY_ID.get(id) ?? null;
}

/** The country a word names, as country, demonym, capital or seat ("Kremlin" → Russia); a trailing "’s" is ignored. */
export function lookupPlace(surface: string): PlaceMatch | null {
  return BY_KEY.get(placeKey(surface.replace(/['\u2019]s$/, ''))) ?? null;
}

/** True for any name, demonym, capital or seat of the gazetteer. */
export function isPlaceWord(surface: string): boolean {
  return lookupPlace(surface) !== null;
}
