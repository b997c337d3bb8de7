// Finding the quotation a correction was made on, in the engine's current answer. The anchor's
// text decides; its old offsets only choose between repeats of the same words, so a correction
// still applies when the engine shifts offsets, splits a quotation in two or merges two.
import type { Quote, Span } from '../quotes/types.ts';
import type { QuoteAnchor } from './correction.ts';

/** How the anchored words relate to the engine's quotations now. */
export type AnchorMatch =
  /** One quotation covers exactly the anchored words. */
  | { kind: 'exact'; span: Span; quotes: number[] }
  /** The engine now splits the words into several quotations, all inside them. */
  | { kind: 'split'; span: Span; quotes: number[] }
  /** The words are now part of one longer quotation. */
  | { kind: 'merged'; span: Span; quotes: number[] }
  /** Quotations overlap the words without fitting inside or around them. */
  | { kind: 'overlap'; span: Span; quotes: number[] }
  /** The words are in the text and no quotation touches them. */
  | { kind: 'none'; span: Span; quotes: [] };

/** Every start of `needle` in `text`. */
function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/**
 * Where the anchor is now, or null when its words are no longer in the text (the article was
 * edited): such a correction is listed to the reader, never silently dropped.
 */
export function locateAnchor(text: string, quotes: readonly Quote[], anchor: QuoteAnchor): AnchorMatch | null {
  const starts = occurrences(text, anchor.text);
  if (starts.length === 0) return null;
  // The repeat nearest to where the correction was made (the first on a tie).
  let best = starts[0]!;
  for (const s of starts) if (Math.abs(s - anchor.start) < Math.abs(best - anchor.start)) best = s;
  const span = { start: best, end: best + anchor.text.length };
  const exact: number[] = [];
  const inside: number[] = [];
  const around: number[] = [];
  const overlap: number[] = [];
  quotes.forEach((q, i) => {
    if (q.end <= span.start || q.start >= span.end) return;
    if (q.start === span.start && q.end === span.end) exact.push(i);
    else if (q.start >= span.start && q.end <= span.end) inside.push(i);
    else if (q.start <= span.start && q.end >= span.end) around.push(i);
    else overlap.push(i);
  });
  if (exact.length > 0) return { kind: 'exact', span, quotes: exact };
  if (overlap.length > 0) return { kind: 'overlap', span, quotes: [...inside, ...overlap].sort((a, b) => a - b) };
  if (inside.length > 0) return { kind: 'split', span, quotes: inside };
  if (around.length > 0) return { kind: 'merged', span, quotes: around };
  return { kind: 'none', span, quotes: [] };
}
