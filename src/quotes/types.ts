// Types shared by every stage of the quote engine. Offsets are UTF-16 indexes into the
// original article text, end exclusive, and survive every stage unchanged.
import type { ResolverName } from './resolvers/resolver.ts';
import type { AttributedBy } from './sieves/sieve.ts';

/** A half-open range [start, end) of UTF-16 offsets into the article text. */
export interface Span {
  start: number;
  end: number;
}

/** How a quotation relates to its attribution. */
export type QuoteKind = 'direct' | 'partial' | 'continuation';

/**
 * What a speaker is: a named person, an organisation ("the State Department"), a group
 * ("Democrats", "officials") or a described role ("a spokesperson for the hospital"). A place,
 * a thing or a date never speaks: such a quotation is unattributed.
 */
export type SpeakerType = 'person' | 'organisation' | 'group' | 'role';

/** A resolved speaker: the same person has the same id in every article. */
export interface Speaker {
  /** Slug of the canonical name, e.g. `barack-obama`. */
  id: string;
  /** Display name, e.g. `Barack Obama`. */
  name: string;
  /** Always set by the engine; absent only for a speaker a reader typed into a correction. */
  type?: SpeakerType;
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
  /**
   * The sieve that attributed it ('headline' for a title's quotation, 'none' when unattributed).
   * Always set by the engine; absent only on a quotation a reader added in a correction.
   */
  sieve?: AttributedBy | 'headline';
  /** The resolver step that named (or failed to name) the speaker; null with no mention. Set by the engine. */
  resolver?: ResolverName | null;
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
