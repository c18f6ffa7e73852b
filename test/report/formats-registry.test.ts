import { CHECK_FORMATS, CI_FORMATS, FORMAT_NAMES, FORMATTERS, PAGE_FORMATS, REPORT_FORMATS } from '../../src/report/formats';
import { REPORT_FILES } from '../../src/report/write';

/** Every list of format names is derived from the one registry: a new entry shows up in each. */
describe('the formatter registry', () => {
  test('each entry knows its own name', () => {
    for (const n of FORMAT_NAMES) expect(FORMATTERS[n].name).toBe(n);
  });
  test('compare writes the formats with a report renderer, each to its own file', () => {
    expect(REPORT_FORMATS).toEqual(FORMAT_NAMES.filter((n) => FORMATTERS[n].ofReport && FORMATTERS[n].reportFile));
    expect(Object.keys(REPORT_FILES)).toEqual(REPORT_FORMATS);
    expect(new Set(Object.values(REPORT_FILES)).size).toBe(REPORT_FORMATS.length);
  });
  test('check renders every format: the CI ones, then the pages', () => {
    expect(CHECK_FORMATS).toEqual([...CI_FORMATS, ...PAGE_FORMATS]);
    expect(CI_FORMATS).toEqual(['text', 'json', 'github', 'junit', 'sarif']);
    expect(PAGE_FORMATS.every((n) => FORMATTERS[n].ofReport)).toBe(true);
  });
});
