import { GOVERNMENT_NOUNS } from '../../language';
import { lookupPlace, type PlaceMatch } from '../../language';
import { alternation } from '../../language/lexicon';

/**
 * Places used as actors: the country tables live in the language layer's gazetteer (src/language/en); this
 * module only reads a government phrase ("the Chinese government", "Beijing said") against it.
 */
export { isPlaceWord, lookupPlace } from '../../language';
export type { Country, PlaceMatch, PlaceRole } from '../../language';

/** "the Chinese government", "Russia's leadership": the place, and a noun that names its government. */
const GOVERNMENT_PHRASE = new RegExp(String.raw`^(?:the\s+)?(.+?)(?:'s)?\s+${alternation(GOVERNMENT_NOUNS)}$`, 'i');

/**
 * The government a place name stands for when it is used as an actor ("Beijing said", "the Kremlin said",
 * "Moscow insists", "China declared", "the Chinese government"). Null for anything that is not a known place.
 */
export function governmentFor(surface: string): string | null {
  const s = surface.replace(/[\u2019]/g, "'").trim();
  const m = GOVERNMENT_PHRASE.exec(s);
  const place: PlaceMatch | null = lookupPlace(m ? m[1] : s);
  if (!place) return null;
  // A bare demonym ("Chinese") is an adjective, not an actor, unless a government noun follows it.
  if (place.role === 'demonym' && !m) return null;
  return place.country.government;
}
