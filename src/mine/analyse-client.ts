// The page's side of the analysis worker: one worker per page, started on first use, jobs
// answered in order. Falls back to nothing: without Worker support the page says so.
import type { analyseSource } from '../ingest/analyse-source.ts';
import type { ParsedArticle } from '../ingest/parse-source.ts';
import type { AnalyseRequest, AnalyseResponse } from './analyse-worker.ts';

let worker: Worker | null = null;
let nextJob = 1;
const pending = new Map<number, { resolve: (r: ReturnType<typeof analyseSource>) => void; reject: (e: Error) => void }>();

/** Starts the worker (once per page); analyseInWorker calls it too. */
export function startWorker(): Worker {
  if (worker) return worker;
  // Vite turns this into a separate hashed file (never an inline blob: the CSP allows 'self' only).
  const w = new Worker(new URL('./analyse-worker.ts', import.meta.url), { type: 'module', name: 'quote-engine' });
  w.onmessage = (event: MessageEvent<AnalyseResponse>) => {
    const waiting = pending.get(event.data.job);
    pending.delete(event.data.job);
    if (!waiting) return;
    if (event.data.ok) waiting.resolve(event.data.result);
    else waiting.reject(new Error(event.data.error));
  };
  w.onerror = (event) => {
    // A crashed worker fails every waiting job, and the next job starts a new one.
    for (const waiting of pending.values()) waiting.reject(new Error(`The quote engine stopped: ${event.message || 'worker error'}`));
    pending.clear();
    worker = null;
  };
  worker = w;
  return w;
}

/** Runs the quote engine on one parsed article in the worker. */
export function analyseInWorker(parsed: ParsedArticle): Promise<ReturnType<typeof analyseSource>> {
  const job = nextJob++;
  return new Promise((resolve, reject) => {
    pending.set(job, { resolve, reject });
    startWorker().postMessage({ job, parsed } satisfies AnalyseRequest);
  });
}
