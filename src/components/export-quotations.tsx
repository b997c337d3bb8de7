// "Export quotations" as CSV or JSON: one article's straight from the page; a speaker's or the whole
// corpus in a worker, with a progress bar and Cancel, so the page stays responsive at any size.
import { useEffect, useRef, useState } from 'react';
import type { ArticleChunk } from '../contract/article-data.ts';
import type { StoredCorrection } from '../lib/corrections-db.ts';
import type { ExportFormat } from '../export/quote-file.ts';
import { articleLinkOf, recordsOf, type RecordArticle } from '../export/quote-records.ts';
import { download, EXPORT_TYPES, siteBase, type ExportJob, type ExportMessage } from '../lib/export-job.ts';
import { plural } from '../lib/format.ts';
import '../styles/corrections.css';
import { importWithRetry } from '../lib/lazy-import.ts';

/** What a button exports. */
export type ExportTarget =
  | { kind: 'article'; article: ArticleChunk; link?: string }
  | { kind: 'speaker'; id: string; name: string }
  | { kind: 'corpus' }
  /** A few articles read in the page (the reader's own): each with its link and corrections key. */
  | { kind: 'articles'; stem: string; load(): Promise<{ article: RecordArticle; link: string; key: string }[]> };

type Format = ExportFormat;

const fileWriterModule = () => importWithRetry(() => import('../export/quote-file.ts'));
// The reader's corrections are read when an export starts: the store's code (idb) and the code that
// applies corrections are not part of the page that shows the buttons (decision 085).
const storedCorrections = () => importWithRetry(() => import('../lib/corrections-db.ts')).then((m) => m.listCorrections());
const correctionsModule = () => Promise.all([importWithRetry(() => import('../lib/use-corrections.ts')), importWithRetry(() => import('../corrections/apply-corrections.ts'))]);

function fileName(target: ExportTarget, format: Format): string {
  const stem = target.kind === 'article' ? target.article.slug : target.kind === 'speaker' ? `speaker-${target.id}` : target.kind === 'articles' ? target.stem : 'all';
  return `quotations-${stem}.${format}`;
}


/** The export buttons, and the progress of a running export. */
export function ExportQuotations({ target }: { target: ExportTarget }) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [status, setStatus] = useState('');
  const worker = useRef<Worker | null>(null);
  useEffect(() => () => worker.current?.terminate(), []);

  function start(format: Format) {
    setStatus('');
    if (target.kind === 'article') {
      const { article, link } = target;
      // The reader's corrections are already in the article the page shows. The file writer (with
      // papaparse) loads on the first export, not with the page.
      void fileWriterModule().then(({ fileOf }) => {
        download(fileName(target, format), [fileOf(format, recordsOf(article, link ?? articleLinkOf(siteBase(), article.slug)))], EXPORT_TYPES[format]);
        setStatus(`Exported ${plural(article.quotes.length, 'quotation')} as ${format.toUpperCase()}.`);
      }, (err: unknown) => setStatus(`The export failed: ${(err as Error).message}`));
      return;
    }
    if (target.kind === 'articles') {
      void Promise.all([target.load(), fileWriterModule(), storedCorrections(), correctionsModule()]).then(([list, { fileOf }, corrections, [{ correctionsFor }, { applyCorrections }]]) => {
        const records = list.flatMap(({ article, link, key }) => {
          const mine = correctionsFor(key, corrections);
          const quotes = mine.length ? applyCorrections(article.text, article.quotes, mine, 'reader').quotes : article.quotes;
          return recordsOf({ ...article, quotes }, link);
        });
        download(fileName(target, format), [fileOf(format, records)], EXPORT_TYPES[format]);
        setStatus(`Exported ${plural(records.length, 'quotation')} as ${format.toUpperCase()}.`);
      }, (err: unknown) => setStatus(`The export failed: ${(err as Error).message}`));
      return;
    }
    void storedCorrections().then(
      (corrections) => startWorker(format, corrections),
      (err: unknown) => setStatus(`The export failed: ${(err as Error).message}`),
    );
  }

  function startWorker(format: Format, corrections: readonly StoredCorrection[]) {
    worker.current?.terminate();
    const w = new Worker(new URL('../workers/export-worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    setProgress({ done: 0, total: 0 });
    w.onmessage = (e: MessageEvent<ExportMessage>) => {
      const m = e.data;
      if (m.type === 'progress') setProgress({ done: m.done, total: m.total });
      else {
        w.terminate();
        worker.current = null;
        setProgress(null);
        if (m.type === 'done') {
          download(fileName(target, format), m.file, EXPORT_TYPES[format]);
          setStatus(`Exported ${plural(m.count, 'quotation')} as ${format.toUpperCase()}.`);
        } else setStatus(`The export failed: ${m.message}`);
      }
    };
    w.onerror = () => {
      setProgress(null);
      setStatus('The export failed to start. Reload the page and try again.');
    };
    const job: ExportJob = {
      format,
      siteBase: siteBase(),
      corrections: [...corrections],
      ...(target.kind === 'speaker' ? { speakerId: target.id, speakerName: target.name } : {}),
    };
    w.postMessage(job);
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
