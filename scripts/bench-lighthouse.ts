// Lighthouse (the installed 12.2.3, default config = simulated mobile) against a URL, with the
// system Chromium launched through chrome-launcher (a dependency of lighthouse itself).
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_FLAGS, chromePath } from './chromium.ts';

/** Scores (0–1) and the two timing metrics the benchmark reports. */
export interface LighthouseFigures {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  /** Titles of failed audits that cost score (for the report when a budget fails). */
  failed: string[];
}

/** Runs Lighthouse on each URL in turn in one fresh Chromium (each run gets a clean page). */
export async function runLighthouse(urls: string[]): Promise<LighthouseFigures[]> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'qr-lh-'));
  const chrome = await chromeLauncher.launch({
    chromePath: chromePath(),
    chromeFlags: [...CHROME_FLAGS, `--user-data-dir=${userDataDir}`],
    logLevel: 'silent',
  });
  try {
    const out: LighthouseFigures[] = [];
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
      if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const cat = (id: string) => lhr.categories[id]?.score ?? null;
      const num = (id: string) => lhr.audits[id]?.numericValue ?? null;
      const failed = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
        .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
      out.push({
        performance: cat('performance'),
        accessibility: cat('accessibility'),
        bestPractices: cat('best-practices'),
        lcpMs: num('largest-contentful-paint'),
        tbtMs: num('total-blocking-time'),
        failed,
      });
    }
    return out;
  } finally {
    chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
