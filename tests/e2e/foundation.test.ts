// Issue 2 in Chromium: the home page lists every article, the seed opens clean with its
// quotations, next/previous/back work, unknown slugs and paths show "Not found".
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleChunk } from '../../src/contract/article-data.ts';
import { findArticle, pagePerTest, problems, readIndex, urlFor, waitForApp, type WatchedPage } from './browser.ts';
import { SEED_FURNITURE, SEED_TITLE, seedParagraphs } from './seed.ts';

const { baseUrl, outDir } = inject('e2e');
const openTestPage = pagePerTest();
let watched: WatchedPage | undefined;

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
const seed = () => findArticle(outDir, (t) => t === SEED_TITLE, `titled "${SEED_TITLE}"`);
const chunk = (slug: string) => JSON.parse(readFileSync(join(outDir, 'data/articles', `${slug}.json`), 'utf8')) as ArticleChunk;

describe('home page', () => {
  it('lists all 36 bundled articles, newest first, each linking to its reading view', async () => {
    const index = readIndex(outDir);
    expect(index).toHaveLength(36);
    watched = await openTestPage();
    const { page } = watched;
    await page.goto(baseUrl);
    await waitForApp(page);
    await page.locator(`main a[href$="/articles/${index[35]!.slug}"]`).first().waitFor();
    const hrefs = await page.locator('main a[href*="/articles/"]').evaluateAll((links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    const slugs = [...new Set(hrefs.map((h) => decodeURIComponent(h.replace(/^.*\/articles\//, '').replace(/#.*$/, ''))))];
    expect(slugs).toEqual(index.map((a) => a.slug));
    const dates = index.map((a) => a.date ?? '');
    expect([...dates].sort().reverse()).toEqual(dates);
    await expect.poll(() => page.title(), { timeout: 10_000 }).toMatch(/Quote Reader/);
    expect(await problems(watched)).toEqual([]);
  });
});

describe('the seed article', () => {
  it('opens from the home page with its title, its full body and none of the site furniture', async () => {
    const { slug } = seed();
    watched = await openTestPage();
    const { page } = watched;
    await page.goto(baseUrl);
    await waitForApp(page);
    await page.locator(`main a[href$="/articles/${slug}"]`).first().click();
    await page.waitForURL(urlFor(baseUrl, `/articles/${slug}`));
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 10_000 }).toBe(SEED_TITLE);
    expect(await page.locator('h1').count()).toBe(1);
    await expect.poll(() => page.title(), { timeout: 10_000 }).toContain(SEED_TITLE);

    const body = normalise(await page.locator('article').first().innerText());
    const paragraphs = seedParagraphs();
    expect(paragraphs.length).toBeGreaterThanOrEqual(20);
    for (const paragraph of paragraphs) expect(body).toContain(paragraph);
    const pageText = await page.locator('body').innerText();
    for (const furniture of SEED_FURNITURE) expect(pageText).not.toContain(furniture);
    expect(body).not.toContain('New York');
    expect(await problems(watched)).toEqual([]);
  });

  it('shows 17 quotations, every one attributed to Barack Obama', async () => {
    watched = await openTestPage();
    const { page } = watched;
    await page.goto(urlFor(baseUrl, `/articles/${seed().slug}`));
    await page.locator('article [data-quote-id]').first().waitFor();
    const quotes = await page.locator('article [data-quote-id]').evaluateAll((els) =>
      els.map((el) => ({ id: el.getAttribute('data-quote-id'), speaker: el.getAttribute('data-speaker'), highlighted: el.getAttribute('data-highlighted') })),
    );
    expect(new Set(quotes.map((q) => q.id)).size).toBe(17);
    expect(quotes.filter((q) => q.speaker !== 'Barack Obama')).toEqual([]);
    expect(quotes.filter((q) => q.highlighted !== 'true')).toEqual([]);

    // Screen readers hear the speaker; sighted readers see the name on hover and on focus.
    const third = page.locator('article [data-quote-id="q3"]').first();
    expect(await page.getByRole('button', { name: /Quote by Barack Obama/ }).count()).toBeGreaterThanOrEqual(17);
    const tip = () => third.evaluate((el) => {
      const before = getComputedStyle(el, '::before');
      return before.display !== 'none' && before.opacity === '1' ? before.content : null;
    });
    await third.hover();
    await expect.poll(tip).toContain('Barack Obama');
    await page.mouse.move(0, 0);
    await third.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect.poll(tip).toContain('Barack Obama');
    expect(await problems(watched)).toEqual([]);
  });

  it('moves to the next and previous article, and the browser back button retraces the steps', async () => {
    const { slug } = seed();
    // The seed is undated (only its page has a date), so it sits last: step to a neighbour and back.
    const { next: after, prev: before } = chunk(slug);
    const next = after ?? before;
    expect(next, 'the seed should have a neighbour').not.toBeNull();
    const [there, back] = after ? [/Next/, /Previous/] : [/Previous/, /Next/];
    watched = await openTestPage();
    const { page } = watched;
    await page.goto(baseUrl);
    await waitForApp(page);
    await page.locator(`main a[href$="/articles/${slug}"]`).first().click();
    await page.waitForURL(urlFor(baseUrl, `/articles/${slug}`));
    await page.locator('h1', { hasText: SEED_TITLE }).waitFor();

    await page.getByRole('link', { name: there }).first().click();
    await page.waitForURL(urlFor(baseUrl, `/articles/${next!.slug}`));
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 10_000 }).toBe(next!.title);
    await expect.poll(() => page.title(), { timeout: 10_000 }).toContain(next!.title);

    await page.getByRole('link', { name: back }).first().click();
    await page.waitForURL(urlFor(baseUrl, `/articles/${slug}`));
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 10_000 }).toBe(SEED_TITLE);

    await page.goBack();
    await page.waitForURL(urlFor(baseUrl, `/articles/${next!.slug}`));
    await page.locator('h1', { hasText: next!.title }).waitFor();
    await page.goBack();
    await page.waitForURL(urlFor(baseUrl, `/articles/${slug}`));
    await page.locator('h1', { hasText: SEED_TITLE }).waitFor();
    await page.goBack();
    await page.waitForURL(baseUrl);
    await page.locator(`main a[href$="/articles/${slug}"]`).first().waitFor();
    expect(await problems(watched)).toEqual([]);
  });
});

describe('scroll position', () => {
  it('a new page opens at its top; back returns to where the reader was, also after a reload; a filter change stays put', async () => {
    const index = readIndex(outDir);
    watched = await openTestPage();
    const { page } = watched;
    await page.setViewportSize({ width: 1280, height: 700 });
    await page.goto(baseUrl);
    await waitForApp(page);
    // Far down the list, then into an article from there (one with quotations, for the filter).
    const pick = index.slice(20).reduce((a, b) => (b.quoteCount > a.quoteCount ? b : a));
    const target = page.locator(`main a[href$="/articles/${pick.slug}"]`).first();
    await target.scrollIntoViewIfNeeded();
    const listY = await page.evaluate(() => window.scrollY);
    expect(listY).toBeGreaterThan(1000);
    await target.click();
    await page.waitForURL(urlFor(baseUrl, `/articles/${pick.slug}`));
    await page.locator('article').first().waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // A speaker filter change is a navigation that keeps the reader's place.
    await page.evaluate(() => window.scrollTo(0, 300));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(300);
    await page.getByRole('button', { name: /^Only / }).first().click();
    await expect.poll(() => page.url()).toContain('speaker=');
    expect(await page.evaluate(() => window.scrollY)).toBe(300);
    await page.goBack();
    await page.goBack();
    await page.waitForURL(urlFor(baseUrl, '/'));
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 10_000 }).toBe(listY);
    // A reload of the list keeps the place too (positions live in sessionStorage).
    await page.reload();
    await waitForApp(page);
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 10_000 }).toBe(listY);
    expect(await problems(watched)).toEqual([]);
  });
});

describe('small screens', () => {
  it('home and article pages fit a 360 px wide screen without sideways scrolling', async () => {
    watched = await openTestPage({ viewport: { width: 360, height: 740 } });
    const { page } = watched;
    for (const path of ['/', `/articles/${seed().slug}`]) {
      await page.goto(urlFor(baseUrl, path));
      await page.locator('main a, article [data-quote-id]').first().waitFor();
      await page.waitForLoadState('networkidle');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `page width of ${path} at 360 px`).toBeLessThanOrEqual(360);
    }
    expect(await problems(watched)).toEqual([]);
  });
});

describe('not found', () => {
  for (const path of ['/articles/no-such-article-anywhere', '/no/such/page']) {
    it(`shows "Not found" and a way home for ${path}`, async () => {
      watched = await openTestPage();
      const { page } = watched;
      await page.goto(urlFor(baseUrl, path));
      await page.getByText(/not found/i).first().waitFor();
      const home = page.locator('main a[href="/"], main a[href="./"]');
      expect(await home.count()).toBeGreaterThan(0);
      await home.first().click();
      await page.waitForURL(baseUrl);
      await page.locator('main a[href*="/articles/"]').first().waitFor();
      expect(await problems(watched, { allow404: true })).toEqual([]);
    });
  }
});
