// One prerendered page, start to finish (decision 089): reuse the cached markup when the data files
// its render read still have the same bytes, else render it; then write the page's HTML. Shared by
// the build's own thread and the prerender workers (prerender-worker.ts), so the output is the same
// byte for byte whichever renders it.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PRERENDER_ATTRIBUTE, prerenderKey } from '../common/prerender-key.ts';
import { HEAD_SCRIPT_DATA, headScriptAttribute } from '../common/head-script-data.ts';
import type { DataClient } from '../lib/data-client.ts';

/** The renderer module (src/prerender/render-page.tsx) as the nested build emits it. */
export interface Renderer {
  fileDataClient(read: (path: string) => Promise<string | null>): DataClient;
  createPageRenderer(client: DataClient, base: string): (path: string) => Promise<{ status: number; html: string }>;
}

/** What every page of one build shares. */
export interface PageContext {
  /** The site being written. */
  outDir: string;
  /** This renderer's cache folder, or null when the cache is off. */
  cacheDir: string | null;
  /** The site's base path. */
  base: string;
  /** The built index.html, the frame of every page. */
  template: string;
}

/** One page to write: its address, its file in the site, its <head> links and its route's chunks. */
export interface PageJob {
  path: string;
  file: string;
  links: string;
  routeModules: string[];
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

/** Renders and writes pages of one build with `renderer`; each call answers whether the cache had the page. */
export function pageWriter(renderer: Renderer, ctx: PageContext): (job: PageJob) => Promise<boolean> {
  const root = ctx.base.endsWith('/') ? ctx.base : `${ctx.base}/`;
  const readData = (path: string) => readFile(join(ctx.outDir, path), 'utf8').then((t) => t as string | null, () => null);
  // The data files the page being rendered read: recorded through the one client, so the cache
  // key follows whatever the route's loaders really read (no table of routes to keep in step).
  let reads: string[] = [];
  const client = renderer.fileDataClient(async (path) => {
    reads.push(path);
    return readData(path);
  });
  const render = renderer.createPageRenderer(client, ctx.base);
  return async (job) => {
    const cacheFile = ctx.cacheDir ? join(ctx.cacheDir, `${createHash('sha256').update(job.path).digest('hex').slice(0, 32)}.html`) : null;
    let page = cacheFile ? await cachedPage(cacheFile, readData) : null;
    const cached = page !== null;
    if (page === null) {
      reads = [];
      const rendered = await render(job.path);
      if (rendered.status !== 200 || !rendered.html) throw new Error(`prerender: ${job.path} rendered with status ${rendered.status}; every listed page must render (check its data file).`);
      page = { markup: rendered.html, reads };
      if (cacheFile) await writeFile(cacheFile, `${JSON.stringify({ reads, digest: await digestOf(reads, readData) })}\n${page.markup}`);
    }
    const file = join(ctx.outDir, job.file);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, pageHtml(ctx.template, page.markup, prerenderKey(`${root}${job.path.slice(1)}`, ''), job.links, pageFiles(ctx.base, job.routeModules, page.reads)));
    return cached;
  };
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
