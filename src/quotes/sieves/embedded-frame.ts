// Sieve: quoted words inside reported speech: Obama called it “…” / Obama said that … “…”.
import { frameBefore } from '../frames.ts';
import { frameFinding, type Sieve } from './sieve.ts';

/** X called the plan “a disaster”: the cue before a partial quotation, and its subject. */
export const embeddedFrame: Sieve = {
  name: 'embedded-frame',
  confidence: 0.8,
  reason: 'quoted words inside reported speech',
  apply: (ctx) => (ctx.introPunct && !ctx.partial ? null : frameFinding(ctx.toks, ctx.memo('frame-before', () => frameBefore(ctx.toks, ctx.p)))),
};
