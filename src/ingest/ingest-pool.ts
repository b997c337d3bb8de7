// Per-file ingestion spread over a pool of worker threads (piscina), so a large corpus uses every
// core. The workers run the built worker module (worker-bundle.ts), one task per listed file; the
// main thread only queues files and puts results back in order. A task whose worker throws or
// dies becomes a problem naming that article, so the build stops and says which one; the site is
// never silently smaller (docs/decisions/081-worker-pool.md).
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { FileResult } from './analyse-source.ts';
import { problem } from './errors.ts';
import type { ListedSource } from './read-sources.ts';
import { ingestWorkerFile } from './worker-bundle.ts';

/** Below this many files, starting workers (a few hundred ms each) costs more than it saves. */
export const PARALLEL_THRESHOLD = 400;

/** How many workers to use by default: one per core, none on a single core. */
export function defaultWorkerCount(): number {
  const cores = availableParallelism();
  return cores > 1 ? cores : 0;
}

/** Options of ingestInWorkers. */
export interface PoolOptions {
  /** The worker module (default: the built ingest worker); its default export maps a ListedSource to a FileResult. */
  workerFile?: string;
}

/** The result standing for a file whose worker failed: a problem that names it and says what to do. */
export function workerFailure(file: ListedSource, err: unknown): FileResult {
  const reason = err instanceof Error ? err.message : String(err);
  return {
    ok: false,
    file: file.display,
    warnings: [],
    problems: [problem('worker-failed', file.display, null,
      `The worker thread analysing this file failed (${reason}); the article was not built.`,
      'Build again (a failure is never cached). If it fails on this file every time, the file makes the analysis crash or run out of memory: move it out of the articles folder to build the rest, and report it with the file attached.')],
  };
}

/** Whether a result stands for a failed worker (not to be cached: the file itself may be fine). */
export function isWorkerFailure(result: FileResult): boolean {
  return !result.ok && result.problems.some((p) => p.code === 'worker-failed');
}

/** Ingests `files` in `count` worker threads; results in the order of `files`, one per file. */
export async function ingestInWorkers(files: readonly ListedSource[], count: number, options: PoolOptions = {}): Promise<FileResult[]> {
  const results: FileResult[] = new Array(files.length);
  await ingestEachInWorkers(files, count, (result, i) => { results[i] = result; }, options);
  return results;
}

/** Tasks queued per worker: enough to keep every worker busy, few enough that memory stays flat. */
export const TASKS_PER_WORKER = 8;

/**
 * Ingests `files` in `count` worker threads, handing each result to `onResult` (with its index in
 * `files`) as it comes, in no particular order; only a few tasks per worker are queued at a time,
 * so a million files never sit in the pool's queue or in memory at once.
 */
export async function ingestEachInWorkers(
  files: readonly ListedSource[],
  count: number,
  onResult: (result: FileResult, index: number) => void | Promise<void>,
  options: PoolOptions = {},
): Promise<void> {
  const filename = options.workerFile ?? (await ingestWorkerFile());
  const pool = new Piscina<ListedSource, FileResult>({ filename, minThreads: count, maxThreads: count, idleTimeout: 1_000 });
  try {
    let next = 0;
    // One article per task: a worker that dies takes only that article with it, and names it.
    const lane = async (): Promise<void> => {
      while (next < files.length) {
        const i = next++;
        const file = files[i]!;
        const result = await pool.run(file).then(
          (r) => (r && r.file === file.display ? r : workerFailure(file, new Error('the worker answered with another file\'s result'))),
          (err: unknown) => workerFailure(file, err),
        );
        await onResult(result, i);
      }
    };
    await Promise.all(Array.from({ length: Math.min(files.length, count * TASKS_PER_WORKER) }, lane));
  } finally {
    await pool.destroy();
  }
}
