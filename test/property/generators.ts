import fc from 'fast-check';

/**
 * Text generators for property tests. Besides raw unicode strings, `newsText` builds text out of the pieces
 * the extractors react to (figures, currency signs, per cent, quotation marks, months, weekdays, titles,
 * speech verbs), joined by the separators real files hold (spaces, no-break spaces, line breaks, blank lines),
 * with the odd emoji, astral letter, BOM, zero-width character or lone surrogate (JSON input can carry one).
 */

const WORDS = [
  'the', 'a', 'of', 'and', 'in', 'to', 'was', 'were', 'said', 'says', 'told', 'added', 'according', 'about', 'over',
  'under', 'nearly', 'almost', 'more', 'than', 'at', 'least', 'up', 'down', 'rose', 'fell', 'jobs', 'people',
  'killed', 'troops', 'deal', 'sales', 'profits', 'growth', 'inflation', 'government', 'minister', 'company',
  'shares', 'year', 'years', 'month', 'week', 'day', 'days', 'ago', 'later', 'earlier', 'previous', 'next', 'last',
  'this', 'since', 'until', 'by', 'on', 'quarter', 'half', 'decade', 'century', 'million', 'billion', 'thousand',
  'bn', 'm', 'per', 'cent', 'percent', 'dollars', 'pounds', 'euros', 'Smith', 'Jones', 'Ministry', 'Defence',
  'Reuters', 'BBC', 'Mr', 'Mrs', 'Dr.', 'Mr.', 'U.S.', 'U.K.', 'Inc.', 'No.', 'St.', 'spokesman', 'officials',
  'It', 'He', 'She', 'They', 'The', 'But', 'However', 'two', 'three', 'dozen', 'hundreds', 'first', 'second',
  'third', 'one', 'tonight', 'yesterday', 'today', 'tomorrow', 'morning', 'evening', 'spring', 'summer', 'winter',
  'Christmas', 'Easter', 'election', 'war', 'I', 'we', 'you', 'not', 'no', 'so-called', 'twice', 'half',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan.', 'Sept.', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mon', 'Fri.'];
const SYMBOLS = ['$', '£', '€', '¥', '₹', 'US$', '%', '-', '–', '—', '/', '(', ')', '[', ']', ':', ';', ',', '.', '...', '…', '!', '?', '&', '<', '>', '#', '*', '+', '=', '~', '°', '§'];
const QUOTES = ['"', "'", '“', '”', '‘', '’', '«', '»', '„', '‹', '›', '`'];
const ODD = ['\ufeff', '\u00a0', '\u202f', '\u2009', '\u200b', '\u2028', '\t', '\r\n', '\r', '😀', '👍🏽', '🇬🇧', '𝒳', '𠀋', 'é', 'e\u0301', 'ﬁ', 'İ', 'ß', 'Ω', '١٢٣', '\u0000', '\ud800', '\udc00'];
const SEPARATORS = [' ', ' ', ' ', ' ', '', '\u00a0', '\n', '\n\n', '. ', ', ', '.\n\n'];

const pick = <T>(xs: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...xs);

/** Figures as news writes them: 12, 1,250, 3.5, 0.5, 2005, 1990s, 5bn, 40%, 12th, -3, 10-15. */
const figure: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 0, max: 100 }).map(String),
  fc.integer({ min: 0, max: 99_999_999 }).map((n) => n.toLocaleString('en-GB')),
  fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}.${b}`),
  fc.integer({ min: 1900, max: 2030 }).map(String),
  fc.integer({ min: 190, max: 203 }).map((d) => `${d}0s`),
  fc.tuple(fc.integer({ min: 1, max: 999 }), pick(['bn', 'm', 'k', 'tn', '%', 'th', 'st', 'nd', 'rd', 'km', 'kg'])).map(([n, s]) => `${n}${s}`),
  fc.integer({ min: -50, max: -1 }).map(String),
  fc.tuple(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 51, max: 99 })).map(([a, b]) => `${a}-${b}`),
  fc.tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1990, max: 2030 })).map(([d, m, y]) => `${d}/${m}/${y}`),
  fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${h}:${String(m).padStart(2, '0')}`),
);

const token: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: pick(WORDS), weight: 10 },
  { arbitrary: figure, weight: 4 },
  { arbitrary: pick(MONTHS), weight: 2 },
  { arbitrary: pick(WEEKDAYS), weight: 1 },
  { arbitrary: pick(SYMBOLS), weight: 3 },
  { arbitrary: pick(QUOTES), weight: 3 },
  { arbitrary: pick(ODD), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }), weight: 1 },
);

/** Token soup: tokens joined by the separators of real files. */
const tokenSoup: fc.Arbitrary<string> = fc
  .array(fc.tuple(token, pick(SEPARATORS)), { maxLength: 80 })
  .map((parts) => parts.map(([t, s]) => t + s).join(''));

const NAMES = ['Smith', 'Mr Jones', 'Dr. Okafor', 'the minister', 'a spokeswoman', 'Ms Li', 'John Prescott', 'the BBC', 'officials'];
const VERBS = ['said', 'told reporters', 'added', 'warned', 'says', 'insisted'];
const CURRENCY = ['$', '£', '€', 'US$', ''];
const SCALE = ['', 'm', 'bn', ' million', ' billion', '%', ' per cent', ' jobs', ' people'];
const OPEN_CLOSE: Array<[string, string]> = [['“', '”'], ['"', '"'], ['‘', '’'], ["'", "'"], ['«', '»'], ['“', '']];

/** A phrase of words and figures, as news runs them together. */
const phrase: fc.Arbitrary<string> = fc
  .array(fc.oneof({ arbitrary: pick(WORDS), weight: 6 }, { arbitrary: figure, weight: 1 }, { arbitrary: pick(MONTHS), weight: 1 }), { minLength: 1, maxLength: 10 })
  .map((ws) => ws.join(' '));

/** A figure with its currency sign and scale ("£3.5bn", "40%", "1,200 jobs"). */
const amount: fc.Arbitrary<string> = fc.tuple(pick(CURRENCY), figure, pick(SCALE)).map(([c, f, s]) => `${c}${f}${s}`);

/** A date phrase: "on 3 March 2005", "last Tuesday", "in May", "March 3", "two years ago". */
const when: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 31 }), pick(MONTHS), fc.integer({ min: 1990, max: 2030 })).map(([d, m, y]) => `on ${d} ${m} ${y}`),
  fc.tuple(pick(['last', 'next', 'this', 'on']), pick(WEEKDAYS)).map(([r, d]) => `${r} ${d}`),
  fc.tuple(pick(['in', 'by', 'since', 'until', 'last', 'early', 'late']), pick(MONTHS)).map(([r, m]) => `${r} ${m}`),
  fc.tuple(pick(MONTHS), fc.integer({ min: 1, max: 31 })).map(([m, d]) => `${m} ${d}`),
  fc.tuple(fc.integer({ min: 1, max: 12 }), pick(['days', 'weeks', 'months', 'years']), pick(['ago', 'later', 'earlier'])).map(([n, u, r]) => `${n} ${u} ${r}`),
  pick(['yesterday', 'today', 'on Monday', 'last year', 'next month', 'the previous week', 'this quarter', 'in the 1990s', 'in 2004']),
);

/** One sentence of news: a plain statement, a figure with a date, or a quotation with its speaker. */
const sentence: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(phrase, amount, when, pick(['.', '!', '?', ''])).map(([p, a, w, end]) => `${p[0]!.toUpperCase()}${p.slice(1)} ${a} ${w}${end}`),
  fc.tuple(pick(OPEN_CLOSE), phrase, pick([',', '.', '', '?']), pick(NAMES), pick(VERBS)).map(([[o, c], p, punct, n, v]) => `${o}${p}${punct}${c} ${n} ${v}.`),
  fc.tuple(pick(NAMES), pick(VERBS), pick([':', ',', '']), pick(OPEN_CLOSE), phrase, amount).map(([n, v, colon, [o, c], p, a]) => `${n} ${v}${colon} ${o}${p} ${a}.${c}`),
  fc.tuple(phrase, pick(OPEN_CLOSE), phrase).map(([p, [o, c], q]) => `The ${p} was ${o}${q}${c}, according to ${p}.`),
);

/** Article-like text: paragraphs of sentences, with the odd character of real files thrown in. */
const paragraphs: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.array(sentence, { minLength: 1, maxLength: 4 }), pick(['\n\n', '\n\n', '\n', '\r\n\r\n', '\n\u00a0\n']), pick(['', '', '', ...ODD])), { maxLength: 8 })
  .map((ps) => ps.map(([ss, sep, odd]) => `${odd}${ss.join(odd === '' ? ' ' : ` ${odd}`)}${sep}`).join(''));

/** News-like text: article-like paragraphs or a soup of the tokens extractors react to. */
export const newsText: fc.Arbitrary<string> = fc.oneof({ arbitrary: paragraphs, weight: 2 }, { arbitrary: tokenSoup, weight: 1 });

/** Any unicode text: printable graphemes, any code point, and any UTF-16 unit (lone surrogates included). */
export const unicodeText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 }),
);

/** Either kind; news-like text more often, since it reaches deeper into the extractors. */
export const anyText: fc.Arbitrary<string> = fc.oneof({ arbitrary: newsText, weight: 3 }, { arbitrary: unicodeText, weight: 1 });

/** An article in the shape of a news file: a headline line, a blank line, then the body. */
export const articleShaped: fc.Arbitrary<string> = fc
  .tuple(fc.array(pick(WORDS), { minLength: 1, maxLength: 8 }), anyText)
  .map(([headline, body]) => `${headline.join(' ')}\n\n${body}`);

/** Strings that try to become markup when a report shows them. */
export const hostileText: fc.Arbitrary<string> = fc
  .tuple(
    anyText,
    pick(['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '</script><script>x()</script>', '<svg onload=alert(1)>', '<!--', '<iframe src="javascript:alert(1)">', '"><b onmouseover=alert(1)>', "'><a href='javascript:x'>", '<style>*{}</style>', '&lt;script&gt;']),
    anyText,
  )
  .map(([a, markup, b]) => `${a}${markup}${b}`);
