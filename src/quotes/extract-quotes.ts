// The engine's entry point: text in, quotations with speakers out.
import { findQuotes } from './find-quotes.ts';
import type { QuoteAnalysis } from './types.ts';

/** Finds every quotation in an article body and attributes it. Never throws. */
export function extractQuotes(text: string): QuoteAnalysis {
  const quotes = findQuotes(text).map((span, i) => ({
    ...span,
    id: `q${i + 1}`,
    kind: 'direct' as const,
    speaker: null,
    mention: null,
    cue: null,
    confidence: 0,
    reason: 'No attribution yet',
  }));
  return { quotes, speakers: [], warnings: [] };
}
