// Stage: the site → the split search index (docs/decisions/043-search-shards.md).
// One document per article (title + start of body) and one per quotation, as before; instead of
// one serialised MiniSearch the index is written as a manifest, posting lists sharded by term
// range (~SHARD_TARGET_BYTES each), and a doc store in chunks of articles, so the app fetches
// only what a query needs.
import { deflateRawSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import {
  SEARCH_FIELDS,
  SEARCH_OPTIONS,
  searchPaths,
  searchTerms,
  type SearchDocChunk,
  type SearchDocument,
  type SearchManifest,
  type SearchShard,
} from '../contract/search-data.ts';
import type { Site } from './build-index.ts';
import { bareRecord } from '../common/own.ts';
import type { SpillFile } from './spill.ts';
import type { AnalysedArticle } from './types.ts';

/** Bumped when the split index's shape changes. */
export const SEARCH_INDEX_VERSION = 1;
/** A shard is closed once its JSON passes this many bytes (one very common term may make it larger). */
export const SHARD_TARGET_BYTES = 120_000;
/**
 * …or once it would pass about this many bytes compressed, the size a query downloads (decision 088).
 * News text's postings compress about 4:1, so 120 kB of them were ~30 kB gz, 150 ms at a phone's
 * 1.6 Mbit/s on the way to the first result; repetitive text compresses far better and stays under
 * the JSON limit.
 */
export const SHARD_TARGET_GZIP_BYTES = 8_000;
/** The compression ratio assumed for the first shard, before any has been measured. */
const FIRST_GZIP_RATIO = 0.25;
/** Most articles per doc-store chunk (a small corpus: fewer files, each cached for later queries). */
export const ARTICLES_PER_DOC_CHUNK = 16;
/**
 * A doc-store chunk holds about this many bytes of JSON: rows carry the snippet text now, and the
 * top results are scattered over the corpus (one chunk read per result), so a typical news row
 * (a 1,000-character lede and its quotations, ~2.5 kB) gets a chunk of its own. At 10,000 articles
 * a query's 20 results read ~21 kB gz of rows this way, ~57 kB with 3 rows a chunk (decision 044).
 */
export const DOC_CHUNK_TARGET_BYTES = 3_000;

/** Characters of each article body indexed: whole bodies while small, the start of each as the corpus grows. */
export interface SearchScope {
  searchBodyChars: number | 'auto';
}

/** Total body characters the 'auto' scope indexes before it starts cutting bodies (decision 022). */
export const SEARCH_BODY_BUDGET = 4_000_000;
/** The least of each body that stays searchable however large the corpus. */
export const MIN_SEARCH_BODY_CHARS = 1_000;

/** Characters of each body indexed for a corpus of `articleCount` articles. */
export function searchBodyCharsFor(articleCount: number, option: SearchScope['searchBodyChars']): number {
  if (option !== 'auto') return option;
  return Math.max(MIN_SEARCH_BODY_CHARS, Math.floor(SEARCH_BODY_BUDGET / Math.max(1, articleCount)));
}

/** What the index needs of one article: its text to index and its quotations. */
export interface SearchArticle {
  slug: string;
  title: string;
  /** The indexed part of the body. */
  text: string;
  quotes: { id: string; text: string; speaker: string | null; speakerId?: string | null }[];
}

/** The site's articles as the index sees them (bodies cut to the scope). */
export function searchArticles(site: Site, scope: SearchScope): SearchArticle[] {
  const bodyChars = searchBodyCharsFor(site.articles.length, scope.searchBodyChars);
  return site.articles.map((a) => searchArticleOf(a, bodyChars));
}

/** One article as the index sees it, its body cut to `bodyChars`. */
export function searchArticleOf(a: AnalysedArticle, bodyChars: number): SearchArticle {
  return {
    slug: a.slug,
    title: a.meta.title,
    text: cutAtWord(a.text, bodyChars),
    quotes: a.analysis.quotes.map((q) => ({ id: q.id, text: a.text.slice(q.start, q.end), speaker: q.speaker?.name ?? null, speakerId: q.speaker?.id ?? null })),
  };
}

/** The search documents: one per article and one per quotation, in document id order. */
export function* searchDocuments(site: Site, scope: SearchScope): Generator<SearchDocument> {
  for (const a of searchArticles(site, scope)) {
    yield { id: a.slug, slug: a.slug, quoteId: null, title: a.title, text: a.text, speaker: null };
    for (const q of a.quotes) yield { id: `${a.slug}#${q.id}`, slug: a.slug, quoteId: q.id, title: a.title, text: q.text, speaker: q.speaker };
  }
}

/**
 * The old single-file index (a serialised MiniSearch with the contract's SEARCH_OPTIONS). No longer
 * written by the build; kept for comparisons (benchmarks, tests of the document set).
 */
export function searchIndexJson(site: Site, scope: SearchScope): string {
  const index = new MiniSearch<SearchDocument>({ ...SEARCH_OPTIONS, fields: [...SEARCH_OPTIONS.fields], storeFields: [...SEARCH_OPTIONS.storeFields] });
  for (const doc of searchDocuments(site, scope)) index.add(doc);
  return JSON.stringify(index);
}

// Cuts at a word boundary so the last indexed word is whole.
function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max);
  return text.slice(0, space > max * 0.8 ? space : max);
}

/** Options of the split (tests use tiny shards to cross shard boundaries). */
export interface SplitOptions {
  shardTargetBytes: number;
  /**
   * Compressed size a shard should stay under, estimated from the JSON by the ratio of the shards
   * written so far (deflate, as a server's gzip); none when absent.
   */
  shardTargetGzipBytes?: number;
  /** 'auto': as many as fit DOC_CHUNK_TARGET_BYTES on average, 1 to ARTICLES_PER_DOC_CHUNK. */
  articlesPerDocChunk: number | 'auto';
}

export const DEFAULT_SPLIT: SplitOptions = { shardTargetBytes: SHARD_TARGET_BYTES, shardTargetGzipBytes: SHARD_TARGET_GZIP_BYTES, articlesPerDocChunk: 'auto' };

/** A doc-store row: what a result shows (title, snippet text, quotations with speaker ids). */
export function docRowOf(a: SearchArticle): SearchDocChunk[number] {
  return [a.slug, a.title, a.text, a.quotes.map((q) => [q.id, q.speaker, q.speakerId ?? null, q.text])];
}

/** Articles per doc chunk: fixed, or as many rows as fit the target on average. */
export function articlesPerDocChunk(rows: readonly string[], option: SplitOptions['articlesPerDocChunk']): number {
  return articlesPerDocChunkOf(rows.length, rows.reduce((n, r) => n + r.length, 0), option);
}

/** articlesPerDocChunk from the rows' count and total length (what the streaming build keeps of them). */
export function articlesPerDocChunkOf(count: number, chars: number, option: SplitOptions['articlesPerDocChunk']): number {
  if (option !== 'auto') return option;
  if (count === 0) return ARTICLES_PER_DOC_CHUNK;
  const mean = chars / count;
  return Math.min(ARTICLES_PER_DOC_CHUNK, Math.max(1, Math.floor(DOC_CHUNK_TARGET_BYTES / mean)));
}

/** Every file of the split index, path → JSON, built from the articles in order. */
export function buildSearchFiles(articles: readonly SearchArticle[], split: SplitOptions = DEFAULT_SPLIT): Map<string, string> {
  const builder = new SearchFilesBuilder(split);
  for (const a of articles) builder.add(a);
  return new Map(builder.files());
}

/** Where a SearchFilesBuilder may put what it does not keep in memory. */
export interface SearchSpill {
  /** Makes a temporary file (spill.ts). */
  file(what: string): SpillFile;
  /** Postings kept in memory before a sorted run goes to disk (numbers: three per posting). */
  maxNumbers: number;
}

// A posting list: per field, flat [doc id, tf, field length] triples (absolute ids; deltas on write).
type Postings = number[][];

/**
 * The split index built one article at a time, in document order. Without a spill everything is
 * in memory; with one, the doc rows go to a file and the postings to sorted runs on disk once
 * `maxNumbers` are held, merged term by term at the end: the same files either way.
 */
export class SearchFilesBuilder {
  private postings = new Map<string, Postings>();
  private held = 0;
  private readonly runs: SpillFile[] = [];
  private readonly totals = SEARCH_FIELDS.map(() => 0);
  private doc = 0;
  private readonly articleDocs: number[] = [];
  private readonly rows: string[] = [];
  private readonly rowFile: SpillFile | null;
  private rowCount = 0;
  private rowChars = 0;

  constructor(private readonly split: SplitOptions = DEFAULT_SPLIT, private readonly spill?: SearchSpill) {
    this.rowFile = spill ? spill.file('search-rows') : null;
  }

  private addField(field: number, text: string | null): void {
    if (!text) return;
    const terms = searchTerms(text);
    this.totals[field]! += terms.length;
    const counts = new Map<string, number>();
    for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [t, tf] of counts) {
      let p = this.postings.get(t);
      if (!p) this.postings.set(t, (p = SEARCH_FIELDS.map(() => [])));
      p[field]!.push(this.doc, tf, terms.length);
    }
    this.held += 3 * counts.size;
  }

  /** Adds the next article (its document, then one per quotation). */
  add(a: SearchArticle): void {
    this.addField(0, a.title);
    this.addField(1, a.text);
    this.doc++;
    for (const q of a.quotes) {
      // A quotation's title is its article's: indexed once, on the article document.
      this.addField(1, q.text);
      this.addField(2, q.speaker);
      this.doc++;
    }
    this.articleDocs.push(1 + a.quotes.length);
    // Rows are serialised once: their sizes choose the chunk length, and chunks are joined from them.
    const row = JSON.stringify(docRowOf(a));
    this.rowCount++;
    this.rowChars += row.length;
    if (this.rowFile) this.rowFile.appendLine(row);
    else this.rows.push(row);
    if (this.spill && this.held >= this.spill.maxNumbers) this.spillRun();
  }

  // The postings held so far, sorted by term, as one run file: a line [term, field postings…] per term.
  private spillRun(): void {
    const run = this.spill!.file(`postings-${this.runs.length}`);
    for (const term of sortedTerms(this.postings.keys())) run.appendLine(JSON.stringify([term, ...this.postings.get(term)!]));
    this.runs.push(run);
    this.postings = new Map();
    this.held = 0;
  }

  // Every term with its whole posting list, in code-unit order.
  private *terms(): Generator<[string, Postings]> {
    if (this.runs.length === 0) {
      for (const term of sortedTerms(this.postings.keys())) yield [term, this.postings.get(term)!];
      return;
    }
    if (this.postings.size > 0) this.spillRun();
    // The runs hold consecutive ranges of documents, so a term's lists are joined run by run.
    yield* mergeRuns(this.runs.map((r) => r.lines()));
  }

  /** Every file of the index, path and JSON (shards, doc chunks, then the manifest). */
  *files(): Generator<[string, string]> {
    const firstTerms: string[] = [];
    // No prototype: the term "__proto__" is a key like any other (on {} it would be lost).
    let shard: SearchShard = bareRecord();
    let shardBytes = 2;
    let out: [string, string] | null = null;
    // Compressed / JSON bytes of the shards written so far: estimates a shard's download as it grows.
    const gzipTarget = this.split.shardTargetGzipBytes;
    let jsonSoFar = 0;
    let gzipSoFar = 0;
    const flush = () => {
      const json = JSON.stringify(shard);
      out = [searchPaths.searchShard(firstTerms.length - 1), json];
      if (gzipTarget !== undefined) {
        jsonSoFar += json.length;
        gzipSoFar += deflateRawSync(json, { level: 6 }).length;
      }
      shard = bareRecord();
      shardBytes = 2;
    };
    const tooBig = (bytes: number) =>
      bytes > this.split.shardTargetBytes || (gzipTarget !== undefined && bytes * (jsonSoFar > 0 ? gzipSoFar / jsonSoFar : FIRST_GZIP_RATIO) > gzipTarget);
    for (const [term, postings] of this.terms()) {
      const fields = postings.map(deltas);
      const bytes = JSON.stringify(term).length + JSON.stringify(fields).length + 2;
      if (firstTerms.length === 0 || (shardBytes > 2 && tooBig(shardBytes + bytes))) {
        if (firstTerms.length > 0) flush();
        firstTerms.push(term);
      }
      if (out) {
        yield out;
        out = null;
      }
      shard[term] = fields;
      shardBytes += bytes;
    }
    if (firstTerms.length > 0) {
      flush();
      yield out!;
    }

    const perChunk = articlesPerDocChunkOf(this.rowCount, this.rowChars, this.split.articlesPerDocChunk);
    const rows = this.rowFile ? this.rowFile.lines() : this.rows.values();
    let chunk: string[] = [];
    let n = 0;
    for (const row of rows) {
      chunk.push(row);
      if (chunk.length === perChunk) {
        yield [searchPaths.searchDocs(n++), `[${chunk.join(',')}]`];
        chunk = [];
      }
    }
    if (chunk.length > 0) yield [searchPaths.searchDocs(n++), `[${chunk.join(',')}]`];

    const manifest: SearchManifest = {
      version: SEARCH_INDEX_VERSION,
      docCount: this.doc,
      articleDocs: this.articleDocs,
      avgLength: this.totals.map((t) => (this.doc > 0 ? t / this.doc : 0)),
      firstTerms,
      articlesPerDocChunk: perChunk,
    };
    yield [searchPaths.searchManifest(), JSON.stringify(manifest)];
  }
}

// Code-unit order, as the client's binary search compares strings.
function sortedTerms(terms: Iterable<string>): string[] {
  return [...terms].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
}

/** Merges sorted runs of `[term, …field postings]` lines: each term once, its lists joined in run order. */
export function* mergeRuns(runs: Iterator<string>[]): Generator<[string, Postings]> {
  type Head = { term: string; postings: Postings; run: number };
  const heap: Head[] = [];
  const before = (a: Head, b: Head) => (a.term < b.term ? true : a.term > b.term ? false : a.run < b.run);
  const push = (h: Head) => {
    heap.push(h);
    for (let i = heap.length - 1; i > 0;) {
      const up = (i - 1) >> 1;
      if (!before(heap[i]!, heap[up]!)) break;
      [heap[i], heap[up]] = [heap[up]!, heap[i]!];
      i = up;
    }
  };
  const pop = (): Head => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && before(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && before(heap[r]!, heap[m]!)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    }
    return top;
  };
  const next = (run: number) => {
    const line = runs[run]!.next();
    if (line.done) return;
    const [term, ...postings] = JSON.parse(line.value) as [string, ...Postings];
    push({ term, postings, run });
  };
  runs.forEach((_, i) => next(i));
  while (heap.length > 0) {
    const first = pop();
    next(first.run);
    const joined = first.postings;
    while (heap.length > 0 && heap[0]!.term === first.term) {
      const more = pop();
      next(more.run);
      more.postings.forEach((list, field) => {
        const into = joined[field]!;
        for (const n of list) into.push(n);
      });
    }
    yield [first.term, joined];
  }
}

// Absolute document ids → deltas, which stay short in JSON.
function deltas(triples: number[]): number[] {
  const out = triples.slice();
  for (let i = out.length - 3; i > 0; i -= 3) out[i] = out[i]! - out[i - 3]!;
  return out;
}

const built = new WeakMap<Site, { key: string; files: Map<string, string> }>();

/** The split index of a site, built once per site and scope (the build writes it, the dev server answers from it). */
export function searchIndexFiles(site: Site, scope: SearchScope): Map<string, string> {
  const key = String(scope.searchBodyChars);
  const cached = built.get(site);
  if (cached && cached.key === key) return cached.files;
  const files = buildSearchFiles(searchArticles(site, scope));
  built.set(site, { key, files });
  return files;
}
