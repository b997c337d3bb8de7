// The data contract between build-time ingestion (writer) and the React app (reader).
// The ingestion emits these JSON files under `data/` in the build output (and serves them
// from memory in `npm run dev`); the app fetches them on demand. Types only, no code
// besides the URL helpers, so both sides can import it without pulling in the other.
import type { ShownQuote } from '../corrections/correction.ts';
import type { Quote, SpeakerCount } from '../quotes/types.ts';
import type { SpeakerType } from '../common/speaker-type.ts';

/** Bumped whenever a file's shape changes. */
export const DATA_VERSION = 1;

/** `data/manifest.json`: the only file the home page needs before its first index page. */
export interface Manifest {
  version: number;
  articleCount: number;
  /** Articles per index page; pages are `data/index/<n>.json`, n from 0. */
  pageSize: number;
  pageCount: number;
  speakerCount: number;
  quoteCount: number;
}

/** One row of the home page's list (newest first). */
export interface ArticleSummary {
  slug: string;
  title: string;
  /** ISO date `YYYY-MM-DD`, or null when the article has none. */
  date: string | null;
  source: string | null;
  /** Date printed on a scraped or saved page (the day it was captured), never the article's date. Optional, added by ingestion. */
  pageDate?: string | null;
  /** Where the article came from: front-matter Markdown, a scraped text page, or a saved HTML page. Optional, added by ingestion. */
  format?: ArticleFormat;
  excerpt: string;
  quoteCount: number;
  /** Speakers with their quotation counts, most quoted first. */
  speakers: SpeakerCount[];
  /** 0-based position in the home page's order. */
  position: number;
}

/** `data/index/<n>.json`. */
export interface IndexPage {
  page: number;
  articles: ArticleSummary[];
}

/** Link to a neighbouring article in the home page's order. */
export interface ArticleLink {
  slug: string;
  title: string;
}

/** How an article reached the corpus (the ingestion's source formats). */
export type ArticleFormat = 'markdown' | 'scraped-page' | 'html';

/** `data/articles/<slug>.json`: everything the reading view needs for one article. */
export interface ArticleChunk {
  slug: string;
  title: string;
  date: string | null;
  source: string | null;
  /** Date printed on a scraped or saved page (the day it was captured), never the article's date. Optional, added by ingestion. */
  pageDate?: string | null;
  /** Where the article came from. Optional, added by ingestion. */
  format?: ArticleFormat;
  url: string | null;
  byline: string | null;
  license: { name: string; url: string | null } | null;
  /** True when the text was adapted from the source (license attribution must say so). */
  changed: boolean;
  /** What was changed, in words (e.g. "Wiki markup, image captions and the dateline removed"), when known. Optional, added by ingestion. */
  changes?: string | null;
  /** The body: paragraphs joined by "\n\n". Quote offsets index into this string. */
  text: string;
  /** Offsets of each paragraph in `text`. */
  paragraphs: { start: number; end: number }[];
  /** The engine's quotations, with the editors' published corrections applied (`correction` says so). */
  quotes: ShownQuote[];
  /** Quotations found in the title (offsets into `title`). */
  titleQuotes: Quote[];
  speakers: SpeakerCount[];
  position: number;
  prev: ArticleLink | null;
  next: ArticleLink | null;
}

/** One row of `data/speakers.json`. */
export interface SpeakerSummary {
  id: string;
  name: string;
  quoteCount: number;
  articleCount: number;
  /** Person, organisation, group or role, when the engine says. Optional. */
  type?: SpeakerType | null;
}

/** One quotation as shown on a speaker's page. */
export interface SpeakerQuote {
  id: string;
  text: string;
  kind: Quote['kind'];
  confidence: number;
  /** The sentence's words before and after the quotation, within its paragraph. Optional, added by ingestion. */
  before?: string;
  after?: string;
}

/** One article of a speaker's page: their quotations in it (a slice, when the article spans pages). */
export interface SpeakerArticle {
  slug: string;
  title: string;
  date: string | null;
  position: number;
  quotes: SpeakerQuote[];
  /** The speaker's quotations in the whole article (more than `quotes` when it is split over pages). Optional: `quotes.length`. */
  quoteCount?: number;
  /** Index of `quotes[0]` among the speaker's quotations in the article (> 0: continued from the previous page). Optional: 0. */
  firstQuote?: number;
}

/**
 * `data/speakers/<id>.json`: a speaker's head and first page of quotations grouped by article,
 * home page order; pages 1… are `data/speakers/<id>/<n>.json` (SpeakerPage). A page holds at most
 * SPEAKER_PAGE_ARTICLES articles and SPEAKER_PAGE_QUOTES quotations, so a speaker with 10,000
 * quotations costs one page to open (docs/decisions/044).
 */
export interface SpeakerDetail {
  id: string;
  name: string;
  /** Person, organisation, group or role, when the engine says. Optional. */
  type?: SpeakerType | null;
  /** How articles describe the speaker ("fiancée of journalist Jamal Khashoggi"), one per article at most, first five. Optional, added by ingestion. */
  descriptions?: { text: string; slug: string; title: string }[];
  /** Page 0 (or, in a stub or the reader's own data, every article). */
  articles: SpeakerArticle[];
  /** Quotations and articles in all pages. Optional: counted from `articles` when absent. */
  quoteCount?: number;
  articleCount?: number;
  /** Pages of the speaker's file, at least 1. Optional: 1 (everything is in `articles`). */
  pageCount?: number;
}

/** `data/speakers/<id>/<n>.json`, n ≥ 1: one more page of a speaker's quotations. */
export interface SpeakerPage {
  page: number;
  articles: SpeakerArticle[];
}

/** Most articles on one page of a speaker's file (and of the speaker page). */
export const SPEAKER_PAGE_ARTICLES = 20;
/** Most quotations on one page: an article quoting the speaker more often is split over pages. */
export const SPEAKER_PAGE_QUOTES = 100;

/** One speaker of `data/voices.json`. */
export interface VoicesSpeaker {
  id: string;
  name: string;
  type: SpeakerType | null;
}

/** The articles of one source on one date in `data/voices.json`, and whose quotations they carry. */
export interface VoicesBucket {
  source: string | null;
  date: string | null;
  articles: number;
  quotes: number;
  /** [index into `speakers`, quotations, articles quoting them], attributed quotations only. */
  speakers: [number, number, number][];
}

/**
 * `data/voices.json`: what /voices charts, summed per source and date, so the page reads one small
 * file instead of every index page (its size grows with sources × dates × speakers, not with text).
 */
export interface VoicesSummary {
  speakers: VoicesSpeaker[];
  buckets: VoicesBucket[];
}

/** Path (relative to the site's base) of each data file. */
export const dataPaths = {
  manifest: () => 'data/manifest.json',
  indexPage: (page: number) => `data/index/${page}.json`,
  article: (slug: string) => `data/articles/${encodeURIComponent(slug)}.json`,
  speakers: () => 'data/speakers.json',
  speaker: (id: string) => `data/speakers/${encodeURIComponent(id)}.json`,
  /** Page n ≥ 1 of a speaker's file (page 0 is in the head, `speaker(id)`). */
  speakerPage: (id: string, page: number) => `data/speakers/${encodeURIComponent(id)}/${page}.json`,
  voices: () => 'data/voices.json',
  // The search index's files are in search-data.ts (searchPaths).
} as const;
