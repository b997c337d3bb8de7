// Adding the reader's own articles: the build's pipeline (src/ingest/parse-source.ts, analyse-source.ts) with the
// browser's DOMParser for HTML, the engine in a Web Worker, the result in IndexedDB. Nothing is
// fetched: DOMParser documents load no images or scripts, and the engine only computes.
// First: it makes zod eval-free (the CSP) before the shared validation below builds its schemas.
import { browserParseEnvironment } from './browser-parse.ts';
import { decodeSource } from '../ingest/decode-source.ts';
import type { IngestProblem } from '../ingest/errors.ts';
import { parseSource, type ParsedArticle, type SourceOverrides } from '../ingest/parse-source.ts';
import { analyseInWorker, startWorker } from './analyse-client.ts';
import { getMine, newMineId, putMine, type MineArticle } from './store.ts';

/** A problem with an input: what is wrong and what to do (the build's own problem shape). */
export type AddProblem = IngestProblem;

/** What happened to one input: added (with its id) or rejected with problems that say what to do. */
export type AddOutcome = { ok: true; name: string; id: string; title: string; quoteCount: number } | { ok: false; name: string; problems: IngestProblem[] };

/** Display name of text typed or pasted into the form (problems name it like a file). */
export const TYPED_NAME = 'Article text';

// Lets the page paint between files (parsing an HTML page can take a few tens of milliseconds).
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Starts the engine's worker ahead of the first article (the page calls it on open). */
export function warmUpEngine(): void {
  startWorker();
}

/** Clipboard HTML as clean text for the form (Readability via the shared HTML parser), or null to paste as is. */
export function parsePastedHtml(html: string): { text: string; title: string | null; url: string | null; paragraphs: number; removed: number } | null {
  const decoded = { ok: true as const, file: { path: 'pasted.html', display: TYPED_NAME }, format: 'html' as const, text: html };
  let r = parseSource(decoded, browserParseEnvironment, { origin: 'typed' });
  let titled = true;
  // A copied part of a page often has no title of its own: keep its paragraphs, ask for a title on submit.
  if (!r.ok && r.problems.every((p) => p.code === 'missing-title')) {
    r = parseSource(decoded, browserParseEnvironment, { origin: 'typed', title: 'untitled' });
    titled = false;
  }
  // A fragment too short for Readability: the plain-text paste is better.
  if (!r.ok) return null;
  const { parsed } = r;
  return {
    text: (titled ? [parsed.meta.title, ...parsed.paragraphs] : parsed.paragraphs).join('\n\n'),
    title: titled ? parsed.meta.title : null,
    url: parsed.meta.url,
    paragraphs: parsed.paragraphs.length,
    removed: parsed.removed.length,
  };
}

/** Parses text typed into the form as a scraped page would be (title from its first line unless given). */
export function parseTyped(text: string, overrides: Omit<SourceOverrides, 'origin'>): ReturnType<typeof parseSource> {
  const decoded = decodeSource({ path: 'typed.txt', display: TYPED_NAME }, new TextEncoder().encode(text));
  return parseSource(decoded, browserParseEnvironment, { ...overrides, origin: 'typed' });
}

/** Parses one picked or dropped file by its extension, like the build does. */
export async function parseFile(file: File): Promise<ReturnType<typeof parseSource>> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return parseSource(decodeSource({ path: file.name, display: file.name }, bytes), browserParseEnvironment, { origin: 'file' });
}

/** Runs the engine in the worker and makes the stored record. */
export async function analyseToRecord(parsed: ParsedArticle, base: { id: string; addedAt: number; fileName: string | null }): Promise<MineArticle> {
  const result = await analyseInWorker(parsed);
  const a = result.article;
  return {
    ...base,
    title: a.meta.title,
    date: a.meta.date,
    pageDate: a.meta.pageDate,
    source: a.meta.source,
    url: a.meta.url,
    byline: a.meta.byline,
    format: a.format,
    text: a.text,
    paragraphs: a.paragraphs,
    excerpt: a.excerpt,
    quotes: a.analysis.quotes,
    titleQuotes: a.titleQuotes,
    speakers: a.analysis.speakers,
    engineVersion: __ENGINE_VERSION__,
  };
}

/** Adds typed text; resolves to the outcome (the record is stored when ok). */
export async function addTyped(text: string, overrides: Omit<SourceOverrides, 'origin'>): Promise<AddOutcome> {
  const parsed = parseTyped(text, overrides);
  if (!parsed.ok) return { ok: false, name: TYPED_NAME, problems: parsed.problems };
  const record = await analyseToRecord(parsed.parsed, { id: newMineId(), addedAt: Date.now(), fileName: null });
  // The end of the analysis, for the benchmark's "no long task while analysing" (scripts/bench-mine.ts).
  performance.mark('quote-reader:analysed');
  await putMine(record);
  return { ok: true, name: TYPED_NAME, id: record.id, title: record.title, quoteCount: record.quotes.length };
}

/**
 * Adds a batch of files: each is parsed on the page (yielding between files), analysed in the
 * worker and stored; a bad file is reported by name and the others still go in. `onProgress`
 * hears after every file.
 */
export async function addFiles(files: readonly File[], onProgress: (done: number, total: number, last: AddOutcome) => void): Promise<AddOutcome[]> {
  const outcomes: AddOutcome[] = [];
  const now = Date.now();
  // Analyses overlap with the parsing of the next file: the worker is busy while the page parses.
  const work: Promise<AddOutcome>[] = [];
  for (const [i, file] of files.entries()) {
    await yieldToPage();
    const parsed = await parseFile(file);
    if (!parsed.ok) {
      const outcome: AddOutcome = { ok: false, name: file.name, problems: parsed.problems };
      work.push(Promise.resolve(outcome));
      continue;
    }
    // Later files get later times, so the list keeps the order they were dropped in (newest first).
    work.push(
      analyseToRecord(parsed.parsed, { id: newMineId(), addedAt: now + i, fileName: file.name })
        .then(async (record): Promise<AddOutcome> => {
          await putMine(record);
          return { ok: true, name: file.name, id: record.id, title: record.title, quoteCount: record.quotes.length };
        })
        // Caught here, not when its turn comes: a later file failing while an earlier one is still
        // being analysed would otherwise be an unhandled rejection. A full quota stops nothing
        // else: the file is reported with the storage message (which says what to do).
        .catch((error: unknown): AddOutcome => ({ ok: false, name: file.name, problems: [{ code: 'parse-failed', file: file.name, line: null, message: (error as Error).message, fix: '' }] })),
    );
  }
  for (const job of work) {
    const outcome = await job;
    outcomes.push(outcome);
    onProgress(outcomes.length, files.length, outcome);
  }
  return outcomes;
}

/** The stored article, re-analysed first when it was made by another engine version. */
export async function loadCurrent(id: string): Promise<MineArticle | undefined> {
  const record = await getMine(id);
  if (!record || record.engineVersion === __ENGINE_VERSION__) return record;
  const paragraphs = record.paragraphs.map((p) => record.text.slice(p.start, p.end));
  const parsed: ParsedArticle = {
    file: record.fileName ?? TYPED_NAME,
    format: record.format,
    meta: { title: record.title, date: record.date, pageDate: record.pageDate ?? null, source: record.source, url: record.url, byline: record.byline, license: null, changed: false, changes: null, slug: null },
    slugLine: null,
    paragraphs,
    paragraphLines: paragraphs.map(() => null),
    removed: [],
    warnings: [],
  };
  const fresh = await analyseToRecord(parsed, { id: record.id, addedAt: record.addedAt, fileName: record.fileName });
  try {
    await putMine(fresh);
  } catch {
    // Could not save the new analysis (quota): show it anyway, and try again next time.
  }
  return fresh;
}
