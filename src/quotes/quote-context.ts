// The sentence around a quotation, so a speaker page can show "years." or "Witch Hunt garbage." in
// the words that frame them. Sentence ends are read from the normalized text, where abbreviation
// periods ("Mr.", "U.S.") are masked and never end a sentence. Pure.
import { normalize } from './normalize.ts';
import type { Span } from './types.ts';

/** Longest context kept on each side, in characters (cut at a word, with an ellipsis). */
export const MAX_CONTEXT = 220;

/** Sentence ends: . ? ! (optionally followed by a closing quote mark) then white space. */
const SENTENCE_END = /[.?!][”"’)]*\s+/gu;

/** Text before and after the quotation, within its sentence(s) and its paragraph. */
export interface QuoteContext {
  before: string;
  after: string;
}

/** Makes a context function for one article (normalizes the text once). */
export function contextFinder(text: string, paragraphs: readonly Span[]): (quote: Span) => QuoteContext {
  const { masked } = normalize(text);
  return (quote) => {
    const para = paragraphs.find((p) => p.start <= quote.start && quote.start < p.end) ?? { start: 0, end: text.length };
    // Before: from the last sentence end before the quotation (outside it) to the quotation.
    let start = para.start;
    for (const m of masked.slice(para.start, quote.start).matchAll(SENTENCE_END)) start = para.start + m.index + m[0].length;
    // After: from the quotation to the first sentence end after it (the quotation's own end counts
    // only when the sentence goes on: '"…years." he said.' keeps "he said.").
    let end = Math.min(para.end, text.length);
    const tail = masked.slice(quote.end, end);
    const endsSentence = /[.?!][”"’)]*$/u.test(masked.slice(quote.start, quote.end)) && /^(?:\s+[\p{Lu}\p{N}"“‘(]|\s*$)/u.test(tail);
    const next = /[.?!][”"’)]*(?:\s+|$)/u.exec(tail);
    if (endsSentence) end = quote.end;
    else if (next) end = quote.end + next.index + next[0].trimEnd().length;
    let before = text.slice(start, quote.start);
    let after = text.slice(quote.end, end);
    if (before.length > MAX_CONTEXT) before = `…${before.slice(before.length - MAX_CONTEXT).replace(/^\S*\s/u, '')}`;
    if (after.length > MAX_CONTEXT) after = `${after.slice(0, MAX_CONTEXT).replace(/\s\S*$/u, '')}…`;
    return { before, after };
  };
}
