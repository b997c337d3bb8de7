// Sieve: a cue before the quotation introduces a whole quoted sentence: Obama said: “…” / Obama added, “…”.
import { frameBefore } from '../frames.ts';
import { frameFinding, type Sieve } from './sieve.ts';

/** X said: “We will win.” — the quotation opens after ':' or ',' with a capital. */
export const introFrame: Sieve = {
  name: 'intro-frame',
  confidence: 0.9,
  reason: 'attribution introduces the quotation',
  apply: (ctx) => (ctx.introPunct && !ctx.partial ? frameFinding(ctx.toks, ctx.memo('frame-before', () => frameBefore(ctx.toks, ctx.p))) : null),
};
