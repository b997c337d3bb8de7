// A content-addressed cache of each article's analysis, so a rebuild re-analyses only the files
// that changed. Key: the file's bytes, its path in the articles folder (warnings and derived
// slugs name it) and the version of every source the result depends on (the engine, its tables,
// the ingestion and the shared modules), so any code change invalidates everything. Kept outside
// the site (node_modules/.cache/quote-reader/analyses by default); `--no-cache` builds cold.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { engineVersion } from '../build/engine-version.ts';
import type { FileResult } from './analyse-source.ts';

/** Where the cache lives unless told otherwise, relative to the project root. */
export const DEFAULT_CACHE_DIR = 'node_modules/.cache/quote-reader/analyses';

/** What one build did with the cache. */
export interface CacheStats {
  hits: number;
  misses: number;
  /** Entries that could not be read back (corrupt or truncated) and were recomputed. */
  unreadable: number;
}

/** A cache of FileResults by content. */
export interface AnalysisCache {
  /** The key of these bytes at this path. */
  key(display: string, bytes: Uint8Array): string;
  /** The cached result under a key, or undefined. Never throws. */
  read(key: string, display: string): Promise<FileResult | undefined>;
  /** Stores a result; a failed write only costs the next build a recomputation. */
  write(key: string, result: FileResult): Promise<void>;
  readonly stats: CacheStats;
  readonly dir: string;
}

/** The version of every source a FileResult depends on: src/quotes, src/ingest, src/common. */
export function pipelineVersion(srcDir: string = resolve(import.meta.dirname, '..')): string {
  return ['quotes', 'ingest', 'common'].map((d) => `${d}:${engineVersion(join(srcDir, d))}`).join(',');
}

/** The cache key: a hash of the pipeline version, the file's path and its bytes. */
export function cacheKey(version: string, display: string, bytes: Uint8Array): string {
  return createHash('sha256').update(version).update('\0').update(display).update('\0').update(bytes).digest('hex');
}

/** Opens (creating lazily) the cache in `dir`; `version` defaults to this checkout's pipelineVersion(). */
export function openAnalysisCache(dir: string, version: string = pipelineVersion()): AnalysisCache {
  const stats: CacheStats = { hits: 0, misses: 0, unreadable: 0 };
  const pathOf = (key: string): string => join(dir, key.slice(0, 2), `${key}.json`);
  return {
    dir,
    stats,
    key: (display, bytes) => cacheKey(version, display, bytes),
    async read(key, display) {
      let text: string;
      try {
        text = await readFile(pathOf(key), 'utf8');
      } catch {
        stats.misses++;
        return undefined;
      }
      try {
        const result = JSON.parse(text) as FileResult;
        // (A foreign or damaged file at the right name is a miss, not a wrong article.)
        if (result.file !== display) throw new Error('not this file');
        stats.hits++;
        return result;
      } catch {
        stats.unreadable++;
        stats.misses++;
        return undefined;
      }
    },
    async write(key, result) {
      const file = pathOf(key);
      try {
        await mkdir(dirname(file), { recursive: true });
        // Written aside and renamed, so a killed build never leaves half an entry under the key.
        const tmp = `${file}.${process.pid}.tmp`;
        await writeFile(tmp, JSON.stringify(result));
        await rename(tmp, file);
      } catch {
        // A read-only or full disk only makes the next build slower.
      }
    },
  };
}

/** Whether this build should skip the cache: `--no-cache` on the command line or QUOTE_READER_NO_CACHE=1. */
export function cacheDisabled(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): boolean {
  return argv.includes('--no-cache') || env.QUOTE_READER_NO_CACHE === '1';
}
