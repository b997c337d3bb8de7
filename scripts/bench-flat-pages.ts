// Pages whose cost stays flat (issue 14 item 5, decision 044), measured on a built site's files:
// the home page's first data (manifest + index page 0), the data a search page downloads per query
// (term shards and doc chunks for the first 20 results; with the former doc store, whose rows had no
// texts, also the 20 article chunks and speakers.json it fetched for snippets and speaker links),
// and the first page of the biggest speaker's file. Node only, no browser: bytes, not timings.
// `npx tsx scripts/bench-flat-pages.ts DIST [query …]` prints them for any build.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { dataPaths } from '../src/contract/article-data.ts';
import { searchPaths } from '../src/contract/search-data.ts';
import { openSearchIndex } from '../src/lib/search-engine.ts';
import { FIRST_RESULTS } from '../src/lib/search-client.ts';

/** Bytes as written and gzipped. */
export interface Bytes {
  bytes: number;
  gzipBytes: number;
}

/** What one query downloads. */
export interface QueryBytes extends Bytes {
  query: string;
  files: number;
  results: number;
  /** What the first screen waits for: the shards and the first FIRST_RESULTS rows (decision 088). */
  firstScreen: Bytes & { files: number };
}

/** The figures of one build. */
export interface FlatPages {
  firstData: Bytes;
  /** The search manifest, read once per visit. */
  searchManifest: Bytes;
  queries: QueryBytes[];
  biggestSpeaker: { id: string; quotes: number; firstPage: Bytes; whole: Bytes; pages: number };
}

/** Queries of the generated corpus and the bundled one alike (its sources' words). */
export const FLAT_QUERIES = ['trump', 'president', '"state of emergency"', 'deficiency', 'homeopathic'];

const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

function sizeOf(outDir: string, paths: Iterable<string>): Bytes & { files: number } {
  let bytes = 0;
  let gzipBytes = 0;
  let files = 0;
  for (const p of paths) {
    const file = join(outDir, decodeURIComponent(p));
    if (!existsSync(file)) continue;
    const buf = readFileSync(file);
    bytes += buf.length;
    gzipBytes += gz(buf);
    files++;
  }
  return { bytes, gzipBytes, files };
}

/** Measures a built site (the folder holding `data/`). */
export async function flatPages(outDir: string, queries: readonly string[] = FLAT_QUERIES): Promise<FlatPages> {
  const firstData = sizeOf(outDir, [dataPaths.manifest(), dataPaths.indexPage(0)]);
  const searchManifest = sizeOf(outDir, [searchPaths.searchManifest()]);
  const results: QueryBytes[] = [];
  for (const query of queries) {
    // A fresh engine per query: what one search costs a reader who has not searched before
    // (besides the manifest, counted once above).
    const read = new Set<string>();
    let oldFormat = false;
    const engine = await openSearchIndex(async (path) => {
      if (path !== searchPaths.searchManifest()) read.add(path);
      const json = JSON.parse(readFileSync(join(outDir, path), 'utf8')) as unknown;
      // The former doc store ([slug, title, quotes]) read as today's rows, and noted.
      if (path.includes('/docs-') && Array.isArray(json) && (json[0] as unknown[] | undefined)?.length === 3) {
        oldFormat = true;
        return (json as [string, string, [string, string | null][]][]).map(([slug, title, quotes]) => [slug, title, '', quotes.map(([id, sp]) => [id, sp, null, ''])]);
      }
      return json;
    });
    const ranking = await engine.rank(query);
    await engine.resolve(ranking.articles.slice(0, FIRST_RESULTS));
    const firstScreen = sizeOf(outDir, read);
    const hits = await engine.resolve(ranking.articles.slice(0, 20));
    // With the former doc store the page read each result's article chunk for its snippet, and
    // speakers.json to link the speakers' names.
    if (oldFormat) {
      for (const h of hits) read.add(dataPaths.article(h.slug));
      read.add(dataPaths.speakers());
    }
    const size = sizeOf(outDir, read);
    results.push({ query, bytes: size.bytes, gzipBytes: size.gzipBytes, files: size.files, results: hits.length, firstScreen });
  }
  // The biggest speaker by quotations (speakers.json has the counts).
  const speakers = JSON.parse(readFileSync(join(outDir, dataPaths.speakers()), 'utf8')) as { id: string; quoteCount: number }[];
  const top = speakers.reduce((a, b) => (b.quoteCount > a.quoteCount ? b : a), speakers[0] ?? { id: '', quoteCount: 0 });
  const head = dataPaths.speaker(top.id);
  const pageDir = join(outDir, 'data/speakers', top.id);
  const pages = existsSync(pageDir) && statSync(pageDir).isDirectory() ? readdirSync(pageDir).map((f) => `data/speakers/${top.id}/${f}`) : [];
  const firstPage = sizeOf(outDir, [head]);
  const whole = sizeOf(outDir, [head, ...pages]);
  return {
    firstData,
    searchManifest,
    queries: results,
    biggestSpeaker: { id: top.id, quotes: top.quoteCount, firstPage, whole, pages: 1 + pages.length },
  };
}

/** The median of a list of numbers. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir, ...qs] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: npx tsx scripts/bench-flat-pages.ts DIST [query …]');
    process.exit(2);
  }
  const r = await flatPages(dir, qs.length ? qs : FLAT_QUERIES);
  const kB = (b: number) => `${(b / 1000).toFixed(1)} kB`;
  console.log(`home first data: ${kB(r.firstData.gzipBytes)} gz (${kB(r.firstData.bytes)})`);
  console.log(`search manifest (once): ${kB(r.searchManifest.gzipBytes)} gz (${kB(r.searchManifest.bytes)})`);
  for (const q of r.queries) {
    const f = q.firstScreen;
    console.log(`search ${JSON.stringify(q.query)}: ${q.files} files, ${kB(q.gzipBytes)} gz (${kB(q.bytes)}), ${q.results} results; first screen ${f.files} files, ${kB(f.gzipBytes)} gz`);
  }
  const s = r.biggestSpeaker;
  console.log(`biggest speaker ${s.id} (${s.quotes} quotations): first page ${kB(s.firstPage.gzipBytes)} gz (${kB(s.firstPage.bytes)}); all ${s.pages} pages ${kB(s.whole.gzipBytes)} gz (${kB(s.whole.bytes)})`);
}
