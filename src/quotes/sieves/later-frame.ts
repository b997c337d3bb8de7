// Sieve: a cue later in the sentence, past other words: “…” for Clinton, said Brad Bannon.
import { frameLater } from '../frames.ts';
import { frameFinding, type Sieve } from './sieve.ts';

/** “Good news” for Clinton, said Brad Bannon, a Democratic strategist. */
export const laterFrame: Sieve = {
  name: 'later-frame',
  confidence: 0.6,
  reason: 'attribution later in the sentence',
  apply: (ctx) => frameFinding(ctx.toks, frameLater(ctx.toks, ctx.p)),
};
