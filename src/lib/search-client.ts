// Client side of search: highlighting and snippets, and loading the split search index
// (data/search/, see docs/decisions/043-search-shards.md) on first use. The query's parsing is in
// search-query.ts. The ranking itself is in search-engine.ts.
// Everything here except the loading is pure, so it is cheap to test and to benchmark.
import { SEARCH_SEPARATOR } from '../contract/search-data.ts';
import { fetchJsonFile } from './data-client.ts';
import { openSearchIndex, type RankedArticle, type SearchEngine } from './search-engine.ts';
import { escapeRegExp, type ArticleHit, type ParsedQuery } from './search-query.ts';

/** Tokens and separators, for highlighting (capturing split keeps the separators). */
const SEPARATOR_CAPTURE = new RegExp(`(${SEARCH_SEPARATOR.source})`, 'u');

/**
 * Results resolved before the first are drawn: a phone's screen holds two to four, and a browser
 * on HTTP/1.1 fetches six doc-store files at a time, so these are one round trip; the rest of the
 * page is resolved once they are on screen (decision 088).
 */
export const FIRST_RESULTS = 6;

/** The loaded index. */
export type SearchIndex = SearchEngine;

/** What a search returns. */
export interface SearchOutcome {
  query: ParsedQuery;
  /** The first results, resolved (slug, title, quote ids); `ranked` has them all. */
  hits: ArticleHit[];
  /** Every matching article, best first. */
  ranked: RankedArticle[];
  /** True when no document had every word, so documents with some of them are shown. */
  partial: boolean;
}

/** The phrases to prefer and mark: quoted ones, or the whole query when several words were typed bare. */
export function phrasesOf(query: ParsedQuery): string[][] {
  if (query.phrases.length > 0) return query.phrases;
  return query.words.length > 1 ? [query.words] : [];
}

/** Ranks the articles for `input` and resolves the first `count` (titles, slugs) from the doc store. */
export async function runSearch(index: SearchIndex, input: string, count: number): Promise<SearchOutcome> {
  const ranking = await index.rank(input);
  const hits = await index.resolve(ranking.articles.slice(0, count));
  return { query: ranking.query, hits, ranked: ranking.articles, partial: ranking.partial };
}

/** A search under way: its outcome, and when it started (performance.now()). */
export interface PendingSearch {
  q: string;
  started: number;
  outcome: Promise<SearchOutcome>;
}

let pending: (PendingSearch & { index: SearchIndex }) | null = null;

/** Runs the search for `q`, marking `search:start` and noting when it started. */
function begin(index: SearchIndex, q: string, count: number): PendingSearch & { index: SearchIndex } {
  if (typeof performance.mark === 'function') performance.mark('search:start');
  return { index, q, started: performance.now(), outcome: runSearch(index, q, count) };
}

/**
 * Starts the search for `q` ahead of the page (the route's loader calls it while the page renders,
 * so the shard and doc-chunk fetches overlap the navigation); the page takes it with takeSearch.
 */
export function startSearch(index: SearchIndex, q: string, count: number): PendingSearch {
  const entry = begin(index, q, count);
  pending = entry;
  entry.outcome.catch(() => {
    if (pending === entry) pending = null;
  });
  return entry;
}

/** The search started ahead for `q` (see startSearch), else a new one. */
export function takeSearch(index: SearchIndex, q: string, count: number): PendingSearch {
  const ahead = pending;
  pending = null;
  return ahead && ahead.index === index && ahead.q === q ? ahead : begin(index, q, count);
}

/** The outcome with `count` results resolved (after "Show more"); reads only the missing doc chunks. */
export async function resolveMore(index: SearchIndex, outcome: SearchOutcome, count: number): Promise<SearchOutcome> {
  if (outcome.hits.length >= Math.min(count, outcome.ranked.length)) return outcome;
  const more = await index.resolve(outcome.ranked.slice(outcome.hits.length, count));
  return { ...outcome, hits: [...outcome.hits, ...more] };
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


// ---- Loading -------------------------------------------------------------------------------

let indexPromise: Promise<SearchIndex> | null = null;

function dataUrl(path: string): URL {
  const base = import.meta.env.BASE_URL ?? '/';
  return new URL(`${base.endsWith('/') ? base : `${base}/`}${path}`, window.location.origin);
}

/**
 * Gives the main thread back between slices of a large ranking: scheduler.yield() where the
 * browser has it (the search continues ahead of other queued tasks), else a message-channel task
 * (no 4 ms timer clamp), else a timer.
 */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    if (typeof MessageChannel !== 'function') {
      setTimeout(resolve, 0);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Fetches one file of the split index; failures are told apart as in the data client. */
function fetchIndexFile(path: string): Promise<unknown> {
  return fetchJsonFile(dataUrl(path), path);
}

/**
 * Loads the index's manifest once, on first use; later calls share the same promise. Shards and
 * doc chunks load per query. A failed load is forgotten so the next call retries.
 */
export function loadSearchIndex(): Promise<SearchIndex> {
  if (!indexPromise) {
    const loading = openSearchIndex(fetchIndexFile, { yieldNow: yieldToMain });
    indexPromise = loading;
    loading.catch(() => {
      if (indexPromise === loading) indexPromise = null;
    });
  }
  return indexPromise;
}

/** Starts loading the index in the background (e.g. when the reader starts typing in the search box). */
export function preloadSearchIndex(): void {
  loadSearchIndex().catch(() => {
    // The search page reports the error when it needs the index.
  });
}

/** Forgets the loaded index (tests, and after the dev server rebuilt the data). */
export function resetSearchIndex(): void {
  indexPromise = null;
  pending = null;
}
