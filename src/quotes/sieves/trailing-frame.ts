// Sieve: the frame right after the quotation: “…,” Obama said / “…,” said Obama / “…” ― Name.
import { frameAfterFullStop, frameBefore, trailingFrame as readTrailingFrame } from '../frames.ts';
import { cueAt, isPunct, isWord } from '../noun-phrases.ts';
import { CLAUSE_LEADS, FRAMED_CLAUSE_OPENERS, SUBORDINATE_OPENERS } from '../tables/words.ts';
import { PARTICIPLE_SUFFIX } from '../tables/cue-verbs.ts';
import type { Token } from '../tokenize.ts';
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
    // "While Sullivan proclaims the article a “…,” Clinton fixates on …": a quotation inside an
    // opening subordinate clause with its own cue is that clause's; the frame after it is the main clause's.
    // (An inverted frame, "“…,” said Drew Heiserman", still names the speaker.)
    const cueIndex = found?.cue ? ctx.toks.indexOf(found.cue) : -1;
    const inverted = found?.cue ? cueIndex < found.np.first : false;
    if (found && !inverted && found.np.first > ctx.p && inFramedOpeningClause(ctx.toks, ctx.p)) return null;
    // "Kerry said that although the elections were an “important step forward,” they were …", "in a
    // clip that the judge called “distasteful,” Santilli expressed …": a partial quotation that a
    // cue before it already frames is not framed by a following subject with a verb that is no cue.
    if (found && found.cue && ctx.partial && ctx.p > 0 && !cueAt(ctx.toks, cueIndex)) {
      const before = ctx.memo('frame-before', () => frameBefore(ctx.toks, ctx.p));
      // ("After he blasted the film for being “pro-gay,” Pastor Kevin Swanson has …": a pronoun
      // before the quotation and a name after it are one person, named after; the name stays.)
      if (before && before.np.last < ctx.p && !(before.np.type === 'pronoun' && found.np.type === 'name')) return null;
    }
    // A whole quoted sentence closed by a full stop: "She noted a rally", "He added: “…”" after it open the next sentence.
    if (found && found.cue && !frameAfterFullStop(ctx.toks, ctx.inner.trimEnd(), Math.max(cueIndex, found.np.last))) return null;
    return frameFinding(ctx.toks, found);
  },
};

/** The quotation at p sits in an opening subordinate clause ("While X said …", "Although he told …") whose cue verb comes before it. */
function inFramedOpeningClause(toks: Token[], p: number): boolean {
  let i = 0;
  // "But even as Trump claimed …", "And when …"
  while (i < p && isWord(toks[i]) && CLAUSE_LEADS.has(toks[i]!.key)) i++;
  if (!isWord(toks[i]) || !(SUBORDINATE_OPENERS.has(toks[i]!.key) || FRAMED_CLAUSE_OPENERS.has(toks[i]!.key))) return false;
  // The clause's last cue before the quotation, with no comma between it and the quotation
  // ("When asked about it, Trump said: “…”" is the main clause's; "After saying …" a participle's,
  // whose subject is the main clause's).
  for (let v = p - 1; v > i; v--) {
    const t = toks[v]!;
    if (t.kind === 'quote' || (isPunct(t, ',;:') && v !== p - 1)) return false;
    if (cueAt(toks, v)) return !t.key.endsWith(PARTICIPLE_SUFFIX);
  }
  return false;
}
