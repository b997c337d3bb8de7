// Sieve: the frame right after the quotation: “…,” Obama said / “…,” said Obama / “…” ― Name.
import { trailingFrame as readTrailingFrame } from '../frames.ts';
import { frameFinding, type Sieve } from './sieve.ts';

/** “…,” Obama said / “…,” said the spokesman / “…,” Howard Dean, the former governor, proclaimed. */
export const trailingFrame: Sieve = {
  name: 'trailing-frame',
  confidence: 0.95,
  reason: 'attribution right after the quotation',
  apply: (ctx) => frameFinding(ctx.toks, readTrailingFrame(ctx.toks, ctx.p, ctx.inner.trimEnd())),
};
