// Shapes passed between the ingestion stages (Node side only; the app sees src/contract).
import type { Quote, QuoteAnalysis } from '../quotes/types.ts';

/** Which parser a file goes through, by extension. */
export type SourceFormat = 'markdown' | 'scraped-page' | 'html';

/** A site-furniture line dropped from a scraped page, kept for the report. */
export interface RemovedLine {
  line: number;
  text: string;
  rule: string;
}

/** Metadata as written in a source, before validation (any field may be missing or wrong). */
export type RawMeta = Record<string, unknown>;

/** What a format parser returns: metadata still unvalidated, body already split into paragraphs. */
export interface ParsedSource {
  format: SourceFormat;
  meta: RawMeta;
  /** 1-based line of each metadata key in the source, for error messages. */
  metaLines: Record<string, number>;
  /** Paragraphs with whitespace normalised (no "\n" inside). */
  paragraphs: string[];
  /** 1-based source line where each paragraph starts (null when unknown, e.g. HTML). */
  paragraphLines: (number | null)[];
  removed: RemovedLine[];
  /** Lines a furniture row matched but that read as article text, so they were kept (and warned about). */
  kept?: RemovedLine[];
}

/** Validated metadata (see validate.ts). */
export interface ArticleMeta {
  title: string;
  date: string | null;
  /** Date printed on a scraped or saved page (the day it was captured), never the article's. */
  pageDate: string | null;
  source: string | null;
  url: string | null;
  byline: string | null;
  license: { name: string; url: string | null } | null;
  changed: boolean;
  changes: string | null;
  slug: string | null;
}

/** One article after parsing, validation and the quote engine; everything the writers need. */
export interface AnalysedArticle {
  /** Display path of the source file. */
  file: string;
  format: SourceFormat;
  meta: ArticleMeta;
  slug: string;
  /** Line of the `slug` field (or of the title it was derived from), for duplicate-slug errors. */
  slugLine: number | null;
  /** Paragraphs joined by "\n\n": exactly what the engine saw. */
  text: string;
  paragraphs: { start: number; end: number }[];
  paragraphLines: (number | null)[];
  analysis: QuoteAnalysis;
  titleQuotes: Quote[];
  excerpt: string;
}
