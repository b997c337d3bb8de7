// The ingestion core, usable outside Vite (CLI, benchmarks, tests):
//   ingestDirectory(dir) → every file ingested, problems and warnings collected, the site built.
import { readFile } from 'node:fs/promises';
import { buildSite, findDuplicateSlugs, settleDerivedSlugs, type Site } from './build-index.ts';
import type { IngestProblem, IngestWarning } from './errors.ts';
import { ingestBytes } from './ingest-file.ts';
import type { FileResult } from './analyse-source.ts';
import type { SourceFile } from './decode-source.ts';
import { displayPath, listSources, type ListedSource } from './read-sources.ts';
import { problem } from './errors.ts';
import { defaultWorkerCount, ingestInWorkers, PARALLEL_THRESHOLD } from './ingest-parallel.ts';
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

/** Ingests one file from disk; a listed entry that cannot be an article becomes its problem. */
export async function ingestPath(file: ListedSource): Promise<FileResult> {
  if (file.unusable) {
    const u = file.unusable;
    return { ok: false, file: file.display, warnings: [], problems: [problem(u.code, file.display, null, u.message, u.fix)] };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file.path);
  } catch (err) {
    return { ok: false, file: file.display, warnings: [], problems: [problem('unreadable-file', file.display, null, `The file could not be read: ${(err as Error).message}`, 'Check that the file exists and is readable.')] };
  }
  return ingestBytes(file, bytes);
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
  for (const r of results) {
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
}

/** Reads, validates and analyses every article under `dir`; never throws for bad articles. */
export async function ingestDirectory(dir: string, options: IngestOptions = {}): Promise<IngestResult> {
  const corrections = options.correctionsDir ? await readCorrections(options.correctionsDir) : NO_CORRECTIONS;
  let files: SourceFile[];
  try {
    files = await listSources(dir);
  } catch (err) {
    return assemble([missingFolder(dir, err)]);
  }
  const workers = options.workers ?? defaultWorkerCount();
  if (workers > 0 && files.length >= (options.parallelThreshold ?? PARALLEL_THRESHOLD)) {
    const parallel = await ingestInWorkers(files, workers);
    if (parallel) return { ...assemble(parallel, corrections), workers };
  }
  const results: FileResult[] = new Array(files.length);
  // Reads overlap with parsing; the parsing itself is synchronous, so a small pool suffices.
  const concurrency = options.concurrency ?? 16;
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      results[i] = await ingestPath(files[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  return assemble(results, corrections);
}
