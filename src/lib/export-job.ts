// The messages between the page and the export worker (src/workers/export-worker.ts).
import type { Correction } from '../corrections/correction.ts';

/** What to export: the whole corpus, or one speaker's quotations. */
export interface ExportJob {
  format: 'csv' | 'json';
  /** The site's absolute base URL, ending in "/". */
  siteBase: string;
  speakerId?: string;
  speakerName?: string;
  /** The reader's corrections, applied to every article exported. */
  corrections: Correction[];
}

/** What the worker sends back: pieces of the file, progress, the end or an error. */
export type ExportMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; count: number; file: Blob }
  | { type: 'error'; message: string };

/** The site's absolute base URL (origin and Vite's base path). */
export function siteBase(): string {
  const base = import.meta.env.BASE_URL ?? '/';
  return new URL(base.endsWith('/') ? base : `${base}/`, window.location.origin).href;
}

/** Offers `parts` as a file download named `name`. */
export function download(name: string, parts: BlobPart[] | Blob, type: string): void {
  const url = URL.createObjectURL(parts instanceof Blob ? parts : new Blob(parts, { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** MIME type of each export format. */
export const EXPORT_TYPES = { csv: 'text/csv;charset=utf-8', json: 'application/json;charset=utf-8' } as const;
