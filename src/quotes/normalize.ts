// Stage 1, normalize: a same-length copy of the text in which markup and abbreviation
// periods are masked, so later stages can use simple patterns while every offset still
// points into the original text.
import { ABBREVIATIONS } from './tables/abbreviations.ts';

// (A regex with \p is a module constant: esbuild, as tsx and the worker bundle run it (target node20),
// turns a \p escape outside a class into a `new RegExp` evaluated at every use: one per call.)
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The original text and its masked twin (same length, same offsets). */
export interface NormalizedText {
  text: string;
  /** `<tweet …>` style tags blanked out, abbreviation periods replaced by ABBREV_DOT. */
  masked: string;
}

/** Stands in for the period of an abbreviation ("Mr." → "Mr\u2024") so it never ends a sentence. */
export const ABBREV_DOT = '\u2024';

// Tags such as <tweet id="…" author="…"> carry quoted attribute values that are not quotations.
const TAG = /<\/?[A-Za-z][\w-]*(?:\s[^<>\n]{0,400})?\/?>/g;
// A word followed by a period, possibly dotted inside ("U.S.", "D.C.", "Mr.").
// Words that start a new sentence after a dotted abbreviation such as "U.S.".
const SENTENCE_STARTERS = new Set(['The', 'He', 'She', 'It', 'They', 'We', 'But', 'And', 'In', 'A', 'This', 'That', 'I']);
// Abbreviations written in lower case.
const LOWER_ABBREVIATIONS = new Set(['vs', 'v', 'etc', 'al', 'approx']);
// It starts only where no letter precedes (the same matches: one starting after a letter would
// have started at that letter): without the lookbehind a word with no period was retried from
// each of its letters, backtracking over the rest each time (quadratic in the word's length).
/** DOTTED_WORD's matches are what dottedWordSpans finds (tests/unit/quotes/normalize.test.ts compares them). */
export const DOTTED_WORD = /(?<![A-Za-z])[A-Za-z]+(?:\.[A-Za-z]+)*\./g;

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The matches of DOTTED_WORD in text, as [start, end) pairs one after the other, found by char
 * code (the regex was tried at every letter and made a match array for every sentence's last
 * word). A match starts at an ASCII letter no ASCII letter precedes; then letters and ".letters"
 * as long as they go on; it ends after the period that follows the last run when there is one,
 * else after the period before that run (a chain of two runs or more: "U.S" gives "U."), else
 * there is none at that start. The next match is looked for from the end of the last.
 */
export function dottedWordSpans(text: string): number[] {
  const spans: number[] = [];
  for (let i = 0; i < text.length; ) {
    if (!isAsciiLetter(text.charCodeAt(i)) || (i > 0 && isAsciiLetter(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    let j = i;
    let lastDot = -1;
    for (;;) {
      while (j < text.length && isAsciiLetter(text.charCodeAt(j))) j++;
      if (text.charCodeAt(j) !== 46) break;
      if (!isAsciiLetter(text.charCodeAt(j + 1))) { lastDot = j; break; }
      lastDot = j++;
    }
    if (lastDot < 0) {
      i = j;
      continue;
    }
    spans.push(i, lastDot + 1);
    i = lastDot + 1;
  }
  return spans;
}

/** Masks markup and abbreviation periods; never changes the length of the text. */
export function normalize(text: string): NormalizedText {
  // Edits are collected as (offset, replacement) and applied in one pass: no per-character array.
  const edits = new Map<number, string>();
  const chars = { set: (i: number, c: string): void => void edits.set(i, c), get: (i: number): string => edits.get(i) ?? text[i]! };
  for (const m of text.matchAll(TAG)) {
    for (let i = m.index; i < m.index + m[0].length; i++) chars.set(i, ' ');
  }
  const spans = dottedWordSpans(text);
  for (let s = 0; s < spans.length; s += 2) {
    const index = spans[s]!;
    const end = spans[s + 1]! - 1; // index of the final period
    const prev = index > 0 ? text[index - 1]! : ' ';
    if (WORD_CHAR.test(prev)) continue; // the tail of a longer word such as "é."
    const bare = text.slice(index, end);
    const dotted = bare.includes('.');
    const initial = bare.length === 1 && /[A-Z]/.test(bare);
    // Lower-case "no." or "ill." end sentences; abbreviations proper are capitalised ("No. 2" aside).
    // (Read only when neither test above holds: most matches are a sentence's last word.)
    if (!dotted && !initial && !(ABBREVIATIONS.has(bare.toLowerCase()) && (/^[A-Z]/.test(bare) || LOWER_ABBREVIATIONS.has(bare)))) continue;
    // "in the U.S. The next day" really ends a sentence: keep that final period.
    const next = /^\s+(\S+)/.exec(text.slice(end + 1, end + 30));
    const endsSentence = dotted && next !== null && SENTENCE_STARTERS.has(next[1]!);
    for (let i = index; i < end; i++) if (chars.get(i) === '.') chars.set(i, ABBREV_DOT);
    if (!endsSentence) chars.set(end, ABBREV_DOT);
  }
  if (edits.size === 0) return { text, masked: text };
  const offsets = [...edits.keys()].sort((a, b) => a - b);
  let masked = '';
  let from = 0;
  for (const o of offsets) {
    masked += text.slice(from, o) + edits.get(o)!;
    from = o + 1;
  }
  return { text, masked: masked + text.slice(from) };
}
