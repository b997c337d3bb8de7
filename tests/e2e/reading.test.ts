// Issue 4 in Chromium: the speaker filter lives in the URL, speaker names lead to speaker pages,
// search finds titles and quoted words, and `j`/`k` walk the highlighted quotations.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleChunk } from '../../src/contract/article-data.ts';
import type { ArticleSummary } from '../../src/contract/article-data.ts';
import { findArticle, pagePerTest, problems, readIndex, urlFor, type WatchedPage } from './browser.ts';
import { SEED_TITLE } from './seed.ts';

const { baseUrl, outDir } = inject('e2e');
const openTestPage = pagePerTest();
let watched: WatchedPage | undefined;

const comey = () => findArticle(outDir, (t) => /Comey/.test(t) && /Trump/.test(t), 'about Trump and Comey');
const seed = () => findArticle(outDir, (t) => t === SEED_TITLE, 'the seed');

/** Fails early, with the reason, when the built data gives Donald Trump no quotation in the Comey article. */
function expectTrumpQuotedInComeyData(): void {
  const chunk = JSON.parse(readFileSync(join(outDir, 'data/articles', `${comey().slug}.json`), 'utf8')) as ArticleChunk;
  const speakers = chunk.quotes.map((q) => q.speaker?.name ?? '(none)');
  expect(speakers, 'speakers the engine gave the Comey article\'s quotations').toContain('Donald Trump');
}

interface QuoteState {
  id: string | null;
  speaker: string | null;
  highlighted: string | null;
}

function quoteStates(page: Page): Promise<QuoteState[]> {
  return page.locator('article [data-quote-id]').evaluateAll((els) =>
    els.map((el) => ({ id: el.getAttribute('data-quote-id'), speaker: el.getAttribute('data-speaker'), highlighted: el.getAttribute('data-highlighted') })),
  );
}

/** Only Trump's quotations highlighted, and there are others that are not. */
async function expectOnlyTrumpHighlighted(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const quotes = [...document.querySelectorAll('article [data-quote-id]')];
    return quotes.length > 0 && quotes.every((q) => (q.getAttribute('data-speaker') === 'Donald Trump') === (q.getAttribute('data-highlighted') === 'true'));
  });
  const states = await quoteStates(page);
  expect(states.filter((q) => q.speaker === 'Donald Trump').length).toBeGreaterThan(0);
  expect(states.filter((q) => q.speaker !== 'Donald Trump').length).toBeGreaterThan(0);
  for (const q of states) expect(q.highlighted, `quotation ${q.id} by ${q.speaker}`).toBe(q.speaker === 'Donald Trump' ? 'true' : 'false');
}

describe('speaker filter', () => {
  it('keeps only Donald Trump highlighted in the Comey article, in the URL and across a reload', async () => {
    expectTrumpQuotedInComeyData();
    watched = await openTestPage();
    const { page } = watched;
    await page.goto(urlFor(baseUrl, `/articles/${comey().slug}`));
    const group = page.getByRole('group', { name: /Speakers/ });
    await group.waitFor();
    const none = group.getByRole('button', { name: /^None$/ });
    if (await none.count()) await none.click();
    const trump = group.getByRole('checkbox', { name: /Donald Trump/ });
    await trump.check();
    await page.waitForURL((url) => url.searchParams.getAll('speaker').join(',') === 'donald-trump');
    await expectOnlyTrumpHighlighted(page);

    await page.reload();
    await page.locator('article [data-quote-id]').first().waitFor();
    expect(new URL(page.url()).searchParams.getAll('speaker')).toEqual(['donald-trump']);
    await expect(page.getByRole('group', { name: /Speakers/ }).getByRole('checkbox', { name: /Donald Trump/ }).isChecked()).resolves.toBe(true);
    await expectOnlyTrumpHighlighted(page);
    expect(await problems(watched)).toEqual([]);
  });

  it('leads from a speaker name to the speaker page, with quotations from at least two articles', async () => {
    // Start from the article that quotes Donald Trump most, per the built index.
    const trumpCount = (a: ArticleSummary) => a.speakers.find((sp) => sp.id === 'donald-trump')?.count ?? 0;
    const from = [...readIndex(outDir)].sort((a, b) => trumpCount(b) - trumpCount(a))[0]!;
    expect(trumpCount(from), 'an article with quotations by Donald Trump').toBeGreaterThan(0);
    watched = await openTestPage();
    const { page } = watched;
    await page.goto(urlFor(baseUrl, `/articles/${from.slug}`));
    await page.locator('article [data-quote-id]').first().waitFor();
    await page.locator('a[href$="/speakers/donald-trump"]').filter({ visible: true }).first().click();
    await page.waitForURL(urlFor(baseUrl, '/speakers/donald-trump'));
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 10_000 }).toBe('Donald Trump');
    await page.locator('main [data-quote-id]').first().waitFor();
    const speakers = await page.locator('main [data-quote-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-speaker')));
    expect(speakers.filter((s) => s !== 'Donald Trump')).toEqual([]);
    const hrefs = await page.locator('main a[href*="/articles/"]').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const articles = new Set(hrefs.map((h) => h.replace(/^.*\/articles\//, '')));
    expect(articles.size).toBeGreaterThanOrEqual(2);

    // A quotation link opens its article at that quotation.
    const quoteLink = page.locator('main a[href*="/articles/"][href*="#"]').first();
    const target = new URL((await quoteLink.getAttribute('href'))!, baseUrl);
    // Keyboard activation: the link wraps over lines, and the centre of its box can fall between them.
    await quoteLink.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === target.pathname);
    const quoteId = decodeURIComponent(target.hash.slice(1));
    const quote = page.locator(`article [data-quote-id="${quoteId}"]`).first();
    await quote.waitFor();
    await expect(quote.getAttribute('data-speaker')).resolves.toBe('Donald Trump');
    await page.waitForFunction((id) => {
      const el = document.querySelector(`article [data-quote-id="${id}"]`);
      if (!el) return false;
      const box = el.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight;
    }, quoteId);
    expect(await problems(watched)).toEqual([]);
  });
});

describe('filtered navigation and quote details', () => {
  it('Next and Previous keep the speaker filter in the URL', async () => {
    const { slug } = seed();
    watched = await openTestPage();
    const { page } = watched;
    await page.goto(urlFor(baseUrl, `/articles/${slug}?speaker=barack-obama`));
    await page.locator('article [data-quote-id]').first().waitFor();
    // The seed is undated and may be last: step to whichever neighbour it has, then back.
    const hasNext = (await page.getByRole('link', { name: /^(?!.*quoting).*Next/ }).count()) > 0;
    const [there, back] = hasNext ? [/^(?!.*quoting).*Next/, /^(?!.*quoting).*Previous/] : [/^(?!.*quoting).*Previous/, /^(?!.*quoting).*Next/];
    await page.getByRole('link', { name: there }).first().click();
    await page.waitForURL((url) => !url.pathname.endsWith(`/${slug}`));
    expect(new URL(page.url()).searchParams.getAll('speaker')).toEqual(['barack-obama']);
    await page.getByRole('link', { name: back }).first().click();
    await page.waitForURL((url) => url.pathname.endsWith(`/${slug}`));
    expect(new URL(page.url()).searchParams.getAll('speaker')).toEqual(['barack-obama']);
    expect(await problems(watched)).toEqual([]);
  });

  it('a quotation opens its details with Enter, Esc closes them and focus returns', async () => {
    watched = await openTestPage();
    const { page } = watched;
    await page.goto(urlFor(baseUrl, `/articles/${seed().slug}`));
    const quote = page.locator('article [data-quote-id="q3"]').first();
    await quote.waitFor();
    await quote.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expect.poll(() => dialog.innerText()).toContain('Barack Obama');
    expect(await dialog.locator('a[href$="/speakers/barack-obama"]').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]')))).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-quote-id]')?.getAttribute('data-quote-id') ?? null)).toBe('q3');
    expect(await problems(watched)).toEqual([]);
  });
});

describe('search', () => {
  async function search(page: Page, query: string): Promise<string[]> {
    const box = page.getByRole('searchbox').first();
    await box.fill(query);
    await box.press('Enter');
    await page.waitForURL((url) => url.pathname.endsWith('/search') && url.searchParams.get('q') === query);
    // The URL changes a moment before the new results render: wait for this query's results,
    // not whatever the previous search left on the page.
    await page.locator(`[data-search-query=${JSON.stringify(query)}]`).waitFor();
    await page.locator('main a[href*="/articles/"]').first().waitFor();
    return page.locator('main a[href*="/articles/"]').evaluateAll((links) =>
      links.map((a) => decodeURIComponent(new URL((a as HTMLAnchorElement).href).pathname.replace(/^.*\/articles\//, ''))),
    );
  }

  it('finds an article by a word of its title, from the header search box', async () => {
    watched = await openTestPage();
    const { page } = watched;
    await page.goto(baseUrl);
    await page.getByRole('searchbox').first().waitFor();
    expect(await search(page, 'showboating')).toContain(comey().slug);
    expect(await search(page, 'Threatened')).toContain(seed().slug);
    expect(await problems(watched)).toEqual([]);
  });

  it('finds an article by quoted words, with and without the quote marks', async () => {
    watched = await openTestPage();
    const { page } = watched;
    await page.goto(baseUrl);
    await page.getByRole('searchbox').first().waitFor();
    for (const query of ['“cut it out”', '"cut it out"', 'cut it out']) {
      expect(await search(page, query), query).toContain(seed().slug);
    }
    expect(await search(page, 'this Russia thing'), 'this Russia thing').toContain(comey().slug);
    expect(await problems(watched)).toEqual([]);
  });
});

describe('keyboard', () => {
  /** The quotation that has focus (the focused element or the quotation around it). */
  const focusedQuote = (page: Page) =>
    page.evaluate(() => {
      const active = document.activeElement;
      const quote = active?.closest('[data-quote-id]') ?? active?.querySelector('[data-quote-id]');
      return quote?.getAttribute('data-quote-id') ?? null;
    });

  const highlightedIds = (page: Page) =>
    page.locator('article [data-quote-id][data-highlighted="true"]').evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-quote-id')))]);

  it('j and k walk the highlighted quotations in order', async () => {
    watched = await openTestPage();
    const { page } = watched;
    await page.goto(urlFor(baseUrl, `/articles/${seed().slug}`));
    await page.locator('article [data-quote-id]').first().waitFor();
    const ids = await highlightedIds(page);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    for (const id of ids.slice(0, 3)) {
      await page.keyboard.press('j');
      await expect.poll(() => focusedQuote(page)).toBe(id);
    }
    await page.keyboard.press('k');
    await expect.poll(() => focusedQuote(page)).toBe(ids[1]);
    expect(await problems(watched)).toEqual([]);
  });

  it('j skips the quotations the speaker filter leaves out', async () => {
    expectTrumpQuotedInComeyData();
    watched = await openTestPage();
    const { page } = watched;
    await page.goto(urlFor(baseUrl, `/articles/${comey().slug}?speaker=donald-trump`));
    await expectOnlyTrumpHighlighted(page);
    const ids = await highlightedIds(page);
    for (const id of ids.slice(0, 2)) {
      await page.keyboard.press('j');
      await expect.poll(() => focusedQuote(page)).toBe(id);
      const speaker = await page.evaluate(() => document.activeElement?.closest('[data-quote-id]')?.getAttribute('data-speaker') ?? document.activeElement?.querySelector('[data-quote-id]')?.getAttribute('data-speaker'));
      expect(speaker).toBe('Donald Trump');
    }
    expect(await problems(watched)).toEqual([]);
  });

  it('n and p step between articles, / focuses search, ? lists the shortcuts, and typing in search triggers none', async () => {
    const { slug } = seed();
    // The seed is undated and may be last: 'n' goes on from its neighbour before it when there is no next.
    const index = readIndex(outDir);
    const last = seed().position === index.length - 1;
    const next = index[seed().position + (last ? -1 : 1)]!;
    const [forth, backKey] = last ? ['p', 'n'] : ['n', 'p'];
    watched = await openTestPage();
    const { page } = watched;
    await page.goto(urlFor(baseUrl, `/articles/${slug}`));
    await page.locator('article [data-quote-id]').first().waitFor();

    await page.keyboard.press(forth);
    await page.waitForURL((url) => url.pathname.endsWith(`/articles/${next.slug}`));
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 10_000 }).toBe(next.title);
    await page.keyboard.press(backKey);
    await page.waitForURL((url) => url.pathname.endsWith(`/articles/${slug}`));
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 10_000 }).toBe(SEED_TITLE);

    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role') ?? (document.activeElement as HTMLInputElement | null)?.type)).toMatch(/searchbox|search/);
    await page.keyboard.type('jnkp');
    expect(new URL(page.url()).pathname).toBe(`/articles/${slug}`);
    expect(await page.getByRole('searchbox').first().inputValue()).toBe('jnkp');
    expect(await focusedQuote(page)).toBeNull();

    await page.getByRole('searchbox').first().fill('');
    await page.locator('h1').click();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog');
    await help.waitFor();
    for (const key of ['j', 'k', 'n', 'p', '/']) await expect.poll(() => help.innerText()).toContain(key);
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });
    expect(await problems(watched)).toEqual([]);
  });
});
