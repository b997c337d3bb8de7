// Sieve: a transcript names its speaker inside the quotation: “WALLACE: Let’s start…”.
import { TRANSCRIPT_LABEL } from '../tables/frame-words.ts';
import type { Sieve } from './sieve.ts';

/** “WALLACE: Let’s start…”: the upper-case label before the colon is the speaker. */
export const transcriptLabel: Sieve = {
  name: 'transcript-label',
  confidence: 0.9,
  reason: 'transcript label names the speaker',
  apply(ctx) {
    const label = TRANSCRIPT_LABEL.exec(ctx.inner);
    if (!label) return null;
    const { doc, candidate: q } = ctx;
    const open = q.start + q.openLen;
    const rest = doc.text.slice(open);
    const at = open + (rest.length - rest.trimStart().length);
    return { kind: 'span', mention: { start: at, end: at + label[1]!.length }, mentionType: 'name' };
  },
};
