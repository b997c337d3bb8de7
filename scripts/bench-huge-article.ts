// Benchmark (issue 10 item 13): the reading page of one article of over 5 MB of text. Builds a
// one-article site with ARTICLES_DIR, serves it, opens the article in Chromium and prints when the
// heading and the first paragraph were painted, when the last paragraph was in the page, and the
// longest main-thread task. `npm run bench:huge`; `-- --write-corpus DIR` writes the corpus only,
// and `-- --dist <built site>` measures another build of it (e.g. one made before a change).
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, chromePath } from './chromium.ts';
import { appReady } from './bench-browser.ts';
import { serveBuild, urlOf, viteBuild } from '../tests/e2e/serve-build.ts';

const args = process.argv.slice(2);
const distArg = args.includes('--dist') ? args[args.indexOf('--dist') + 1] : undefined;
const work = mkdtempSync(join(tmpdir(), 'qr-huge-'));

/** Writes the corpus: one article of about 5.2 MB, a quotation every tenth paragraph. */
export function writeHugeCorpus(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const paras: string[] = [];
  let size = 0;
  for (let n = 0; size < 5.2e6; n++) {
    const p = n % 10 === 0
      ? `"We will keep the harbour open for paragraph ${n}," the mayor, Ada Lovelace, said on Tuesday, as the council debated the plan and its budget for the coming years.`
      : `Paragraph ${n} of the record: the council discussed the harbour plan, the budget and the schools at length, and the minutes note every word of it for the archive.`;
    paras.push(p);
    size += p.length + 2;
  }
  writeFileSync(join(dir, 'huge.md'), `---\ntitle: A record of over five megabytes\ndate: 2024-05-01\n---\n\n${paras.join('\n\n')}\n\nThe record ends here.\n`);
}

async function main(): Promise<void> {
  let outDir = distArg;
  if (!outDir) {
    const articles = join(work, 'articles');
    writeHugeCorpus(articles);
    outDir = join(work, 'dist');
    const ms = await viteBuild(outDir, { ...process.env, ARTICLES_DIR: articles });
    console.log(`built the one-article site in ${ms} ms (${outDir})`);
  }
  const server = await serveBuild(outDir);
  const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS, headless: true });
  try {
    for (let run = 1; run <= 3; run++) {
      const page = await (await browser.newContext()).newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { __longest: number };
        w.__longest = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
        }).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(urlOf(server));
      await appReady(page);
      await page.locator('main a[href*="/articles/"]').first().waitFor();
      const t0 = Date.now();
      await page.locator('main a[href*="/articles/"]').first().click();
      await page.locator('article p[data-para="0"]').waitFor({ timeout: 120_000 });
      // The next frame after the first paragraph is in the DOM: it has been painted.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      const firstPaint = Date.now() - t0;
      await page.getByText('The record ends here.').waitFor({ timeout: 300_000 });
      const all = Date.now() - t0;
      const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
      const paras = await page.locator('article p[data-para]').count();
      console.log(`run ${run}: first paragraph painted ${firstPaint} ms after the click; last paragraph in the page after ${all} ms (${paras} paragraphs); longest main-thread task ${Math.round(longest)} ms`);
      await page.context().close();
    }
  } finally {
    await browser.close();
    await server.close();
    if (!distArg) rmSync(work, { recursive: true, force: true });
  }
}

// `--write-corpus DIR` only writes the corpus (to build it with another version of the app).
if (args.includes('--write-corpus')) writeHugeCorpus(args[args.indexOf('--write-corpus') + 1]!);
else await main();
