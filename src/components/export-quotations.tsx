// "Export quotations" as CSV or JSON: one article's straight from the page; a speaker's or the whole
// corpus in a worker, with a progress bar and Cancel, so the page stays responsive at any size.
import { useEffect, useRef, useState } from 'react';
import type { ArticleChunk } from '../contract/article-data.ts';
import type { ExportFormat } from '../export/quote-file.ts';
import type { RecordArticle } from '../export/quote-records.ts';
import { plural } from '../lib/format.ts';
import '../styles/corrections.css';
import { importWithRetry } from '../lib/lazy-import.ts';

/** What a button exports. */
export type ExportTarget =
  // `link` is asked for when the reader exports (in the browser): the page also renders at build time, with no address.
  | { kind: 'article'; article: ArticleChunk; link?: () => string }
  | { kind: 'speaker'; id: string; name: string }
  | { kind: 'corpus' }
  /** A few articles read in the page (the reader's own): each with its link and corrections key. */
  | { kind: 'articles'; stem: string; load(): Promise<{ article: RecordArticle; link: string; key: string }[]> };

type Format = ExportFormat;

// What a press does (the file writers, the worker, reading the corrections) loads with the first
// export: the pages show the buttons without it (decision 085).
const exportRun = () => importWithRetry(() => import('./export-run.ts'));

/** The export buttons, and the progress of a running export. */
export function ExportQuotations({ target }: { target: ExportTarget }) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [status, setStatus] = useState('');
  const worker = useRef<Worker | null>(null);
  useEffect(() => () => worker.current?.terminate(), []);

  function start(format: Format) {
    setStatus('');
    worker.current?.terminate();
    worker.current = null;
    const report = { status: setStatus, progress: setProgress };
    void exportRun()
      .then(({ runExport }) => runExport(target, format, report))
      .then(
        (w) => {
          worker.current = w;
        },
        (err: unknown) => setStatus(`The export failed: ${(err as Error).message}`),
      );
  }

  function cancel() {
    worker.current?.terminate();
    worker.current = null;
    setProgress(null);
    setStatus('Export cancelled.');
  }

  return (
    <div className="export-quotations" role="group" aria-label="Export quotations">
      <span className="export-label">Export quotations</span>
      <button type="button" onClick={() => start('csv')} disabled={progress !== null}>CSV</button>
      <button type="button" onClick={() => start('json')} disabled={progress !== null}>JSON</button>
      {progress && (
        <span className="export-progress">
          <progress max={progress.total || 1} value={progress.done} aria-label="Export progress" />
          <span>{progress.total ? `${progress.done.toLocaleString('en')} of ${plural(progress.total, 'article')}` : 'Starting…'}</span>
          <button type="button" onClick={cancel}>Cancel</button>
        </span>
      )}
      <span aria-live="polite" className="export-status">{status}</span>
    </div>
  );
}
