// axe-core on every route, in the light and the dark colour scheme: no serious or critical violation.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findArticle, pagePerTest, problems, seriousAxeViolations, urlFor } from './browser.ts';
import { SEED_TITLE } from './seed.ts';

const { baseUrl, outDir } = inject('e2e');
const openTestPage = pagePerTest();

/** Each route with what shows that it has finished rendering. */
const routes: { name: string; path: () => string; ready: (page: Page) => Promise<unknown>; allow404?: boolean }[] = [
  { name: 'home', path: () => '/', ready: (page) => page.locator('main a[href*="/articles/"]').first().waitFor() },
  {
    name: 'article',
    path: () => `/articles/${findArticle(outDir, (t) => t === SEED_TITLE, 'the seed').slug}`,
    ready: (page) => page.locator('article [data-quote-id]').first().waitFor(),
  },
  { name: 'speakers', path: () => '/speakers', ready: (page) => page.locator('main a[href*="/speakers/"]').first().waitFor() },
  { name: 'speaker page', path: () => '/speakers/barack-obama', ready: (page) => page.locator('main [data-quote-id]').first().waitFor() },
  { name: 'search', path: () => '/search?q=Putin', ready: (page) => page.locator('main a[href*="/articles/"]').first().waitFor() },
  { name: 'not found', path: () => '/no/such/page', ready: (page) => page.getByText(/not found/i).first().waitFor(), allow404: true },
];

describe.each(['light', 'dark'] as const)('axe in the %s colour scheme', (colorScheme) => {
  it.each(routes)('$name has no serious or critical violations', async (route) => {
    const watched = await openTestPage({ colorScheme });
    try {
      const { page } = watched;
      await page.goto(urlFor(baseUrl, route.path()));
      await route.ready(page);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(await problems(watched, { allow404: route.allow404 })).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});

describe('reading settings', () => {
  it.each(['Sepia', 'Dark', 'Light'])('the %s theme, chosen in the settings, is remembered and has no serious or critical violations', async (theme) => {
    const watched = await openTestPage();
    try {
      const { page } = watched;
      await page.goto(urlFor(baseUrl, `/articles/${findArticle(outDir, (t) => t === SEED_TITLE, 'the seed').slug}`));
      await page.locator('article [data-quote-id]').first().waitFor();
      await page.getByRole('button', { name: /Reading settings/ }).click();
      await page.getByRole('radio', { name: theme, exact: true }).check();
      await page.keyboard.press('Escape');
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const chosen = await background();
      await page.reload();
      await page.locator('article [data-quote-id]').first().waitFor();
      expect(await background()).toBe(chosen);
      // Remembered across the reload (stored setting, written onto <html> as data-theme).
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme.toLowerCase());
      await page.getByRole('button', { name: /Reading settings/ }).click();
      expect(await page.getByRole('radio', { name: theme, exact: true }).isChecked()).toBe(true);
      await page.keyboard.press('Escape');
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(await problems(watched)).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  it('the themes look different', async () => {
    const watched = await openTestPage();
    try {
      const { page } = watched;
      await page.goto(baseUrl);
      await page.locator('main a[href*="/articles/"]').first().waitFor();
      const colours = new Set<string>();
      await page.getByRole('button', { name: /Reading settings/ }).click();
      for (const theme of ['Light', 'Dark', 'Sepia']) {
        await page.getByRole('radio', { name: theme, exact: true }).check();
        await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme.toLowerCase());
        colours.add(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
      }
      expect(colours.size).toBe(3);
    } finally {
      await watched.close();
    }
  });
});

describe('on a phone', () => {
  it.each(['light', 'dark'] as const)('the article page at 360 px in %s has no serious or critical violations', async (colorScheme) => {
    const watched = await openTestPage({ colorScheme, viewport: { width: 360, height: 740 } });
    try {
      const { page } = watched;
      await page.goto(urlFor(baseUrl, `/articles/${findArticle(outDir, (t) => t === SEED_TITLE, 'the seed').slug}`));
      await page.locator('article [data-quote-id]').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(await problems(watched)).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});
