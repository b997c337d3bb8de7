// Sieve: a paragraph opening with a quotation and no cue continues the previous paragraph: its
// last quotation's speaker, or the subject of its last cue verb (or of its colon's sentence).
import { cueAt, isPunct, sentenceSubject, subjectBefore } from '../noun-phrases.ts';
import type { Finding, Sieve } from './sieve.ts';

/** “…” opening a paragraph after a paragraph that ends with a quotation or a frame. */
export const previousParagraph: Sieve = {
  name: 'previous-paragraph',
  confidence: 0.65,
  reason: 'continues from the previous paragraph',
  apply(ctx): Finding | null {
    const { doc, si, p, candidate, done } = ctx;
    const para = candidate.para;
    if (!(si === doc.paraFirstSentence[para] && p === 0) || para === 0) return null;
    const first = doc.paraFirstSentence[para - 1]!;
    const last = doc.paraFirstSentence[para]! - 1;
    if (last < first) return null;
    const lastToks = doc.sentences[last]!.tokens;
    // The previous paragraph's last quotation, if the paragraph ends with it (or just after it).
    let lastQuoteIdx = -1;
    for (let i = lastToks.length - 1; i >= 0; i--) {
      if (lastToks[i]!.kind === 'quote') { lastQuoteIdx = i; break; }
    }
    const endsWithColon = isPunct(lastToks[lastToks.length - 1], ':');
    if (lastQuoteIdx >= 0 && !endsWithColon) {
      const qi = lastToks[lastQuoteIdx]!.quote;
      const a = done[qi];
      if (a && a.sieve !== 'none') return { kind: 'inherit', from: qi };
    }
    // Otherwise the subject of that paragraph's last cue verb (or of the colon's sentence); only
    // the last sentence of the previous paragraph is read.
    const ts = lastToks;
    for (let v = ts.length - 1; v >= 0; v--) {
      if (ts[v]!.kind === 'quote') {
        const a = done[ts[v]!.quote];
        if (a && a.sieve !== 'none') return { kind: 'inherit', from: ts[v]!.quote };
        continue;
      }
      if (!cueAt(ts, v)) continue;
      const np = subjectBefore(ts, v, 0) ?? sentenceSubject(ts, v);
      if (np) return { kind: 'frame', toks: ts, found: { np, cue: ts[v]! } };
    }
    if (endsWithColon) {
      const subj = sentenceSubject(ts, ts.length);
      if (subj) return { kind: 'frame', toks: ts, found: { np: subj, cue: null } };
    }
    return null;
  },
};
