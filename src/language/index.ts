/**
 * The active language's word data. Stages import words from here (`src/language`), never from a language
 * folder, so that choosing a language is this one line. A second language is one new folder
 * `src/language/<lang>/` with the same JSON file names and an `index.ts` of the same shape as `en/index.ts`
 * (`LanguageData` is that shape), and this line pointing at it.
 */
export * from './en';

/** What every language folder's index.ts exports: the shape of the English one. */
export type LanguageData = typeof import('./en');
