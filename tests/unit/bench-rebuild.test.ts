// The incremental-rebuild benchmark's helpers (scripts/bench-rebuild.ts): reading what the build
// says its caches did, the edit it makes to one article, and measureNode keeping those lines. No
// timing is asserted.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CACHE_LINES, measureNode } from '../../scripts/bench-build.ts';
import { articleToEdit, EDIT_SENTENCE, editArticle, parseCacheUse, percent } from '../../scripts/bench-rebuild.ts';
import { extractQuotes } from '../../src/quotes/extract-quotes.ts';

describe('parseCacheUse', () => {
  // One row per way the build's log can say it (src/ingest/vite-plugin.ts, src/build/prerender-plugin.ts).
  it.each([
    [
      'both caches warm',
      'Ingested 10000 articles from x (1 quotations, 2 speakers) in 900 ms on 2 worker threads; analysis cache: 9999 reused, 1 analysed\nPrerendered 20012 pages in 4100 ms (20009 from the cache)',
      { analysis: { reused: 9999, analysed: 1 }, pages: { pages: 20012, ms: 4100, fromCache: 20009 }, analysisOff: false, ingestMs: 900, writeMs: null },
    ],
    [
      'thousands separators and a decimal time',
      'analysis cache: 99,999 reused, 1 analysed\nPrerendered 1,234 pages in 56.7 ms (1,230 from the cache)',
      { analysis: { reused: 99_999, analysed: 1 }, pages: { pages: 1234, ms: 56.7, fromCache: 1230 }, analysisOff: false, ingestMs: null, writeMs: null },
    ],
    [
      'cold build (--no-cache): no counts, the page line without a cache part',
      'Ingested 3 articles from x (1 quotations, 2 speakers) in 9 ms; analysis cache off (--no-cache)\nWrote 214 data files (articles 272 kB/35 ms, search 409 kB/108 ms) in 1,251 ms; the report is r.json\nPrerendered 12 pages in 80 ms',
      { analysis: null, pages: { pages: 12, ms: 80, fromCache: 0 }, analysisOff: true, ingestMs: 9, writeMs: 1251 },
    ],
    ['colours around the figures', '\u001b[32manalysis cache: \u001b[1m5\u001b[22m reused, 0 analysed\u001b[39m', { analysis: { reused: 5, analysed: 0 }, pages: null, analysisOff: false, ingestMs: null, writeMs: null }],
    ['nothing printed (warnings-only log level)', '', { analysis: null, pages: null, analysisOff: false, ingestMs: null, writeMs: null }],
    [
      'the real bundled build\'s lines',
      'Ingested 36 articles from src/content/articles (270 quotations, 129 speakers) in 1227 ms; analysis cache: 36 reused, 0 analysed\nWrote 214 data files (articles 272 kB/35 ms, index 28 kB/0 ms, manifest 0 kB/0 ms, speakers 138 kB/21 ms, voices 12 kB/0 ms, search 409 kB/108 ms) in 251 ms; the report is /tmp/x.ingest-report.json\nPrerendered 167 pages in 1467 ms (0 from the cache)',
      { analysis: { reused: 36, analysed: 0 }, pages: { pages: 167, ms: 1467, fromCache: 0 }, analysisOff: false, ingestMs: 1227, writeMs: 251 },
    ],
  ])('%s', (_name, output, expected) => {
    expect(parseCacheUse(output)).toEqual(expected);
  });
});

describe('percent', () => {
  it.each([
    [9999, 10_000, '99.990 %'],
    [99_999, 100_000, '99.999 %'],
    [10, 10, '100 %'],
    [0, 10, '0 %'],
    [1, 3, '33.3 %'],
    [0, 0, '—'],
  ])('%i of %i is %s', (part, whole, text) => {
    expect(percent(part, whole)).toBe(text);
  });
});

describe('the edit', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('appends a quoted sentence to the first article by name and reads its slug', () => {
    dir = mkdtempSync(join(tmpdir(), 'qr-edit-'));
    writeFileSync(join(dir, '000002-b-2.md'), '---\ntitle: B\nslug: b-2\n---\n\nBody b.\n');
    writeFileSync(join(dir, '000001-a-1.md'), "---\ntitle: A\nslug: 'a-1'\n---\n\nBody a.");
    const target = articleToEdit(dir);
    expect(target).toEqual({ file: join(dir, '000001-a-1.md'), slug: 'a-1' });
    editArticle(target.file);
    expect(readFileSync(target.file, 'utf8')).toBe(`---\ntitle: A\nslug: 'a-1'\n---\n\nBody a.\n\n${EDIT_SENTENCE}\n`);
    expect(readFileSync(join(dir, '000002-b-2.md'), 'utf8')).toBe('---\ntitle: B\nslug: b-2\n---\n\nBody b.\n');
  });

  it('adds a sentence the engine finds one attributed quotation in', () => {
    expect(extractQuotes(EDIT_SENTENCE).quotes.map((q) => q.speaker?.name)).toEqual(['Dana Whitfield']);
  });

  it('names the folder when there is nothing to edit', () => {
    dir = mkdtempSync(join(tmpdir(), 'qr-edit-'));
    expect(() => articleToEdit(dir)).toThrow(dir);
  });
});

describe('measureNode keeps the cache lines', () => {
  it('keeps whole matching lines from both streams, however the output is cut', async () => {
    const script = [
      "process.stdout.write('vite building\\nanalysis cache: 12');",
      "setTimeout(() => { process.stdout.write('3 reused, 4 analysed\\nother\\n'); process.stderr.write('Prerendered 5 pages in 6 ms (5 from the cache)\\n'); }, 50);",
    ].join('');
    const cost = await measureNode(['-e', script], { keep: CACHE_LINES });
    expect(cost.ok).toBe(true);
    expect(cost.kept).toEqual(['analysis cache: 123 reused, 4 analysed', 'Prerendered 5 pages in 6 ms (5 from the cache)']);
  });
});
