// Sieve: a cue later in the sentence, past other words: “…” for Clinton, said Brad Bannon.
import { frameAfterFullStop, frameLater } from '../frames.ts';
import { frameFinding, type Sieve } from './sieve.ts';

/** “Good news” for Clinton, said Brad Bannon, a Democratic strategist. */
export const laterFrame: Sieve = {
  name: 'later-frame',
  confidence: 0.6,
  reason: 'attribution later in the sentence',
  apply(ctx) {
    const found = frameLater(ctx.toks, ctx.p);
    // (After “We feel good.” a later "She noted a rally …" opens the next sentence: frames.ts frameAfterFullStop.)
    if (found && found.cue && !frameAfterFullStop(ctx.toks, ctx.inner.trimEnd(), Math.max(ctx.toks.indexOf(found.cue), found.np.last))) return null;
    return frameFinding(ctx.toks, found);
  },
};
