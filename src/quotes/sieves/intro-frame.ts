// Sieve: a cue before the quotation introduces a whole quoted sentence: Obama said: “…” / Obama added, “…”.
import { dashSignature, frameBefore } from '../frames.ts';
import { frameFinding, type Sieve } from './sieve.ts';

/** X said: “We will win.” — the quotation opens after ':' or ',' with a capital. */
export const introFrame: Sieve = {
  name: 'intro-frame',
  confidence: 0.9,
  reason: 'attribution introduces the quotation',
  apply(ctx) {
    if (!ctx.introPunct || ctx.partial) return null;
    // "Pollsters agree - Carl Bialik: “…”": a signature after a dash is no frame of the heading's verb (colon-intro reads it).
    if (ctx.memo('dash-signature', () => dashSignature(ctx.toks, ctx.p))) return null;
    return frameFinding(ctx.toks, ctx.memo('frame-before', () => frameBefore(ctx.toks, ctx.p)));
  },
};
