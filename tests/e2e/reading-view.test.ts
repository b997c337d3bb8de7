// Issue 13 in Chromium: the quote details stay inside the window (bottom of a 1280×900 window,
// following scrolling; at 390×844 the quotation stays visible above the sheet), the phone's filter
// sheet, "Only", search's layout shift (PerformanceObserver, < 0.1), the Voices view and /voices,
// no light frame for a stored dark theme, and axe on every new view in every theme.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findArticle, layoutShift, pagePerTest, problems, seriousAxeViolations, urlFor, type WatchedPage, watchLayoutShift } from './browser.ts';
import { SEED_TITLE } from './seed.ts';

const { baseUrl, outDir } = inject('e2e');
const openTestPage = pagePerTest();

const seed = () => findArticle(outDir, (t) => t === SEED_TITLE, 'the seed');
const comey = () => findArticle(outDir, (t) => /Comey/.test(t) && /Trump/.test(t), 'about Trump and Comey');

type Box = { top: number; bottom: number; left: number; right: number };
const box = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el): Box => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  });

/** Stores reading settings before the app's scripts run (as a returning reader has them). */
async function withTheme(watched: WatchedPage, theme: string): Promise<void> {
  await watched.context.addInitScript((t) => localStorage.setItem('quote-reader:settings', JSON.stringify({ theme: t })), theme);
}

/** Scrolls so the quotation's first line sits `fromBottom` px above the window's bottom edge. */
async function putNearBottom(page: Page, id: string, fromBottom: number): Promise<void> {
  await page.locator(`article [data-quote-id="${id}"]`).first().evaluate((el, gap) => {
    const r = el.getBoundingClientRect();
    window.scrollBy({ top: r.top - (window.innerHeight - gap), behavior: 'instant' });
  }, fromBottom);
}

describe('quote details stay in view', () => {
  it('at the bottom of a 1280×900 window they open inside it, anchored to the quotation, and follow scrolling', async () => {
    const watched = await openTestPage({ viewport: { width: 1280, height: 900 } });
    const { page } = watched;
    await page.goto(urlFor(baseUrl, `/articles/${seed().slug}`));
    await page.locator('article [data-quote-id="q8"]').first().waitFor();
    await putNearBottom(page, 'q8', 40);
    const quote = await box(page, 'article [data-quote-id="q8"]');
    expect(quote.bottom, 'the quotation is at the bottom of the window').toBeGreaterThan(840);
    await page.locator('article [data-quote-id="q8"]').first().click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await page.waitForFunction(() => document.querySelector('.quote-popover')?.hasAttribute('data-placed'));
    expect(await page.locator('.quote-popover').evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    const d = await box(page, '.quote-popover');
    expect(d.top).toBeGreaterThanOrEqual(0);
    expect(d.bottom).toBeLessThanOrEqual(900);
    expect(d.left).toBeGreaterThanOrEqual(0);
    expect(d.right).toBeLessThanOrEqual(1280);
    // Flipped above the quotation, close to it.
    expect(d.bottom).toBeLessThanOrEqual(quote.top);
    expect(quote.top - d.bottom).toBeLessThan(24);

    await page.mouse.wheel(0, 200);
    await page.waitForFunction((before) => {
      const q = document.querySelector('article [data-quote-id="q8"]')!.getBoundingClientRect();
      return Math.abs(q.top - before) > 150;
    }, quote.top);
    await page.waitForTimeout(100);
    const q2 = await box(page, 'article [data-quote-id="q8"]');
    const d2 = await box(page, '.quote-popover');
    // Still beside its quotation (above or below it) after the scroll, and still inside the window.
    const gap = Math.min(Math.abs(q2.top - d2.bottom), Math.abs(d2.top - q2.bottom));
    expect(gap).toBeLessThan(24);
    expect(d2.top).toBeGreaterThanOrEqual(0);
    expect(d2.bottom).toBeLessThanOrEqual(900);

    await page.setViewportSize({ width: 1000, height: 700 });
    await page.waitForTimeout(200);
    const d3 = await box(page, '.quote-popover');
    expect(d3.right).toBeLessThanOrEqual(1000);
    expect(d3.bottom).toBeLessThanOrEqual(700);
    expect(await problems(watched)).toEqual([]);
  });

  it('at 390×844 the sheet leaves the quotation it describes visible above it', async () => {
    const watched = await openTestPage({ viewport: { width: 390, height: 844 } });
    const { page } = watched;
    await page.goto(urlFor(baseUrl, `/articles/${seed().slug}`));
    await page.locator('article [data-quote-id="q8"]').first().waitFor();
    await putNearBottom(page, 'q8', 30);
    await page.locator('article [data-quote-id="q8"]').first().click();
    await page.getByRole('dialog').waitFor();
    await page.waitForTimeout(150);
    const sheet = await box(page, '.quote-popover');
    const quote = await box(page, 'article [data-quote-id="q8"]');
    // Drawn, not only laid out (it stays transparent until placed).
    expect(await page.locator('.quote-popover').evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    expect(sheet.bottom).toBeLessThanOrEqual(845);
    expect(sheet.left).toBeGreaterThanOrEqual(0);
    expect(sheet.right).toBeLessThanOrEqual(390);
    expect(quote.top, 'the quotation is below the top of the window').toBeGreaterThanOrEqual(0);
    expect(quote.bottom, 'and above the sheet').toBeLessThanOrEqual(sheet.top);
    expect(await problems(watched)).toEqual([]);
  });
});

describe('the filter on a phone', () => {
  it('is a one-line "Speakers (n)" bar under a one-row header, opening a sheet with the whole filter', async () => {
    const watched = await openTestPage({ viewport: { width: 360, height: 740 } });
    const { page } = watched;
    await page.goto(urlFor(baseUrl, `/articles/${comey().slug}`));
    await page.locator('article [data-quote-id]').first().waitFor();
    const header = await box(page, '.site-header');
    expect(header.bottom - header.top, 'one row').toBeLessThan(64);
    expect(await page.getByRole('button', { name: 'Keyboard shortcuts' }).isVisible()).toBe(false);
    const open = page.getByRole('button', { name: /^Speakers \(\d+\)$/ });
    const bar = await box(page, '.reading-aside');
    expect(bar.bottom - bar.top, 'the bar is one line').toBeLessThan(64);
    // The title comes before the bar.
    expect((await box(page, 'h1')).bottom).toBeLessThanOrEqual(bar.top + 1);
    await open.click();
    const sheet = page.getByRole('dialog', { name: 'Speakers' });
    await sheet.waitFor();
    const group = sheet.getByRole('group', { name: /Speakers/ });
    await expect.poll(() => group.getByRole('checkbox', { name: /quotation/ }).count()).toBeGreaterThan(1);
    const s = await box(page, '.filter-sheet');
    expect(s.left).toBeGreaterThanOrEqual(0);
    expect(s.right).toBeLessThanOrEqual(360);
    expect(s.bottom).toBeLessThanOrEqual(741);
    expect(await group.getByRole('button', { name: 'None' }).isVisible()).toBe(true);
    expect(await group.getByRole('checkbox', { name: 'only their paragraphs' }).isVisible()).toBe(true);
    await group.getByRole('button', { name: 'Only Donald Trump' }).click();
    await page.waitForURL((url) => url.searchParams.getAll('speaker').join(',') === 'donald-trump');
    await sheet.getByRole('button', { name: 'Done' }).click();
    await sheet.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await problems(watched)).toEqual([]);
  });
});

describe('the search box on a phone', () => {
  /** What the empty box shows: the placeholder, or (on phones) the short hint over a transparent one; its drawn width and the room inside the box. */
  const shown = (page: Page) =>
    page.locator('#site-search').evaluate((el) => {
      const input = el as HTMLInputElement;
      const own = getComputedStyle(input);
      const room = input.clientWidth - parseFloat(own.paddingLeft) - parseFloat(own.paddingRight);
      const hint = input.parentElement!.querySelector<HTMLElement>('.qr-search-box__hint')!;
      if (getComputedStyle(hint).display !== 'none') {
        return { text: hint.textContent ?? '', width: hint.getBoundingClientRect().width, room, placeholder: getComputedStyle(input, '::placeholder').color };
      }
      const cs = getComputedStyle(input, '::placeholder');
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      return { text: input.placeholder, width: ctx.measureText(input.placeholder).width, room, placeholder: cs.color };
    });

  it.each([360, 390])('shows its whole hint at %i px, and the long placeholder on a desktop', async (width) => {
    const watched = await openTestPage({ viewport: { width, height: 740 } });
    const { page } = watched;
    await page.goto(urlFor(baseUrl, `/articles/${seed().slug}`));
    await page.locator('article [data-quote-id]').first().waitFor();
    const small = await shown(page);
    expect(small.text).toBe('Search');
    expect(small.placeholder, 'the long placeholder is not drawn cut off').toBe('rgba(0, 0, 0, 0)');
    expect(small.width, `"${small.text}" is ${small.width.toFixed(1)} px in ${small.room.toFixed(1)} px`).toBeLessThanOrEqual(small.room);
    expect((await box(page, '.site-header')).bottom, 'the header stays one row').toBeLessThan(64);
    // Typing hides the hint.
    await page.locator('#site-search').fill('obama');
    expect(await page.locator('.qr-search-box__hint').isVisible()).toBe(false);
    await page.locator('#site-search').fill('');
    await page.setViewportSize({ width: 1280, height: 740 });
    await expect.poll(async () => (await shown(page)).text).toBe('Search articles and quotations');
    const wide = await shown(page);
    expect(wide.width).toBeLessThanOrEqual(wide.room);
    expect(await problems(watched)).toEqual([]);
  });
});

describe('"Only"', () => {
  it('shows one speaker in one click and keeps them in the URL', async () => {
    const watched = await openTestPage();
    const { page } = watched;
    await page.goto(urlFor(baseUrl, `/articles/${comey().slug}`));
    const group = page.getByRole('group', { name: /Speakers/ });
    await group.getByRole('button', { name: 'Only Donald Trump' }).click();
    await page.waitForURL((url) => url.searchParams.getAll('speaker').join(',') === 'donald-trump');
    await page.waitForFunction(() => {
      const quotes = [...document.querySelectorAll('article [data-quote-id]')];
      return quotes.length > 1 && quotes.every((q) => (q.getAttribute('data-speaker') === 'Donald Trump') === (q.getAttribute('data-highlighted') === 'true'));
    });
    const names = await page.locator('article [data-highlighted="false"]').first().getAttribute('aria-label');
    expect(names).toContain('not highlighted by the filter');
    expect(await problems(watched)).toEqual([]);
  });
});

describe('search layout', () => {
  it('does not jump while results arrive: layout shift under 0.1', async () => {
    const watched = await openTestPage();
    const { page } = watched;
    await watchLayoutShift(watched.context);
    await page.goto(urlFor(baseUrl, '/search?q=Trump%20said'));
    await page.locator('main [data-search-query="Trump said"]').waitFor();
    await page.waitForFunction(() => document.querySelector('.qr-search-results'));
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    expect(await page.locator('.qr-search-result').count()).toBeGreaterThan(1);
    const cls = await layoutShift(page);
    console.log(`search layout shift: ${cls.toFixed(4)}`);
    expect(cls).toBeLessThan(0.1);
    expect(await problems(watched)).toEqual([]);
  });
});

describe('Voices', () => {
  it('in an article: a chart of each speaker’s share that filters the article on a click', async () => {
    const watched = await openTestPage();
    const { page } = watched;
    await page.goto(urlFor(baseUrl, `/articles/${comey().slug}`));
    await page.getByRole('button', { name: /^Voices/ }).click();
    const chart = page.getByRole('group', { name: 'Voices in this article' });
    await chart.waitFor();
    const bar = chart.getByRole('link', { name: /^Donald Trump \d+% · \d+%: \d+ quotations? \(\d+%\)/ });
    await bar.focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).toMatch(/^Donald Trump/);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.getAll('speaker').join(',') === 'donald-trump');
    await page.getByText('Show as a table').first().click();
    expect(await page.getByRole('table', { name: 'Voices in this article' }).getByRole('rowheader', { name: 'Donald Trump' }).isVisible()).toBe(true);
    expect(await problems(watched)).toEqual([]);
  });

  it('/voices: the most-quoted speakers and quotations by type, filtered by source and dates in the URL', async () => {
    const watched = await openTestPage({ viewport: { width: 360, height: 740 } });
    const { page } = watched;
    const data: string[] = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.includes('/data/')) data.push(path.slice(path.indexOf('/data/') + 1));
    });
    await page.goto(urlFor(baseUrl, '/voices'));
    const top = page.getByRole('group', { name: /most-quoted speakers/ });
    await top.waitFor();
    // One small summary the build writes, not every index page (nor the home page's first data,
    // which is preloaded on the home page only, decisions 085 and 087).
    expect(data).toEqual(['data/voices.json']);
    expect(await top.getByRole('link').count()).toBeGreaterThan(3);
    expect(await page.getByRole('group', { name: 'Share of the quotations by speaker type' }).getByRole('link').count()).toBeGreaterThan(0);
    const intro = await page.locator('.voices-intro').innerText();
    await page.getByLabel('Source').selectOption('Wikinews');
    await page.getByLabel('From').fill('2018-01-01');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL((url) => url.searchParams.get('source') === 'Wikinews' && url.searchParams.get('from') === '2018-01-01');
    await expect.poll(() => page.locator('.voices-intro').innerText()).not.toBe(intro);
    expect(await page.locator('.voices-intro').innerText()).toMatch(/from Wikinews, 1 January 2018 – today/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await problems(watched)).toEqual([]);
  });
});

describe('dark theme before the first paint', () => {
  it('a stored dark theme is on <html> in the very first frame, even when the script arrives late', async () => {
    const watched = await openTestPage({ colorScheme: 'light' });
    const { page, context } = watched;
    await withTheme(watched, 'dark');
    await context.addInitScript(() => {
      // The first animation frame comes right before the first paint.
      requestAnimationFrame(() => {
        (window as unknown as { __first: string }).__first = `${document.documentElement.dataset.theme ?? ''} ${getComputedStyle(document.documentElement).backgroundColor} ${getComputedStyle(document.body ?? document.documentElement).backgroundColor}`;
      });
    });
    // Hold the app's script back, as a slow network would.
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 600));
      await route.continue();
    });
    await page.goto(urlFor(baseUrl, '/'));
    await page.locator('main a[href*="/articles/"]').first().waitFor();
    const first = await page.evaluate(() => (window as unknown as { __first?: string }).__first ?? '');
    expect(first.split(' ')[0], `first frame: ${first}`).toBe('dark');
    expect(first).toContain('rgb(22, 24, 28)');
    expect(await problems(watched)).toEqual([]);
  });
});

describe('axe on the new views in every theme', () => {
  const views: { name: string; width: number; open: (page: Page) => Promise<void> }[] = [
    {
      name: 'the Voices view',
      width: 1280,
      open: async (page) => {
        await page.goto(urlFor(baseUrl, `/articles/${comey().slug}`));
        await page.getByRole('button', { name: /^Voices/ }).click();
        await page.getByRole('group', { name: 'Voices in this article' }).waitFor();
        await page.getByText('Show as a table').first().click();
      },
    },
    {
      name: 'the phone filter sheet',
      width: 390,
      open: async (page) => {
        await page.goto(urlFor(baseUrl, `/articles/${comey().slug}`));
        await page.getByRole('button', { name: /^Speakers \(\d+\)$/ }).click();
        await page.getByRole('dialog', { name: 'Speakers' }).getByRole('group', { name: /Speakers/ }).waitFor();
      },
    },
    {
      name: 'the quote details sheet',
      width: 390,
      open: async (page) => {
        await page.goto(urlFor(baseUrl, `/articles/${seed().slug}`));
        await page.locator('article [data-quote-id="q3"]').first().click();
        await page.getByRole('dialog').waitFor();
      },
    },
    {
      name: '/voices',
      width: 1280,
      open: async (page) => {
        await page.goto(urlFor(baseUrl, '/voices'));
        await page.getByRole('group', { name: /most-quoted speakers/ }).waitFor();
      },
    },
    {
      name: 'a speaker page with context',
      width: 1280,
      open: async (page) => {
        await page.goto(urlFor(baseUrl, '/speakers/hatice-cengiz'));
        await page.locator('main [data-quote-id]').first().waitFor();
      },
    },
  ];
  for (const theme of ['light', 'dark', 'sepia'] as const) {
    it.each(views)(`$name in ${theme}`, async (view) => {
      const watched = await openTestPage({ viewport: { width: view.width, height: 844 } });
      await withTheme(watched, theme);
      await view.open(watched.page);
      await watched.page.waitForLoadState('networkidle');
      expect(await watched.page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      expect(await seriousAxeViolations(watched.page)).toEqual([]);
      expect(await problems(watched)).toEqual([]);
    });
  }
});
