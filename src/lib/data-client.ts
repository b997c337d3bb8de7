// Fetches the ingestion's JSON files (src/contract/article-data.ts) relative to the site's
// base URL, caching each file for the session so back/forward never refetches.
import {
  dataPaths,
  type ArticleChunk,
  type IndexPage,
  type Manifest,
  type SpeakerDetail,
  type SpeakerPage,
  type SpeakerSummary,
  type VoicesSummary,
} from '../contract/article-data.ts';

/** Thrown when a data file does not exist (an unknown slug or speaker). */
export class DataNotFoundError extends Error {
  constructor(readonly path: string) {
    super(`Not found: ${path}`);
    this.name = 'DataNotFoundError';
  }
}

/** Thrown when a data file could not be downloaded at all (offline, connection dropped). */
export class DataNetworkError extends Error {
  constructor(readonly path: string, cause: unknown) {
    super(`Could not download ${path}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'DataNetworkError';
  }
}

/** Thrown when a data file arrived but is not valid JSON (a damaged or half-written deployment). */
export class DataMalformedError extends Error {
  constructor(readonly path: string, cause: unknown) {
    super(`${path} is not valid JSON: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'DataMalformedError';
  }
}

/** Why a data file could not be used: each gets its own message (a 404 is not "check your connection"). */
export type DataFailure = 'missing' | 'network' | 'malformed' | 'server' | 'other';

/** Classifies an error from any data fetch (by name, so stub clients' errors classify too). */
export function dataFailureOf(error: unknown): DataFailure {
  const name = error instanceof Error ? error.name : '';
  if (name === 'DataNotFoundError') return 'missing';
  if (name === 'DataNetworkError') return 'network';
  if (name === 'DataMalformedError') return 'malformed';
  if (error instanceof Error && /HTTP 5\d\d/.test(error.message)) return 'server';
  return 'other';
}

/**
 * Fetches one JSON data file and tells its failures apart: fetch itself failing is a
 * DataNetworkError, a 404 (or a host's HTML fallback) a DataNotFoundError, other HTTP errors an
 * Error naming the status, and a body that is not JSON a DataMalformedError. Aborts pass through.
 */
export async function fetchJsonFile(url: URL, path: string, signal?: AbortSignal): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url, { signal });
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') throw error;
    throw new DataNetworkError(path, error);
  }
  // The dev server and static hosts answer unknown files with index.html, so check the type too.
  const type = res.headers.get('content-type') ?? '';
  if (res.status === 404 || (res.ok && !type.includes('json'))) throw new DataNotFoundError(path);
  if (!res.ok) throw new Error(`Could not load ${path}: HTTP ${res.status}`);
  let text: string;
  try {
    text = await res.text();
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') throw error;
    throw new DataNetworkError(path, error);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DataMalformedError(path, error);
  }
}

const cache = new Map<string, Promise<unknown>>();

function baseUrl(): string {
  const base = import.meta.env.BASE_URL ?? '/';
  return base.endsWith('/') ? base : `${base}/`;
}

/** Fetches and parses one data file (cached); rejects as fetchJsonFile does. */
export function fetchData<T>(path: string, signal?: AbortSignal): Promise<T> {
  const hit = cache.get(path);
  if (hit) return hit as Promise<T>;
  const request = fetchJsonFile(new URL(baseUrl() + path, window.location.origin), path, signal) as Promise<T>;
  cache.set(path, request);
  request.catch(() => cache.delete(path));
  return request;
}

/** Drops every cached file (used by tests and after a dev-server content update). */
export function clearDataCache(): void {
  cache.clear();
}

/** Site-wide totals and the index's page layout. */
export const loadManifest = (signal?: AbortSignal) => fetchData<Manifest>(dataPaths.manifest(), signal);
/** One page of the home page's article list. */
export const loadIndexPage = (page: number, signal?: AbortSignal) => fetchData<IndexPage>(dataPaths.indexPage(page), signal);
/** One article's body, quotations and neighbours. */
export const loadArticle = (slug: string, signal?: AbortSignal) => fetchData<ArticleChunk>(dataPaths.article(slug), signal);
/** Every speaker in the corpus. */
export const loadSpeakers = (signal?: AbortSignal) => fetchData<SpeakerSummary[]>(dataPaths.speakers(), signal);
/** One speaker's head and first page of quotations. */
export const loadSpeaker = (id: string, signal?: AbortSignal) => fetchData<SpeakerDetail>(dataPaths.speaker(id), signal);
/** Page n ≥ 1 of a speaker's quotations (src/common/speaker-pages.ts reads page 0 from the head). */
export const loadSpeakerPage = (id: string, page: number, signal?: AbortSignal) => fetchData<SpeakerPage>(dataPaths.speakerPage(id, page), signal);

/** The Voices summary of the whole corpus (one small file, whatever the corpus's size). */
export const loadVoices = (signal?: AbortSignal) => fetchData<VoicesSummary>(dataPaths.voices(), signal);

/** What the routes need from the data layer; tests inject a stub with the same shape. */
export interface DataClient {
  loadManifest(signal?: AbortSignal): Promise<Manifest>;
  loadIndexPage(page: number, signal?: AbortSignal): Promise<IndexPage>;
  loadArticle(slug: string, signal?: AbortSignal): Promise<ArticleChunk>;
  loadSpeakers(signal?: AbortSignal): Promise<SpeakerSummary[]>;
  loadSpeaker(id: string, signal?: AbortSignal): Promise<SpeakerDetail>;
  loadSpeakerPage(id: string, page: number, signal?: AbortSignal): Promise<SpeakerPage>;
  loadVoices(signal?: AbortSignal): Promise<VoicesSummary>;
}

/** The fetch-backed client the browser uses. */
export const dataClient: DataClient = { loadManifest, loadIndexPage, loadArticle, loadSpeakers, loadSpeaker, loadSpeakerPage, loadVoices };

/** True for a missing data file, whichever client raised it. */
export function isNotFound(error: unknown): boolean {
  return error instanceof DataNotFoundError || (error instanceof Error && error.name === 'DataNotFoundError');
}
