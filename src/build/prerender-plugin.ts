// Build-only Vite plugin: every page with a fixed address (the home page, each article, /speakers,
// each speaker page) is rendered to HTML once the site's data files are written, with the
// app's own routes and components (src/prerender/render-page.tsx, bundled for Node by a nested Vite
// build). The reader sees the page's text with the HTML; the app then renders the same page over it
// (decision 089). Pages are cached by the renderer's code and the bytes of the data files each
// render read, so a rebuild renders only the pages whose data changed.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { dataPaths, type IndexPage, type Manifest, type SpeakerSummary } from '../contract/article-data.ts';
import { PRERENDER_ATTRIBUTE, prerenderKey } from '../common/prerender-key.ts';
import { HEAD_SCRIPT_DATA, headScriptAttribute } from '../common/head-script-data.ts';
import { cacheDisabled } from '../ingest/analysis-cache.ts';
import { ROUTE_PRELOADS, routeFilesOf, type RouteFiles } from './data-preload-plugin.ts';

/** Where rendered pages are kept between builds, under the project root (one folder per renderer). */
export const PRERENDER_CACHE_DIR = 'node_modules/.cache/quote-reader/pages';

/** The renderer module (src/prerender/render-page.tsx) as the nested build emits it. */
interface Renderer {
  fileDataClient(read: (path: string) => Promise<string | null>): unknown;
  createPageRenderer(client: unknown, base: string): (path: string) => Promise<{ status: number; html: string }>;
}

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

/** The head script's attributes naming a prerendered page's own files, which it starts after the first paint: its route's chunks and the data its loaders read. */
export function pageFiles(base: string, modules: readonly string[], data: readonly string[]): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const attr = (key: (typeof HEAD_SCRIPT_DATA)[keyof typeof HEAD_SCRIPT_DATA], files: readonly string[]) => (files.length ? ` ${headScriptAttribute(key)}="${files.map((f) => escapeAttr(`${root}${f}`)).join(' ')}"` : '');
  return `${attr(HEAD_SCRIPT_DATA.routeModules, modules)}${attr(HEAD_SCRIPT_DATA.fetch, [...new Set(data)])}`;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** `template` (the built index.html) with `markup` in #root, `links` at the end of <head>, `files` on the head script, and <html> naming the address it is for. */
export function pageHtml(template: string, markup: string, key: string, links = '', files = ''): string {
  const attr = ` ${PRERENDER_ATTRIBUTE}="${escapeAttr(key)}"`;
  const headScript = new RegExp(`<script ([^>]*\\b${headScriptAttribute(HEAD_SCRIPT_DATA.entry)}=)`);
  if (files && !headScript.test(template)) throw new Error('prerender: index.html has no head script (headScriptPlugin) to name the page\'s files on.');
  if (!/<html[^>]*>/.test(template) || !template.includes('<div id="root"></div>')) throw new Error('prerender: index.html has no <html> tag or no empty <div id="root"></div> to fill.');
  // A function replacement: the markup's own "$&" or "$1" must not be read as patterns.
  return template
    .replace(/<html([^>]*)>/, (_m, rest: string) => `<html${rest}${attr}>`)
    .replace('</head>', () => `${links}</head>`)
    .replace(headScript, (_m, rest: string) => `<script${files} ${rest}`)
    .replace('<div id="root"></div>', () => `<div id="root">${markup}</div>`);
}

/** Sha-256 of every file of `dir` (names and bytes, in a stable order). */
async function hashFolder(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (at: string): Promise<void> => {
    for (const e of (await readdir(at, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(at, e.name);
      if (e.isDirectory()) await walk(p);
      else hash.update(relative(dir, p)).update('\0').update(await readFile(p)).update('\0');
    }
  };
  await walk(dir);
  return hash.digest('hex');
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
            build: { ssr: resolve(config.root, 'src/prerender/render-page.tsx'), outDir: work, emptyOutDir: true, target: 'node20', minify: false, copyPublicDir: false },
          });
          const rendererHash = (await hashFolder(work)).slice(0, 16);
          const renderer = (await import(pathToFileURL(join(work, 'render-page.js')).href)) as Renderer;
          const stats = await renderAll(renderer, outDir, rendererHash, files);
          config.logger.info(`Prerendered ${stats.pages} pages in ${Math.round(performance.now() - started)} ms (${stats.cached} from the cache)`);
        } finally {
          await rm(work, { recursive: true, force: true });
        }
      },
    },
  };

  async function renderAll(renderer: Renderer, outDir: string, rendererHash: string, files: RouteFiles) {
    const cacheRoot = resolve(config.root, PRERENDER_CACHE_DIR);
    const cacheDir = cacheDisabled() ? null : join(cacheRoot, rendererHash);
    if (cacheDir) {
      await mkdir(cacheDir, { recursive: true });
      // Pages of other renderers can never be reused: drop them.
      for (const name of await readdir(cacheRoot)) if (name !== rendererHash) await rm(join(cacheRoot, name), { recursive: true, force: true });
    }
    const readData = (path: string) => readFile(join(outDir, path), 'utf8').then((t) => t as string | null, () => null);
    const readJson = async <T>(path: string): Promise<T> => {
      const text = await readData(path);
      if (text === null) throw new Error(`prerender: the data file ${path} is missing from the build`);
      return JSON.parse(text) as T;
    };
    const template = await readFile(join(outDir, 'index.html'), 'utf8');
    const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
    const linksOf = new Map<string | undefined, string>();
    const links = (module: string | undefined) => {
      if (!linksOf.has(module)) linksOf.set(module, module ? routeLinks(base, files(module)) : '');
      return linksOf.get(module)!;
    };
    let pages = 0;
    let cached = 0;
    // The data files the page being rendered read: recorded through the one client, so the cache
    // key follows whatever the route's loaders really read (no table of routes to keep in step).
    let reads: string[] = [];
    const client = renderer.fileDataClient(async (path) => {
      reads.push(path);
      return readData(path);
    });
    const render = renderer.createPageRenderer(client, config.base);
    for await (const target of pageTargets(readJson)) {
      const cacheFile = cacheDir ? join(cacheDir, `${createHash('sha256').update(target.path).digest('hex').slice(0, 32)}.html`) : null;
      let page = cacheFile ? await cachedPage(cacheFile, readData) : null;
      if (page !== null) cached++;
      else {
        reads = [];
        const rendered = await render(target.path);
        if (rendered.status !== 200 || !rendered.html) throw new Error(`prerender: ${target.path} rendered with status ${rendered.status}; every listed page must render (check its data file).`);
        page = { markup: rendered.html, reads };
        if (cacheFile) await writeFile(cacheFile, `${JSON.stringify({ reads, digest: await digestOf(reads, readData) })}\n${page.markup}`);
      }
      const module = routeModuleOf(target.path);
      const file = join(outDir, target.file);
      await mkdir(dirname(file), { recursive: true });
      const own = module ? files(module).modules : [];
      await writeFile(file, pageHtml(template, page.markup, prerenderKey(`${base}${target.path.slice(1)}`, ''), links(module), pageFiles(base, own, page.reads)));
      pages++;
    }
    return { pages, cached };
  }
}

/** Sha-256 of the named data files' current bytes (a missing file counts as its own value). */
async function digestOf(paths: readonly string[], readData: (path: string) => Promise<string | null>): Promise<string> {
  const hash = createHash('sha256');
  for (const f of paths) hash.update(f).update('\0').update((await readData(f)) ?? '\0missing').update('\0');
  return hash.digest('hex');
}

/** A cached page (its markup and the data files it read) if every one of those files still has the same bytes; else null. */
async function cachedPage(file: string, readData: (path: string) => Promise<string | null>): Promise<{ markup: string; reads: string[] } | null> {
  const text = await readFile(file, 'utf8').catch(() => null);
  const cut = text?.indexOf('\n') ?? -1;
  if (text == null || cut < 0) return null;
  try {
    const head = JSON.parse(text.slice(0, cut)) as { reads?: unknown; digest?: unknown };
    if (!Array.isArray(head.reads) || !head.reads.every((r) => typeof r === 'string') || typeof head.digest !== 'string') return null;
    const reads = head.reads as string[];
    return (await digestOf(reads, readData)) === head.digest ? { markup: text.slice(cut + 1), reads } : null;
  } catch {
    return null;
  }
}
