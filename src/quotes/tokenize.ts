// Stage 4, tokenize: words and punctuation outside the candidate quotations, with each
// candidate standing as one token, grouped into sentences. The attribution sieve reads
// frames ("…,” he said") off these token sentences.
import type { QuotedText } from './find-quotes.ts';
import { ABBREV_DOT } from './normalize.ts';
import { CUE_VERBS } from './tables/cue-verbs.ts';
import { GO_ON } from './tables/frame-words.ts';
import { MAX_APPOSITIVE_BEFORE_VERB } from './tables/limits.ts';

// (A regex with \p is a module constant: esbuild, as tsx and the worker bundle run it (target node20),
// turns a \p escape outside a class into a `new RegExp` evaluated at every use: one per call.)
const CAPITAL_FIRST = /^\p{Lu}/u;

/** A word, a punctuation mark, or a whole candidate quotation. */
export interface Token {
  kind: 'word' | 'punct' | 'quote';
  start: number;
  end: number;
  /** The token as written, abbreviation periods restored. */
  text: string;
  /**
   * Lower-cased, trailing period and possessive removed: the key for table look-ups. (A common word
   * the article uses as a surname keeps its capital, so that no word table matches it: article-surnames.ts.)
   */
  key: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** For quote tokens: index into candidates. */
  quote: number;
  /** For quote tokens: the quotation's words end a sentence ('.', '?', '!'). */
  final: boolean;
}

/** One sentence of a paragraph: a run of tokens. */
export interface Sentence {
  para: number;
  tokens: Token[];
}

/** The quoted text with its sentences. */
export interface TokenizedText extends QuotedText {
  sentences: Sentence[];
  /** For each candidate: its sentence index and token index in that sentence. */
  quoteAt: { sentence: number; token: number }[];
  /** First sentence index of each paragraph (and one past the end). */
  paraFirstSentence: number[];
}

/** The tokenizer's pattern: a word (letters, digits, inner ' ’ & - and abbreviation dots) or any other non-space character. */
export const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\u2024&-]*|[^\s]/gu;
const POSSESSIVE = /['’]s?$/;
const WORD_START = /^[\p{L}\p{N}]/u;
/** Longest sentence in tokens; longer runs (lists, markup, garbage) are split. */
const MAX_SENTENCE_TOKENS = 150;

// ASCII first letters decide without the Unicode regex (most tokens of English news).
function isCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return CAPITAL_FIRST.test(word);
}

function keyOf(word: string): string {
  const lower = word.toLowerCase();
  // Most words have neither a final period nor an apostrophe: skip the regexes for them.
  if (!/[.'’]/.test(lower)) return lower;
  return lower.replace(/\.$/, '').replace(POSSESSIVE, '');
}

// The tokenizer's ASCII fast path: WORD's classes for the characters below 128 (\s; [\p{L}\p{N}];
// the other characters WORD lets continue a word; everything else). The rest goes through WORD.
const WS = 0;
const PUNCT = 1;
const INNER = 2;
const START = 3;
const ASCII_CLASS: Uint8Array = (() => {
  const t = new Uint8Array(128).fill(PUNCT);
  for (const c of [9, 10, 11, 12, 13, 32]) t[c] = WS;
  for (const c of "'&-") t[c.charCodeAt(0)] = INNER;
  for (let c = 0; c < 128; c++) if (/[\p{L}\p{N}]/u.test(String.fromCharCode(c))) t[c] = START;
  return t;
})();
// WORD anchored at a position, for the characters the ASCII path leaves to it.
const WORD_AT = new RegExp(WORD.source, 'uy');

function punctToken(ch: string, start: number): Token {
  return { kind: 'punct', start, end: start + 1, text: ch, key: ch, cap: false, quote: -1, final: false };
}

/** The token WORD matches at i in masked[..end) pushed (nothing for white space); returns where the next one may start. */
function regexToken(masked: string, i: number, end: number, tokens: Token[]): number {
  WORD_AT.lastIndex = i;
  let m = WORD_AT.exec(masked);
  // No match at i: white space (WORD's last branch takes any other character).
  if (!m) return i + 1;
  // The token must stop at end, as a match on the slice would.
  if (i + m[0].length > end) {
    WORD_AT.lastIndex = 0;
    m = WORD_AT.exec(masked.slice(i, end))!;
  }
  const w = m[0];
  const raw = w.includes(ABBREV_DOT) ? w.replaceAll(ABBREV_DOT, '.') : w;
  const isWord = w.length > 1 || WORD_START.test(raw);
  tokens.push({ kind: isWord ? 'word' : 'punct', start: i, end: i + w.length, text: raw, key: isWord ? keyOf(raw) : raw, cap: isCapital(raw), quote: -1, final: false });
  return i + w.length;
}

const SPACE = /\s/;
const isSpaceAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text[i]!);
};

/**
 * /[.?!…]['’]?$/.test(text.slice(start, end).trimEnd()) read backwards from end, without the copy
 * (trimEnd and \s remove the same characters).
 */
function endsSentence(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && isSpaceAt(text, e - 1)) e--;
  if (e > start && (text[e - 1] === "'" || text[e - 1] === '’')) e--;
  if (e <= start) return false;
  const ch = text[e - 1];
  return ch === '.' || ch === '?' || ch === '!' || ch === '…';
}

/**
 * The tokens of masked[pos, end), as WORD would match them on masked.slice(pos, end), pushed.
 * (A module function, not a closure per paragraph: where function names are kept, tsx and the
 * worker bundle, every named closure made costs a defineProperty.)
 */
function wordsIn(masked: string, pos: number, end: number, tokens: Token[]): void {
  if (end <= pos) return;
  let i = pos;
  while (i < end) {
    const ch = masked.charCodeAt(i);
    if (ch < 128) {
      const cls = ASCII_CLASS[ch]!;
      if (cls === WS) { i++; continue; }
      if (cls !== START) {
        // Any other ASCII character is a one-character punctuation token.
        tokens.push(punctToken(masked[i]!, i));
        i++;
        continue;
      }
      // An ASCII word: letters, digits, ' & - after the first; a non-ASCII character next may
      // still continue it (’, accents, ABBREV_DOT), and then WORD decides.
      let j = i + 1;
      let apostrophe = false;
      let upper = ch >= 65 && ch <= 90;
      let cc = j < end ? masked.charCodeAt(j) : 32;
      while (j < end && cc < 128 && ASCII_CLASS[cc]! >= INNER) {
        if (cc === 39) apostrophe = true;
        else if (cc >= 65 && cc <= 90) upper = true;
        cc = ++j < end ? masked.charCodeAt(j) : 32;
      }
      if (j >= end || cc < 128) {
        const w = masked.slice(i, j);
        // (Most words are lower-case already: no second string for their key.)
        const lower = upper ? w.toLowerCase() : w;
        tokens.push({ kind: 'word', start: i, end: j, text: w, key: apostrophe ? lower.replace(POSSESSIVE, '') : lower, cap: ch >= 65 && ch <= 90, quote: -1, final: false });
        i = j;
        continue;
      }
    }
    // Not plain ASCII here: WORD itself reads the token (or finds white space).
    i = regexToken(masked, i, end, tokens);
  }
}

/** Tokenizes every paragraph outside the candidates and splits it into sentences. */
export function tokenize(doc: QuotedText): TokenizedText {
  const { masked, text, candidates } = doc;
  const sentences: Sentence[] = [];
  const quoteAt: { sentence: number; token: number }[] = candidates.map(() => ({ sentence: -1, token: -1 }));
  const paraFirstSentence: number[] = [];
  let c = 0;
  doc.paragraphs.forEach((para, p) => {
    paraFirstSentence.push(sentences.length);
    const tokens: Token[] = [];
    let pos = para.start;
    while (c < candidates.length && candidates[c]!.para === p) {
      const q = candidates[c]!;
      wordsIn(masked, pos, q.start, tokens);
      tokens.push({
        kind: 'quote', start: q.start, end: q.end, text: '', key: '', cap: false, quote: c,
        final: endsSentence(text, q.start + q.openLen, q.end - q.closeLen),
      });
      pos = q.end;
      c++;
    }
    wordsIn(masked, pos, para.end, tokens);
    splitSentences(text, tokens, p, sentences, quoteAt);
  });
  paraFirstSentence.push(sentences.length);
  // (Fields named, not spread: one hidden class for every article, as in segment.ts.)
  return { text, masked, paragraphs: doc.paragraphs, candidates, warnings: doc.warnings, sentences, quoteAt, paraFirstSentence };
}

/**
 * “How many times…?” Clinton said. — the frame after a quotation that ends in ? ! or . still
 * belongs to its sentence: a name (up to four words) or pronoun followed by a cue verb, or a cue verb first.
 */
function framesQuote(tokens: Token[], i: number): boolean {
  const first = tokens[i];
  if (!first || first.kind !== 'word') return false;
  if (CUE_VERBS.has(first.key)) return true;
  for (let j = i; j < tokens.length && j < i + 5; j++) {
    const t = tokens[j]!;
    // “…?” Miller, a retired worker from a nuclear plant, said: a name, an appositive between
    // commas, then the cue verb.
    if (t.kind === 'punct' && t.text === ',' && j > i) return appositiveThenCue(tokens, j);
    if (t.kind !== 'word') return false;
    // ("“…?” Trump went on, as if …": "go on" is a cue verb here too.)
    if (!t.cap && (CUE_VERBS.has(t.key) || (GO_ON.has(t.key) && tokens[j + 1]?.key === 'on' && tokens[j + 2]?.kind !== 'word'))) return j > i;
    if (!t.cap && j > i) return false;
  }
  return false;
}

/** From the comma at j: words up to a closing comma (within MAX_APPOSITIVE_BEFORE_VERB), then a cue verb. */
function appositiveThenCue(tokens: Token[], j: number): boolean {
  for (let k = j + 1; k < tokens.length && k <= j + MAX_APPOSITIVE_BEFORE_VERB; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && t.text === ',') {
      const v = tokens[k + 1];
      return k > j + 1 && v !== undefined && v.kind === 'word' && !v.cap && CUE_VERBS.has(v.key);
    }
    if (t.kind !== 'word') return false;
  }
  return false;
}

function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** A sentence ends after . ? ! (or a quotation ending in one) when a capital or a quotation follows. */
function splitSentences(text: string, tokens: Token[], para: number, out: Sentence[], quoteAt: { sentence: number; token: number }[]): void {
  // The current sentence is tokens[from, i]: cut as one exact-size slice when it ends (no array
  // grown token by token, no closure per paragraph).
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (!next) break;
    const startsNew = next.cap || next.kind === 'quote' || (next.kind === 'punct' && (next.text === '(' || next.text === '['));
    const ender = (t.kind === 'punct' && (t.text === '.' || t.text === '?' || t.text === '!' || t.text === '…')) || (t.kind === 'quote' && t.final);
    if ((ender && startsNew && !(t.kind === 'quote' && framesQuote(tokens, i + 1)))
      // No prose sentence is this long: cap it so that every scan of a sentence stays bounded (linear time).
      || i + 1 - from >= MAX_SENTENCE_TOKENS
      // A line break inside a paragraph (lists, bylines, tweets) always ends the sentence.
      || lineBreakBetween(text, t.end, next.start)) {
      pushSentence(tokens, from, i + 1, para, out, quoteAt);
      from = i + 1;
    }
  }
  if (from < tokens.length) pushSentence(tokens, from, tokens.length, para, out, quoteAt);
}

/** tokens[from, to) as the next sentence; each quotation in it records where it stands. */
function pushSentence(tokens: Token[], from: number, to: number, para: number, out: Sentence[], quoteAt: { sentence: number; token: number }[]): void {
  const idx = out.length;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind === 'quote') {
      const at = quoteAt[t.quote]!;
      at.sentence = idx;
      at.token = k - from;
    }
  }
  out.push({ para, tokens: tokens.slice(from, to) });
}
