// Stage 4, tokenize: words and punctuation outside the candidate quotations, with each
// candidate standing as one token, grouped into sentences. The attribution sieve reads
// frames ("…,” he said") off these token sentences.
import type { QuotedText } from './find-quotes.ts';
import { ABBREV_DOT } from './normalize.ts';
import { CUE_VERBS } from './tables/cue-verbs.ts';
import { MAX_APPOSITIVE_BEFORE_VERB } from './tables/limits.ts';

/** A word, a punctuation mark, or a whole candidate quotation. */
export interface Token {
  kind: 'word' | 'punct' | 'quote';
  start: number;
  end: number;
  /** The token as written, abbreviation periods restored. */
  text: string;
  /** Lower-cased, trailing period and possessive removed: the key for table look-ups. */
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

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\u2024&-]*|[^\s]/gu;
const POSSESSIVE = /['’]s?$/;
const WORD_START = /^[\p{L}\p{N}]/u;
/** Longest sentence in tokens; longer runs (lists, markup, garbage) are split. */
const MAX_SENTENCE_TOKENS = 150;

// ASCII first letters decide without the Unicode regex (most tokens of English news).
function isCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return /^\p{Lu}/u.test(word);
}

function keyOf(word: string): string {
  const lower = word.toLowerCase();
  // Most words have neither a final period nor an apostrophe: skip the regexes for them.
  if (!/[.'’]/.test(lower)) return lower;
  return lower.replace(/\.$/, '').replace(POSSESSIVE, '');
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
    const wordsUpTo = (end: number): void => {
      if (end <= pos) return;
      const chunk = masked.slice(pos, end);
      for (const m of chunk.matchAll(WORD)) {
        const start = pos + m.index;
        const raw = m[0].includes(ABBREV_DOT) ? m[0].replaceAll(ABBREV_DOT, '.') : m[0];
        const isWord = m[0].length > 1 || WORD_START.test(raw);
        tokens.push({
          kind: isWord ? 'word' : 'punct',
          start,
          end: start + m[0].length,
          text: raw,
          key: isWord ? keyOf(raw) : raw,
          cap: isCapital(raw),
          quote: -1,
          final: false,
        });
      }
    };
    while (c < candidates.length && candidates[c]!.para === p) {
      const q = candidates[c]!;
      wordsUpTo(q.start);
      const inner = text.slice(q.start + q.openLen, q.end - q.closeLen).trimEnd();
      tokens.push({
        kind: 'quote', start: q.start, end: q.end, text: '', key: '', cap: false, quote: c,
        final: /[.?!…]['’]?$/.test(inner),
      });
      pos = q.end;
      c++;
    }
    wordsUpTo(para.end);
    splitSentences(text, tokens, p, sentences, quoteAt);
  });
  paraFirstSentence.push(sentences.length);
  return { ...doc, sentences, quoteAt, paraFirstSentence };
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
    if (!t.cap && CUE_VERBS.has(t.key)) return j > i;
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
  let cur: Token[] = [];
  const flush = (): void => {
    if (cur.length === 0) return;
    const idx = out.length;
    cur.forEach((t, i) => {
      if (t.kind === 'quote') quoteAt[t.quote] = { sentence: idx, token: i };
    });
    out.push({ para, tokens: cur });
    cur = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    cur.push(t);
    const next = tokens[i + 1];
    if (!next) break;
    const startsNew = next.cap || next.kind === 'quote' || (next.kind === 'punct' && /[([]/.test(next.text));
    const ender = (t.kind === 'punct' && /^[.?!…]$/.test(t.text)) || (t.kind === 'quote' && t.final);
    if (ender && startsNew && !(t.kind === 'quote' && framesQuote(tokens, i + 1))) flush();
    // No prose sentence is this long: cap it so that every scan of a sentence stays bounded (linear time).
    else if (cur.length >= MAX_SENTENCE_TOKENS) flush();
    // A line break inside a paragraph (lists, bylines, tweets) always ends the sentence.
    else if (lineBreakBetween(text, t.end, next.start)) flush();
  }
  flush();
}
