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
const DOTTED_WORD = /(?<![A-Za-z])[A-Za-z]+(?:\.[A-Za-z]+)*\./g;

/** Masks markup and abbreviation periods; never changes the length of the text. */
export function normalize(text: string): NormalizedText {
  // Edits are collected as (offset, replacement) and applied in one pass: no per-character array.
  const edits = new Map<number, string>();
  const chars = { set: (i: number, c: string): void => void edits.set(i, c), get: (i: number): string => edits.get(i) ?? text[i]! };
  for (const m of text.matchAll(TAG)) {
    for (let i = m.index; i < m.index + m[0].length; i++) chars.set(i, ' ');
  }
  // (exec in a loop, not matchAll's iterator; the regex's own scan is native code from an article's
  // first run, where a char-code scan of the whole text ran in the interpreter until optimised.)
  DOTTED_WORD.lastIndex = 0;
  for (let m = DOTTED_WORD.exec(text); m; m = DOTTED_WORD.exec(text)) {
    const index = m.index;
    const end = index + m[0].length - 1; // index of the final period
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
