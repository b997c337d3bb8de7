// Benchmarks of the reader's own articles (issue 11), in Chromium against a built site: a 50 kB
// article pasted on /add until its highlighted quotations are on screen, and 20 files dropped at
// once until all are added; with the longest main-thread task seen meanwhile (the engine runs in
// a Web Worker, so none should pass 50 ms).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { median } from './bench-browser.ts';

/** Figures of one kind of addition. */
export interface AddFigures {
  /** Milliseconds from the click (or the drop) to the end, one per run. */
  samplesMs: number[];
  medianMs: number;
  /** Longest main-thread task (PerformanceObserver 'longtask', only those over 50 ms are reported) while adding; 0 when none. */
  longestTaskMs: number;
  /** Longest task of the reading view's first render, after the analysis (paste only). */
  longestRenderTaskMs?: number;
  /** Size of the input (characters of the pasted text, or files dropped). */
  size: number;
  /** Quotations found in the pasted article, or articles added from the drop. */
  count: number;
}

/** Bodies of the bundled articles, front matter removed, to make large inputs from real prose. */
function bodies(root: string): { name: string; text: string }[] {
  const dir = join(root, 'src/content/articles');
  return readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** A ~`chars`-character news text: a headline, then real paragraphs with quotations. */
export function largeArticle(root: string, chars = 50_000): string {
  const paragraphs: string[] = [];
  let length = 0;
  for (const { text } of bodies(root)) {
    for (const p of text.replace(/^---[\s\S]*?\n---\n/, '').split(/\n{2,}/)) {
      if (length >= chars) break;
      paragraphs.push(p.trim());
      length += p.length + 2;
    }
  }
  return `A long day of news: officials, witnesses and experts on what happened\n\n${paragraphs.join('\n\n')}`;
}

/** A context whose pages accept functions compiled by tsx (esbuild's keepNames wraps inner functions in __name). */
async function newContext(browser: Browser) {
  const context = await browser.newContext();
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  return context;
}

async function openAdd(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/add`, { waitUntil: 'networkidle' });
  await page.getByLabel('Article text').waitFor();
  // The service worker's precaching and the worker's start-up are not part of adding.
  await page.evaluate(async () => {
    await navigator.serviceWorker?.ready;
  });
  await page.waitForTimeout(300);
}

/** Pastes a 50 kB article `runs` times; each run from a fresh /add until highlights show on /mine/:id. */
export async function measurePaste(browser: Browser, baseUrl: string, root: string, runs = 5): Promise<AddFigures> {
  const text = largeArticle(root);
  const samples: number[] = [];
  let longest = 0;
  let longestRender = 0;
  let count = 0;
  const context = await newContext(browser);
  try {
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage();
      await openAdd(page, baseUrl);
      await page.getByLabel('Article text').fill(text);
      const r = await page.evaluate(async () => {
        const tasks: { start: number; duration: number }[] = [];
        const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration }))));
        observer.observe({ type: 'longtask' });
        performance.clearMarks('quote-reader:analysed');
        const t0 = performance.now();
        (document.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
        await new Promise<void>((done) => {
          const check = () => (location.pathname.startsWith('/mine/') && document.querySelector('article [data-quote-id]') ? done() : requestAnimationFrame(check));
          check();
        });
        const ms = performance.now() - t0;
        observer.disconnect();
        // The app marks the end of the analysis; later tasks are the reading view's first render.
        const analysed = performance.getEntriesByName('quote-reader:analysed')[0]?.startTime ?? Infinity;
        const during = tasks.filter((t) => t.start < analysed).map((t) => t.duration);
        const render = tasks.filter((t) => t.start >= analysed).map((t) => t.duration);
        return { ms, longest: Math.max(0, ...during), render: Math.max(0, ...render), quotes: new Set([...document.querySelectorAll('article [data-quote-id]')].map((e) => e.getAttribute('data-quote-id'))).size };
      });
      samples.push(r.ms);
      longest = Math.max(longest, r.longest);
      longestRender = Math.max(longestRender, r.render);
      count = r.quotes;
      await page.close();
    }
  } finally {
    await context.close();
  }
  return { samplesMs: samples, medianMs: median(samples), longestTaskMs: longest, longestRenderTaskMs: longestRender, size: text.length, count };
}

/** Drops `n` article files at once on /add until the page reports all added. */
export async function measureDrop(browser: Browser, baseUrl: string, root: string, n = 20): Promise<AddFigures> {
  const all = bodies(root);
  const files = Array.from({ length: n }, (_, i) => ({ name: `dropped-${i + 1}-${all[i % all.length]!.name}`, text: all[i % all.length]!.text }));
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await openAdd(page, baseUrl);
    const r = await page.evaluate(async (list) => {
      const tasks: number[] = [];
      const observer = new PerformanceObserver((entries) => tasks.push(...entries.getEntries().map((e) => e.duration)));
      observer.observe({ type: 'longtask' });
      const data = new DataTransfer();
      for (const f of list) data.items.add(new File([f.text], f.name, { type: 'text/markdown' }));
      const t0 = performance.now();
      document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      await new Promise<void>((done) => {
        const check = () => (/Done:/.test(document.querySelector('.batch-status')?.textContent ?? '') ? done() : requestAnimationFrame(check));
        check();
      });
      const ms = performance.now() - t0;
      observer.disconnect();
      return { ms, longest: Math.max(0, ...tasks), added: document.querySelectorAll('.batch-added li').length };
    }, files);
    return { samplesMs: [r.ms], medianMs: r.ms, longestTaskMs: r.longest, size: n, count: r.added };
  } finally {
    await context.close();
  }
}
