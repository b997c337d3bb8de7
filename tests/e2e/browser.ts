// Shared helpers of the browser tests: one Chromium per test file, a fresh page per test that
// records every console error, page error, CSP violation and dialog, and an axe-core runner.
import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { ArticleSummary, IndexPage } from '../../src/contract/article-data.ts';
import { APP_READY_ATTRIBUTE } from '../../src/common/prerender-key.ts';
import { CHROME_FLAGS, chromePath } from '../../scripts/chromium.ts';

/** Starts the system Chromium. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS, headless: true });
}

/** A page plus everything it reported that a reader should never see. */
export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, uncaught exceptions, failed requests to the app's own origin. */
  errors: string[];
  /** Messages of dialogs (alert, confirm, prompt) that opened: an article must never open one. */
  dialogs: string[];
  /** Content-Security-Policy violations the page reported (directive and blocked resource). */
  cspViolations: () => Promise<string[]>;
  close: () => Promise<void>;
}

/** Options of a watched page. */
export interface PageOptions {
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
}

/** Opens a fresh context and page (no shared storage) that records errors and dialogs. */
export async function openPage(browser: Browser, options: PageOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  // Runs before any page script and outside the page's CSP (it comes through the DevTools protocol).
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`));
  });
  // Every page of the app is local and small: ten seconds is a failure, not a slow machine.
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  // A built page arrives prerendered (decision 089): its buttons work once the app has taken it
  // over, as a reader's would a moment later. Every navigation of the test waits for that, like a
  // reader who sees the page settle; a response that is not the app (a data file) waits for nothing.
  const ready = () => page.waitForFunction((attr) => !document.getElementById('root') || document.documentElement.hasAttribute(attr), APP_READY_ATTRIBUTE);
  const goto = page.goto.bind(page);
  page.goto = async (...args: Parameters<typeof goto>) => {
    const response = await goto(...args);
    await ready();
    return response;
  };
  const reload = page.reload.bind(page);
  page.reload = async (...args: Parameters<typeof reload>) => {
    const response = await reload(...args);
    await ready();
    return response;
  };
  const cspViolations = () => page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
  return { page, context, errors, dialogs, cspViolations, close: () => context.close() };
}

/**
 * One Chromium for the calling test file and a fresh watched page per call, closed after each test:
 * `const openTestPage = pagePerTest();` at the top of a file, then `await openTestPage()` in a test.
 */
export function pagePerTest(): (options?: PageOptions) => Promise<WatchedPage> {
  let browser: Browser | undefined;
  let opened: WatchedPage[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    // A test may have closed its page already; closing twice is harmless.
    await Promise.all(opened.map((watched) => watched.close().catch(() => undefined)));
    opened = [];
  });
  afterAll(async () => {
    await browser?.close();
  });
  return async (options) => {
    if (!browser) throw new Error('pagePerTest(): the browser is not running (call it at the top level of the test file)');
    const watched = await openPage(browser, options);
    opened.push(watched);
    return watched;
  };
}

/** Joins a path onto a base URL that ends in '/'. */
export function urlFor(baseUrl: string, path: string): string {
  return new URL(path.replace(/^\//, ''), baseUrl).toString();
}

/** Every article of a build's index, in the home page's order (read from the built `data/`). */
export function readIndex(outDir: string): ArticleSummary[] {
  const dir = join(outDir, 'data/index');
  const pages = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as IndexPage)
    .sort((a, b) => a.page - b.page);
  return pages.flatMap((p) => p.articles).sort((a, b) => a.position - b.position);
}

/** The summary of the article whose title matches, or a failure that lists the titles there are. */
export function findArticle(outDir: string, match: (title: string) => boolean, what: string): ArticleSummary {
  const all = readIndex(outDir);
  const hit = all.find((a) => match(a.title));
  if (!hit) throw new Error(`No article ${what} in the build's index; titles: ${all.map((a) => a.title).join(' | ')}`);
  return hit;
}

const axeSource = readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

/** One axe violation, trimmed to what a failure message needs. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page and returns its serious and critical violations. The script goes in
 * through the DevTools protocol (page.evaluate), which the page's CSP does not govern.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Waits until the app has taken over the page (a built page is prerendered, so its root is never empty; decision 089). */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction((attr) => document.documentElement.hasAttribute(attr) && (document.getElementById('root')?.childElementCount ?? 0) > 0, APP_READY_ATTRIBUTE);
}

/** Error lines a test may expect: the browser's own log line for a data file that answered 404. */
const EXPECTED_404 = /Failed to load resource: the server responded with a status of 404/;

/** Everything the page reported that a reader should never see, for one `toEqual([])`. */
export async function problems(watched: WatchedPage, options: { allow404?: boolean } = {}): Promise<string[]> {
  const errors = watched.errors.filter((e) => !(options.allow404 && EXPECTED_404.test(e)));
  const csp = await watched.cspViolations().catch(() => [] as string[]);
  return [...errors, ...watched.dialogs.map((d) => `dialog ${d}`), ...csp.map((c) => `CSP violation: ${c}`)];
}

/** Starts summing the page's layout shifts (those without recent input) from before its scripts run. */
export async function watchLayoutShift(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) w.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shift summed so far on a page opened after watchLayoutShift. */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __cls: number }).__cls);
}
