import { countries, countryById, isPlaceWord, lookupPlace } from '../../src/language/en';

describe('gazetteer', () => {
  test('names, demonyms, capitals and seats lead to one country', () => {
    expect(lookupPlace('Beijing')).toMatchObject({ role: 'capital', country: { name: 'China', government: 'Chinese government' } });
    expect(lookupPlace('the Kremlin')?.country.id).toBe('russia');
    expect(lookupPlace('Kremlin’s')?.role).toBe('seat');
    expect(lookupPlace('U.S.')).toMatchObject({ role: 'country', country: { government: 'U.S. government' } });
    expect(lookupPlace('American')?.role).toBe('demonym');
    expect(lookupPlace('Casa Rosada')?.country.name).toBe('Argentina');
  });
  test('one entry per country, every entry complete', () => {
    const ids = countries().map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(countries().map((c) => c.name)).size).toBe(ids.length);
    for (const c of countries()) {
      expect(c.government).toMatch(/government$|^Government of/);
      expect(Array.isArray(c.demonyms) && Array.isArray(c.aliases) && Array.isArray(c.capitals) && Array.isArray(c.seats)).toBe(true);
    }
    expect(countryById('united-kingdom')?.seats).toContain('Downing Street');
  });
  test('prototype keys and unknown words are no places', () => {
    for (const key of [...Object.getOwnPropertyNames(Object.prototype), 'Smith', '']) {
      expect(lookupPlace(key)).toBeNull();
      expect(isPlaceWord(key)).toBe(false);
      expect(countryById(key)).toBeNull();
    }
  });
});
