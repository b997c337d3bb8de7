// Issue 6 in Chromium: the Content-Security-Policy is in the built page and the app runs under it;
// hostile articles show their markup as text and run nothing; huge and oddly shaped articles
// build and open; odd URLs get a message and a way on.
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findArticle, pagePerTest, problems, readIndex, urlFor, type WatchedPage } from './browser.ts';

const { baseUrl, outDir, oddBaseUrl, oddOutDir, oddArticles, buildMs } = inject('e2e');
const openTestPage = pagePerTest();
let watched: WatchedPage | undefined;

const isPwned = () => (window as unknown as { __pwned?: unknown }).__pwned !== undefined;

describe('Content-Security-Policy', () => {
  it('is in the built index.html, which has no inline script', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
    expect(meta, 'CSP meta in dist/index.html').not.toBeNull();
    const directives = meta![1]!.split(';').map((d) => d.trim());
    expect(directives).toContain("script-src 'self'");
    expect(directives).toContain("object-src 'none'");
    expect(meta![1]).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    expect(html).not.toMatch(/<script\b(?![^>]*\bsrc=)[^>]*>/i);
  });

  it('lets the app run without a single violation, and blocks a script injected into the page', async () => {
    watched = await openTestPage();
    const { page } = watched;
    await page.goto(baseUrl);
    await page.locator('main a[href*="/articles/"]').first().waitFor();
    await page.locator('main a[href*="/articles/"]').first().click();
    await page.locator('article').first().waitFor();
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(await problems(watched)).toEqual([]);

    // The policy is live: an inline script added by the page itself does not run.
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__pwned = 1';
      document.body.append(s);
    });
    expect(await page.evaluate(isPwned)).toBe(false);
    expect((await watched.cspViolations()).length).toBeGreaterThan(0);
  });
});

describe('hostile articles', () => {
  it('are built by the same command as the bundled corpus', () => {
    expect(buildMs.odd).toBeGreaterThan(0);
    expect(readIndex(oddOutDir).some((a) => a.title.includes('Hostile article'))).toBe(true);
  });

  it('show <script>, <img onerror> and javascript: links as text and run nothing', async () => {
    const hostile = findArticle(oddOutDir, (t) => t.includes('Hostile article'), 'from tests/e2e/fixtures/hostile.md');
    watched = await openTestPage();
    const { page } = watched;
    await page.goto(urlFor(oddBaseUrl, `/articles/${hostile.slug}`));
    await page.locator('article').first().waitFor();
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 10_000 }).toBe('Hostile article <script>window.__pwned=1</script> with markup in its title');
    const text = await page.locator('article').first().innerText();
    expect(text).toContain('<script>window.__pwned=1</script>');
    expect(text).toContain(`<img src=x onerror="window.__pwned=1;alert('pwned')">`);
    expect(text).toContain('[click me](javascript:window.__pwned=1)');
    expect(text).toContain('<svg onload="window.__pwned=1">');
    const pageText = await page.locator('body').innerText();
    expect(pageText).toContain('Mallory');

    // Nothing from the article became markup.
    const injected = await page.evaluate(() => ({
      scripts: document.querySelectorAll('#root script').length,
      frames: document.querySelectorAll('iframe, object, embed').length,
      images: [...document.querySelectorAll('img')].filter((img) => img.getAttribute('src') === 'x').length,
      styles: document.querySelectorAll('#root style').length,
      jsLinks: [...document.querySelectorAll('[href], [src], [action], [formaction]')]
        .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? el.getAttribute('formaction') ?? '')
        .filter((url) => /^\s*javascript:/i.test(url)),
      handlers: [...document.querySelectorAll('#root *')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
    }));
    expect(injected).toEqual({ scripts: 0, frames: 0, images: 0, styles: 0, jsLinks: [], handlers: [] });

    // Hover and click everything that looks like a trap.
    await page.getByText('Mallory').first().hover();
    await page.getByText(/click me/).first().click();
    const links = page.locator('article a, footer a');
    for (let i = 0; i < (await links.count()); i++) {
      const href = (await links.nth(i).getAttribute('href')) ?? '';
      expect(href).not.toMatch(/^\s*javascript:/i);
    }
    expect(await page.evaluate(isPwned)).toBe(false);
    expect(watched.dialogs).toEqual([]);
    expect(await problems(watched)).toEqual([]);
  });

  it('none of the articles of the hostile corpus runs a script or opens a dialog', async () => {
    watched = await openTestPage();
    const { page } = watched;
    for (const article of readIndex(oddOutDir)) {
      if (article.title.startsWith('Odd:')) continue;
      await page.goto(urlFor(oddBaseUrl, `/articles/${article.slug}`));
      await page.locator('h1').first().waitFor();
      expect(await page.evaluate(isPwned), article.title).toBe(false);
    }
    expect(watched.dialogs).toEqual([]);
    expect(await problems(watched)).toEqual([]);
  });
});

describe('huge and oddly shaped articles', () => {
  it.each(oddArticles.map((a) => [a.title, a] as const))('%s opens within seconds and shows its last words', async (_title, odd) => {
    const summary = findArticle(oddOutDir, (t) => t === odd.title, `titled "${odd.title}"`);
    watched = await openTestPage();
    const { page } = watched;
    const started = Date.now();
    await page.goto(urlFor(oddBaseUrl, `/articles/${summary.slug}`));
    await page.locator('h1', { hasText: odd.title }).waitFor({ timeout: 15_000 });
    const shownMs = Date.now() - started;
    // The whole text is there: scroll down until the last words render (a virtualised list renders late).
    const last = page.locator('article').getByText(odd.lastWords).first();
    for (let i = 0; i < 50 && !(await last.isVisible()); i++) {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForTimeout(100);
    }
    await last.waitFor({ timeout: 15_000 });
    console.log(`${odd.file}: heading after ${shownMs} ms, last words after ${Date.now() - started} ms`);
    if (odd.quotes !== null) {
      const ids = await page.locator('article [data-quote-id]').evaluateAll((els) => new Set(els.map((el) => el.getAttribute('data-quote-id'))).size);
      expect(ids).toBe(odd.quotes);
    }
    expect(await problems(watched)).toEqual([]);
  });
});

describe('odd URLs', () => {
  // Each path is reached the way a reader's click reaches it: the app is loaded, then the URL
  // changes in the page (a static server may refuse malformed URLs before the app sees them).
  const cases = [
    ['an unknown speaker in the filter', () => `/articles/${readIndex(outDir)[0]!.slug}?speaker=nobody-at-all`],
    ['malformed percent-encoding in a slug', () => '/articles/%E0%A4%A'],
    ['malformed percent-encoding in a query', () => '/search?q=%E0%A4%A'],
    ['malformed percent-encoding in the filter', () => `/articles/${readIndex(outDir)[0]!.slug}?speaker=%E0%A4%A`],
    ['a very long search query', () => `/search?q=${'quote%20'.repeat(2_000)}`],
    ['an unknown speaker page', () => '/speakers/nobody-at-all'],
  ] as const;

  it.each(cases)('%s gives a readable page with a way on', async (_name, path) => {
    watched = await openTestPage();
    const { page } = watched;
    await page.goto(baseUrl);
    await page.locator('main a[href*="/articles/"]').first().waitFor();
    await page.evaluate((target) => {
      history.pushState(null, '', target);
      dispatchEvent(new PopStateEvent('popstate', { state: null }));
    }, path());
    await page.waitForLoadState('networkidle');
    await page.locator('main').first().waitFor();
    // The error page is a chunk of its own: on a loaded machine it can arrive after networkidle
    // (which the pushState does not restart), so wait for main to say something.
    await expect.poll(async () => (await page.locator('main').first().innerText()).trim().length).toBeGreaterThan(0);
    // React Router's fallback for an error nobody handled: a crash, not a message.
    expect(await page.locator('body').innerText()).not.toMatch(/Unexpected Application Error|Hey developer/);
    expect(await page.locator('a[href="/"], a[href="./"]').count()).toBeGreaterThan(0);
    expect(await problems(watched, { allow404: true })).toEqual([]);
  });

  it('a direct load of an unknown speaker filter still shows the article', async () => {
    const first = readIndex(outDir)[0]!;
    watched = await openTestPage();
    const { page } = watched;
    await page.goto(urlFor(baseUrl, `/articles/${first.slug}?speaker=nobody-at-all&speaker=${'x'.repeat(2_000)}`));
    await expect.poll(() => page.locator('h1').first().innerText(), { timeout: 10_000 }).toBe(first.title);
    expect(await problems(watched)).toEqual([]);
  });
});
