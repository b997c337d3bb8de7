// Issue 11 in Chromium: the reader's own articles. Paste the seed page's text on /add and see its
// 17 quotations by Barack Obama; add a saved .html page and a .md file, with a bad file next to
// good ones; reload and restart keep them; delete and undo; nothing goes over the network while
// adding; offline, the home page, a visited article and your articles open; axe on /add and /mine.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { CHROME_FLAGS, chromePath } from '../../scripts/chromium.ts';
import { findArticle, pagePerTest, problems, seriousAxeViolations, urlFor, waitForApp } from './browser.ts';
import { SEED_TITLE } from './seed.ts';

const { baseUrl, outDir } = inject('e2e');
const openTestPage = pagePerTest();
const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(resolve(root, path));
const seedText = () => read('src/content/articles/obama-putin-hacking-seed.txt').toString('utf8');

const files = {
  html: { name: 'harbour-bridge.html', mimeType: 'text/html', buffer: read('tests/fixtures/html/news-site-jsonld.html') },
  md: { name: 'iodine.md', mimeType: 'text/markdown', buffer: read('src/content/articles/wikinews-001-iodine-deficiency-australia.md') },
  latin1: { name: 'latin1.md', mimeType: 'text/markdown', buffer: read('tests/fixtures/bad/latin1.md') },
  binary: { name: 'binary.md', mimeType: 'text/markdown', buffer: read('tests/fixtures/bad/binary.md') },
};

/** Opens /add and waits for the form. */
async function openAdd(page: Page): Promise<void> {
  await page.goto(urlFor(baseUrl, '/add'));
  await page.getByLabel('Article text').waitFor();
}

/** Pastes the seed page's text into the form and adds it; resolves on its reading view. */
async function addSeed(page: Page): Promise<string> {
  await openAdd(page);
  await page.getByLabel('Article text').fill(seedText());
  await page.getByRole('button', { name: 'Add article' }).click();
  await page.waitForURL(/\/mine\/[0-9a-f]+$/);
  await page.locator('article [data-quote-id]').first().waitFor();
  return new URL(page.url()).pathname;
}

/** Speakers of the highlighted quotations in the reading view. */
function quoteSpeakers(page: Page): Promise<string[]> {
  return page.locator('article [data-quote-id]').evaluateAll((els) => [...new Map(els.map((el) => [el.getAttribute('data-quote-id'), el.getAttribute('data-speaker') ?? ''])).values()]);
}

/** Titles listed under "Your articles" on the home page. */
async function yourArticles(page: Page): Promise<string[]> {
  const section = page.getByRole('region', { name: 'Your articles' });
  await section.waitFor();
  return section.getByRole('listitem').getByRole('link').allTextContents();
}

describe('adding your own articles', () => {
  it('pasting the seed page shows its 17 quotations, all by Barack Obama, in the reading view', async () => {
    const watched = await openTestPage();
    const { page } = watched;
    await addSeed(page);
    await expect.poll(() => quoteSpeakers(page)).toHaveLength(17);
    expect((await quoteSpeakers(page)).filter((s) => s !== 'Barack Obama')).toEqual([]);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(SEED_TITLE);
    // Site furniture of the scraped page was cleaned exactly as the build cleans it.
    expect(await page.locator('article').textContent()).not.toContain('Must read');
    // The same reading view: the speaker filter goes into the URL.
    await page.getByRole('checkbox', { name: /Barack Obama/ }).first().click();
    await expect.poll(() => new URL(page.url()).searchParams.has('speaker')).toBe(true);
    expect(new URL(page.url()).pathname).toMatch(/^\/mine\//);
    expect(await problems(watched)).toEqual([]);
  });

  it('rich text pasted from a web page goes through Readability: the article stays, the page around it goes', async () => {
    const { page } = await openTestPage();
    await openAdd(page);
    const html = files.html.buffer.toString('utf8');
    await page.getByLabel('Article text').focus();
    await page.evaluate((h) => {
      const data = new DataTransfer();
      data.setData('text/html', h);
      data.setData('text/plain', 'plain fallback');
      document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, html);
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('Harbour bridge reopens after two-year repair');
    const text = await page.getByLabel('Article text').inputValue();
    expect(text).not.toContain('plain fallback');
    expect(text.split('\n\n').length).toBeGreaterThan(2);
    expect(await page.getByLabel('Source URL').inputValue()).toBe('https://coastal-herald.example/news/harbour-bridge-reopens');
  });

  it('empty text and a missing title are said next to the field, in words that say what to do', async () => {
    const { page } = await openTestPage();
    await openAdd(page);
    await page.getByRole('button', { name: 'Add article' }).click();
    const text = page.getByLabel('Article text');
    await expect.poll(() => text.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await text.getAttribute('aria-describedby'))!.split(' ');
    const said = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(said.join(' ')).toMatch(/Paste or type the article text/);
    await page.getByLabel('Source URL').fill('javascript:alert(1)');
    await text.fill('One line only, which is the title');
    await page.getByRole('button', { name: 'Add article' }).click();
    await expect.poll(() => page.getByLabel('Source URL').getAttribute('aria-invalid')).toBe('true');
    expect(new URL(page.url()).pathname).toBe('/add');
  });

  it('a saved .html page and a .md file are added; a bad file next to them is reported by name', async () => {
    const watched = await openTestPage();
    const { page } = watched;
    await openAdd(page);
    await page.getByLabel('Article file').setInputFiles([files.html, files.latin1, files.md, files.binary]);
    const status = page.locator('.batch-status');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/Done: 2 articles added, 2 files could not be added/);
    const notAdded = await page.locator('.batch-problems > ul > li').allTextContents();
    expect(notAdded).toHaveLength(2);
    expect(notAdded[0]).toMatch(/^latin1\.md: .*not valid UTF-8.*Re-save the file as UTF-8/);
    expect(notAdded[1]).toMatch(/^binary\.md: .*binary/);
    const added = page.locator('.batch-added a');
    expect(await added.allTextContents()).toEqual(['Harbour bridge reopens after two-year repair', expect.stringMatching(/iodine/i)]);
    await added.first().click();
    await page.waitForURL(/\/mine\//);
    await page.getByRole('heading', { level: 1, name: 'Harbour bridge reopens after two-year repair' }).waitFor();
    expect(await page.locator('article [data-quote-id]').count()).toBeGreaterThan(0);
    // Previous/next walk the reader's own articles.
    await page.locator('a[rel="next"], a[rel="prev"]').first().click();
    await page.getByRole('heading', { level: 1, name: /iodine/i }).waitFor();
    expect(await problems(watched)).toEqual([]);
  });

  it('adding makes no network request at all', async () => {
    const { page } = await openTestPage();
    await openAdd(page);
    // The reading view's code and the engine's worker load when /add opens, before anything is added;
    // the service worker's precaching finishes before it activates (ready).
    await page.waitForLoadState('networkidle');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const requests = new Set<string>();
    // The browser's own fetch of the tab's icon is not the app's doing.
    const record = (r: { method(): string; url(): string }) => !r.url().endsWith('/favicon.svg') && requests.add(`${r.method()} ${r.url()}`);
    page.on('request', record);
    page.context().on('request', record);
    const hostile = { name: 'hostile.html', mimeType: 'text/html', buffer: read('tests/fixtures/hostile/hostile-page.html') };
    await page.getByLabel('Article file').setInputFiles([files.html, hostile]);
    await expect.poll(() => page.locator('.batch-status').textContent(), { timeout: 20_000 }).toMatch(/Done/);
    await page.getByLabel('Article text').fill(seedText());
    await page.getByRole('button', { name: 'Add article' }).click();
    await page.waitForURL(/\/mine\//);
    await page.locator('article [data-quote-id]').first().waitFor();
    expect([...requests]).toEqual([]);
  });

  it('the home page lists them first under "Your articles"; Delete can be undone for a few seconds', async () => {
    const watched = await openTestPage();
    const { page } = watched;
    await addSeed(page);
    await page.goto(urlFor(baseUrl, '/'));
    expect(await yourArticles(page)).toEqual([SEED_TITLE]);
    await page.reload();
    expect(await yourArticles(page)).toEqual([SEED_TITLE]);
    const section = page.getByRole('region', { name: 'Your articles' });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await section.getByRole('button', { name: 'Delete' }).click();
    await section.getByRole('button', { name: 'Undo' }).waitFor();
    expect(await section.getByRole('listitem').count()).toBe(0);
    await section.getByRole('button', { name: 'Undo' }).click();
    expect(await yourArticles(page)).toEqual([SEED_TITLE]);
    await page.reload();
    expect(await yourArticles(page)).toEqual([SEED_TITLE]);
    // Deleted for good once the undo time has passed: gone after a reload.
    await section.getByRole('button', { name: 'Delete' }).click();
    await page.waitForTimeout(500);
    await page.reload();
    await waitForApp(page);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('region', { name: 'Your articles' }).count()).toBe(0);
    expect(await problems(watched)).toEqual([]);
  });

  it('search and the speaker pages include your articles, marked as yours', async () => {
    const watched = await openTestPage();
    const { page } = watched;
    const path = await addSeed(page);
    await page.goto(urlFor(baseUrl, '/search?q=Putin'));
    const mine = page.getByRole('region', { name: /In your articles/ });
    await mine.waitFor();
    expect(await mine.getByRole('link', { name: SEED_TITLE }).first().getAttribute('href')).toMatch(new RegExp(`^${path}`));
    expect(await mine.locator('.mine-badge').count()).toBeGreaterThan(0);
    const speakers = JSON.parse(readFileSync(join(outDir, 'data/speakers.json'), 'utf8')) as { id: string; name: string }[];
    const obama = speakers.find((s) => s.name === 'Barack Obama');
    expect(obama, 'Barack Obama among the bundled speakers').toBeDefined();
    await page.goto(urlFor(baseUrl, `/speakers/${obama!.id}`));
    const yours = page.getByRole('region', { name: /In your articles/ });
    await yours.waitFor();
    expect(await yours.getByRole('link', { name: /^Quote by Barack Obama/ }).count()).toBe(17);
    expect(await problems(watched)).toEqual([]);
  });

  it('a speaker quoted only in your articles is on the speakers list with your count, marked Yours, and has a page', async () => {
    const watched = await openTestPage();
    const { page } = watched;
    const name = 'Margarethe Quillfeather';
    await openAdd(page);
    await page
      .getByLabel('Article text')
      .fill(
        [
          'Harbour council keeps ferry fares as they are',
          `"We will not raise fares this winter," said ${name}, the council's transport chair, on Monday.`,
          'The ferry carries four thousand people a day.',
          `"Families depend on it," Quillfeather said after the vote.`,
        ].join('\n\n'),
      );
    await page.getByRole('button', { name: 'Add article' }).click();
    await page.waitForURL(/\/mine\/[0-9a-f]+$/);
    await page.locator('article [data-quote-id]').first().waitFor();
    const theirs = (await quoteSpeakers(page)).filter((s) => s === name).length;
    expect(theirs, `quotations attributed to ${name} in the reading view`).toBeGreaterThan(0);

    await page.goto(urlFor(baseUrl, `/speakers?q=${encodeURIComponent('Quillfeather')}`));
    const row = page.getByRole('row', { name: new RegExp(name) });
    await row.waitFor();
    expect(await row.getByText('Yours', { exact: true }).count()).toBe(1);
    expect(await row.getByRole('cell').first().textContent()).toBe(`${theirs} (${theirs} in yours)`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await row.getByRole('link', { name }).click();
    await page.waitForURL(/\/speakers\/margarethe-quillfeather$/);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    expect(await page.getByText('Quoted only in your articles').count()).toBe(1);
    const yours = page.getByRole('region', { name: /In your articles/ });
    await yours.waitFor();
    expect(await yours.getByRole('link', { name: new RegExp(`^Quote by ${name}`) }).count()).toBe(theirs);
    expect(await seriousAxeViolations(page)).toEqual([]);
    // The 404 of the bundled speaker file is the browser's own log line, expected here.
    expect(await problems(watched, { allow404: true })).toEqual([]);
  });

  it('an article stored by an older engine is analysed again when opened', async () => {
    const { page } = await openTestPage();
    const path = await addSeed(page);
    const id = path.split('/').pop()!;
    await page.evaluate(
      (key) =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('quote-reader');
          open.onsuccess = () => {
            const tx = open.result.transaction('articles', 'readwrite');
            const store = tx.objectStore('articles');
            const get = store.get(key);
            get.onsuccess = () => store.put({ ...get.result, engineVersion: 'an-older-engine', quotes: [], speakers: [] });
            tx.oncomplete = () => {
              open.result.close();
              done();
            };
            tx.onerror = () => fail(tx.error);
          };
        }),
      id,
    );
    await page.reload();
    await expect.poll(() => quoteSpeakers(page)).toHaveLength(17);
  });

  it('axe finds no serious or critical violation on /add and /mine/:id', async () => {
    const { page } = await openTestPage();
    await openAdd(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await addSeed(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

describe('kept across a restart, and offline', () => {
  const dirs: string[] = [];
  const contexts: BrowserContext[] = [];
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const launch = async (dir: string) => {
    const context = await chromium.launchPersistentContext(dir, { executablePath: chromePath(), args: CHROME_FLAGS, headless: true });
    context.setDefaultTimeout(10_000);
    contexts.push(context);
    return context;
  };

  it('a browser restart with the same profile keeps your articles', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qr-profile-'));
    dirs.push(dir);
    let context = await launch(dir);
    let page = await context.newPage();
    const path = await addSeed(page);
    await context.close();
    context = await launch(dir);
    page = await context.newPage();
    await page.goto(urlFor(baseUrl, '/'));
    expect(await yourArticles(page)).toEqual([SEED_TITLE]);
    await page.goto(urlFor(baseUrl, path));
    await expect.poll(() => quoteSpeakers(page)).toHaveLength(17);
  });

  it('offline after one visit: the home page, an article read before and your articles open; others say why not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qr-profile-'));
    dirs.push(dir);
    const context = await launch(dir);
    const page = await context.newPage();
    await page.goto(urlFor(baseUrl, '/'));
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // Controlled by the worker (clients.claim) before the article is read, so it is cached as it loads.
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 20_000 }).toBe(true);
    const comey = findArticle(outDir, (t) => /Comey/.test(t), 'about Comey');
    const unread = findArticle(outDir, (t) => /iodine/i.test(t), 'about iodine');
    await page.goto(urlFor(baseUrl, `/articles/${comey.slug}`));
    await page.locator('article [data-quote-id]').first().waitFor();
    const mine = await addSeed(page);

    await context.setOffline(true);
    await page.goto(urlFor(baseUrl, '/'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await yourArticles(page)).toEqual([SEED_TITLE]);
    expect(await page.locator('.offline-notice').textContent()).toMatch(/You are offline/);
    await page.goto(urlFor(baseUrl, `/articles/${comey.slug}`));
    await page.locator('article [data-quote-id]').first().waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(comey.title);
    await page.goto(urlFor(baseUrl, mine));
    await expect.poll(() => quoteSpeakers(page)).toHaveLength(17);
    await page.goto(urlFor(baseUrl, `/articles/${unread.slug}`));
    await expect.poll(() => page.locator('main').textContent()).toMatch(/not available yet/);
    // Said as what it is, not as a failure with a "Failed to fetch" detail.
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Not available offline yet');
    expect(await page.locator('main').textContent()).not.toMatch(/Failed to fetch|Something went wrong/);
    // Search: the bundled index was never loaded, so it says so; your articles are still searched.
    await page.goto(urlFor(baseUrl, '/search?q=Putin'));
    await page.getByRole('region', { name: /In your articles/ }).getByRole('link', { name: SEED_TITLE }).first().waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/You are offline, and the search index has not been loaded on this device yet/);
    await context.setOffline(false);
  });
});
