// Issue 13, item 8 in Chromium: a site built under a non-root base path (`vite build --base
// /news/quotes/`, as a host that serves the app from a sub-folder) loads its pages and data there,
// and "Copy with citation" puts a link on the clipboard that includes the base path and the
// quotation's #qN, and that opens the article at that quotation.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findArticle, pagePerTest, problems } from './browser.ts';
import { SEED_TITLE } from './seed.ts';
import { serveBuild, urlOf, viteBuild } from './serve-build.ts';

const BASE = '/news/quotes/';
const openTestPage = pagePerTest();
let work: string;
let outDir: string;
let server: PreviewServer;
let origin: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'qr-e2e-base-'));
  outDir = join(work, 'site');
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  delete env.ARTICLES_DIR;
  await viteBuild(outDir, env, BASE);
  server = await serveBuild(outDir, BASE);
  origin = urlOf(server).replace(/\/$/, '');
}, 180_000);

afterAll(async () => {
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a site built under a base path', () => {
  it('"Copy with citation" links to the quotation under the base path, and the link opens it', async () => {
    const seed = findArticle(outDir, (t) => t === SEED_TITLE, 'the seed');
    const watched = await openTestPage();
    const { page, context } = watched;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.goto(`${origin}${BASE}articles/${encodeURIComponent(seed.slug)}`);
    const first = page.locator('article [data-quote-id]').first();
    await first.waitFor();
    const id = (await first.getAttribute('data-quote-id'))!;
    expect(id).toMatch(/^q\d+$/);
    await first.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Copy with citation' }).click();
    await dialog.getByText('Copied the quotation with its citation.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const link = `${origin}${BASE}articles/${encodeURIComponent(seed.slug)}#${id}`;
    expect(copied).toContain(link);
    // Not the root-relative address a build for '/' would give.
    expect(copied).not.toContain(`${origin}/articles/`);

    // The link works: a fresh page at it shows the article with that quotation targeted.
    const again = await openTestPage();
    await again.page.goto(link);
    await again.page.locator(`article [data-quote-id="${id}"]`).first().waitFor();
    expect(await again.page.locator('h1').first().innerText()).toBe(seed.title);
    expect(await again.page.evaluate(() => window.location.pathname)).toBe(`${BASE}articles/${encodeURIComponent(seed.slug)}`);
    expect(await problems(watched)).toEqual([]);
    expect(await problems(again)).toEqual([]);
  });
});
