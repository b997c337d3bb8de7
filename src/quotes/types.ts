// Types shared by every stage of the quote engine. Offsets are UTF-16 indexes into the
// original article text, end exclusive, and survive every stage unchanged.

/** A half-open range [start, end) of UTF-16 offsets into the article text. */
export interface Span {
  start: number;
  end: number;
}

/** How a quotation relates to its attribution. */
export type QuoteKind = 'direct' | 'partial' | 'continuation';

/** A resolved speaker: the same person has the same id in every article. */
export interface Speaker {
  /** Slug of the canonical name, e.g. `barack-obama`. */
  id: string;
  /** Display name, e.g. `Barack Obama`. */
  name: string;
}

/** One quotation found in the text, with its attribution. */
export interface Quote extends Span {
  /** Stable within one article: `q1`, `q2`, … in text order. */
  id: string;
  kind: QuoteKind;
  speaker: Speaker | null;
  /** The words the attribution rests on (the "he" of "he said"). */
  mention: Span | null;
  /** The cue ("said", "according to", "told NBC"). */
  cue: Span | null;
  /** 0–1. */
  confidence: number;
  /** A short explanation a reader can understand. */
  reason: string;
}

/** Something odd in the text that does not stop the engine, e.g. an unbalanced mark. */
export interface EngineWarning {
  code: 'unbalanced-quote' | 'unattributed-quote';
  message: string;
  offset: number;
}

/** Per-speaker totals for one article. */
export interface SpeakerCount extends Speaker {
  count: number;
}

/** What the engine returns for one article. */
export interface QuoteAnalysis {
  quotes: Quote[];
  speakers: SpeakerCount[];
  warnings: EngineWarning[];
}
