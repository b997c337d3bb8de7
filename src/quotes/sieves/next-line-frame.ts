// Sieve: a quotation that is a paragraph of its own, framed by the next paragraph's first words:
// “We are working on it.” ¶ said Health Minister Greg Hunt. (Layout broke the line before the frame.)
import { cueAt, isNameWord, isPunct, subjectAfter } from '../noun-phrases.ts';
import type { Sieve } from './sieve.ts';

/** “…” ¶ said X / “…” ¶ — X, the next paragraph opening with a lower-case cue verb and its subject. */
export const nextLineFrame: Sieve = {
  name: 'next-line-frame',
  confidence: 0.8,
  reason: 'attribution on the next line',
  apply(ctx) {
    const { doc, si, toks, p, candidate } = ctx;
    // The quotation is the whole paragraph (its only token but for a final mark).
    if (p !== 0 || toks.length > 2 || (toks.length === 2 && !isPunct(toks[1], '.'))) return null;
    if (doc.paraFirstSentence[candidate.para + 1] !== si + 1) return null;
    const next = doc.sentences[si + 1];
    if (!next || next.para !== candidate.para + 1) return null;
    const ts = next.tokens;
    // "“…” ¶ — Bernie Sanders.": a line of its own with a dash and a name signs the quotation
    // (fact checks, epigraphs); the name must close the line, or be followed by a comma and a title.
    if (isPunct(ts[0], '―—–-') && isNameWord(ts[1])) {
      const np = subjectAfter(ts, 1);
      const after = np ? ts[np.last + 1] : undefined;
      if (np && np.type === 'name' && (!after || isPunct(after, '.,'))) return { kind: 'frame', toks: ts, found: { np, cue: ts[0]! } };
      return null;
    }
    if (!cueAt(ts, 0)) return null;
    const np = subjectAfter(ts, 1);
    return np ? { kind: 'frame', toks: ts, found: { np, cue: ts[0]! } } : null;
  },
};
