// What a sieve is: one attribution pattern with its name, its confidence (its precision when it
// was measured, rounded down), the reason a reader is shown, and apply(context), which either
// finds the words the attribution rests on or declines. The ordered list and the step that
// settles conflicts between sieves are in ../attribute.ts; src/quotes/README.md shows how to add one.
import type { Candidate } from '../find-quotes.ts';
import type { Found } from '../frames.ts';
import type { MentionType } from '../noun-phrases.ts';
import type { Token, TokenizedText } from '../tokenize.ts';
import type { Span } from '../types.ts';

/** The name of every sieve, in the order of ../attribute.ts SIEVES. */
export type SieveName =
  | 'transcript-label' // transcript: “WALLACE: …”
  | 'trailing-frame' // “…,” Obama said / “…,” said Obama
  | 'next-line-frame' // “…” ¶ said Obama
  | 'according-to' // according to X
  | 'in-the-words-of' // in the words of X, “…”
  | 'intro-frame' // Obama said: “…” / Obama said, “…”
  | 'reported-frame' // she pointed to reports that Trump called her “…”
  | 'embedded-frame' // Obama called it “…” / Obama said that … “…”
  | 'later-frame' // “…” for Clinton, said Brad Bannon
  | 'colon-intro' // Obama on Twitter: “…”
  | 'paragraph-continuation' // an earlier quotation of the paragraph had this speaker
  | 'earlier-sentence' // an earlier sentence of the paragraph has the frame
  | 'previous-paragraph' // the previous paragraph's quotation or frame continues
  | 'sentence-subject'; // the sentence's subject, no cue verb

/** The sieve that attributed a quotation, or 'none' when no sieve did. */
export type AttributedBy = SieveName | 'none';

/** What the attribution stage found for one candidate. */
export interface Attribution {
  /** The sieve that decided it (after conflicts were settled). */
  sieve: AttributedBy;
  mention: Span | null;
  mentionType: MentionType | null;
  /** For relative pronouns ("…, who said"): the noun phrase "who" stands for. */
  antecedent: Span | null;
  cue: Span | null;
  /** Inherited from this earlier candidate (continuation sieves), else -1. */
  from: number;
  /** The quote is embedded in reported speech (partial) rather than a whole quoted sentence. */
  partial: boolean;
  confidence: number;
}

/**
 * Part-of-speech tags and noun-phrase chunks of one sentence, index-aligned with its tokens, as
 * a syntax layer may supply them. Optional: every sieve works without it (today none uses it).
 */
export interface SentenceSyntax {
  /** One tag per token of the sentence (Universal POS: NOUN, PROPN, VERB, PRON, …). */
  tags: readonly string[];
  /** Noun-phrase chunks as token indexes, with the index of each chunk's head word. */
  chunks: readonly { first: number; last: number; head: number }[];
}

/** Supplies the syntax of a sentence by its index in TokenizedText.sentences. */
export type SyntaxLayer = (sentence: number) => SentenceSyntax | undefined;

/** What a sieve sees of one candidate quotation: its sentence, its neighbours, earlier results. */
export interface SieveContext {
  readonly doc: TokenizedText;
  /** Index of the candidate in doc.candidates. */
  readonly c: number;
  readonly candidate: Candidate;
  /** Index of the candidate's sentence, and its tokens (the candidate is the token at p). */
  readonly si: number;
  readonly toks: Token[];
  readonly p: number;
  /** The quoted words, leading white space trimmed. */
  readonly inner: string;
  /** The token right before the quotation in its sentence. */
  readonly lastBefore: Token | undefined;
  /** The quotation opens its sentence or follows ',', ':' or another quotation. */
  readonly introPunct: boolean;
  /** The quotation is part of reported speech, not a whole quoted sentence. */
  readonly partial: boolean;
  /** The previous candidate of the same paragraph, or -1. */
  readonly prevQuote: number;
  /** The attributions of every earlier candidate. */
  readonly done: readonly Attribution[];
  /** The syntax of a sentence, when a syntax layer was given to attribute(). */
  readonly syntax: SyntaxLayer;
  /** Computes once per candidate what several sieves (and the conflict step) read. */
  memo<T>(key: string, compute: () => T): T;
}

/** What a sieve found: a frame in some sentence, an earlier candidate to inherit from, or a span. */
export type Finding =
  | { kind: 'frame'; toks: Token[]; found: Found }
  | { kind: 'inherit'; from: number }
  | { kind: 'span'; mention: Span; mentionType: MentionType };

/** One attribution pattern. */
export interface Sieve {
  name: SieveName;
  /** 0–1: how often this pattern names the right source (PATTERNS.md §7 prototype, rounded down). */
  confidence: number;
  /** Shown to the reader: why the quotation is attributed so. */
  reason: string;
  /** The finding, or null when the pattern does not apply to this candidate. */
  apply(ctx: SieveContext): Finding | null;
}

/** A frame finding, or null when there is no frame. */
export const frameFinding = (toks: Token[], found: Found | null): Finding | null => (found ? { kind: 'frame', toks, found } : null);
