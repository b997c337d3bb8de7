// Global setup of the e2e project: checks for Chromium, builds the app twice with the real
// build command (the bundled corpus, and a corpus of hostile and oddly shaped articles through
// ARTICLES_DIR), serves each build with `vite preview`, and hands the URLs to the tests.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { chromePath } from '../../scripts/chromium.ts';
import { serveBuild, urlOf, viteBuild } from './serve-build.ts';
import { writeOddArticles, type OddArticle } from './odd-articles.ts';

/** What the tests receive through `inject('e2e')`. */
export interface E2eContext {
  /** Base URL of the bundled corpus's build, ending in '/'. */
  baseUrl: string;
  /** Output folder of that build (tests read `data/` from it to find slugs). */
  outDir: string;
  /** Base URL and output folder of the hostile/odd corpus's build. */
  oddBaseUrl: string;
  oddOutDir: string;
  /** Files of the hostile articles in the odd corpus. */
  hostileFiles: string[];
  oddArticles: OddArticle[];
  /** Milliseconds each build took. */
  buildMs: { bundled: number; odd: number };
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: E2eContext;
  }
}

const root = resolve(import.meta.dirname, '../..');

/** The hostile articles: the ingestion's fixtures when present, always our own. */
function copyHostileArticles(dir: string): string[] {
  const files: string[] = [];
  const ours = join(root, 'tests/e2e/fixtures/hostile.md');
  copyFileSync(ours, join(dir, 'hostile.md'));
  files.push('hostile.md');
  const shared = join(root, 'tests/fixtures/hostile');
  if (existsSync(shared)) {
    for (const name of readdirSync(shared)) {
      if (!/\.(md|txt|html)$/.test(name) || name === 'hostile.md') continue;
      copyFileSync(join(shared, name), join(dir, `shared-${name}`));
      files.push(`shared-${name}`);
    }
  }
  return files;
}

/** Vitest global setup: returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chrome = chromePath();
  if (!existsSync(chrome)) {
    throw new Error(
      `The browser tests need Chromium, and there is none at ${chrome}.\n` +
        `Install it with \`sudo apt-get install chromium\` (Debian/Ubuntu), or point CHROME_PATH at a Chromium/Chrome binary.\n` +
        `To run only the other tests: npx vitest run --project unit --project component`,
    );
  }

  const work = mkdtempSync(join(tmpdir(), 'qr-e2e-'));
  const outDir = join(work, 'bundled');
  const oddOutDir = join(work, 'odd');
  const oddArticlesDir = join(work, 'odd-articles');
  mkdirSync(oddArticlesDir);
  const hostileFiles = copyHostileArticles(oddArticlesDir);
  const oddArticles = writeOddArticles(oddArticlesDir);

  const baseEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  delete baseEnv.ARTICLES_DIR;
  let bundledMs: number;
  let oddMs: number;
  let servers: PreviewServer[];
  try {
    // Sequential, not parallel: two builds at once on two cores are no faster and harder to read when they fail.
    bundledMs = await viteBuild(outDir, baseEnv);
    oddMs = await viteBuild(oddOutDir, { ...baseEnv, ARTICLES_DIR: oddArticlesDir });
    servers = [await serveBuild(outDir), await serveBuild(oddOutDir)];
  } catch (error) {
    // No teardown runs when setup fails: leave no temporary builds behind.
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
  const context: E2eContext = {
    baseUrl: urlOf(servers[0]!),
    outDir,
    oddBaseUrl: urlOf(servers[1]!),
    oddOutDir,
    hostileFiles,
    oddArticles,
    buildMs: { bundled: bundledMs, odd: oddMs },
  };
  project.provide('e2e', context);
  console.log(`e2e: built the bundled corpus in ${bundledMs} ms and the hostile/odd corpus in ${oddMs} ms`);

  return async () => {
    await Promise.all(servers.map((s) => s.close()));
    rmSync(work, { recursive: true, force: true });
  };
}
