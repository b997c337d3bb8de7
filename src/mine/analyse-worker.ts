// The Web Worker that runs the quote engine on the reader's own articles, off the page's main
// thread (a 50 kB article takes the engine a few hundred milliseconds). A file of its own, so the
// Content-Security-Policy's script-src 'self' covers it; it only computes, it fetches nothing.
import { analyseSource } from '../ingest/analyse-source.ts';
import type { ParsedArticle } from '../ingest/parse-source.ts';

/** A job: one parsed article and the id to answer with. */
export interface AnalyseRequest {
  job: number;
  parsed: ParsedArticle;
}

/** The answer: the shared pipeline's result, or the error that stopped it. */
export type AnalyseResponse = { job: number; ok: true; result: ReturnType<typeof analyseSource> } | { job: number; ok: false; error: string };

// Warm the engine up (its first run compiles its tables and code paths): the reader's first article
// then takes the warm time, not twice that.
try {
  analyseSource({ file: 'warm-up', format: 'scraped-page', meta: { title: 'Warm up', date: null, pageDate: null, source: null, url: null, byline: null, license: null, changed: false, changes: null, slug: null }, slugLine: null, paragraphs: ['"We are ready," the engine said on Tuesday.'], paragraphLines: [null], removed: [], warnings: [] });
} catch {
  // A failing warm-up changes nothing: the real job reports its own error.
}

const scope = self as unknown as { onmessage: ((e: MessageEvent<AnalyseRequest>) => void) | null; postMessage: (m: AnalyseResponse) => void };

scope.onmessage = (event) => {
  const { job, parsed } = event.data;
  try {
    scope.postMessage({ job, ok: true, result: analyseSource(parsed) });
  } catch (error) {
    scope.postMessage({ job, ok: false, error: (error as Error).message });
  }
};
