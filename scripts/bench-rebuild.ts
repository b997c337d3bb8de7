// The incremental-rebuild measurement of issue 14 item 3: after a build with the caches on, one
// article is edited (a sentence with a quotation appended, so its analysis really changes) and the
// site rebuilt with the caches warm; the rebuild is compared with a cold build (--no-cache) of the
// same corpus in the same run. The build's own log says what each cache did; it is parsed here.
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/** Issue 14 item 3: editing one article rebuilds in at most this share of a cold build. */
export const REBUILD_BUDGET_RATIO = 0.1;

/**
 * Pages one edited article may fairly make the prerenderer draw again: its own page, the two
 * neighbours that link to it, the home page, /speakers and the pages of the few speakers it quotes.
 * More than this on one edit means the page cache's key is wider than what a page shows.
 */
export const PAGES_CHANGED_BY_ONE_EDIT = 10;

/** What the two caches did in one build, as the build printed it (null: that line was not printed). */
export interface CacheUse {
  /** src/ingest/vite-plugin.ts: "analysis cache: N reused, M analysed". */
  analysis: { reused: number; analysed: number } | null;
  /** src/build/prerender-plugin.ts: "Prerendered N pages in X ms (K from the cache)". */
  pages: { pages: number; fromCache: number; ms: number } | null;
  /** The build said a cache was off (--no-cache / QUOTE_READER_NO_CACHE=1). */
  analysisOff: boolean;
  /** Milliseconds of the phases the build times itself: ingesting (the map) and writing the data files. */
  ingestMs: number | null;
  writeMs: number | null;
}

const num = (s: string) => Number(s.replace(/[,\s]/g, ''));

/** Reads the cache lines out of a build's output (ANSI colours already stripped or not). */
export function parseCacheUse(output: string): CacheUse {
  const plain = stripVTControlCharacters(output);
  const a = /analysis cache: ([\d,]+) reused, ([\d,]+) analysed/.exec(plain);
  const p = /Prerendered ([\d,]+) pages? in ([\d.,]+) ?ms(?: \(([\d,]+) from the cache\))?/.exec(plain);
  return {
    analysis: a ? { reused: num(a[1]!), analysed: num(a[2]!) } : null,
    pages: p ? { pages: num(p[1]!), ms: num(p[2]!), fromCache: p[3] === undefined ? 0 : num(p[3]) } : null,
    analysisOff: /analysis cache off/.test(plain),
    ingestMs: ((m) => (m ? num(m[1]!) : null))(/Ingested [\d,]+ articles .*? in ([\d,]+) ms/.exec(plain)),
    writeMs: ((m) => (m ? num(m[1]!) : null))(/Wrote [\d,]+ data files .*? in ([\d,]+) ms/.exec(plain)),
  };
}

/** A share as a percentage with enough digits to tell 99.99 % from 100 %. */
export function percent(part: number, whole: number): string {
  if (whole === 0) return '—';
  const p = (100 * part) / whole;
  return `${p === 100 || p === 0 ? p.toFixed(0) : p >= 99.9 ? p.toFixed(3) : p.toFixed(1)} %`;
}

/** The sentence the benchmark appends: a quotation with a named speaker, so the analysis has one more quotation. */
export const EDIT_SENTENCE = '"We rebuilt only what changed, and that is the whole point," said Dana Whitfield, the archive\'s editor.';

/** The article the benchmark edits in a corpus folder: the first Markdown file by name, and its slug. */
export function articleToEdit(corpusDir: string): { file: string; slug: string | null } {
  const name = readdirSync(corpusDir).filter((f) => f.endsWith('.md')).sort()[0];
  if (!name) throw new Error(`${corpusDir}: no Markdown article to edit`);
  const file = join(corpusDir, name);
  const slug = /^slug:\s*['"]?([^'"\r\n]+?)['"]?\s*$/m.exec(readFileSync(file, 'utf8'))?.[1] ?? null;
  return { file, slug };
}

/** Appends EDIT_SENTENCE as a paragraph of its own to `file`. */
export function editArticle(file: string): void {
  const text = readFileSync(file, 'utf8');
  appendFileSync(file, `${text.endsWith('\n') ? '' : '\n'}\n${EDIT_SENTENCE}\n`);
}
