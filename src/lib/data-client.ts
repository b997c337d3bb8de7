// Fetches the ingestion's JSON files (src/contract/article-data.ts) relative to the site's
// base URL, caching each file for the session so back/forward never refetches.
import {
  dataPaths,
  type ArticleChunk,
  type IndexPage,
  type Manifest,
  type SpeakerDetail,
  type SpeakerSummary,
} from '../contract/article-data.ts';

/** Thrown when a data file does not exist (an unknown slug or speaker). */
export class DataNotFoundError extends Error {
  constructor(readonly path: string) {
    super(`Not found: ${path}`);
    this.name = 'DataNotFoundError';
  }
}

const cache = new Map<string, Promise<unknown>>();

function baseUrl(): string {
  const base = import.meta.env.BASE_URL ?? '/';
  return base.endsWith('/') ? base : `${base}/`;
}

/** Fetches and parses one data file; rejects with DataNotFoundError on 404. */
export function fetchData<T>(path: string, signal?: AbortSignal): Promise<T> {
  const hit = cache.get(path);
  if (hit) return hit as Promise<T>;
  const request = fetch(new URL(baseUrl() + path, window.location.origin), { signal }).then(async (res) => {
    // The dev server and static hosts answer unknown files with index.html, so check the type too.
    const type = res.headers.get('content-type') ?? '';
    if (res.status === 404 || (res.ok && !type.includes('json'))) throw new DataNotFoundError(path);
    if (!res.ok) throw new Error(`Could not load ${path}: HTTP ${res.status}`);
    return (await res.json()) as T;
  });
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
/** One speaker's quotations across the corpus. */
export const loadSpeaker = (id: string, signal?: AbortSignal) => fetchData<SpeakerDetail>(dataPaths.speaker(id), signal);

/** What the routes need from the data layer; tests inject a stub with the same shape. */
export interface DataClient {
  loadManifest(signal?: AbortSignal): Promise<Manifest>;
  loadIndexPage(page: number, signal?: AbortSignal): Promise<IndexPage>;
  loadArticle(slug: string, signal?: AbortSignal): Promise<ArticleChunk>;
  loadSpeakers(signal?: AbortSignal): Promise<SpeakerSummary[]>;
  loadSpeaker(id: string, signal?: AbortSignal): Promise<SpeakerDetail>;
}

/** The fetch-backed client the browser uses. */
export const dataClient: DataClient = { loadManifest, loadIndexPage, loadArticle, loadSpeakers, loadSpeaker };

/** True for a missing data file, whichever client raised it. */
export function isNotFound(error: unknown): boolean {
  return error instanceof DataNotFoundError || (error instanceof Error && error.name === 'DataNotFoundError');
}
