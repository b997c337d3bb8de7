// Stage: the site → the JSON files of the data contract (src/contract/article-data.ts).
// Each file is produced on demand from the in-memory site, so the build can stream them to
// disk one at a time and the dev server can answer a request without producing the rest.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  DATA_VERSION,
  dataPaths,
  type ArticleChunk,
  type ArticleLink,
  type ArticleSummary,
  type IndexPage,
  type Manifest,
  SPEAKER_PAGE_ARTICLES,
  SPEAKER_PAGE_QUOTES,
  type SpeakerArticle,
  type SpeakerDetail,
  type SpeakerPage,
  type SpeakerQuote,
  type SpeakerSummary,
  type VoicesSummary,
} from '../contract/article-data.ts';
import { summariseVoices } from '../contract/voices-summary.ts';
import type { Site, SpeakerTally } from './build-index.ts';
import { searchIndexFiles } from './build-search-index.ts';
import type { AnalysedArticle } from './types.ts';

/** Options for the data files. */
export interface DataOptions {
  /** Articles per index page. */
  pageSize: number;
  /**
   * Characters of each article body put in the search index, or 'auto': whole bodies while the
   * corpus is small, the start of each body (at least 1,000 characters) as it grows, so the
   * index stays bounded (docs/decisions/022-search-index-scope.md).
   */
  searchBodyChars: number | 'auto';
}

/** Defaults: 50 articles per page; search body budget chosen automatically. */
export const DEFAULT_DATA_OPTIONS: DataOptions = { pageSize: 50, searchBodyChars: 'auto' };

// A speaker id becomes a file name: only plain slug characters are safe on every host.
const SAFE_ID = /^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u;

/** True when a speaker id can be a file name. */
export function isSafeId(id: string): boolean {
  return SAFE_ID.test(id) && !id.includes('..');
}

/** The link to an article (a chunk's neighbour, a description's source). */
export const link = (a: { slug: string; meta: { title: string } } | undefined): ArticleLink | null => (a ? { slug: a.slug, title: a.meta.title } : null);

/** `data/manifest.json`. */
export function manifestOf(site: Site, options: DataOptions): Manifest {
  return manifestFor({ articleCount: site.articles.length, speakerCount: site.speakers.length, quoteCount: site.quoteCount }, options);
}

/** `data/manifest.json` from the corpus's counts. */
export function manifestFor(counts: { articleCount: number; speakerCount: number; quoteCount: number }, options: DataOptions): Manifest {
  return {
    version: DATA_VERSION,
    articleCount: counts.articleCount,
    pageSize: options.pageSize,
    pageCount: Math.ceil(counts.articleCount / options.pageSize),
    speakerCount: counts.speakerCount,
    quoteCount: counts.quoteCount,
  };
}

/** One row of the home page's list. */
export function summaryOf(site: Site, index: number): ArticleSummary {
  return summaryRow(site.articles[index]!, index);
}

/** The home-list row of article `a` at `position` in home order. */
export function summaryRow(a: AnalysedArticle, position: number): ArticleSummary {
  return {
    slug: a.slug,
    title: a.meta.title,
    date: a.meta.date,
    source: a.meta.source,
    pageDate: a.meta.pageDate,
    format: a.format,
    excerpt: a.excerpt,
    quoteCount: a.analysis.quotes.length,
    speakers: a.analysis.speakers,
    position,
  };
}

/** `data/index/<page>.json`, or null past the last page. */
export function indexPageOf(site: Site, page: number, options: DataOptions): IndexPage | null {
  const start = page * options.pageSize;
  if (!Number.isInteger(page) || page < 0 || (start >= site.articles.length && page > 0)) return null;
  const end = Math.min(site.articles.length, start + options.pageSize);
  const articles: ArticleSummary[] = [];
  for (let i = start; i < end; i++) articles.push(summaryOf(site, i));
  return { page, articles };
}

/** `data/articles/<slug>.json` for the article at `index` in home order. */
export function chunkOf(site: Site, index: number): ArticleChunk {
  return chunkRow(site.articles[index]!, index, link(site.articles[index - 1]), link(site.articles[index + 1]));
}

/** The chunk of article `a` at `position` in home order, between its neighbours `prev` and `next`. */
export function chunkRow(a: AnalysedArticle, position: number, prev: ArticleLink | null, next: ArticleLink | null): ArticleChunk {
  return {
    slug: a.slug,
    title: a.meta.title,
    date: a.meta.date,
    source: a.meta.source,
    pageDate: a.meta.pageDate,
    format: a.format,
    url: a.meta.url,
    byline: a.meta.byline,
    license: a.meta.license,
    changed: a.meta.changed,
    changes: a.meta.changes,
    text: a.text,
    paragraphs: a.paragraphs,
    quotes: a.analysis.quotes,
    titleQuotes: a.titleQuotes,
    speakers: a.analysis.speakers,
    position,
    prev,
    next,
  };
}

/** `data/speakers.json`. */
export function speakersOf(site: Site): SpeakerSummary[] {
  return site.speakers.map((s) => speakerSummaryRow(s, s.articles.length));
}

/** One row of `data/speakers.json`. */
export function speakerSummaryRow(s: SpeakerTally, articleCount: number): SpeakerSummary {
  return { id: s.id, name: s.name, type: s.type, quoteCount: s.quoteCount, articleCount };
}

/** `data/voices.json`: what /voices charts, per source and date. */
export function voicesOf(site: Site): VoicesSummary {
  return summariseVoices(
    site.articles.map((a) => ({ source: a.meta.source, date: a.meta.date, quoteCount: a.analysis.quotes.length, speakers: a.analysis.speakers })),
  );
}

/**
 * A speaker's articles cut into pages of at most `maxArticles` articles and `maxQuotes` quotations;
 * an article quoting them more often than a page holds continues on the next (`firstQuote`). Pure.
 */
export function pageSpeakerArticles(
  articles: readonly { slug: string; title: string; date: string | null; position: number; quotes: readonly SpeakerQuote[] }[],
  maxArticles = SPEAKER_PAGE_ARTICLES,
  maxQuotes = SPEAKER_PAGE_QUOTES,
): SpeakerArticle[][] {
  const pages: SpeakerArticle[][] = [];
  let page: SpeakerArticle[] = [];
  let quotes = 0;
  for (const a of articles) {
    let from = 0;
    do {
      if (page.length >= maxArticles || quotes >= maxQuotes) {
        pages.push(page);
        page = [];
        quotes = 0;
      }
      const take = Math.max(1, Math.min(a.quotes.length - from, maxQuotes - quotes));
      const row: SpeakerArticle = { slug: a.slug, title: a.title, date: a.date, position: a.position, quotes: a.quotes.slice(from, from + take) };
      // Only a split article carries its totals: the common row stays as small as before.
      if (take < a.quotes.length) Object.assign(row, { quoteCount: a.quotes.length, firstQuote: from });
      page.push(row);
      quotes += take;
      from += take;
    } while (from < a.quotes.length);
  }
  pages.push(page);
  return pages;
}

/** A speaker's pages (memoised per site: the head and each page file come from the same cut). */
const pagedSpeakers = new WeakMap<Site, Map<string, SpeakerArticle[][]>>();
function speakerPages(site: Site, id: string): SpeakerArticle[][] | null {
  const s = site.speakerById.get(id);
  if (!s) return null;
  let bySite = pagedSpeakers.get(site);
  if (!bySite) pagedSpeakers.set(site, (bySite = new Map()));
  let pages = bySite.get(id);
  if (!pages) {
    pages = pageSpeakerArticles(s.articles.map(({ index, quotes }) => {
      const a = site.articles[index]!;
      return { slug: a.slug, title: a.meta.title, date: a.meta.date, position: index, quotes };
    }));
    // The build writes each speaker once; the dev server asks again, so keep only a few.
    if (bySite.size > 64) bySite.clear();
    bySite.set(id, pages);
  }
  return pages;
}

/** `data/speakers/<id>.json` (the head and page 0), or null for an unknown speaker. */
export function speakerOf(site: Site, id: string): SpeakerDetail | null {
  const s = site.speakerById.get(id);
  const pages = speakerPages(site, id);
  if (!s || !pages) return null;
  return speakerHead(s, s.articles.length, pages, (index) => link(site.articles[index])!);
}

/** A speaker file's head: the speaker, its descriptions (with the article each comes from) and page 0. */
export function speakerHead(s: SpeakerTally, articleCount: number, pages: readonly SpeakerArticle[][], articleAt: (index: number) => ArticleLink): SpeakerDetail {
  return {
    id: s.id,
    name: s.name,
    type: s.type,
    descriptions: s.descriptions.map(({ text, index }) => ({ text, ...articleAt(index) })),
    quoteCount: s.quoteCount,
    articleCount,
    pageCount: pages.length,
    articles: pages[0]!,
  };
}

/** `data/speakers/<id>/<page>.json` for page ≥ 1, or null past the last page or for an unknown speaker. */
export function speakerPageOf(site: Site, id: string, page: number): SpeakerPage | null {
  const pages = speakerPages(site, id);
  if (!pages || !Number.isInteger(page) || page < 1 || page >= pages.length) return null;
  return { page, articles: pages[page]! };
}

// The search index files come from build-search-index.ts (docs/decisions/043-search-shards.md).
export { searchDocuments, searchIndexJson, searchBodyCharsFor } from './build-search-index.ts';

/** Every data file's path (relative to the output folder) with a function producing its JSON. */
export function* dataFiles(site: Site, options: DataOptions = DEFAULT_DATA_OPTIONS): Generator<[path: string, contents: () => string]> {
  const manifest = manifestOf(site, options);
  yield [dataPaths.manifest(), () => JSON.stringify(manifest)];
  for (let page = 0; page < Math.max(1, manifest.pageCount); page++) {
    yield [dataPaths.indexPage(page), () => JSON.stringify(indexPageOf(site, page, options))];
  }
  for (let i = 0; i < site.articles.length; i++) {
    yield [dataPaths.article(site.articles[i]!.slug), () => JSON.stringify(chunkOf(site, i))];
  }
  yield [dataPaths.speakers(), () => JSON.stringify(speakersOf(site))];
  yield [dataPaths.voices(), () => JSON.stringify(voicesOf(site))];
  for (const s of site.speakers) {
    if (!isSafeId(s.id)) continue;
    yield [dataPaths.speaker(s.id), () => JSON.stringify(speakerOf(site, s.id))];
    const pageCount = speakerPages(site, s.id)?.length ?? 1;
    for (let page = 1; page < pageCount; page++) yield [dataPaths.speakerPage(s.id, page), () => JSON.stringify(speakerPageOf(site, s.id, page))];
    pagedSpeakers.get(site)?.delete(s.id);
  }
  for (const [path, json] of searchIndexFiles(site, options)) yield [path, () => json];
}

/** Produces one data file by its path (as requested by the app), or null when there is none. */
export function resolveDataFile(site: Site, path: string, options: DataOptions = DEFAULT_DATA_OPTIONS): string | null {
  if (path === dataPaths.manifest()) return JSON.stringify(manifestOf(site, options));
  if (path === dataPaths.speakers()) return JSON.stringify(speakersOf(site));
  if (path === dataPaths.voices()) return JSON.stringify(voicesOf(site));
  if (path.startsWith('data/search/')) return searchIndexFiles(site, options).get(path) ?? null;
  let m = /^data\/index\/(\d+)\.json$/.exec(path);
  if (m) {
    const page = indexPageOf(site, Number(m[1]), options);
    return page ? JSON.stringify(page) : null;
  }
  m = /^data\/articles\/(.+)\.json$/.exec(path);
  if (m) {
    const index = site.bySlug.get(safeDecode(m[1]!));
    return index === undefined ? null : JSON.stringify(chunkOf(site, index));
  }
  m = /^data\/speakers\/(.+)\/(\d+)\.json$/.exec(path);
  if (m) {
    const page = speakerPageOf(site, safeDecode(m[1]!), Number(m[2]));
    return page ? JSON.stringify(page) : null;
  }
  m = /^data\/speakers\/(.+)\.json$/.exec(path);
  if (m) {
    const detail = speakerOf(site, safeDecode(m[1]!));
    return detail ? JSON.stringify(detail) : null;
  }
  return null;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Data files being written at once by writeSiteData. */
export const WRITES_IN_FLIGHT = 32;

/** What writing the data files cost: files, and bytes and milliseconds per kind (first folder under data/). */
export interface WrittenData {
  files: number;
  bytes: Record<string, number>;
  ms: Record<string, number>;
}

/** Writes data files under `outDir` as they are produced, a few at a time (bounded memory). */
export class DataWriter {
  private readonly made = new Set<string>();
  private readonly inFlight: Promise<void>[] = [];
  private readonly written: WrittenData = { files: 0, bytes: {}, ms: {} };

  constructor(private readonly outDir: string) {}

  /** Writes `json` at `path` (relative to the output folder, as dataPaths gives it); `started` is when producing it began. */
  async put(path: string, json: string, started: number = performance.now()): Promise<void> {
    const target = join(this.outDir, decodeURIComponent(path));
    const dir = dirname(target);
    if (!this.made.has(dir)) {
      await mkdir(dir, { recursive: true });
      this.made.add(dir);
    }
    // A few writes in flight overlap disk I/O with producing the next file; the cap bounds memory.
    this.inFlight.push(writeFile(target, json));
    if (this.inFlight.length >= WRITES_IN_FLIGHT) await Promise.all(this.inFlight.splice(0));
    const kind = path.split('/')[1]!.replace(/\.json$/, '');
    const { bytes, ms } = this.written;
    bytes[kind] = (bytes[kind] ?? 0) + Buffer.byteLength(json);
    ms[kind] = (ms[kind] ?? 0) + performance.now() - started;
    this.written.files++;
  }

  /** Waits for the last writes; the totals, milliseconds rounded. */
  async done(): Promise<WrittenData> {
    await Promise.all(this.inFlight.splice(0));
    const { ms } = this.written;
    for (const kind of Object.keys(ms)) ms[kind] = Math.round(ms[kind]!);
    return this.written;
  }
}

/** Writes every data file under `outDir`, one at a time (bounded memory); returns bytes per kind. */
export async function writeSiteData(site: Site, outDir: string, options: DataOptions = DEFAULT_DATA_OPTIONS): Promise<WrittenData> {
  const writer = new DataWriter(outDir);
  for (const [path, contents] of dataFiles(site, options)) {
    const started = performance.now();
    await writer.put(path, contents(), started);
  }
  return writer.done();
}
