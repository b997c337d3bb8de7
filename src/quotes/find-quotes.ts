// Stage: pair double quote marks into candidate quotation spans, paragraph by paragraph.
// PLACEHOLDER implementation from the scaffold; the quote-engine work replaces it.
import type { Span } from './types.ts';

const OPENERS = new Set(['"', '\u201C', '\u201E']);
const CLOSERS = new Set(['"', '\u201D', '\u201C']);

/** Candidate quotation spans; a quotation still open at a paragraph's end is cut there. */
export function findQuotes(text: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' && text[i + 1] === '\n') {
      if (open >= 0) spans.push({ start: open, end: i });
      open = -1;
    } else if (open < 0 && OPENERS.has(ch)) {
      open = i;
    } else if (open >= 0 && CLOSERS.has(ch)) {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ start: open, end: text.length });
  return spans;
}
