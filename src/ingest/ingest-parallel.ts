// Per-file ingestion spread over worker threads, so a large corpus uses every core. Each
// worker loads this module graph through tsx (the build runs from TypeScript sources) and
// runs ingestPath on the files it is sent; the main thread only hands out batches.
// Returns null when workers cannot start, and the caller ingests in-thread instead.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileResult } from './analyse-source.ts';
import type { SourceFile } from './decode-source.ts';

/** Below this many files, starting workers (about half a second each) costs more than it saves. */
export const PARALLEL_THRESHOLD = 400;
const BATCH = 64;

// CommonJS so it runs with `eval: true`; dynamic import() loads tsx's API and our modules.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { tsImport } = await import(workerData.tsxApi);
  const { ingestPath } = await tsImport(workerData.module, workerData.parentURL);
  parentPort.on('message', async (batch) => {
    const out = [];
    for (const file of batch) out.push(await ingestPath(file));
    parentPort.postMessage({ results: out });
  });
  parentPort.postMessage({ ready: true });
})().catch((err) => parentPort.postMessage({ error: String((err && err.stack) || err) }));
`;

/** How many workers to use by default: one per core, none on a single core. */
export function defaultWorkerCount(): number {
  const cores = availableParallelism();
  return cores > 1 ? cores : 0;
}

/** Ingests `files` in `count` workers; results in the order of `files`, or null if workers failed to start. */
export async function ingestInWorkers(files: readonly SourceFile[], count: number): Promise<FileResult[] | null> {
  let tsxApi: string;
  try {
    tsxApi = import.meta.resolve('tsx/esm/api');
  } catch {
    return null;
  }
  const workerData = { tsxApi, module: new URL('./ingest-directory.ts', import.meta.url).href, parentURL: import.meta.url };
  const results: FileResult[] = new Array(files.length);
  const workers: Worker[] = [];
  let next = 0;
  try {
    await Promise.all(
      Array.from({ length: count }, () => new Promise<void>((done, fail) => {
        const worker = new Worker(WORKER_SOURCE, { eval: true, workerData });
        workers.push(worker);
        let batchStart = 0;
        const send = () => {
          if (next >= files.length) return done();
          batchStart = next;
          next = Math.min(files.length, next + BATCH);
          worker.postMessage(files.slice(batchStart, next));
        };
        worker.on('message', (msg: { ready?: true; error?: string; results?: FileResult[] }) => {
          if (msg.error) return fail(new Error(msg.error));
          if (msg.results) msg.results.forEach((r, i) => (results[batchStart + i] = r));
          send();
        });
        worker.on('error', fail);
        worker.on('exit', (code) => (code === 0 ? done() : fail(new Error(`ingest worker exited with code ${code}`))));
      })),
    );
  } catch {
    return null;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  // A worker that died mid-batch leaves holes; the caller then redoes everything in-thread.
  for (let i = 0; i < files.length; i++) if (!results[i]) return null;
  return results;
}
