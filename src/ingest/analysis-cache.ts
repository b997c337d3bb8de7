// A content-addressed cache of each article's analysis, so a rebuild re-analyses only the files
// that changed. Key: the file's bytes, its path in the articles folder (warnings and derived
// slugs name it) and the version of every source the result depends on (the engine, its tables,
// the ingestion and the shared modules), so any code change invalidates everything. Kept outside
// the site (node_modules/.cache/quote-reader/analyses by default); `--no-cache` builds cold.
// Entries sit in one folder per pipeline version, so the entries an engine change made stale can be
// removed as a whole (pruneAnalysisCache) instead of piling up with every change.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { engineVersion } from '../build/engine-version.ts';
import type { FileResult } from './analyse-source.ts';

/** Where the cache lives unless told otherwise, relative to the project root. */
export const DEFAULT_CACHE_DIR = 'node_modules/.cache/quote-reader/analyses';

/**
 * How many other pipeline versions' entries a prune keeps (the most recently used ones): one, so a
 * developer switching between two branches, or a build still running on the previous code, stays warm.
 */
export const KEEP_OTHER_VERSIONS = 1;

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
  /** The file an entry is stored in. */
  path(key: string): string;
  readonly stats: CacheStats;
  /** The folder of this pipeline version's entries (inside the cache folder). */
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

/** The folder name of one pipeline version's entries: 16 hex digits of its hash. */
export function versionFolder(version: string): string {
  return createHash('sha256').update(version).digest('hex').slice(0, 16);
}

const VERSION_FOLDER = /^[0-9a-f]{16}$/;

/** Opens (creating lazily) the cache in `dir`; `version` defaults to this checkout's pipelineVersion(). */
export function openAnalysisCache(dir: string, version: string = pipelineVersion()): AnalysisCache {
  const stats: CacheStats = { hits: 0, misses: 0, unreadable: 0 };
  const own = join(dir, versionFolder(version));
  const pathOf = (key: string): string => join(own, key.slice(0, 2), `${key}.json`);
  return {
    dir: own,
    stats,
    path: pathOf,
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

/**
 * Removes the entries of every pipeline version but `version` and the KEEP_OTHER_VERSIONS most
 * recently used others (and anything else in the folder, such as the flat layout of older builds),
 * and marks `version` as just used. Returns how many folders it removed; a folder it cannot remove
 * is left for the next prune (a failure only costs disk space, never the build).
 */
export async function pruneAnalysisCache(dir: string, version: string = pipelineVersion(), keep: number = KEEP_OTHER_VERSIONS): Promise<number> {
  const own = versionFolder(version);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0; // no cache yet
  }
  const now = new Date();
  await utimes(join(dir, own), now, now).catch(() => undefined);
  const others: { name: string; used: number }[] = [];
  for (const name of names) {
    if (name === own) continue;
    const used = VERSION_FOLDER.test(name) ? await stat(join(dir, name)).then((s) => s.mtimeMs, () => -1) : -1;
    others.push({ name, used });
  }
  // Newest first; what is not a version folder (used = -1) never counts as kept.
  others.sort((a, b) => b.used - a.used);
  const doomed = others.filter((o, i) => o.used < 0 || i >= keep);
  let removed = 0;
  for (const { name } of doomed) {
    try {
      await rm(join(dir, name), { recursive: true, force: true });
      removed++;
    } catch {
      // Busy or read-only: tried again by the next build.
    }
  }
  return removed;
}

/** Whether this build should skip the cache: `--no-cache` on the command line or QUOTE_READER_NO_CACHE=1. */
export function cacheDisabled(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): boolean {
  return argv.includes('--no-cache') || env.QUOTE_READER_NO_CACHE === '1';
}
