// Data table: the characters that open and close a quotation. Single marks are never
// quotations (they are apostrophes or nested quotes), so only double marks are listed.

/** How a mark may be used: it only opens, only closes, or does both (straight marks). */
export type MarkRole = 'open' | 'close' | 'both';

/** One-character double quotation marks and their role. */
export const DOUBLE_MARKS: ReadonlyMap<string, MarkRole> = new Map<string, MarkRole>([
  ['"', 'both'], // straight ASCII mark: the most common on the web
  ['\u201C', 'open'], // “ left double quotation mark (also misused as a closer: “Apparently not,“)
  ['\u201D', 'close'], // ” right double quotation mark (rarely misused as an opener)
  ['\u201E', 'open'], // „ low-9 mark (German style opener)
  ['\u00AB', 'open'], // « guillemet
  ['\u00BB', 'close'], // » guillemet
  ['\u301D', 'open'], // 〝 CJK reversed double prime
  ['\u301E', 'close'], // 〞 CJK double prime
]);

/**
 * Two-character marks. Archive text (the NYT) writes a double mark as two apostrophes
 * (''like this''), and LaTeX/PTB text opens with two backticks.
 */
export const TWO_CHAR_MARKS: ReadonlyMap<string, MarkRole> = new Map<string, MarkRole>([
  ["''", 'both'],
  ['``', 'open'],
  ['\u2018\u2018', 'open'], // ‘‘ two left single marks standing for “
  ['\u2019\u2019', 'close'], // ’’ two right single marks standing for ”
]);

/**
 * Single quotation marks. In body text they are apostrophes as often as quotes, so the engine
 * never opens a quotation on them there; headlines quote with them ("Cruz has 'a long way'").
 */
export const SINGLE_MARKS: ReadonlyMap<string, MarkRole> = new Map<string, MarkRole>([
  ["'", 'both'], // straight apostrophe
  ['\u2018', 'open'], // ‘ left single quotation mark
  ['\u2019', 'close'], // ’ right single quotation mark (also the typographic apostrophe)
  ['\u201A', 'open'], // ‚ low-9 single (German style)
  ['\u201B', 'open'], // ‛ reversed-9 single
  ['\u2039', 'open'], // ‹ single guillemet
  ['\u203A', 'close'], // › single guillemet
]);

/** Marks that are quotation marks but never delimit one for the engine (CJK brackets, ‟). */
export const OTHER_MARKS: ReadonlyMap<string, MarkRole> = new Map<string, MarkRole>([
  ['\u201F', 'open'], // ‟ reversed-9 double
  ['\u300C', 'open'], // 「 CJK corner bracket
  ['\u300D', 'close'], // 」
  ['\u300E', 'open'], // 『 CJK white corner bracket
  ['\u300F', 'close'], // 』
]);

/** Every one-character quotation mark: what the app strips around a quotation or from a query. */
export const ALL_MARKS: ReadonlyMap<string, MarkRole> = new Map<string, MarkRole>([...DOUBLE_MARKS, ...SINGLE_MARKS, ...OTHER_MARKS]);

/**
 * Pairs a reader may type around a search phrase: [opening, closing]. The straight single quote
 * is left out on purpose: it doubles as an apostrophe (don't, Trump's).
 */
export const PHRASE_PAIRS: readonly (readonly [string, string])[] = [
  ['"', '"'], // straight double
  ['\u201C', '\u201D'], // “ ” English curly double
  ['\u201E', '\u201C'], // „ “ German
  ['\u201E', '\u201D'], // „ ” Polish, Dutch
  ['\u00AB', '\u00BB'], // « » guillemets
  ['\u2018', '\u2019'], // ‘ ’ curly single (the closing one is also an apostrophe, but ‘ never is)
  ['\u300C', '\u300D'], // 「 」 CJK
];

/** The marks of `table` that may open (or close) a quotation, as one string. */
export function marksThat(role: 'open' | 'close', table: ReadonlyMap<string, MarkRole> = ALL_MARKS): string {
  return [...table].filter(([, r]) => r === role || r === 'both').map(([m]) => m).join('');
}

/** A regular-expression character class matching any of `marks` (escaped). */
export function markClass(marks: string): string {
  return `[${marks.replace(/[\\\]^-]/g, '\\$&')}]`;
}
