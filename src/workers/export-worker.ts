// The export of many articles (a speaker's, or the whole corpus) runs here, off the page's thread:
// it fetches each article's data file, applies the reader's corrections, and sends the CSV or JSON
// back in pieces with its progress, so 10,000 articles never freeze the page.
import { dataPaths } from '../contract/article-data.ts';
import { applyCorrections } from '../corrections/apply-corrections.ts';
import type { Correction } from '../corrections/correction.ts';
import type { ArticleChunk } from '../contract/article-data.ts';
import { exportRecords, type SiteReader } from '../export/collect-records.ts';
import { fileWriter } from '../export/quote-file.ts';
import { articleLinkOf } from '../export/quote-records.ts';
import { EXPORT_TYPES, type ExportJob, type ExportMessage } from '../lib/export-job.ts';

const post = (m: ExportMessage) => (self as unknown as { postMessage(m: ExportMessage): void }).postMessage(m);

function fetchReader(siteBase: string): SiteReader {
  const read = async <T>(path: string): Promise<T> => {
    const res = await fetch(new URL(path, siteBase));
    const type = res.headers.get('content-type') ?? '';
    if (!res.ok || !type.includes('json')) throw new Error(`Could not load ${path} (HTTP ${res.status}). Check your connection and try again.`);
    return (await res.json()) as T;
  };
  return {
    manifest: () => read(dataPaths.manifest()),
    indexPage: (n) => read(dataPaths.indexPage(n)),
    article: (slug) => read(dataPaths.article(slug)),
    speaker: (id) => read(dataPaths.speaker(id)),
    speakerPage: (id, page) => read(dataPaths.speakerPage(id, page)),
  };
}

async function run(job: ExportJob): Promise<void> {
  const byArticle = new Map<string, Correction[]>();
  for (const c of job.corrections) {
    const list = byArticle.get(c.article);
    if (list) list.push(c);
    else byArticle.set(c.article, [c]);
  }
  // Articles where the reader's corrections give this speaker a quotation their file does not list.
  const namesSpeaker = (c: Correction) => c.speaker != null && (c.speaker.id === job.speakerId || (!c.speaker.id && c.speaker.name === job.speakerName));
  const extra = job.speakerId === undefined ? [] : job.corrections.filter(namesSpeaker).map((c) => c.article);
  const scope = {
    articleLink: (slug: string) => articleLinkOf(job.siteBase, slug),
    quotesOf: (a: ArticleChunk) => {
      const mine = byArticle.get(a.slug);
      return mine ? applyCorrections(a.text, a.quotes, mine, 'reader').quotes : a.quotes;
    },
    ...(job.speakerId !== undefined ? { speakerId: job.speakerId, extraSlugs: extra } : {}),
  };
  let count = 0;
  let last = 0;
  // The file is assembled here and handed over as one Blob, so the page does no work per piece.
  const file = fileWriter(job.format);
  const parts: string[] = [file.head];
  for await (const batch of exportRecords(fetchReader(job.siteBase), scope, (p) => {
    // A progress message per article is plenty for a bar, but not per article at 10,000: at most ~100.
    if (p.done === p.total || p.done - last >= Math.max(1, Math.floor(p.total / 100))) {
      last = p.done;
      post({ type: 'progress', done: p.done, total: p.total });
    }
  })) {
    parts.push(file.piece(batch, count));
    count += batch.length;
  }
  parts.push(file.tail(count));
  post({ type: 'done', count, file: new Blob(parts, { type: EXPORT_TYPES[job.format] }) });
}

self.addEventListener('message', (e: MessageEvent<ExportJob>) => {
  run(e.data).catch((err: unknown) => post({ type: 'error', message: (err as Error).message }));
});
