// Stage 2, segment: split the text into paragraphs (separated by a blank line).
import type { NormalizedText } from './normalize.ts';
import type { Span } from './types.ts';

/** The normalized text with its paragraphs, each trimmed of surrounding white space. */
export interface SegmentedText extends NormalizedText {
  paragraphs: Span[];
}

// White space as /\s/ reads it, ASCII by char code.
const SPACE = /\s/;
const isSpaceAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text[i]!);
};

// text[s, e) trimmed of white space, as a paragraph when anything is left.
function pushParagraph(text: string, s: number, e: number, paragraphs: Span[]): void {
  while (s < e && isSpaceAt(text, s)) s++;
  while (e > s && isSpaceAt(text, e - 1)) e--;
  if (e > s) paragraphs.push({ start: s, end: e });
}

/** Paragraph spans in text order; empty paragraphs are dropped. */
export function segment(doc: NormalizedText): SegmentedText {
  const paragraphs: Span[] = [];
  const { text } = doc;
  const breaks = /\n[ \t\r\u00A0]*\n\s*/g;
  let start = 0;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    pushParagraph(text, start, m.index, paragraphs);
    start = m.index + m[0].length;
  }
  pushParagraph(text, start, text.length, paragraphs);
  // (Every field named, not spread: an object literal keeps one hidden class for every article, so the
  // later stages' reads of these fields stay monomorphic; a spread made a new one per article.)
  return { text: doc.text, masked: doc.masked, paragraphs };
}
