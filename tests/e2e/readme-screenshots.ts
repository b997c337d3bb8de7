// Takes the README's screenshots from the built app: the seed article's reading view on a
// desktop and on a phone. Run: npx tsx tests/e2e/readme-screenshots.ts
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findArticle, launchBrowser, urlFor } from './browser.ts';
import { SEED_TITLE } from './seed.ts';
import { serveBuild, urlOf, viteBuild } from './serve-build.ts';

const root = resolve(import.meta.dirname, '../..');
const shots = join(root, 'docs/screenshots');
const work = mkdtempSync(join(tmpdir(), 'qr-shots-'));
const outDir = join(work, 'dist');

try {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  delete env.ARTICLES_DIR;
  await viteBuild(outDir, env);
  const server = await serveBuild(outDir);
  const browser = await launchBrowser();
  try {
    const { slug } = findArticle(outDir, (t) => t === SEED_TITLE, 'the seed');
    mkdirSync(shots, { recursive: true });
    const views = [
      { file: 'reading-view.png', viewport: { width: 1280, height: 860 }, colorScheme: 'light' as const },
      { file: 'reading-view-phone-dark.png', viewport: { width: 390, height: 844 }, colorScheme: 'dark' as const },
    ];
    for (const view of views) {
      const context = await browser.newContext({ viewport: view.viewport, colorScheme: view.colorScheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(urlFor(urlOf(server), `/articles/${slug}`));
      await page.locator('article [data-quote-id]').first().waitFor();
      await page.waitForLoadState('networkidle');
      // Scroll to the first direct quotation so the highlights are in view.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(shots, view.file) });
      console.log(`wrote docs/screenshots/${view.file}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
