// Stage 3, find-quotes: pair double quote marks into candidate quotation spans, paragraph by
// paragraph. A quotation still open at a paragraph's end is cut there (news style reopens the
// quote at the next paragraph).
import type { SegmentedText } from './segment.ts';
import { DOUBLE_MARKS, TWO_CHAR_MARKS, type MarkRole } from './tables/quote-marks.ts';
import type { EngineWarning, Span } from './types.ts';

/** A candidate quotation: a span between paired double marks. */
export interface Candidate extends Span {
  /** Index of its paragraph. */
  para: number;
  /** Length of the opening and closing marks (2 for '' marks, 0 when unclosed). */
  openLen: number;
  closeLen: number;
  /** Cut at the end of the paragraph because no closing mark came. */
  unclosed: boolean;
}

/** The segmented text with its candidate quotations. */
export interface QuotedText extends SegmentedText {
  candidates: Candidate[];
  warnings: EngineWarning[];
}

// Every character that can start a mark, to skip all others quickly.
const MARK_FIRST_CHARS = new Set<string>([...DOUBLE_MARKS.keys(), ...[...TWO_CHAR_MARKS.keys()].map((k) => k[0]!)]);
// (Scanned with test() and lastIndex: a regex scan is native code from an article's first run,
// where a char-code loop runs in the interpreter until it is optimised, and test() makes no match
// array as exec did. Every mark is one UTF-16 unit, so the match ends one after where it starts.)
const MARK_FIRST_RE = new RegExp(`[${[...MARK_FIRST_CHARS].map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}]`, 'gu');

interface Mark {
  pos: number;
  len: number;
  role: MarkRole;
}

/** Work findQuotes did, counted so that a test can assert it grows linearly with the text without timing it. */
export interface FindQuotesProbe {
  /** Characters the mark scan read; at most the text's length plus one per mark and paragraph. */
  scannedChars: number;
}

/**
 * Position of the first character at or after `from` that may start a mark (masked.length if none).
 * The regex is not bounded by the paragraph, so a paragraph without marks used to scan on to the
 * next mark, however far: the whole rest of the text when it had none, quadratic in paragraphs.
 * The last scan's result is reused while `from` stays before it; calls come in increasing order.
 */
function markFinder(masked: string, probe?: FindQuotesProbe): (from: number) => number {
  let scannedFrom = 0;
  let found = -1; // no mark in [scannedFrom, found); a mark (or the text's end) at found
  return (from) => {
    if (from >= scannedFrom && from <= found) return found;
    MARK_FIRST_RE.lastIndex = from;
    found = MARK_FIRST_RE.test(masked) ? MARK_FIRST_RE.lastIndex - 1 : masked.length;
    scannedFrom = from;
    if (probe) probe.scannedChars += found - from + 1;
    return found;
  };
}

/** Double marks of one paragraph; runs of apostrophes are read as '' marks plus a nested single. */
function marksIn(masked: string, span: Span, insideAt: (pos: number) => boolean, nextMark: (from: number) => number): Mark[] {
  const marks: Mark[] = [];
  let open = false; // tracks open/closed roughly so that ''' is split the right way
  for (let i = span.start; i < span.end; i++) {
    // Jump to the next character that may start a mark (one regex scan instead of a lookup per character).
    i = nextMark(i);
    if (i >= span.end) break;
    const ch = masked[i]!;
    // (The two characters are a string only where they may be a two-character mark: most marks are one.)
    const two = TWO_CHAR_FIRST.has(ch) && i + 1 < masked.length ? masked.slice(i, i + 2) : ch;
    if (ch === "'" && two === "''") {
      let run = 2;
      while (masked[i + run] === "'") run++;
      // ''' is a nested single quote next to a double mark: '' + ' when opening, ' + '' when closing.
      const pos = run >= 3 && (open || insideAt(i)) ? i + run - 2 : i;
      marks.push({ pos, len: 2, role: 'both' });
      open = !open;
      i += run - 1;
      continue;
    }
    const twoRole = TWO_CHAR_MARKS.get(two);
    if (twoRole && two !== "''") {
      marks.push({ pos: i, len: 2, role: twoRole });
      open = twoRole === 'open' ? true : twoRole === 'close' ? false : !open;
      i++;
      continue;
    }
    const role = DOUBLE_MARKS.get(ch);
    if (role) {
      marks.push({ pos: i, len: 1, role });
      open = role === 'open' ? true : role === 'close' ? false : !open;
    }
  }
  return marks;
}

// The first characters of the two-character marks.
const TWO_CHAR_FIRST: ReadonlySet<string> = new Set([...TWO_CHAR_MARKS.keys()].map((k) => k[0]!));

const WORD_CHAR = /[\p{L}\p{N}]/u;
/**
 * /[\p{L}\p{N}]/u.test(s.slice(from, to)) without copying the quotation: ASCII by char code, any
 * other code point (a surrogate pair whole, not across `to`) by the regex.
 */
function hasWordChar(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
      continue;
    }
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < to;
    if (WORD_CHAR.test(s.slice(i, pair ? i + 2 : i + 1))) return true;
  }
  return false;
}

/** Pairs marks into candidates; stray marks become warnings, never exceptions. */
export function findQuotes(doc: SegmentedText, probe?: FindQuotesProbe): QuotedText {
  const { masked } = doc;
  const candidates: Candidate[] = [];
  const warnings: EngineWarning[] = [];
  const nextMark = markFinder(masked, probe);
  doc.paragraphs.forEach((para, p) => {
    const marks = marksIn(masked, para, () => false, nextMark);
    let open: Mark | null = null;
    for (let mi = 0; mi < marks.length; mi++) {
      const m = marks[mi]!;
      if (open && m.role === 'open' && nestedPair(marks, mi)) {
        // “When he said “trust me” I did not believe him,”: a quotation inside a quotation, its
        // opener and closer both followed by the outer closer, does not split the outer one.
        mi++;
        continue;
      }
      if (!open) {
        // A lone closer followed by white space is stray; a closer before a word opens (misdirected mark).
        const next = masked[m.pos + m.len] ?? ' ';
        if (m.role === 'close' && /\s|[.,;:)]/.test(next)) {
          warnings.push({ code: 'unbalanced-quote', message: 'closing quote mark with no opening mark', offset: m.pos });
          continue;
        }
        open = m;
        continue;
      }
      if (m.role === 'open') {
        // “ preceded by a letter or punctuation closes (“Apparently not,“); after a space it opens anew.
        const prev = masked[m.pos - 1] ?? ' ';
        if (/\s/.test(prev)) {
          warnings.push({ code: 'unbalanced-quote', message: 'quotation opened again before it was closed', offset: open.pos });
          const end = trimEnd(masked, open.pos + open.len, m.pos);
          if (hasWordChar(masked, open.pos, end)) {
            candidates.push({ start: open.pos, end, para: p, openLen: open.len, closeLen: 0, unclosed: true });
          }
          open = m;
          continue;
        }
      }
      const end = m.pos + m.len;
      if (hasWordChar(masked, open.pos + open.len, m.pos)) {
        candidates.push({ start: open.pos, end, para: p, openLen: open.len, closeLen: m.len, unclosed: false });
      }
      open = null;
    }
    if (open) {
      const end = trimEnd(masked, open.pos + open.len, para.end);
      if (hasWordChar(masked, open.pos, end)) {
        candidates.push({ start: open.pos, end, para: p, openLen: open.len, closeLen: 0, unclosed: true });
      } else {
        warnings.push({ code: 'unbalanced-quote', message: 'quote mark with nothing after it', offset: open.pos });
      }
    }
  });
  // (Fields named, not spread: one hidden class for every article, as in segment.ts.)
  return { text: doc.text, masked: doc.masked, paragraphs: doc.paragraphs, candidates, warnings };
}

/** The opener at i has its own closer next and the outer quotation's closer after that. */
function nestedPair(marks: Mark[], i: number): boolean {
  const inner = marks[i + 1];
  const outer = marks[i + 2];
  return inner !== undefined && outer !== undefined && inner.role === 'close' && outer.role === 'close';
}

function trimEnd(s: string, lo: number, end: number): number {
  while (end > lo && /\s/.test(s[end - 1]!)) end--;
  return end;
}
