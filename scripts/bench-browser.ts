// In-browser timings in the system Chromium (playwright-core), each measured inside the page so
// that the driver's own latency is not counted:
// - speaker filter: from the click event to the last DOM mutation it causes;
// - search: from the Enter keydown to the results on screen and to the last DOM mutation;
// - first articles on the home page: from navigation start to the first article link;
// - scrolling: frame times while the page scrolls one step per frame;
// - speakers pages: from navigation start to their first content.
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROME_FLAGS, chromePath } from './chromium.ts';
import { APP_READY_ATTRIBUTE } from '../src/common/prerender-key.ts';

/** Waits until the app has taken over the (prerendered) page: before that its buttons do nothing (decision 089). */
export async function appReady(page: Page): Promise<void> {
  await page.waitForFunction((attr) => document.documentElement.hasAttribute(attr), APP_READY_ATTRIBUTE, { timeout: 30_000 });
}

/** Median of a list of numbers (NaN when empty). */
export function median(xs: number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The p-th percentile (0–100) by nearest rank. */
export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

/** Starts the system Chromium. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS });
}

// Installed in every page before its scripts run: records the time of the latest DOM mutation and
// of the latest click/Enter.
const PROBE = `
  window.__qrBench = { lastMutation: 0, input: 0, firstSeen: {} };
  // A write of the value an attribute or text already has (React re-sets an input's type and name
  // on every render) queues a record too but changes nothing on screen: those are not counted.
  const real = (r) =>
    r.type === 'childList' ||
    (r.type === 'attributes' && r.oldValue !== r.target.getAttribute(r.attributeName)) ||
    (r.type === 'characterData' && r.oldValue !== r.target.data);
  const start = () => {
    new MutationObserver((records) => { if (records.some(real)) window.__qrBench.lastMutation = performance.now(); })
      .observe(document.documentElement, {
        subtree: true, childList: true, attributes: true, characterData: true, attributeOldValue: true, characterDataOldValue: true,
      });
  };
  if (document.documentElement) start(); else document.addEventListener('readystatechange', start, { once: true });
  addEventListener('click', (e) => {
    const b = window.__qrBench;
    b.input = e.timeStamp; b.lastMutation = 0; b.paint = NaN; b.frame = NaN; b.inFrame = false;
    // Click → next paint: a frame callback runs right before the frame that shows the handlers' work
    // is painted, and a message posted from it runs once that frame is out (the usual next-paint probe).
    requestAnimationFrame(() => {
      b.frame = performance.now();
      // Everything the click changed so far goes into this frame.
      b.inFrame = b.lastMutation > 0 && b.lastMutation <= b.frame;
      const ch = new MessageChannel();
      ch.port1.onmessage = () => { b.paint = performance.now() - e.timeStamp; };
      ch.port2.postMessage(0);
    });
  }, true);
  // Event Timing: Chromium reports an interaction whose input → next paint took 16 ms or more.
  window.__qrBench.slowClicks = [];
  try {
    new PerformanceObserver((list) => {
      for (const en of list.getEntries()) if (en.name === 'click' || en.name === 'pointerup' || en.name === 'pointerdown') window.__qrBench.slowClicks.push(en.duration);
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {}
  addEventListener('keydown', (e) => {
    if (e.key === 'Enter') { window.__qrBench.input = e.timeStamp; window.__qrBench.lastMutation = 0; }
  }, true);
`;

// In-page code is passed as source text: tsx compiles functions with a `__name` helper that
// does not exist in the page.
const SETTLE = `({ quietMs, timeoutMs }) => new Promise((done) => {
  const b = window.__qrBench;
  const began = performance.now();
  const tick = () => {
    const now = performance.now();
    const last = Math.max(b.lastMutation, b.input);
    if (now - last >= quietMs || now - began > timeoutMs) done(b.lastMutation > 0 ? b.lastMutation - b.input : NaN);
    else setTimeout(tick, 20);
  };
  tick();
})`;

/** Waits until the DOM has been quiet for `quietMs` after the last input; returns last mutation − input (ms). */
async function settle(page: Page, quietMs = 250, timeoutMs = 10_000): Promise<number> {
  return page.evaluate<number>(`(${SETTLE})(${JSON.stringify({ quietMs, timeoutMs })})`);
}

/** Filter figures: per-toggle times and what the toggles did. */
export interface FilterFigures {
  samplesMs: number[];
  medianMs: number;
  p95Ms: number;
  speaker: string;
  quotes: number;
  /** Click → next paint per toggle (a frame callback and a message after it, measured in the page). */
  paintSamplesMs: number[];
  paintMedianMs: number;
  paintP95Ms: number;
  /** Event Timing entries (click, pointerdown, pointerup) of 16 ms or more, over all the toggles. */
  slowEvents: number;
  /** Click on the title (nothing changes) → next paint: the probe's floor on this machine. */
  idlePaintMedianMs: number;
  /** Toggles whose every DOM change was done before the next frame was drawn (shown in that frame). */
  inNextFrame: number;
  /** Highlighted quotation counts seen after "on" and "off" toggles (sanity check that toggling works). */
  highlightedOn: number;
  highlightedOff: number;
}

/** Toggles the first speaker of the filter `toggles` times on /articles/<slug>. */
export async function measureFilter(browser: Browser, baseUrl: string, slug: string, toggles = 30): Promise<FilterFigures> {
  const page = await browser.newPage();
  try {
    await page.addInitScript(PROBE);
    await page.goto(`${baseUrl}/articles/${encodeURIComponent(slug)}`);
    await appReady(page);
    const group = page.getByRole('group', { name: /speakers/i });
    await group.waitFor({ timeout: 15_000 });
    const boxes = group.getByRole('checkbox');
    const count = await boxes.count();
    let box = boxes.first();
    let speaker = '';
    for (let i = 0; i < count; i++) {
      const b = boxes.nth(i);
      const label = (
        await b.evaluate((el) => {
          const l = (el as HTMLInputElement).labels?.[0];
          return l?.querySelector('a, .speaker-name')?.textContent ?? l?.textContent ?? el.getAttribute('aria-label') ?? '';
        })
      ).trim();
      if (!/^(all|none|unattributed)\b/i.test(label)) {
        box = b;
        speaker = label;
        break;
      }
    }
    const quotes = await page.locator('[data-quote-id]').count();
    const samplesMs: number[] = [];
    let highlightedOn = -1;
    let highlightedOff = -1;
    await settle(page, 300);
    const paintSamplesMs: number[] = [];
    let inNextFrame = 0;
    await page.evaluate('window.__qrBench.slowClicks.length = 0');
    for (let i = 0; i < toggles; i++) {
      await box.click();
      samplesMs.push(await settle(page));
      paintSamplesMs.push(await page.evaluate<number>('window.__qrBench.paint'));
      // In the next frame: the click's last DOM change came before that frame's callbacks ran.
      if (await page.evaluate<boolean>('window.__qrBench.inFrame && window.__qrBench.lastMutation <= window.__qrBench.frame')) inNextFrame++;
      const hl = await page.locator('[data-quote-id][data-highlighted="true"]').count();
      if (i % 2 === 0) highlightedOn = hl;
      else highlightedOff = hl;
    }
    const ok = samplesMs.filter((x) => Number.isFinite(x));
    if (ok.length < samplesMs.length) throw new Error(`filter: ${samplesMs.length - ok.length} toggles changed nothing in the DOM`);
    const painted = paintSamplesMs.filter((x) => Number.isFinite(x));
    const slowEvents = await page.evaluate<number>('window.__qrBench.slowClicks.length');
    // The probe's own floor: a click that changes nothing (the article's title) → next paint, which
    // is the wait for the next frame plus the driver's input path.
    const idleMs: number[] = [];
    for (let i = 0; i < 10; i++) {
      await page.locator('h1').first().click();
      await page.waitForTimeout(120);
      idleMs.push(await page.evaluate<number>('window.__qrBench.paint'));
    }
    return {
      samplesMs,
      medianMs: median(ok),
      p95Ms: percentile(ok, 95),
      paintSamplesMs,
      paintMedianMs: median(painted),
      paintP95Ms: percentile(painted, 95),
      slowEvents,
      idlePaintMedianMs: median(idleMs.filter((x) => Number.isFinite(x))),
      inNextFrame,
      speaker,
      quotes,
      highlightedOn,
      highlightedOff,
    };
  } finally {
    await page.close();
  }
}

/** Search figures. */
export interface SearchFigures {
  /** Enter → results of the first search on screen, index download included. */
  firstMs: number;
  /** Enter → results on screen (the page's "search:end" mark), once the index has loaded. */
  samplesMs: number[];
  medianMs: number;
  /** Enter → last DOM change (snippets filled in from article chunks), once the index has loaded. */
  settledMedianMs: number;
  /** The search page's own \`search\` performance measure (query → results committed), when it sets one. */
  pageMeasureMedianMs: number;
  /** Results shown for the last query (sanity). */
  results: number;
}

/** Searches each query through the header's search box and Enter. The first one loads the index. */
export async function measureSearch(browser: Browser, baseUrl: string, queries: string[]): Promise<SearchFigures> {
  const page = await browser.newPage();
  try {
    await page.addInitScript(PROBE);
    await page.goto(`${baseUrl}/`);
    await appReady(page);
    const box = page.getByRole('searchbox').first();
    await box.waitFor({ timeout: 15_000 });
    await settle(page, 300);
    const measures = () => page.evaluate<number>(`performance.getEntriesByName('search', 'measure').length`);
    const lastMeasure = () =>
      page.evaluate<number>(`(performance.getEntriesByName('search', 'measure').at(-1) || { duration: NaN }).duration`);
    const run = async (q: string) => {
      // Cleared first so that waiting for the measure waits for this query's results.
      await page.evaluate(`performance.clearMeasures('search')`);
      await box.fill(q);
      await box.press('Enter');
      await page.waitForURL(/\/search\?/, { timeout: 15_000 });
      // The search page records a "search" performance measure once results are committed; while
      // the index downloads the DOM is quiet too, so quiet alone would stop the clock too early.
      // Polled from here: the app's CSP forbids the string evaluation waitForFunction needs.
      const deadline = Date.now() + 120_000;
      while ((await measures()) === 0) {
        if (Date.now() > deadline) throw new Error(`search "${q}": no 'search' performance measure within 120 s (results never shown?)`);
        await page.waitForTimeout(25);
      }
      // Enter → results committed (the page's "search:end" mark), then everything after it too
      // (snippets are filled in from article chunks once the list is on screen).
      const listed = await page.evaluate<number>(
        `(performance.getEntriesByName('search:end', 'mark').at(-1)?.startTime ?? NaN) - window.__qrBench.input`,
      );
      const settled = await settle(page, 300, 20_000);
      return { listed, settled };
    };
    const first = await run(queries[0]!);
    const samplesMs: number[] = [];
    const settledMs: number[] = [];
    const pageMs: number[] = [];
    for (const q of [...queries.slice(1), ...queries.slice(1)]) {
      const r = await run(q);
      samplesMs.push(r.listed);
      settledMs.push(r.settled);
      pageMs.push(await lastMeasure());
    }
    const results = await page.locator('main a[href*="/articles/"]').count();
    return {
      firstMs: first.listed,
      samplesMs,
      medianMs: median(samplesMs.filter(Number.isFinite)),
      settledMedianMs: median(settledMs.filter(Number.isFinite)),
      pageMeasureMedianMs: median(pageMs.filter(Number.isFinite)),
      results,
    };
  } finally {
    await page.close();
  }
}

/** Milliseconds from navigation start until `selector` first matches, median of `runs` cold loads. */
export async function timeToSelector(browser: Browser, url: string, selector: string, runs = 3): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    // A fresh context per run: cold HTTP cache, as a first visit.
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.addInitScript(`
        window.__qrSeen = 0;
        const check = () => {
          if (!window.__qrSeen && document.querySelector(${JSON.stringify(selector)})) window.__qrSeen = performance.now();
        };
        new MutationObserver(check).observe(document, { subtree: true, childList: true });
      `);
      await page.goto(url);
      await page.waitForSelector(selector, { timeout: 20_000 });
      times.push(await page.evaluate(() => (window as unknown as { __qrSeen: number }).__qrSeen));
    } finally {
      await context.close();
    }
  }
  return median(times);
}

// One scroll step per animation frame; frame durations are the gaps between callbacks.
const SCROLL = `({ frames, step, selector }) => new Promise((done) => {
  const deltas = [];
  const seen = new Set();
  let prev = performance.now();
  let n = 0;
  const frame = (now) => {
    deltas.push(now - prev);
    prev = now;
    // Sampled every tenth frame so the probe itself stays cheap.
    if (n % 10 === 0) for (const a of document.querySelectorAll(selector)) seen.add(a.href);
    window.scrollBy(0, step);
    if (++n < frames) requestAnimationFrame(frame);
    else done({ deltas: deltas.slice(1), seen: seen.size, inDom: document.querySelectorAll(selector).length });
  };
  requestAnimationFrame(frame);
})`;

/** Scroll figures. */
export interface ScrollFigures {
  frames: number;
  longFrames: number;
  /** Share of frames over 50 ms. */
  longShare: number;
  p95FrameMs: number;
  /** Article links in the DOM at the end (a virtualised list keeps this small). */
  linksInDom: number;
  /** Distinct article links seen during the scroll. */
  linksSeen: number;
}

/** Scrolls the page `step` px per frame for `frames` frames and records frame durations. */
export async function measureScroll(browser: Browser, url: string, selector: string, frames = 300, step = 120): Promise<ScrollFigures> {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    await page.waitForSelector(selector, { timeout: 20_000 });
    await page.waitForTimeout(300);
    const r = await page.evaluate<{ deltas: number[]; seen: number; inDom: number }>(`(${SCROLL})(${JSON.stringify({ frames, step, selector })})`);
    const longFrames = r.deltas.filter((d) => d > 50).length;
    return {
      frames: r.deltas.length,
      longFrames,
      longShare: longFrames / Math.max(1, r.deltas.length),
      p95FrameMs: percentile(r.deltas, 95),
      linksInDom: r.inDom,
      linksSeen: r.seen,
    };
  } finally {
    await page.close();
  }
}

/** URL paths of every JavaScript file the page at `url` fetches until the network is idle. */
export async function scriptsLoaded(browser: Browser, url: string): Promise<string[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const paths = new Set<string>();
  page.on('request', (r) => {
    if (r.resourceType() === 'script') paths.add(new URL(r.url()).pathname);
  });
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    // On a loaded machine the entry can take longer than networkidle's 500 ms to run, so the route's
    // chunks would be requested after it: wait for the page itself (its main content, no loading
    // placeholder), then for the network to settle again.
    await page.waitForFunction(() => document.querySelector('main#main') !== null && document.querySelector('.app-loading, .progressive-status') === null, undefined, { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    return [...paths];
  } finally {
    await context.close();
  }
}

/** Figures of the whole-corpus export from /speakers. */
export interface ExportFigures {
  /** Click to download, in ms. */
  ms: number;
  /** The longest main-thread task (PerformanceObserver longtask) while it ran, in ms; 0 when none over 50 ms. */
  longestTaskMs: number;
  tasksOver50: number;
  bytes: number;
}

/** Exports every quotation as JSON from /speakers (the export worker) and watches the main thread meanwhile. */
export async function measureExport(browser: Browser, baseUrl: string): Promise<ExportFigures> {
  const context = await browser.newContext({ acceptDownloads: true });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/speakers`);
    await appReady(page);
    await page.getByRole('group', { name: 'Export quotations' }).waitFor();
    await page.evaluate(`(() => {
      window.__qrTasks = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__qrTasks.push(e.duration); }).observe({ type: 'longtask' });
    })()`);
    const began = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 600_000 }),
      page.getByRole('group', { name: 'Export quotations' }).getByRole('button', { name: 'JSON' }).click(),
    ]);
    const path = await download.path();
    const ms = Date.now() - began;
    const tasks = await page.evaluate<number[]>('window.__qrTasks');
    const { statSync } = await import('node:fs');
    return { ms, longestTaskMs: Math.max(0, ...tasks), tasksOver50: tasks.length, bytes: path ? statSync(path).size : 0 };
  } finally {
    await context.close();
  }
}
