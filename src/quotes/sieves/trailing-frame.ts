// Sieve: the frame right after the quotation: “…,” Obama said / “…,” said Obama / “…” ― Name.
import { trailingFrame as readTrailingFrame } from '../frames.ts';
import { frameFinding, type Sieve } from './sieve.ts';

/** “…,” Obama said / “…,” said the spokesman / “…,” Howard Dean, the former governor, proclaimed. */
export const trailingFrame: Sieve = {
  name: 'trailing-frame',
  confidence: 0.95,
  reason: 'attribution right after the quotation',
  apply(ctx) {
    const found = readTrailingFrame(ctx.toks, ctx.p, ctx.inner.trimEnd());
    // "its “Bathroom Bill,” which allows …": a relative pronoun right after the quotation, with no
    // noun phrase before it, stands for the quoted words themselves, not for their speaker.
    if (found && found.np.type === 'relative' && !found.np.antecedent && found.np.first === ctx.p + 1 + (ctx.toks[ctx.p + 1]?.kind === 'punct' ? 1 : 0)) return null;
    return frameFinding(ctx.toks, found);
  },
};
