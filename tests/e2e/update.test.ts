// "A new version is available — Reload" in Chromium: the built site is served with its service
// worker as version 1, then a new deployment (version 2 of sw.js) goes up. The open app shows the
// notice quietly; a plain reload still runs version 1 (nothing swaps silently); Reload switches
// to version 2. Each deployed sw.js answers which version it is, so the test asks the worker.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pagePerTest, problems, urlFor, waitForApp } from './browser.ts';
import { urlOf } from './serve-build.ts';

const { outDir } = inject('e2e');
const openTestPage = pagePerTest();
const root = resolve(import.meta.dirname, '../..');

/** The version the server deploys now; each sw.js differs by its version, as two builds' workers do. */
let deployed = 1;
const builtWorker = readFileSync(join(outDir, 'sw.js'), 'utf8');
const workerOf = (version: number) =>
  `${builtWorker}\n// Deployment ${version} (test probe): answers which version this worker is.\n` +
  `self.addEventListener('message', (e) => { if (e.data && e.data.type === 'VERSION?') e.source.postMessage({ version: ${version} }); });\n`;

let server: PreviewServer;
let baseUrl: string;
beforeAll(async () => {
  server = await preview({
    configFile: false,
    root,
    logLevel: 'warn',
    appType: 'spa',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    plugins: [
      {
        name: 'deployed-service-worker',
        configurePreviewServer(s) {
          s.middlewares.use((req, res, next) => {
            if (req.url?.split('?')[0] !== '/sw.js') return next();
            res.setHeader('Content-Type', 'text/javascript');
            res.setHeader('Cache-Control', 'no-cache');
            res.end(workerOf(deployed));
          });
        },
      },
    ],
  });
  baseUrl = urlOf(server);
});
afterAll(async () => {
  await server?.close();
});

/** Which deployment's worker controls the page (null: none). */
function controllingVersion(page: Page): Promise<number | null> {
  return page.evaluate(
    () =>
      new Promise<number | null>((done) => {
        const controller = navigator.serviceWorker.controller;
        if (!controller) return done(null);
        navigator.serviceWorker.addEventListener('message', (e: MessageEvent<{ version: number }>) => done(e.data.version), { once: true });
        controller.postMessage({ type: 'VERSION?' });
      }),
  );
}

const notice = (page: Page) => page.locator('.update-notice');

describe('a new deployment', () => {
  it('shows "A new version is available — Reload" quietly; a plain reload keeps the old version; Reload applies the new one', async () => {
    deployed = 1;
    const watched = await openTestPage();
    const { page } = watched;
    await page.goto(urlFor(baseUrl, '/'));
    await waitForApp(page);
    // First visit: version 1 installs and takes control (clients.claim) without any notice.
    await expect.poll(() => controllingVersion(page), { timeout: 20_000 }).toBe(1);
    expect(await notice(page).count()).toBe(0);

    deployed = 2;
    // The next visit finds the new worker; it installs and waits for the reader.
    await page.reload();
    await waitForApp(page);
    await notice(page).waitFor({ timeout: 20_000 });
    expect(await notice(page).textContent()).toBe('A new version is available — Reload');
    // Quiet: inside the polite live region, not an alert, and focus was not moved to it.
    expect(await notice(page).evaluate((el) => el.closest('[aria-live]')?.getAttribute('aria-live'))).toBe('polite');
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.closest('.update-notice') ?? null)).toBeNull();
    expect(await controllingVersion(page)).toBe(1);

    // No silent swap: reloading the page the ordinary way keeps version 1, and offers 2 again.
    await page.reload();
    await waitForApp(page);
    await notice(page).waitFor();
    expect(await controllingVersion(page)).toBe(1);

    // Reload: the new version takes over and the page reloads into it.
    await Promise.all([page.waitForEvent('load', { timeout: 20_000 }), page.getByRole('button', { name: 'Reload' }).click()]);
    await waitForApp(page);
    await expect.poll(() => controllingVersion(page), { timeout: 20_000 }).toBe(2);
    expect(await notice(page).count()).toBe(0);
    expect(await problems(watched)).toEqual([]);
  });
});
