// Sieve: a sentence with no cue verb introduces the quotation with a colon: Obama on Twitter: “…”.
import { dashSignature } from '../frames.ts';
import { isPunct, sentenceSubject } from '../noun-phrases.ts';
import type { Sieve } from './sieve.ts';

/** Obama on Twitter: “…” — the sentence's subject, the colon as the cue. */
export const colonIntro: Sieve = {
  name: 'colon-intro',
  confidence: 0.7,
  reason: 'the sentence introduces it with a colon',
  apply(ctx) {
    if (!isPunct(ctx.lastBefore, ':')) return null;
    // "RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: “…”": a name between a dash and the
    // colon signs the quotation (the capitals before the dash are a headline, not its subject).
    const signed = ctx.memo('dash-signature', () => dashSignature(ctx.toks, ctx.p));
    if (signed) return { kind: 'frame', toks: ctx.toks, found: signed };
    const np = ctx.memo('sentence-subject', () => sentenceSubject(ctx.toks, ctx.p)) ?? sentenceSubject(ctx.toks, ctx.p, true);
    return np ? { kind: 'frame', toks: ctx.toks, found: { np, cue: ctx.lastBefore! } } : null;
  },
};
