// Sieve (last resort): the sentence's subject, with no speech verb. A guess, shown as one.
import { speakerLike } from '../frames.ts';
import { sentenceSubject as readSentenceSubject } from '../noun-phrases.ts';
import type { Sieve } from './sieve.ts';

/** Reid has gone after Trump as a “con artist”: the subject may be the source. */
export const sentenceSubject: Sieve = {
  name: 'sentence-subject',
  confidence: 0.5,
  reason: 'subject of the sentence, no speech verb (guess)',
  apply(ctx) {
    const np = ctx.memo('sentence-subject', () => readSentenceSubject(ctx.toks, ctx.p));
    return np && speakerLike(ctx.toks, np) ? { kind: 'frame', toks: ctx.toks, found: { np, cue: null } } : null;
  },
};
