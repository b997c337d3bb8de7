// First-page JavaScript of a built site: every script index.html loads (the module entry and any
// classic one, e.g. the home page's data preload), every modulepreload
// link, and every chunk those import statically (transitively), each gzipped on its own as a
// static host or CDN would serve it. Dynamic import() targets are not counted: they load on demand.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { HEAD_SCRIPT_DATA, headScriptAttribute } from '../src/common/head-script-data.ts';
import { PRERENDER_ATTRIBUTE } from '../src/common/prerender-key.ts';

/** One JavaScript file the first page loads. */
export interface ChunkSize {
  /** URL path as referenced, e.g. `/assets/index-abc.js`. */
  path: string;
  bytes: number;
  gzipBytes: number;
  /** Why it loads: a <script src> of index.html, a modulepreload link, or a static import of another chunk. */
  via: 'entry' | 'modulepreload' | 'import';
}

/** The first page's JavaScript, file by file, and its gzipped total. */
export interface FirstPageJs {
  chunks: ChunkSize[];
  bytes: number;
  gzipBytes: number;
}

// <script type="module" src="..."> and <link rel="modulepreload" href="..."> in any attribute order.
const SCRIPT_TAG = /<script\b[^>]*>/gi;
const LINK_TAG = /<link\b[^>]*>/gi;
const attr = (tag: string, name: string): string | null =>
  new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(2).find((v) => v !== undefined) ?? null;

// Static imports in minified ESM: `import{a as b}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`.
// `import(` (dynamic) is excluded because a quote or `{`/`*`/identifier must follow the keyword.
const STATIC_IMPORT = /(?:^|[;\s}\n])(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["']([^"']+\.js)["']/g;

/** The relative specifiers a chunk imports statically. */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(STATIC_IMPORT)) out.push(m[1]!);
  return out;
}

/** Gzipped size at level 9, as a static host that precompresses its files serves them. */
export function gzipSize(buf: Buffer | string): number {
  return gzipSync(buf, { level: 9 }).length;
}

/** Measures the JavaScript the first page of the site built into `outDir` loads before any dynamic import (any route's first page: a script that acts on one route only counts everywhere). */
export function firstPageJs(outDir: string): FirstPageJs {
  const htmlPath = join(outDir, 'index.html');
  if (!existsSync(htmlPath)) throw new Error(`No ${htmlPath}: build the site first`);
  const html = readFileSync(htmlPath, 'utf8');
  const queue: { path: string; via: ChunkSize['via'] }[] = [];
  for (const tag of html.match(SCRIPT_TAG) ?? []) {
    const src = attr(tag, 'src');
    // Classic scripts count too: they are JavaScript the first page downloads and runs.
    if (src) queue.push({ path: src, via: 'entry' });
    // The head script starts the app's scripts after the first paint, from its data attributes
    // (decision 089): they are the first page's JavaScript all the same.
    // A page prerendered for its own address loads its route's modules; any other, the route preload script.
    const prerendered = new RegExp(`<html[^>]*\\b${PRERENDER_ATTRIBUTE}=`).test(html);
    const list = (key: Parameters<typeof headScriptAttribute>[0]) => (attr(tag, headScriptAttribute(key)) ?? '').split(' ').filter(Boolean);
    for (const path of [...(prerendered ? [] : list(HEAD_SCRIPT_DATA.preload)), ...list(HEAD_SCRIPT_DATA.entry)]) queue.push({ path, via: 'entry' });
    for (const path of [...list(HEAD_SCRIPT_DATA.modules), ...(prerendered ? list(HEAD_SCRIPT_DATA.routeModules) : [])]) queue.push({ path, via: 'modulepreload' });
  }
  for (const tag of html.match(LINK_TAG) ?? []) {
    const href = attr(tag, 'href');
    if (href && /rel\s*=\s*["']?modulepreload/i.test(tag)) queue.push({ path: href, via: 'modulepreload' });
  }
  if (queue.length === 0) throw new Error(`${htmlPath}: no script found`);
  const seen = new Map<string, ChunkSize>();
  while (queue.length > 0) {
    const { path, via } = queue.shift()!;
    const urlPath = path.startsWith('/') ? path : `/${path.replace(/^\.\//, '')}`;
    if (seen.has(urlPath) || /^https?:/.test(path)) continue;
    const file = resolve(outDir, `.${urlPath}`);
    const code = readFileSync(file);
    seen.set(urlPath, { path: urlPath, bytes: code.length, gzipBytes: gzipSize(code), via });
    for (const spec of staticImports(code.toString('utf8'))) {
      if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
      const next = spec.startsWith('/') ? spec : posix.join(dirname(urlPath), spec);
      queue.push({ path: next, via: 'import' });
    }
  }
  const chunks = [...seen.values()];
  return {
    chunks,
    bytes: chunks.reduce((s, c) => s + c.bytes, 0),
    gzipBytes: chunks.reduce((s, c) => s + c.gzipBytes, 0),
  };
}

/** Budgets for first-page JavaScript as a multiple of the floor app's (issue 5). */
export const SIZE_BUDGETS = {
  /** The bundled corpus. */
  bundled: 1.1,
  /** 10,000 generated articles: the index must stay out of the first page's JavaScript. */
  large: 1.25,
} as const;

/** "12.3 kB" with 1 kB = 1000 bytes, as browsers' dev tools show transfer sizes. */
export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

/** Sizes of the data files a page fetches on demand (bytes and gzipped). */
export interface DataSizes {
  files: number;
  totalBytes: number;
  largest: { path: string; bytes: number; gzipBytes: number };
  /** The first-page data: manifest and the first index page. */
  firstPage: { bytes: number; gzipBytes: number };
  /** Every file whose path mentions "search" (the search index, whole or split). */
  search: { files: number; bytes: number; largestGzipBytes: number };
}

/** Walks `outDir/data` and sizes its files. */
export function dataSizes(outDir: string): DataSizes {
  const root = join(outDir, 'data');
  const all: { path: string; bytes: number }[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else all.push({ path: relative(outDir, p), bytes: statSync(p).size });
    }
  };
  walk(root);
  const largest = all.reduce((a, b) => (b.bytes > a.bytes ? b : a), { path: '', bytes: 0 });
  const gz = (path: string) => gzipSize(readFileSync(join(outDir, path)));
  const first = ['data/manifest.json', 'data/index/0.json'].filter((p) => existsSync(join(outDir, p)));
  const search = all.filter((f) => /search/i.test(f.path));
  const largestSearch = search.reduce((a, b) => (b.bytes > a.bytes ? b : a), { path: '', bytes: 0 });
  return {
    files: all.length,
    totalBytes: all.reduce((s, f) => s + f.bytes, 0),
    largest: { ...largest, gzipBytes: largest.path ? gz(largest.path) : 0 },
    firstPage: {
      bytes: first.reduce((s, p) => s + statSync(join(outDir, p)).size, 0),
      gzipBytes: first.reduce((s, p) => s + gz(p), 0),
    },
    search: { files: search.length, bytes: search.reduce((s, f) => s + f.bytes, 0), largestGzipBytes: largestSearch.path ? gz(largestSearch.path) : 0 },
  };
}
