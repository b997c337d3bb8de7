// The ingestion core, usable outside Vite (CLI, benchmarks, tests):
//   ingestDirectory(dir) → every file ingested, problems and warnings collected, the site built.
import { readFile } from 'node:fs/promises';
import { buildSite, findDuplicateSlugs, settleDerivedSlugs, type Site } from './build-index.ts';
import { problem, type IngestProblem, type IngestWarning } from './errors.ts';
import { ingestPath } from './ingest-file.ts';
import type { FileResult } from './analyse-source.ts';
import { displayPath, listSources, type ListedSource } from './read-sources.ts';
import type { AnalysisCache } from './analysis-cache.ts';
import { defaultWorkerCount, ingestEachInWorkers, isWorkerFailure, PARALLEL_THRESHOLD } from './ingest-pool.ts';
import type { RemovedLine } from './types.ts';
import { unifySpeakers } from '../quotes/resolve-corpus-speakers.ts';
import { applyPublishedCorrections, NO_CORRECTIONS, readCorrections, type PublishedCorrections } from './read-corrections.ts';

/** `ingest-report.json`: what the build did with every file. */
export interface IngestReport {
  articleCount: number;
  quoteCount: number;
  speakerCount: number;
  errors: IngestProblem[];
  warnings: IngestWarning[];
  /** Site furniture removed from scraped and HTML pages, per file. */
  removed: { file: string; lines: RemovedLine[] }[];
}

/** The outcome of ingesting a folder. `site` holds every good article even when some files failed. */
export interface IngestResult {
  ok: boolean;
  problems: IngestProblem[];
  warnings: IngestWarning[];
  site: Site;
  report: IngestReport;
  /** Worker threads the per-file work ran in (0: in this thread). */
  workers: number;
}

/** The result standing for an articles folder that cannot be listed (a typo in ARTICLES_DIR, say). */
export function missingFolder(dir: string, err: unknown): FileResult {
  const code = (err as NodeJS.ErrnoException).code;
  const what = code === 'ENOENT' ? 'does not exist' : code === 'ENOTDIR' ? 'is not a folder' : `cannot be read (${(err as Error).message})`;
  return { ok: false, file: displayPath(dir), warnings: [], problems: [problem('missing-folder', displayPath(dir), null,
    `The articles folder ${what}.`,
    'Check the path given in ARTICLES_DIR (it is relative to the directory you run the command from), or create the folder and put articles in it.')] };
}

/** Combines per-file results (in any order) and the published corrections into problems, warnings, report and site. */
export function assemble(results: Iterable<FileResult>, corrections: PublishedCorrections = NO_CORRECTIONS): IngestResult {
  const problems: IngestProblem[] = [];
  const warnings: IngestWarning[] = [];
  const removed: IngestReport['removed'] = [];
  const parsed = [];
  // In file order whatever the order given (a listing, the dev server's map, records from many
  // mappers), so the corpus-wide steps and the site never depend on who finished first.
  const ordered = [...results].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const r of ordered) {
    warnings.push(...r.warnings);
    if (r.ok) {
      parsed.push(r.article);
      if (r.removed.length > 0) removed.push({ file: r.file, lines: r.removed });
    } else problems.push(...r.problems);
  }
  const settled = settleDerivedSlugs(parsed);
  const articles = settled.articles;
  warnings.push(...settled.warnings);
  if (articles.length === 0 && problems.length === 0) {
    warnings.push({ code: 'no-articles', file: '(articles folder)', line: null, message: 'The articles folder holds no articles: the site will be empty.' });
  }
  const duplicates = findDuplicateSlugs(articles);
  problems.push(...duplicates);
  const clashing = new Set(duplicates.map((p) => p.file));
  // Articles with a clashing slug are left out of the site (dev keeps serving the rest).
  // One person, one speaker id across articles ("Durbin" here, "Dick Durbin" there).
  const unified = unifySpeakers(clashing.size ? articles.filter((a) => !clashing.has(a.file)) : articles);
  // The editors' corrections come last: they name the speaker the corpus-wide step would otherwise rename.
  const corrected = applyPublishedCorrections(unified, corrections);
  problems.push(...corrected.problems);
  warnings.push(...corrected.warnings);
  const site = buildSite(corrected.articles);
  const byFile = (a: { file: string; line: number | null }, b: { file: string; line: number | null }) =>
    a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
  problems.sort(byFile);
  warnings.sort(byFile);
  removed.sort((a, b) => a.file.localeCompare(b.file));
  return {
    ok: problems.length === 0,
    problems,
    warnings,
    site,
    report: { articleCount: site.articles.length, quoteCount: site.quoteCount, speakerCount: site.speakers.length, errors: problems, warnings, removed },
    workers: 0,
  };
}

/** Options of ingestDirectory. */
export interface IngestOptions {
  /** Files read at once in-thread. */
  concurrency?: number;
  /** Worker threads for large corpora (default: one per core; 0 disables them). */
  workers?: number;
  /** Fewest files worth starting workers for (default PARALLEL_THRESHOLD). */
  parallelThreshold?: number;
  /** The folder of published corrections (none when absent). */
  correctionsDir?: string;
  /** A cache of per-file results by content (analysis-cache.ts); none: every file is analysed. */
  cache?: AnalysisCache;
  /** The worker module the pool runs (default: the built ingest worker; tests pass a failing one). */
  workerFile?: string;
}

/** The map half of a build: one FileResult per listed file, in listing order. */
export interface MappedDirectory {
  /** The listed files, in order; `results[i]` is the result of `files[i]`. */
  files: ListedSource[];
  results: FileResult[];
  /** Worker threads the per-file work ran in (0: in this thread). */
  workers: number;
  /** True when `dir` could not be listed: `results` is then the one missing-folder result. */
  folderMissing: boolean;
}

/**
 * Reads, validates and analyses every article under `dir`; never throws for bad articles.
 * The build is this map (per file, stateless) then `assemble`, the reduce (docs/scale.md).
 */
export async function ingestDirectory(dir: string, options: IngestOptions = {}): Promise<IngestResult> {
  const corrections = options.correctionsDir ? await readCorrections(options.correctionsDir) : NO_CORRECTIONS;
  const mapped = await mapDirectory(dir, options);
  if (mapped.folderMissing) return assemble(mapped.results);
  return { ...assemble(mapped.results, corrections), workers: mapped.workers };
}

/** The map over a folder: each listed file's result, from the analysis cache or analysed (on the worker pool when large). */
export async function mapDirectory(dir: string, options: IngestOptions = {}): Promise<MappedDirectory> {
  let results: FileResult[] = [];
  const mapped = await mapDirectoryEach(dir, options, (result, i) => { results[i] = result; }, (count) => { results = new Array(count); });
  return { ...mapped, results };
}

/** What mapDirectoryEach did: the listed files, the worker threads used, and whether the folder was missing. */
export type MappedEach = Omit<MappedDirectory, 'results'>;

/**
 * The map over a folder, one result at a time: each listed file's result is handed to `onResult`
 * (with its index in the listing) as soon as it is read from the cache or analysed, in no
 * particular order, and not kept: the streaming build (stream-site.ts) spills it at once. A
 * missing folder gives its one missing-folder result. `onListed` hears the file count first.
 */
export async function mapDirectoryEach(
  dir: string,
  options: IngestOptions,
  onResult: (result: FileResult, index: number) => void | Promise<void>,
  onListed?: (count: number) => void,
): Promise<MappedEach> {
  let files: ListedSource[];
  try {
    files = await listSources(dir);
  } catch (err) {
    onListed?.(1);
    await onResult(missingFolder(dir, err), 0);
    return { files: [], workers: 0, folderMissing: true };
  }
  onListed?.(files.length);
  const { cache } = options;
  // Reads overlap with parsing; the parsing itself is synchronous, so a small pool suffices.
  const concurrency = options.concurrency ?? 16;
  const pool = async (count: number, each: (i: number) => Promise<void>): Promise<void> => {
    let next = 0;
    const run = async (): Promise<void> => {
      while (next < count) await each(next++);
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, count) }, run));
  };
  const keys = new Map<number, string>();
  // With a cache, the files whose bytes were seen before are read back instead of analysed.
  const missing: number[] = [];
  if (cache) {
    await pool(files.length, async (i) => {
      const file = files[i]!;
      // (ingestPath reports what is wrong with an unusable or unreadable file.)
      const bytes = file.unusable ? null : await readFile(file.path).catch(() => null);
      if (!bytes) {
        missing.push(i);
        return;
      }
      const key = cache.key(file.display, bytes);
      const hit = await cache.read(key, file.display);
      if (hit) await onResult(hit, i);
      else {
        keys.set(i, key);
        missing.push(i);
      }
    });
    missing.sort((a, b) => a - b);
  } else for (let i = 0; i < files.length; i++) missing.push(i);
  const analysed = async (result: FileResult, i: number): Promise<void> => {
    const key = keys.get(i);
    // A worker's failure says nothing about the file's bytes: it is retried next build, not kept.
    if (cache && key && !isWorkerFailure(result)) await cache.write(key, result);
    keys.delete(i);
    await onResult(result, i);
  };
  const workers = options.workers ?? defaultWorkerCount();
  let used = 0;
  if (workers > 0 && missing.length > 0 && missing.length >= (options.parallelThreshold ?? PARALLEL_THRESHOLD)) {
    // (A file whose worker failed comes back as a problem naming it, never as a hole.)
    await ingestEachInWorkers(missing.map((i) => files[i]!), workers, (r, k) => analysed(r, missing[k]!), options.workerFile ? { workerFile: options.workerFile } : {});
    used = workers;
  } else await pool(missing.length, async (k) => analysed(await ingestPath(files[missing[k]!]!), missing[k]!));
  return { files, workers: used, folderMissing: false };
}
