// The search index's contract (docs/decisions/043-search-shards.md, 044): its files' shapes and
// paths, and the one rule that splits text into terms, shared by the index builder and the app's
// query. Its own module so the first page, which only links to search, does not carry it.

/** One document of the search index: articles and quotations (written as the split index under `data/search/`). */
export interface SearchDocument {
  /** `<slug>` for an article, `<slug>#<quote-id>` for a quotation. */
  id: string;
  slug: string;
  quoteId: string | null;
  title: string;
  /** Body text (articles) or quotation text (quotations). */
  text: string;
  speaker: string | null;
}

/** MiniSearch options of the former single-file index (still used to compare rankings against it). */
export const SEARCH_OPTIONS = {
  fields: ['title', 'text', 'speaker'],
  storeFields: ['slug', 'quoteId', 'title', 'speaker'],
  idField: 'id',
} as const;

/**
 * The split search index (docs/decisions/043-search-shards.md): a small manifest, posting lists
 * in shards by term range, and a doc store in chunks of articles. The app fetches the manifest,
 * then only the shards holding the query's terms, then the doc chunks of the results it shows.
 */
export const SEARCH_FIELDS = ['title', 'text', 'speaker'] as const;

/** `data/search/manifest.json`. */
export interface SearchManifest {
  version: number;
  /** Documents (articles and quotations); ids are 0-based in article order, each article's document first, then its quotations'. */
  docCount: number;
  /** Documents per article (1 + its quotations), in article order: prefix sums give each article's first document id. */
  articleDocs: number[];
  /** Average token count of each field over the documents, in SEARCH_FIELDS order (BM25 length normalisation). */
  avgLength: number[];
  /** First term of each shard, sorted: shard n holds the terms from firstTerms[n] up to (not including) firstTerms[n + 1]. */
  firstTerms: string[];
  /** Articles per doc-store chunk: article a is in `docs-<floor(a / articlesPerDocChunk)>.json`. */
  articlesPerDocChunk: number;
}

/**
 * `data/search/terms-<n>.json`: term → postings per field (SEARCH_FIELDS order), each a flat
 * list of triples [document id delta, term frequency, field length]; the first delta is from 0.
 */
export type SearchShard = Record<string, number[][]>;

/**
 * `data/search/docs-<n>.json`: per article [slug, title, the indexed text (decision 022's part of
 * the body), quotations as [quote id, speaker name or null, speaker id or null, quotation text]].
 * A result's snippet and quotation texts come from here, so a search never reads article chunks
 * (decision 044); the speaker id links the name without reading `data/speakers.json`.
 */
export type SearchDocChunk = [slug: string, title: string, text: string, quotes: SearchDocQuote[]][];

/** One quotation in a doc-store row. */
export type SearchDocQuote = [quoteId: string, speaker: string | null, speakerId: string | null, text: string];

/** Runs of spaces, line breaks and punctuation separate search terms (as MiniSearch's default tokenizer). */
export const SEARCH_SEPARATOR = /[\n\r\p{Z}\p{P}]+/u;

/** Splits text into lower-case search terms; the index builder and the query use the same rule. */
export function searchTerms(text: string): string[] {
  return text
    .split(SEARCH_SEPARATOR)
    .filter((t) => t.length > 0)
    .map((t) => t.toLowerCase());
}

/** Path (relative to the site's base) of each search index file. */
export const searchPaths = {
  /** The former single-file index; no longer written (decision 043). */
  searchIndex: () => 'data/search-index.json',
  searchManifest: () => 'data/search/manifest.json',
  searchShard: (n: number) => `data/search/terms-${n}.json`,
  searchDocs: (n: number) => `data/search/docs-${n}.json`,
} as const;
