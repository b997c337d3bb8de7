// What "Export quotations" does once a button is pressed: one article's file straight from the
// page, a few of the reader's own articles with their corrections, or a speaker's or the whole
// corpus in a worker. Loaded with the first export, not with the pages that show the buttons
// (decision 085).
import type { ExportFormat } from '../export/quote-file.ts';
import { articleLinkOf, recordsOf } from '../export/quote-records.ts';
import { correctionsFor } from '../lib/use-corrections.ts';
import { applyCorrections } from '../corrections/apply-corrections.ts';
import { listCorrections, type StoredCorrection } from '../lib/corrections-db.ts';
import { download, EXPORT_TYPES, siteBase, type ExportJob, type ExportMessage } from '../lib/export-job.ts';
import { plural } from '../lib/format.ts';
import { importWithRetry } from '../lib/lazy-import.ts';
import type { ExportTarget } from './export-quotations.tsx';

const fileWriterModule = () => importWithRetry(() => import('../export/quote-file.ts'));

function fileName(target: ExportTarget, format: ExportFormat): string {
  const stem = target.kind === 'article' ? target.article.slug : target.kind === 'speaker' ? `speaker-${target.id}` : target.kind === 'articles' ? target.stem : 'all';
  return `quotations-${stem}.${format}`;
}

/** How a running export reports back to the buttons. */
export interface ExportReport {
  status(message: string): void;
  progress(p: { done: number; total: number } | null): void;
}

/** Runs one export; returns the worker doing it (to cancel), or null when it runs in the page. */
export async function runExport(target: ExportTarget, format: ExportFormat, report: ExportReport): Promise<Worker | null> {
  const fail = (err: unknown) => report.status(`The export failed: ${(err as Error).message}`);
  if (target.kind === 'article') {
    const { article, link } = target;
    // The reader's corrections are already in the article the page shows. The file writer (with
    // papaparse) loads on the first export.
    await fileWriterModule().then(({ fileOf }) => {
      download(fileName(target, format), [fileOf(format, recordsOf(article, link?.() ?? articleLinkOf(siteBase(), article.slug)))], EXPORT_TYPES[format]);
      report.status(`Exported ${plural(article.quotes.length, 'quotation')} as ${format.toUpperCase()}.`);
    }, fail);
    return null;
  }
  let corrections: readonly StoredCorrection[];
  try {
    corrections = await listCorrections();
  } catch (err) {
    fail(err);
    return null;
  }
  if (target.kind === 'articles') {
    await Promise.all([target.load(), fileWriterModule()]).then(([list, { fileOf }]) => {
      const records = list.flatMap(({ article, link, key }) => {
        const mine = correctionsFor(key, corrections);
        const quotes = mine.length ? applyCorrections(article.text, article.quotes, mine, 'reader').quotes : article.quotes;
        return recordsOf({ ...article, quotes }, link);
      });
      download(fileName(target, format), [fileOf(format, records)], EXPORT_TYPES[format]);
      report.status(`Exported ${plural(records.length, 'quotation')} as ${format.toUpperCase()}.`);
    }, fail);
    return null;
  }
  const w = new Worker(new URL('../workers/export-worker.ts', import.meta.url), { type: 'module' });
  report.progress({ done: 0, total: 0 });
  w.onmessage = (e: MessageEvent<ExportMessage>) => {
    const m = e.data;
    if (m.type === 'progress') report.progress({ done: m.done, total: m.total });
    else {
      w.terminate();
      report.progress(null);
      if (m.type === 'done') {
        download(fileName(target, format), m.file, EXPORT_TYPES[format]);
        report.status(`Exported ${plural(m.count, 'quotation')} as ${format.toUpperCase()}.`);
      } else report.status(`The export failed: ${m.message}`);
    }
  };
  w.onerror = () => {
    report.progress(null);
    report.status('The export failed to start. Reload the page and try again.');
  };
  const job: ExportJob = {
    format,
    siteBase: siteBase(),
    corrections: [...corrections],
    ...(target.kind === 'speaker' ? { speakerId: target.id, speakerName: target.name } : {}),
  };
  w.postMessage(job);
  return w;
}
