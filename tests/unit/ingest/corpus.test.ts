// The bundled corpus through the whole ingestion: 36 articles, home order, neighbours,
// index pages, license attribution, speakers and the search index.
import MiniSearch from 'minisearch';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_OPTIONS, type SearchDocument } from '../../../src/contract/search-data.ts';
import { ingestDirectory, type IngestResult } from '../../../src/ingest/ingest-directory.ts';
import { chunkOf, summaryOf, dataFiles, writeSiteData, indexPageOf, manifestOf, resolveDataFile, searchIndexJson, speakerOf, speakersOf, DEFAULT_DATA_OPTIONS } from '../../../src/ingest/write-data.ts';

const CORPUS = join(import.meta.dirname, '../../../src/content/articles');
const SEED_SLUG = 'president-obama-reveals-he-threatened-putin-over-russian-hacking-attacks';
let result: IngestResult;

beforeAll(async () => {
  result = await ingestDirectory(CORPUS);
});

describe('bundled corpus', () => {
  it('ingests all 36 articles without errors', () => {
    expect(result.problems).toEqual([]);
    expect(result.site.articles).toHaveLength(36);
  });

  it('has the seed under its title-derived slug, with its body and no furniture', () => {
    const index = result.site.bySlug.get(SEED_SLUG);
    expect(index).toBeDefined();
    const chunk = chunkOf(result.site, index!);
    expect(chunk.title).toBe('President Obama Reveals He Threatened Putin Over Russian Hacking Attacks');
    expect(chunk.text.startsWith('President Barack Obama asserted on Friday')).toBe(true);
    expect(chunk.text).not.toMatch(/Must read|Advertisement|More articles|Latest article|21\.9 C/);
  });

  it('orders newest first with stable positions and prev/next by index, undated (the seed: only a page date) last', () => {
    const dated = result.site.articles.filter((a) => a.meta.date !== null).map((a) => a.meta.date!);
    expect([...dated].sort().reverse()).toEqual(dated);
    const undated = result.site.articles.slice(dated.length);
    expect(undated.every((a) => a.meta.date === null)).toBe(true);
    expect(undated.map((a) => [a.format, a.meta.pageDate])).toContainEqual(['scraped-page', '2024-07-19']);
    result.site.articles.forEach((a, i) => {
      const c = chunkOf(result.site, i);
      expect(c.position).toBe(i);
      expect(c.prev?.slug ?? null).toBe(result.site.articles[i - 1]?.slug ?? null);
      expect(c.next?.slug ?? null).toBe(result.site.articles[i + 1]?.slug ?? null);
      expect(c.paragraphs.map((p) => c.text.slice(p.start, p.end)).join('\n\n')).toBe(c.text);
      for (const q of c.quotes) expect(q.end).toBeLessThanOrEqual(c.text.length);
      for (const q of c.titleQuotes) expect(q.end).toBeLessThanOrEqual(c.title.length);
    });
  });

  it('carries the CC BY 2.5 attribution of every Wikinews article', () => {
    const wikinews = result.site.articles.filter((a) => a.meta.source === 'Wikinews');
    expect(wikinews).toHaveLength(35);
    for (const a of wikinews) {
      const c = chunkOf(result.site, result.site.bySlug.get(a.slug)!);
      expect(c.license).toEqual({ name: 'CC BY 2.5', url: 'https://creativecommons.org/licenses/by/2.5/' });
      expect(c.changed).toBe(true);
      expect(c.changes).toMatch(/removed/);
      expect(c.url).toMatch(/^https:\/\/en\.wikinews\.org\/wiki\//);
    }
  });
});

describe('data files', () => {
  it('splits the index into pages that together list every article once, without bodies', () => {
    const options = { ...DEFAULT_DATA_OPTIONS, pageSize: 10 };
    const manifest = manifestOf(result.site, options);
    expect(manifest).toMatchObject({ articleCount: 36, pageSize: 10, pageCount: 4 });
    const pages = Array.from({ length: manifest.pageCount }, (_, n) => indexPageOf(result.site, n, options)!);
    expect(pages.flatMap((p) => p.articles.map((a) => a.slug))).toEqual(result.site.articles.map((a) => a.slug));
    expect(indexPageOf(result.site, 4, options)).toBeNull();
    // The first page is small: excerpts only, never whole bodies.
    const first = JSON.stringify(pages[0]);
    expect(first.length).toBeLessThan(10_000);
    const lastParagraph = result.site.articles[0]!.text.split('\n\n').at(-1)!;
    expect(first).not.toContain(lastParagraph);
  });

  it('lists one file per article, page, speaker, plus manifest, speakers and search index', () => {
    const paths = [...dataFiles(result.site)].map(([p]) => p);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain('data/manifest.json');
    expect(paths).toContain('data/index/0.json');
    expect(paths).toContain(`data/articles/${SEED_SLUG}.json`);
    expect(paths).toContain('data/search/manifest.json');
    expect(paths.filter((p) => p.startsWith('data/articles/'))).toHaveLength(36);
    expect(paths.filter((p) => p.startsWith('data/speakers/'))).toHaveLength(result.site.speakers.length);
  });

  it('writes exactly the files the dev server would serve', async () => {
    const out = mkdtempSync(join(tmpdir(), 'qr-write-'));
    try {
      const written = await writeSiteData(result.site, out);
      const expected = [...dataFiles(result.site)];
      expect(written.files).toBe(expected.length);
      for (const [path] of expected) {
        expect(readFileSync(join(out, path), 'utf8'), path).toBe(resolveDataFile(result.site, path));
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('answers dev-server requests by path, 404 (null) for unknown ones', () => {
    expect(JSON.parse(resolveDataFile(result.site, `data/articles/${SEED_SLUG}.json`)!).slug).toBe(SEED_SLUG);
    expect(resolveDataFile(result.site, 'data/articles/nope.json')).toBeNull();
    expect(resolveDataFile(result.site, 'data/index/99.json')).toBeNull();
    expect(resolveDataFile(result.site, 'data/speakers/%E0%A4%A.json')).toBeNull();
    expect(JSON.parse(resolveDataFile(result.site, 'data/manifest.json')!).articleCount).toBe(36);
  });

  it('lists each article’s speakers most quoted first, counting its attributed quotations', () => {
    result.site.articles.forEach((a, i) => {
      const row = summaryOf(result.site, i);
      const counts = row.speakers.map((s) => s.count);
      expect([...counts].sort((x, y) => y - x)).toEqual(counts);
      expect(counts.reduce((n, c) => n + c, 0)).toBe(a.analysis.quotes.filter((q) => q.speaker).length);
      expect(row.quoteCount).toBe(a.analysis.quotes.length);
    });
  });

  it('aggregates speakers across articles consistently with the chunks', () => {
    const speakers = speakersOf(result.site);
    const total = speakers.reduce((n, s) => n + s.quoteCount, 0);
    const attributed = result.site.articles.reduce((n, a) => n + a.analysis.quotes.filter((q) => q.speaker).length, 0);
    expect(total).toBe(attributed);
    for (const s of speakers.slice(0, 5)) {
      const detail = speakerOf(result.site, s.id)!;
      expect(detail.articles).toHaveLength(s.articleCount);
      expect(detail.articles.reduce((n, a) => n + a.quotes.length, 0)).toBe(s.quoteCount);
      const positions = detail.articles.map((a) => a.position);
      expect([...positions].sort((x, y) => x - y)).toEqual(positions);
    }
  });

  it('builds a MiniSearch index the app can load with SEARCH_OPTIONS; finds titles and quoted words', () => {
    const index = MiniSearch.loadJSON<SearchDocument>(searchIndexJson(result.site, DEFAULT_DATA_OPTIONS), { ...SEARCH_OPTIONS, fields: [...SEARCH_OPTIONS.fields], storeFields: [...SEARCH_OPTIONS.storeFields] });
    expect(index.search('Putin hacking')[0]?.slug).toBe(SEED_SLUG);
    const quoted = index.search('cut it out', { combineWith: 'AND' });
    expect(quoted.some((r) => r.slug === SEED_SLUG && r.quoteId !== null)).toBe(true);
    expect(index.documentCount).toBe(36 + result.site.quoteCount);
  });
});
