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
