// Client side of search. The MiniSearch index is built at build time (data/search-index.json);
// this module loads it, and the minisearch library itself, only when search is first used,
// parses queries (quoted phrases, stray quote marks), runs them and groups the hits by article.
// Everything here except loadSearchIndex is pure, so it is cheap to test and to benchmark.
import type MiniSearch from 'minisearch';
import type { Query, SearchOptions, SearchResult } from 'minisearch';
import { dataPaths, SEARCH_OPTIONS, type SearchDocument } from '../contract/article-data.ts';
import { DataNotFoundError } from './data-client.ts';

/** The loaded index. */
export type SearchIndex = MiniSearch<SearchDocument>;

/** Longest query we run: longer input is cut here, so a pasted page cannot stall the tab. */
export const MAX_QUERY_LENGTH = 200;
/** At most this many terms are searched (the rest are ignored). */
const MAX_TERMS = 12;

/**
 * Quotation mark pairs a reader may type around a phrase: [opening, closing].
 * Straight single quotes are left out on purpose: they double as apostrophes (don't, Trump's).
 */
const PHRASE_MARKS: readonly (readonly [string, string])[] = [
  ['"', '"'], // straight double
  ['\u201C', '\u201D'], // “ ” English curly double
  ['\u201E', '\u201C'], // „ “ German
  ['\u201E', '\u201D'], // „ ” Polish, Dutch
  ['\u00AB', '\u00BB'], // « » guillemets
  ['\u2018', '\u2019'], // ‘ ’ curly single (the closing one is also an apostrophe, but ‘ never is)
  ['\u300C', '\u300D'], // 「 」 CJK
];

/**
 * Words so common that nearly every document has them. Looking them up costs the most (their
 * posting lists hold most of a 10,000-article index) and tells the least, so they are left out
 * of the index query when the query has other words; they still count in phrases, which are
 * checked against the text, and a query of nothing but these words still runs (exactly).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // articles, conjunctions, prepositions
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'into', 'about', 'than',
  // pronouns
  'i', 'you', 'he', 'she', 'it', 'we', 'they', 'me', 'him', 'her', 'us', 'them', 'his', 'its', 'our', 'their', 'my', 'your',
  // demonstratives, auxiliaries
  'this', 'that', 'these', 'those', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'not',
  'will', 'would', 'can', 'could', 'there', 'which', 'who', 'what', 'so', 'if', 'also',
  // the reporting verbs of nearly every news story
  'said', 'says',
  // contraction pieces left by the tokenizer (don't → don, t; it's → it, s)
  's', 't', 'd', 'll', 've', 're', 'm',
]);

/** Every quotation mark, paired or stray; they are stripped from the free text. */
const ANY_MARK = /["\u201C\u201D\u201E\u201F\u00AB\u00BB\u2018\u201A\u201B\u300C\u300D\u2039\u203A]/gu;

/** MiniSearch's default tokenizer: runs of spaces, line breaks and punctuation separate terms. */
const SEPARATOR = /[\n\r\p{Z}\p{P}]+/u;
/** Tokens and separators, for highlighting (capturing split keeps the separators). */
const SEPARATOR_CAPTURE = /([\n\r\p{Z}\p{P}]+)/u;

/** A query as the reader typed it, split into exact phrases and free words. */
export interface ParsedQuery {
  /** Phrases the reader put in quotation marks, each as lower-case terms. */
  phrases: string[][];
  /** Words outside quotation marks, lower-case. */
  words: string[];
  /** Every term (phrases then words), de-duplicated, as the highlighter should see them. */
  terms: string[];
}

/** Splits text into lower-case terms the way the index did (MiniSearch defaults). */
export function tokenize(text: string): string[] {
  return text
    .split(SEPARATOR)
    .filter((t) => t.length > 0)
    .map((t) => t.toLowerCase());
}

/** Parses a query: "quoted phrases" (any common quotation marks) and free words; stray marks are ignored. */
export function parseQuery(input: string): ParsedQuery {
  let rest = input.slice(0, MAX_QUERY_LENGTH);
  const phrases: string[][] = [];
  for (const [open, close] of PHRASE_MARKS) {
    const pattern = new RegExp(`${escapeRegExp(open)}([^${escapeRegExp(close)}]+)${escapeRegExp(close)}`, 'gu');
    rest = rest.replace(pattern, (_whole, inner: string) => {
      const terms = tokenize(inner);
      if (terms.length > 1) phrases.push(terms);
      // A one-word "phrase" is just a word; keep it in the free text.
      return terms.length > 1 ? ' ' : ` ${inner} `;
    });
  }
  const words = tokenize(rest.replace(ANY_MARK, ' '));
  const terms = [...new Set([...phrases.flat(), ...words])].slice(0, MAX_TERMS);
  const kept = new Set(terms);
  return {
    phrases: phrases.map((p) => p.filter((t) => kept.has(t))).filter((p) => p.length > 0),
    words: words.filter((w) => kept.has(w)),
    terms,
  };
}

/** One quotation that matched, inside an article hit. */
export interface QuoteHit {
  quoteId: string;
  speaker: string | null;
  score: number;
  /** Index terms that matched in this quotation. */
  terms: string[];
}

/** One article in the results: the article itself and/or some of its quotations matched. */
export interface ArticleHit {
  slug: string;
  title: string;
  score: number;
  /** True when the article document (title or body) matched, not only quotations. */
  articleMatched: boolean;
  /** Matching quotations, best first. */
  quotes: QuoteHit[];
  /** Index terms that matched anywhere in this article's documents. */
  terms: string[];
}

/** What a search returns. */
export interface SearchOutcome {
  query: ParsedQuery;
  hits: ArticleHit[];
  /** True when no document had every word, so documents with some of them are shown. */
  partial: boolean;
}

// Titles and speakers are short and telling; a word there counts for more than one in the body.
const BOOST = { title: 3, speaker: 2, text: 1 };

/** Free words: prefix search on the last word (it may be cut short), fuzzy on long words. */
const wordOptions: SearchOptions = {
  // Prefix expansion of short stems multiplies the posting lists read: only from 4 letters.
  prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 4,
  // One typo per five letters (rounded), from six letters: shorter words have too many neighbours.
  fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
  maxFuzzy: 2,
  weights: { fuzzy: 0.3, prefix: 0.6 },
};

/** Exact terms only: phrase words (typed in full inside marks) and stop-word-only queries. */
const exactOptions: SearchOptions = { prefix: false, fuzzy: false };

/** The words worth asking the index for: stop words go unless nothing else is left. */
function significant(words: readonly string[]): string[] {
  const kept = words.filter((w) => !STOP_WORDS.has(w));
  return kept.length > 0 ? kept : [...words];
}

/** Builds the MiniSearch query tree for a parsed query. */
export function buildQuery(query: ParsedQuery, combineWith: 'AND' | 'OR'): Query {
  const all = [...query.phrases.flat(), ...query.words];
  const onlyStopWords = all.every((t) => STOP_WORDS.has(t));
  const parts: Query[] = query.phrases.map((phrase) => ({
    ...exactOptions,
    combineWith: 'AND',
    queries: onlyStopWords ? phrase : phrase.filter((t) => !STOP_WORDS.has(t)),
  }));
  const words = onlyStopWords ? query.words : query.words.filter((t) => !STOP_WORDS.has(t));
  if (words.length > 0) parts.push({ ...(onlyStopWords ? exactOptions : wordOptions), combineWith, queries: words });
  return { combineWith, queries: parts.filter((p) => typeof p !== 'object' || !('queries' in p) || p.queries.length > 0) };
}

/** The phrases to prefer and mark: quoted ones, or the whole query when several words were typed bare. */
export function phrasesOf(query: ParsedQuery): string[][] {
  if (query.phrases.length > 0) return query.phrases;
  return query.words.length > 1 ? [query.words] : [];
}

/** Runs a query against the index and groups the hits by article, best first. */
export function runSearch(index: SearchIndex, input: string): SearchOutcome {
  const query = parseQuery(input);
  if (query.terms.length === 0) return { query, hits: [], partial: false };
  let results = index.search(buildQuery(query, 'AND'), { boost: BOOST });
  let partial = false;
  const terms = significant(query.terms);
  if (results.length === 0 && terms.length > 1) {
    // Nothing has every word: fall back to any word, and say so.
    results = index.search({ ...wordOptions, combineWith: 'OR', queries: terms }, { boost: BOOST });
    partial = results.length > 0;
  }
  return { query, hits: groupByArticle(results), partial };
}

/** Groups MiniSearch results (articles `slug`, quotations `slug#q3`) into one hit per article. */
export function groupByArticle(results: readonly SearchResult[]): ArticleHit[] {
  // One pass collecting raw results per article; objects are built once per article, not per result.
  const groups = new Map<string, { best: number; total: number; results: SearchResult[] }>();
  for (const r of results) {
    const slug = typeof r.slug === 'string' ? r.slug : String(r.id).split('#')[0]!;
    const g = groups.get(slug);
    if (g) {
      g.results.push(r);
      g.total += r.score;
      if (r.score > g.best) g.best = r.score;
    } else {
      groups.set(slug, { best: r.score, total: r.score, results: [r] });
    }
  }
  const hits: ArticleHit[] = [];
  for (const [slug, g] of groups) {
    const terms = new Set<string>();
    const quotes: QuoteHit[] = [];
    let articleMatched = false;
    for (const r of g.results) {
      for (const t of r.terms) terms.add(t);
      if (typeof r.quoteId === 'string' && r.quoteId) {
        quotes.push({ quoteId: r.quoteId, speaker: typeof r.speaker === 'string' ? r.speaker : null, score: r.score, terms: r.terms });
      } else {
        articleMatched = true;
      }
    }
    // Results arrive best first, so quotes are already in score order. An index may leave the
    // title out of quotation documents (it is the article's): take any that has one.
    const titled = g.results.find((r) => typeof r.title === 'string' && r.title);
    hits.push({
      slug,
      title: titled ? String(titled.title) : slug,
      // The best document decides; more matching documents in the same article nudge it up.
      score: g.best + 0.25 * (g.total - g.best),
      articleMatched,
      quotes,
      terms: [...terms],
    });
  }
  return hits.sort((a, b) => b.score - a.score || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/** A piece of text, marked when it matched the query. */
export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * Splits text into plain and marked segments: every occurrence of a phrase is one mark, and
 * outside them a word is marked when its lower-case form is one of `terms`; neighbouring marked
 * words (only spaces between) share one segment.
 */
export function highlight(text: string, terms: Iterable<string>, phrases: readonly (readonly string[])[] = []): Segment[] {
  const wanted = new Set([...terms].map((t) => t.toLowerCase()));
  const out: Segment[] = [];
  const push = (piece: string, mark: boolean) => {
    if (!piece) return;
    const last = out[out.length - 1];
    if (last && last.mark === mark) last.text += piece;
    else out.push({ text: piece, mark });
  };
  const words = (piece: string) => {
    const parts = piece.split(SEPARATOR_CAPTURE);
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] ?? '';
      if (i % 2 === 0) {
        push(part, wanted.has(part.toLowerCase()));
        continue;
      }
      // A separator joins two marks only when it is plain space between them.
      const prev = out[out.length - 1];
      const next = parts[i + 1] ?? '';
      push(part, prev?.mark === true && /^[\p{Z} ]+$/u.test(part) && wanted.has(next.toLowerCase()));
    }
  };
  const usable = phrases.filter((p) => p.length > 0);
  if (usable.length === 0) {
    words(text);
    return out;
  }
  const pattern = new RegExp(usable.map(phrasePattern).join('|'), 'giu');
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    words(text.slice(at, m.index));
    push(m[0], true);
    at = m.index + m[0].length;
  }
  words(text.slice(at));
  return out;
}

/** Regex source matching one of the terms as a whole word. */
function wordPattern(terms: readonly string[]): string {
  return `(?<![\\p{L}\\p{N}\\p{M}])(?:${terms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}\\p{M}])`;
}

/** Regex source matching a phrase: its words in order with only spaces/punctuation between. */
function phrasePattern(phrase: readonly string[]): string {
  return `(?<![\\p{L}\\p{N}\\p{M}])${phrase.map(escapeRegExp).join('[\\n\\r\\p{Z}\\p{P}]+')}(?![\\p{L}\\p{N}\\p{M}])`;
}

/** True when `text` contains the phrase (its words in order, ignoring case and punctuation). */
export function containsPhrase(text: string, phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  return new RegExp(phrasePattern(phrase), 'iu').test(text);
}

/**
 * A window of about `length` characters around the first match (a phrase if one matches,
 * else any term), cut at word boundaries, with "…" where text was cut.
 */
export function snippet(text: string, terms: readonly string[], phrases: readonly (readonly string[])[] = [], length = 240): string {
  if (text.length <= length) return text;
  let at = -1;
  for (const phrase of phrases) {
    const m = new RegExp(phrasePattern(phrase), 'iu').exec(text);
    if (m) {
      at = m.index;
      break;
    }
  }
  if (at < 0 && terms.length > 0) at = new RegExp(wordPattern(terms), 'iu').exec(text)?.index ?? -1;
  if (at < 0) at = 0;
  // Start a little before the match so it has some context.
  let start = Math.max(0, at - Math.floor(length / 3));
  let end = Math.min(text.length, start + length);
  start = Math.max(0, end - length);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < at) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > at) end = space;
  }
  return `${start > 0 ? '… ' : ''}${text.slice(start, end).trim()}${end < text.length ? ' …' : ''}`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

// ---- Loading -------------------------------------------------------------------------------

let indexPromise: Promise<SearchIndex> | null = null;

function indexUrl(): URL {
  const base = import.meta.env.BASE_URL ?? '/';
  return new URL(`${base.endsWith('/') ? base : `${base}/`}${dataPaths.searchIndex()}`, window.location.origin);
}

/** How much of the index has arrived: bytes read, and the total when the server said it. */
export interface IndexProgress {
  loaded: number;
  total: number | null;
  /** True once every byte is in and the index is being built from it. */
  building: boolean;
}

/**
 * Up to this many characters of JSON the index is built in one go (MiniSearch.loadJSON: about
 * 60 ms per MB here); larger ones are built in slices that let the page respond meanwhile
 * (loadJSONAsync: about 2.7 times slower overall, but no long freeze).
 */
const SYNC_BUILD_LIMIT = 8_000_000;

const progressListeners = new Set<(p: IndexProgress) => void>();
let lastProgress: IndexProgress | null = null;

function reportProgress(p: IndexProgress): void {
  lastProgress = p;
  for (const listener of progressListeners) listener(p);
}

/** Calls `listener` as the index downloads (at once with the latest figure, if any); returns the unsubscribe. */
export function subscribeIndexProgress(listener: (p: IndexProgress) => void): () => void {
  progressListeners.add(listener);
  if (lastProgress) listener(lastProgress);
  return () => progressListeners.delete(listener);
}

async function fetchIndexText(): Promise<string> {
  const res = await fetch(indexUrl());
  const type = res.headers.get('content-type') ?? '';
  // Static hosts and the dev server answer a missing file with index.html: treat it as missing.
  if (res.status === 404 || (res.ok && !type.includes('json'))) throw new DataNotFoundError(dataPaths.searchIndex());
  if (!res.ok) throw new Error(`Could not load the search index: HTTP ${res.status}`);
  // Parsed by MiniSearch from text, so the raw object is not kept alive next to the index.
  if (!res.body || typeof TextDecoder === 'undefined') return res.text();
  // Read as a stream to report progress: a large corpus's index takes seconds to arrive.
  const length = Number(res.headers.get('content-length'));
  const encoded = Boolean(res.headers.get('content-encoding'));
  // With compression the length counts compressed bytes, not what we read: no total then.
  const total = Number.isFinite(length) && length > 0 && !encoded ? length : null;
  const parts: string[] = [];
  let loaded = 0;
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    reportProgress({ loaded, total, building: false });
  }
  parts.push(decoder.decode());
  reportProgress({ loaded, total, building: true });
  return parts.join('');
}

/**
 * Loads minisearch and the index once, on first use; later calls share the same promise.
 * A failed load is forgotten so the next call retries.
 */
export function loadSearchIndex(): Promise<SearchIndex> {
  if (!indexPromise) {
    const loading = Promise.all([import('minisearch'), fetchIndexText()]).then(([mod, json]) => {
      const options = {
        fields: [...SEARCH_OPTIONS.fields],
        storeFields: [...SEARCH_OPTIONS.storeFields],
        idField: SEARCH_OPTIONS.idField,
      };
      return json.length <= SYNC_BUILD_LIMIT
        ? mod.default.loadJSON<SearchDocument>(json, options)
        : mod.default.loadJSONAsync<SearchDocument>(json, options);
    });
    indexPromise = loading;
    loading.catch(() => {
      if (indexPromise === loading) indexPromise = null;
    });
  }
  return indexPromise;
}

/** Starts loading the index in the background (e.g. when the search box gets focus). */
export function preloadSearchIndex(): void {
  loadSearchIndex().catch(() => {
    // The search page reports the error when it needs the index.
  });
}

/** Forgets the loaded index (tests, and after the dev server rebuilt the data). */
export function resetSearchIndex(): void {
  indexPromise = null;
  lastProgress = null;
}
