// Issue 10 item 10 in Chromium: a network blip on a lazily loaded chunk does not break the page
// until a full reload. The first request for the reading view's chunk is aborted: the import is
// retried and the article opens. A chunk that stays unreachable shows the error page with Try
// again; once the network is back, Try again, or going elsewhere and back, loads it.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pagePerTest, readIndex, urlFor, type WatchedPage } from './browser.ts';

const { baseUrl, outDir } = inject('e2e');
const openTestPage = pagePerTest();

/** Aborts requests for the built chunk whose name starts with `name` while `blocked()` says so; counts them. */
async function interceptChunk(page: Page, name: string, blocked: (n: number) => boolean): Promise<{ requests: () => number }> {
  let n = 0;
  // No service worker: it would precache the chunks and answer the page's requests itself, around page.route.
  await page.addInitScript(() => {
    delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
  });
  await page.route(new RegExp(`/assets/${name}-[\\w-]+\\.js$`), (route) => {
    n += 1;
    return blocked(n) ? route.abort('internetdisconnected') : route.continue();
  });
  return { requests: () => n };
}

/** Uncaught page errors only: failed requests and the router's log of the caught error are expected here. */
const uncaught = (watched: WatchedPage) => watched.errors.filter((e) => e.startsWith('uncaught:'));

const firstArticle = () => readIndex(outDir)[0]!;

describe('a lazily loaded chunk that fails to download', () => {
  it('is retried: the first request for the reading view’s chunk is aborted, and the article still opens', async () => {
    const watched = await openTestPage();
    const { page } = watched;
    const chunk = await interceptChunk(page, 'article-page', (n) => n === 1);
    await page.goto(baseUrl);
    const article = firstArticle();
    await page.locator(`main a[href$="/articles/${article.slug}"]`).first().click();
    await expect.poll(() => page.locator('h1').first().innerText(), { timeout: 15_000 }).toBe(article.title);
    await page.locator('article').first().waitFor();
    expect(chunk.requests()).toBeGreaterThanOrEqual(2);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(uncaught(watched)).toEqual([]);
  });

  it('shows Try again while it stays unreachable; back online, Try again loads the page', async () => {
    const watched = await openTestPage();
    const { page } = watched;
    let offline = true;
    const chunk = await interceptChunk(page, 'speakers-page', () => offline);
    await page.goto(baseUrl);
    await page.locator('main a[href*="/articles/"]').first().waitFor();
    await page.locator('a[href$="/speakers"]').first().click();
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 15_000 });
    await expect.poll(() => alert.innerText()).toContain('Failed to fetch dynamically imported module');
    const failedRequests = chunk.requests();
    expect(failedRequests).toBeGreaterThanOrEqual(3);
    offline = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => page.locator('h1').first().innerText(), { timeout: 15_000 }).toBe('Speakers');
    expect(await alert.count()).toBe(0);
    expect(chunk.requests()).toBeGreaterThan(failedRequests);
    expect(uncaught(watched)).toEqual([]);
  });

  it('recovers on the next navigation: elsewhere, then back to the article, opens it', async () => {
    const watched = await openTestPage();
    const { page } = watched;
    let offline = true;
    await interceptChunk(page, 'article-page', () => offline);
    const article = firstArticle();
    await page.goto(urlFor(baseUrl, `/articles/${article.slug}`));
    await page.getByRole('alert').waitFor({ timeout: 15_000 });
    offline = false;
    await page.getByRole('link', { name: 'Go to the list of articles' }).click();
    await page.locator(`main a[href$="/articles/${article.slug}"]`).first().click();
    await expect.poll(() => page.locator('h1').first().innerText(), { timeout: 15_000 }).toBe(article.title);
    await page.locator('article').first().waitFor();
    expect(uncaught(watched)).toEqual([]);
  });
});
