// Issue 14 item 5 in Chromium: pages whose cost stays flat as the corpus grows. Search results arrive
// whole (no article chunk or speakers list downloaded, layout shift under 0.1 by PerformanceObserver);
// a speaker quoted 1,500 times in one article opens one page of their file and pages by URL; the
// page opened directly preloads its own first data and lazy chunks from the HTML, and the loader's
// fetch and import() take the preloads.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { SpeakerDetail } from '../../src/contract/article-data.ts';
import { layoutShift, pagePerTest, problems, urlFor, watchLayoutShift } from './browser.ts';

const { baseUrl, outDir, oddBaseUrl, oddOutDir } = inject('e2e');
const openTestPage = pagePerTest();

/** Paths under data/ the page requested, in order. */
function dataRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    const at = path.indexOf('/data/');
    if (at >= 0) seen.push(decodeURIComponent(path.slice(at + 1)));
  });
  return seen;
}

describe('search results carry their snippets', () => {
  it('draws results with snippets from the index alone: no article chunk, no speakers list, layout shift < 0.1', async () => {
    const watched = await openTestPage();
    const { page } = watched;
    await watchLayoutShift(watched.context);
    const requests = dataRequests(page);
    await page.goto(urlFor(baseUrl, '/search?q=Trump'));
    await page.locator('main [data-search-query="Trump"]').waitFor();
    await page.waitForLoadState('networkidle');
    const results = page.locator('.qr-search-result');
    expect(await results.count()).toBeGreaterThan(1);
    // Every result has its quotation texts (and the article matches their snippets) at once.
    expect(await page.locator('.qr-search-result__quote q').count()).toBeGreaterThan(0);
    expect(await page.getByText(/^Quotation q\d+$/).count()).toBe(0);
    expect(await page.locator('.qr-search-result__speaker a[href^="/speakers/"]').count()).toBeGreaterThan(0);
    expect(requests.filter((p) => p.startsWith('data/articles/') || p === 'data/speakers.json')).toEqual([]);
    expect(requests.some((p) => p.startsWith('data/search/docs-'))).toBe(true);
    const cls = await layoutShift(page);
    console.log(`search layout shift (results carry snippets): ${cls.toFixed(4)}; data files: ${requests.length}`);
    expect(cls).toBeLessThan(0.1);
    expect(await problems(watched)).toEqual([]);
  });
});

describe('speaker files are paged', () => {
  const head = () => JSON.parse(readFileSync(join(oddOutDir, 'data/speakers/jane-porter.json'), 'utf8')) as SpeakerDetail;

  it('the build writes a head with page 0 and one file per further page, each bounded', () => {
    const h = head();
    expect(h.pageCount).toBeGreaterThan(5);
    expect(h.quoteCount).toBeGreaterThan(1000);
    expect(h.articles.reduce((n, a) => n + a.quotes.length, 0)).toBeLessThanOrEqual(100);
    for (let p = 1; p < h.pageCount!; p++) expect(statSync(join(oddOutDir, `data/speakers/jane-porter/${p}.json`)).size).toBeLessThan(200_000);
  });

  it('a speaker quoted over a thousand times opens one page, and ?page=n reads only that page', async () => {
    const watched = await openTestPage();
    const { page } = watched;
    const requests = dataRequests(page);
    await page.goto(urlFor(oddBaseUrl, '/speakers/jane-porter'));
    await page.getByRole('heading', { level: 1, name: 'Jane Porter' }).waitFor();
    const h = head();
    await page.getByText(`${h.quoteCount!.toLocaleString('en')} quotations in ${h.articleCount} articles.`).waitFor();
    expect(await page.locator('main [data-quote-id]').count()).toBeLessThanOrEqual(100);
    expect(requests.filter((p) => p.startsWith('data/speakers/'))).toEqual(['data/speakers/jane-porter.json']);

    const pager = page.getByRole('navigation', { name: 'Pages of quotations by Jane Porter' });
    await pager.getByRole('link', { name: /Next/ }).click();
    await page.waitForURL((url) => url.searchParams.get('page') === '2');
    await page.getByText('(continued)').first().waitFor();
    expect(requests.filter((p) => p.startsWith('data/speakers/'))).toEqual(['data/speakers/jane-porter.json', 'data/speakers/jane-porter/1.json']);

    // A page opened directly: the head and that page, nothing in between.
    const direct = await openTestPage();
    const more = dataRequests(direct.page);
    await direct.page.goto(urlFor(oddBaseUrl, '/speakers/jane-porter?page=5'));
    await direct.page.getByRole('heading', { level: 1, name: 'Jane Porter' }).waitFor();
    await direct.page.locator('main [data-quote-id]').first().waitFor();
    expect(more.filter((p) => p.startsWith('data/speakers/'))).toEqual(['data/speakers/jane-porter.json', 'data/speakers/jane-porter/4.json']);
    expect(await problems(watched)).toEqual([]);
    expect(await problems(direct)).toEqual([]);
  });
});

describe('a page’s first data and code load with the HTML', () => {
  it('on the home page the manifest and index page 0 are preloaded, and the loader’s fetch takes the preloaded responses', async () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    // The prerendered home page names its loader's files on the head script, which preloads them after the first paint (decision 089).
    expect(html).toMatch(/<script data-fetch="\/data\/manifest\.json \/data\/index\/0\.json" src="\/assets\/head-[0-9a-f]{8}\.js"/);
    const watched = await openTestPage();
    const { page } = watched;
    const requests = dataRequests(page);
    await page.goto(urlFor(baseUrl, '/'));
    await page.locator('main a[href*="/articles/"]').first().waitFor();
    // One request each: the fetch() reused the preload instead of downloading again.
    expect(requests.filter((p) => p === 'data/manifest.json')).toHaveLength(1);
    expect(requests.filter((p) => p === 'data/index/0.json')).toHaveLength(1);
    const initiators = await page.evaluate(() =>
      performance.getEntriesByType('resource').filter((e) => /\/data\/(manifest|index\/0)\.json$/.test(e.name)).map((e) => (e as PerformanceResourceTiming).initiatorType),
    );
    expect(initiators).toEqual(['link', 'link']);
    expect(await problems(watched)).toEqual([]);
  });

  it('an article, a search, the speakers list, a speaker page and voices opened directly preload their own first file and chunk (each fetched once), never the home page’s', async () => {
    const index = JSON.parse(readFileSync(join(outDir, 'data/index/0.json'), 'utf8')) as { articles: { slug: string }[] };
    const slug = index.articles[0]!.slug;
    const speakerId = (JSON.parse(readFileSync(join(outDir, 'data/speakers.json'), 'utf8')) as { id: string }[])[0]!.id;
    for (const [path, first, chunk] of [
      [`/articles/${encodeURIComponent(slug)}`, `data/articles/${slug}.json`, 'article-page'],
      ['/search?q=president', 'data/search/manifest.json', 'search-page'],
      ['/speakers', 'data/speakers.json', 'speakers-page'],
      [`/speakers/${encodeURIComponent(speakerId)}`, `data/speakers/${speakerId}.json`, 'speaker-page'],
      ['/voices', 'data/voices.json', 'voices-page'],
    ] as const) {
      const watched = await openTestPage();
      const { page } = watched;
      const requests = dataRequests(page);
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
      });
      await page.goto(urlFor(baseUrl, path), { waitUntil: 'networkidle' });
      await page.locator('main h1').first().waitFor();
      expect(requests.filter((p) => p === 'data/manifest.json' || p === 'data/index/0.json'), path).toEqual([]);
      // One request for the first data file and one for the route's chunk: the loader and import() reused the preloads.
      expect(requests.filter((p) => p === first), path).toHaveLength(1);
      expect(scripts.filter((p) => p.includes(`/assets/${chunk}-`)), path).toHaveLength(1);
      // The data file is requested by the link (the loader waits for the entry script); the chunk by
      // whichever comes first on a fast local server, the link or import(), never both.
      const initiators = await page.evaluate(
        (file) =>
          performance
            .getEntriesByType('resource')
            .filter((e) => decodeURIComponent(new URL(e.name).pathname).endsWith(`/${file}`))
            .map((e) => (e as PerformanceResourceTiming).initiatorType),
        first,
      );
      expect(initiators, path).toEqual(['link']);
      expect(await problems(watched)).toEqual([]);
    }
  });

  it('a search without a query and a route not in the table (adding an article) preload nothing', async () => {
    for (const path of ['/search', '/add']) {
      const watched = await openTestPage();
      const { page } = watched;
      await page.goto(urlFor(baseUrl, path), { waitUntil: 'networkidle' });
      expect(await page.evaluate(() => document.querySelectorAll('link[rel="preload"]').length), path).toBe(0);
      expect(await problems(watched)).toEqual([]);
    }
  });
});

describe('an article’s first page carries what its first render needs', () => {
  it('opened directly it loads neither the quote details (with their positioning code), the corrections store, "Mark as quotation" nor the export; opening a quotation loads the details', async () => {
    const slug = (JSON.parse(readFileSync(join(outDir, 'data/index/0.json'), 'utf8')) as { articles: { slug: string; quoteCount: number }[] }).articles.find((a) => a.quoteCount > 0)!.slug;
    const watched = await openTestPage();
    const { page } = watched;
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(urlFor(baseUrl, `/articles/${encodeURIComponent(slug)}`), { waitUntil: 'networkidle' });
    const lazy = (name: string) => scripts.filter((p) => p.includes(`/${name}-`));
    expect(lazy('quote-details'), 'quote details before use').toEqual([]);
    expect(lazy('corrections-db'), 'corrections store without corrections').toEqual([]);
    expect(lazy('mark-quotation'), '"Mark as quotation" before a selection').toEqual([]);
    expect(lazy('export-run'), 'the export before a press').toEqual([]);
    await page.locator('[data-quote-id]').first().click();
    await page.getByRole('dialog').waitFor();
    expect(lazy('quote-details')).toHaveLength(1);
    expect(await problems(watched)).toEqual([]);
  });
});
