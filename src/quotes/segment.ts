// Stage 2, segment: split the text into paragraphs (separated by a blank line).
import type { NormalizedText } from './normalize.ts';
import type { Span } from './types.ts';

/** The normalized text with its paragraphs, each trimmed of surrounding white space. */
export interface SegmentedText extends NormalizedText {
  paragraphs: Span[];
}

/** Paragraph spans in text order; empty paragraphs are dropped. */
export function segment(doc: NormalizedText): SegmentedText {
  const paragraphs: Span[] = [];
  const { text } = doc;
  const breaks = /\n[ \t\r\u00A0]*\n\s*/g;
  let start = 0;
  const push = (s: number, e: number): void => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) paragraphs.push({ start: s, end: e });
  };
  for (const m of text.matchAll(breaks)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  // (Every field named, not spread: an object literal keeps one hidden class for every article, so the
  // later stages' reads of these fields stay monomorphic; a spread made a new one per article.)
  return { text: doc.text, masked: doc.masked, paragraphs };
}
