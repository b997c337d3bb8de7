// What a correction is: a reader's (or the editors') fix of one attribution, kept beside the
// engine's answer. Pure types and constants: the app, the ingestion and the scripts share them.
import type { Quote, Span, Speaker } from '../quotes/types.ts';

/** The `format` of a corrections file, so a stray JSON file is recognised as not one. */
export const CORRECTIONS_FORMAT = 'quote-reader-corrections';

/** Bumped when the file's shape changes. */
export const CORRECTIONS_VERSION = 1;

/** What a correction does to the engine's answer. */
export type CorrectionAction =
  /** The quotation is right, its speaker is not (or should be unattributed: `speaker: null`). */
  | 'speaker'
  /** The engine took something for a quotation that is not one. */
  | 'remove'
  /** The engine missed a quotation. */
  | 'add';

/**
 * Where the corrected quotation is: its exact text (marks included) and where it stood when the
 * correction was made. The text is what anchors it; the offsets only choose between repeats, so
 * the correction survives an engine that shifts, splits or merges the quotation.
 */
export interface QuoteAnchor extends Span {
  text: string;
}

/** The speaker a correction names: a display name, and an id when the reader chose a known speaker. */
export interface CorrectionSpeaker {
  name: string;
  id?: string;
}

/** One correction, as stored in IndexedDB and as written in a corrections file. */
export interface Correction {
  /** The article's slug (bundled) or `mine:<id>` (the reader's own article). */
  article: string;
  action: CorrectionAction;
  quote: QuoteAnchor;
  /** Required for `speaker` and `add`; null means "no identifiable speaker". */
  speaker?: CorrectionSpeaker | null;
  /** The engine's answer when the correction was made, for the record. */
  engine?: { speaker: string | null; confidence: number } | null;
  /** Free text: why. */
  note?: string;
  /** ISO time the correction was made. */
  created?: string;
}

/** A corrections file: what "Export corrections" downloads and `src/content/corrections/` holds. */
export interface CorrectionsFile {
  format: typeof CORRECTIONS_FORMAT;
  version: number;
  corrections: Correction[];
}

/** Who made a correction that is applied to a quotation. */
export type CorrectedBy = 'reader' | 'editors';

/** What a quotation carries once a correction applies to it. */
export interface AppliedCorrection {
  by: CorrectedBy;
  action: CorrectionAction;
  /** The engine's own answer (null for a quotation the engine missed). */
  engine: { speaker: Speaker | null; confidence: number } | null;
  note?: string;
}

/** A quotation as the app shows it: the engine's, possibly corrected. */
export interface ShownQuote extends Quote {
  correction?: AppliedCorrection;
}
