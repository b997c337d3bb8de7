// Sieve: quoted words inside a that-clause of someone else's report: she pointed to reports that
// Trump called her “Miss Piggy” / Politifact ruled that Trump's statement was “true”.
import { frameBefore } from '../frames.ts';
import { isWord } from '../noun-phrases.ts';
import { REPORTED_CLAUSE_OPENERS } from '../tables/frame-words.ts';
import { frameFinding, type Sieve } from './sieve.ts';

/**
 * The embedded frame's subject opens a that-clause: the words are reported second-hand, and the
 * report's own source (she, Politifact) is as often the speaker as the clause's subject (PolNeAR
 * train: 16 such quotations, 6 right as the clause's subject). Same attribution as embedded-frame,
 * placed before it, with its own measured confidence, so the reader is told it is unsure.
 */
export const reportedFrame: Sieve = {
  name: 'reported-frame',
  confidence: 0.35,
  reason: 'quoted words in a clause someone else reports: the source may be the reporter',
  apply(ctx) {
    if (ctx.introPunct && !ctx.partial) return null;
    const found = ctx.memo('frame-before', () => frameBefore(ctx.toks, ctx.p));
    const opener = found ? ctx.toks[found.np.first - 1] : undefined;
    if (!found || found.np.last >= ctx.p || !isWord(opener) || !REPORTED_CLAUSE_OPENERS.has(opener.key)) return null;
    return frameFinding(ctx.toks, found);
  },
};
