// Sieve: a later quotation of a paragraph continues the speaker of the one before it:
// “We will win,” Clinton said. “The voters are with us.”
import type { Sieve } from './sieve.ts';

/** The previous quotation of the paragraph was attributed: this one inherits its speaker. */
export const paragraphContinuation: Sieve = {
  name: 'paragraph-continuation',
  confidence: 0.85,
  reason: 'continues the previous quotation of the paragraph',
  apply: (ctx) => (ctx.prevQuote >= 0 && ctx.done[ctx.prevQuote]!.sieve !== 'none' ? { kind: 'inherit', from: ctx.prevQuote } : null),
};
