// Sieve: "in the words of X, “…”" / "to quote X, “…”" names the source without a cue verb.
import { isPunct, isWord, subjectAfter } from '../noun-phrases.ts';
import { WORDS_OF_CUES } from '../tables/frame-words.ts';
import type { Sieve } from './sieve.ts';

/** "The reform is, in the words of Governor Jerry Brown, “long overdue.”" */
export const inTheWordsOf: Sieve = {
  name: 'in-the-words-of',
  confidence: 0.85,
  reason: '“in the words of” names the source',
  apply(ctx) {
    const { toks, p } = ctx;
    for (let i = 0; i < p; i++) {
      for (const cue of WORDS_OF_CUES) {
        // (The first word first: most tokens start no cue, and then no closure is made for them.)
        if (!isWord(toks[i]) || toks[i]!.key !== cue[0] || !cue.every((w, k) => isWord(toks[i + k]) && toks[i + k]!.key === w)) continue;
        let np = subjectAfter(toks, i + cue.length);
        // "in the words of the Crown prosecutor, Mark Tedeschi, QC, “…”": the name in apposition.
        const named = np && isPunct(toks[np.last + 1], ',') ? subjectAfter(toks, np.last + 2) : null;
        if (np && np.type === 'description' && named && named.type === 'name' && named.last < p) np = named;
        if (np && np.last < p) return { kind: 'frame', toks, found: { np, cue: toks[i]!, cueEnd: toks[i + cue.length - 1]! } };
      }
    }
    return null;
  },
};
