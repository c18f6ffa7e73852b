import data from './data/governments.json';

/** One country of data/governments.json, with the canonical name of its government. */
export interface CountryEntry {
  country: string;
  demonym: string;
  capitals: string[];
  seats: string[];
  aliases: string[];
  otherDemonyms?: string[];
}

export type PlaceRole = 'country' | 'demonym' | 'capital' | 'seat';

export interface PlaceMatch {
  entry: CountryEntry;
  role: PlaceRole;
}

const COUNTRIES: CountryEntry[] = (data as { countries: CountryEntry[] }).countries;

/** Apostrophes and spacing made uniform, a leading "the" dropped, so that "the Kremlin" and "Kremlin" meet. */
function placeKey(s: string): string {
  return s
    .replace(/[\u2019\u2018]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the\s+/i, '')
    .toLowerCase();
}

const BY_KEY = new Map<string, PlaceMatch>();
for (const entry of COUNTRIES) {
  const add = (name: string, role: PlaceRole): void => {
    const k = placeKey(name);
    if (!BY_KEY.has(k)) BY_KEY.set(k, { entry, role });
  };
  add(entry.country, 'country');
  for (const a of entry.aliases) add(a, 'country');
  add(entry.demonym, 'demonym');
  for (const d of entry.otherDemonyms ?? []) add(d, 'demonym');
  for (const c of entry.capitals) add(c, 'capital');
  for (const s of entry.seats) add(s, 'seat');
}

/** The country a word names, whether as country, demonym, capital or seat of government ("Kremlin" → Russia). */
export function lookupPlace(surface: string): PlaceMatch | null {
  const k = placeKey(surface.replace(/['\u2019]s$/, ''));
  return BY_KEY.get(k) ?? null;
}

/** "Chinese government" for China, "U.S. government" for the United States: `<demonym> government`. */
export function governmentName(entry: CountryEntry): string {
  return `${entry.demonym} government`;
}

/**
 * The government a place name stands for when it is used as an actor ("Beijing said", "the Kremlin said",
 * "Moscow insists", "China declared", "the Chinese government"). Null for anything that is not a known place.
 */
export function governmentFor(surface: string): string | null {
  const s = surface.replace(/[\u2019]/g, "'").trim();
  const m = /^(?:the\s+)?(.+?)(?:'s)?\s+(?:government|administration|authorities|leadership|state)$/i.exec(s);
  const place = lookupPlace(m ? m[1] : s);
  if (!place) return null;
  // A bare demonym ("Chinese") is an adjective, not an actor, unless a government noun follows it.
  if (place.role === 'demonym' && !m) return null;
  return governmentName(place.entry);
}

/** True for the country, alias, demonym, capital or seat words of the data file (to keep them out of person names). */
export function isPlaceWord(surface: string): boolean {
  return lookupPlace(surface) !== null;
}

export function allCountries(): readonly CountryEntry[] {
  return COUNTRIES;
}
