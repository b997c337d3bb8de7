// Build-only Vite plugin: every page with a fixed address (the home page, each article, /speakers,
// each speaker page) is rendered to HTML once the site's data files are written, with the
// app's own routes and components (src/prerender/render-page.tsx, bundled for Node by a nested Vite
// build). The reader sees the page's text with the HTML; the app then renders the same page over it
// (decision 089). Pages are cached by the renderer's code and the bytes of the data files each
// render read, so a rebuild renders only the pages whose data changed.
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { Piscina } from 'piscina';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { dataPaths, type IndexPage, type Manifest, type SpeakerSummary } from '../contract/article-data.ts';
import { cacheDisabled } from '../ingest/analysis-cache.ts';
import { defaultWorkerCount, TASKS_PER_WORKER } from '../ingest/ingest-pool.ts';
import { ROUTE_PRELOADS, routeFilesOf, type RouteFiles } from './data-preload-plugin.ts';
import { folderHash } from './engine-version.ts';
import { pageWriter, type PageContext, type PageJob, type Renderer } from './prerender-page.ts';

/** Where rendered pages are kept between builds, under the project root (one folder per renderer). */
export const PRERENDER_CACHE_DIR = 'node_modules/.cache/quote-reader/pages';

/** Below this many pages the build renders them itself: starting workers costs more than it saves. */
export const PRERENDER_PARALLEL_THRESHOLD = 400;

/** One page to render: its address under the base and its file in the site. */
export interface PageTarget {
  path: string;
  file: string;
}

/** The site file of a route's address: the home page is index.html, any other `<path>.html` (what static hosts and `vite preview` serve for it). */
export function pageFile(path: string): string {
  return path === '/' ? 'index.html' : `${path.slice(1)}.html`;
}

/** A slug or speaker id safe as one file name (the ingestion's slugs always are; anything else fails the build, never a file outside the site). */
function segment(kind: string, value: string): string {
  if (!value || value === '.' || value === '..' || /[/\\\0]/.test(value)) throw new Error(`prerender: the ${kind} "${value}" cannot be a file name; fix the ingestion's slug rules.`);
  return value;
}

/** Every page to prerender, read from the written data files: fixed pages, then speakers, then articles in index order. */
export async function* pageTargets(readJson: <T>(path: string) => Promise<T>): AsyncGenerator<PageTarget> {
  // Not /voices: its loader also reads the reader's own articles, which the build cannot know.
  for (const path of ['/', '/speakers']) yield { path, file: pageFile(path) };
  for (const s of await readJson<SpeakerSummary[]>(dataPaths.speakers())) {
    const path = `/speakers/${segment('speaker id', s.id)}`;
    yield { path, file: pageFile(path) };
  }
  const manifest = await readJson<Manifest>(dataPaths.manifest());
  for (let page = 0; page < manifest.pageCount; page++) {
    for (const a of (await readJson<IndexPage>(dataPaths.indexPage(page))).articles) {
      const path = `/articles/${segment('article slug', a.slug)}`;
      yield { path, file: pageFile(path) };
    }
  }
}

/** The route module (a ROUTE_PRELOADS row's) that renders `path`, if it is a lazy route. */
export function routeModuleOf(path: string): string | undefined {
  const parts = path.slice(1).split('/');
  return ROUTE_PRELOADS.find((r) => {
    const want = r.path === '' ? [''] : r.path.split('/');
    return want.length === parts.length && want.every((w, i) => w === ':param' || w === parts[i]);
  })?.module;
}

/**
 * The <link>s a prerendered page adds to its <head>: its route's stylesheets, without which the page
 * would shift when they arrive with the route's code. Its chunks are not linked: the route preload
 * script asks for them after the first paint, with the entry (decision 089).
 */
export function routeLinks(base: string, files: { styles: string[] }): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return files.styles.map((f) => `<link rel="stylesheet" crossorigin href="${root}${f}">`).join('');
}

/** The prerender plugin (after the articles plugin has written the data files, before the service worker is generated). */
export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'quote-reader-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle: {
      // After every other writeBundle (the data files), and alone.
      order: 'post',
      sequential: true,
      async handler(_options, bundle) {
        const chunks = Object.values(bundle).filter((o) => o.type === 'chunk');
        const files = routeFilesOf(chunks, config.root);
        const outDir = resolve(config.root, config.build.outDir);
        const started = performance.now();
        const work = resolve(config.root, 'node_modules/.cache/quote-reader', `prerender-build-${process.pid}`);
        try {
          await build({
            configFile: false,
            root: config.root,
            base: config.base,
            mode: config.mode,
            logLevel: 'warn',
            publicDir: false,
            plugins: [react()],
            define: config.define,
            build: {
              ssr: true,
              rollupOptions: { input: { 'render-page': resolve(config.root, 'src/prerender/render-page.tsx'), 'prerender-worker': resolve(config.root, 'src/build/prerender-worker.ts') } },
              outDir: work,
              emptyOutDir: true,
              target: 'node20',
              minify: false,
              copyPublicDir: false,
            },
          });
          const rendererHash = folderHash(work, /./).slice(0, 16);
          const stats = await renderAll(work, outDir, rendererHash, files);
          config.logger.info(`Prerendered ${stats.pages} pages in ${Math.round(performance.now() - started)} ms (${stats.cached} from the cache)${stats.workers ? ` on ${stats.workers} worker threads` : ''}`);
        } finally {
          await rm(work, { recursive: true, force: true });
        }
      },
    },
  };

  async function renderAll(work: string, outDir: string, rendererHash: string, files: RouteFiles) {
    const cacheRoot = resolve(config.root, PRERENDER_CACHE_DIR);
    const cacheDir = cacheDisabled() ? null : join(cacheRoot, rendererHash);
    if (cacheDir) {
      await mkdir(cacheDir, { recursive: true });
      // Pages of other renderers can never be reused: drop them.
      for (const name of await readdir(cacheRoot)) if (name !== rendererHash) await rm(join(cacheRoot, name), { recursive: true, force: true });
    }
    const readJson = async <T>(path: string): Promise<T> => {
      const text = await readFile(join(outDir, path), 'utf8').catch(() => null);
      if (text === null) throw new Error(`prerender: the data file ${path} is missing from the build`);
      return JSON.parse(text) as T;
    };
    const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
    const ctx: PageContext = { outDir, cacheDir, base: config.base, template: await readFile(join(outDir, 'index.html'), 'utf8') };
    const linksOf = new Map<string | undefined, { links: string; modules: string[] }>();
    const jobOf = (target: PageTarget): PageJob => {
      const module = routeModuleOf(target.path);
      if (!linksOf.has(module)) linksOf.set(module, module ? { links: routeLinks(base, files(module)), modules: files(module).modules } : { links: '', modules: [] });
      const own = linksOf.get(module)!;
      return { path: target.path, file: target.file, links: own.links, routeModules: own.modules };
    };
    const manifest = await readJson<Manifest>(dataPaths.manifest());
    const speakers = await readJson<SpeakerSummary[]>(dataPaths.speakers());
    const workers = manifest.articleCount + speakers.length >= PRERENDER_PARALLEL_THRESHOLD ? defaultWorkerCount() : 0;
    let pages = 0;
    let cached = 0;
    const targets = pageTargets(readJson);
    if (workers === 0) {
      const write = pageWriter((await import(pathToFileURL(join(work, 'render-page.js')).href)) as Renderer, ctx);
      for await (const target of targets) {
        if (await write(jobOf(target))) cached++;
        pages++;
      }
      return { pages, cached, workers };
    }
    // Both cores (decision 089): one page a task, a few queued per worker; a failed task fails the
    // build naming its page, never a site with a page missing.
    const pool = new Piscina<PageJob, boolean>({ filename: join(work, 'prerender-worker.js'), workerData: ctx, minThreads: workers, maxThreads: workers, idleTimeout: 1_000 });
    try {
      const lane = async (): Promise<void> => {
        for (;;) {
          const next = await targets.next();
          if (next.done) return;
          const job = jobOf(next.value);
          const hit = await pool.run(job).catch((err: unknown) => {
            throw new Error(`prerender: ${job.path} failed in a worker thread (${err instanceof Error ? err.message : String(err)}); the site was not written.`);
          });
          if (hit) cached++;
          pages++;
        }
      };
      await Promise.all(Array.from({ length: workers * TASKS_PER_WORKER }, lane));
    } finally {
      await pool.destroy();
    }
    return { pages, cached, workers };
  }
}

