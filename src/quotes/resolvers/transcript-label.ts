// Resolver step: a transcript label ("WALLACE") names a person mentioned in the article in normal case.
import { slug } from '../slug.ts';
import type { Resolver } from './resolver.ts';

// (A regex with \p is a module constant: esbuild, as tsx and the worker bundle run it (target node20),
// turns a \p escape outside a class into a `new RegExp` evaluated at every use: one per call.)
const WORD_INITIAL = /(^|[\s-])\p{L}/gu;

/** "WALLACE: …" → Chris Wallace when the article names him, else "Wallace". */
export const transcriptLabelResolver: Resolver = {
  name: 'transcript-label',
  apply(ctx) {
    const { targetWords, entities } = ctx;
    if (!/^[A-Z][A-Z.'’ -]+$/.test(targetWords) || targetWords.length <= 1) return null;
    const lower = targetWords.toLowerCase();
    const e = entities.findIndex((x) => !x.org && x.words.some((w) => w.toLowerCase() === lower));
    const display = e >= 0 ? entities[e]!.canonical : lower.replace(WORD_INITIAL, (m) => m.toUpperCase());
    return { speaker: { id: slug(display), name: display, type: 'person' }, how: `${targetWords} → ${display}`, certainty: 0.9 };
  },
};
