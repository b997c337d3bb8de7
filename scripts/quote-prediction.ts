// One article's quotations in the shape ../shared/eval/score-quotes.mjs scores: shared by the quotes
// CLI, the calibration fit and the Wikinews floor test, so all three score the same output.
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import type { PredDoc } from './quote-scorer.ts';

/** A predicted quotation with the engine's extra fields (cue, kind). */
export type Prediction = PredDoc & { quotes: (PredDoc['quotes'][number] & { cue: { start: number; end: number } | null; kind: string })[] };

/** Runs the engine on one text and returns its quotations in the scorer's shape. */
export function toPrediction(id: string, text: string): Prediction {
  const { quotes } = extractQuotes(text);
  return {
    id,
    quotes: quotes.map((q) => ({
      start: q.start,
      end: q.end,
      speaker: q.speaker?.name ?? null,
      mention: q.mention,
      cue: q.cue,
      kind: q.kind,
      confidence: q.confidence,
    })),
  };
}
