// Sieve: an earlier sentence of the paragraph holds the frame: "She says … ¶ “It is their life…”",
// or names the person a whole quoted sentence right after it belongs to.
import { cueAt, isPunct, looksLikeVerbAfter, sentenceSubject, subjectBefore } from '../noun-phrases.ts';
import { WEAK_CUES } from '../tables/cue-verbs.ts';
import { EARLIER_SENTENCES } from '../tables/limits.ts';
import type { Sieve } from './sieve.ts';

/** The first quotation of a paragraph, framed by a cue verb one to three sentences before it. */
export const earlierSentence: Sieve = {
  name: 'earlier-sentence',
  confidence: 0.6,
  reason: 'attribution in an earlier sentence of the paragraph',
  apply(ctx) {
    if (ctx.prevQuote >= 0) return null;
    const { doc, si, candidate } = ctx;
    const paraStart = doc.paraFirstSentence[candidate.para]!;
    for (let s = si - 1; s >= paraStart && s >= si - EARLIER_SENTENCES; s--) {
      const ts = doc.sentences[s]!.tokens;
      for (let v = ts.length - 1; v >= 0; v--) {
        if (!cueAt(ts, v) || WEAK_CUES.has(ts[v]!.key)) continue;
        // "Waters pointed out those features to attendees, noting …": a participle after a comma
        // has the sentence's subject, never the noun phrase before the comma (as in frameBefore).
        const participleClause = ts[v]!.key.endsWith('ing') && isPunct(ts[v - 1], ',');
        const np = participleClause ? sentenceSubject(ts, v, true) : subjectBefore(ts, v, 0) ?? sentenceSubject(ts, v);
        if (np) return { kind: 'frame', toks: ts, found: { np, cue: ts[v]! } };
        break;
      }
      // "Senator John Cornyn issued a statement regarding … ¶ “Like many Texans, I am …”": a whole
      // quoted sentence right after a sentence whose subject is a named person.
      if (s === si - 1 && !ctx.partial && ctx.p === 0) {
        const subj = sentenceSubject(ts, ts.length);
        if (subj && subj.type === 'name' && looksLikeVerbAfter(ts, subj.last + 1)) {
          return { kind: 'frame', toks: ts, found: { np: subj, cue: null } };
        }
      }
    }
    return null;
  },
};
