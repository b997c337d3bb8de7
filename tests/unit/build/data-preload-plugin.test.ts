// The first-load preload: a script before the entry script adds the home page's data links on the
// home page and elsewhere loads a route table script, which adds that route's links only (its first
// data file as fetch() reuses it, its lazy chunks as import() reuses them, under the base); any other
// address gets none (decision 087).
import { existsSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { RouteObject } from 'react-router-dom';
import {
  FIRST_DATA_PATHS,
  ROUTE_PRELOADS,
  dataPreloadPlugin,
  firstScript,
  preloadFileName,
  preloadRows,
  preloadScript,
  routeFilesOf,
  withPreloadTag,
  type RouteFiles,
} from '../../../src/build/data-preload-plugin.ts';
import { CSP_POLICY } from '../../../src/build/csp-plugin.ts';
import { createRoutes } from '../../../src/app-routes.tsx';

type El = Record<string, string | boolean>;

/** Runs a script at an address against a minimal document; returns the elements it appended (tag in `tag`). */
function run(source: string, address: string): El[] {
  const url = new URL(address, 'http://reader.test');
  const appended: El[] = [];
  const document = { createElement: (tag: string) => ({ tag }) as El, head: { append: (l: El) => appended.push(l) } };
  runInNewContext(source, { location: { pathname: url.pathname, search: url.search }, document, URLSearchParams, encodeURIComponent, decodeURIComponent, RegExp });
  return appended;
}

const TABLE_FILE = 'assets/preload-routes-x.js';

/** The links a browser ends up with at an address: the first script's, then the table script's if it loaded it. */
function linksAt(base: string, address: string, routeFiles?: RouteFiles): El[] {
  const [home, ...others] = preloadRows(base, routeFiles);
  const first = run(firstScript(base, home!, TABLE_FILE), address);
  const script = first.find((e) => e.tag === 'script');
  const links = first.filter((e) => e.tag === 'link');
  if (script) {
    // Loaded async, from the base.
    expect(script).toEqual({ tag: 'script', async: true, src: `${base}${TABLE_FILE}` });
    links.push(...run(preloadScript(base, others), address));
  }
  return links.map(({ tag: _tag, ...l }) => l);
}

/** Each route module's files as a fake bundle would name them. */
const files: RouteFiles = (module) => {
  const name = module.replace(/^.*\//, '').replace(/\.tsx$/, '');
  return { modules: [`assets/${name}-h.js`, 'assets/shared-h.js'], styles: name === 'article-page' ? ['assets/corrections-h.css'] : [] };
};

const data = (href: string) => ({ crossOrigin: 'anonymous', rel: 'preload', as: 'fetch', type: 'application/json', href });
const chunk = (href: string) => ({ crossOrigin: 'anonymous', rel: 'modulepreload', href });
const style = (href: string) => ({ crossOrigin: 'anonymous', rel: 'preload', as: 'style', href });

describe('the preload script', () => {
  const at = (base: string, address: string) => linksAt(base, address, files);

  it.each([
    ['the home page', '/', '/', [data('/data/manifest.json'), data('/data/index/0.json')]],
    ['the home page with a query', '/', '/?speaker=x', [data('/data/manifest.json'), data('/data/index/0.json')]],
    [
      'an article: its chunk, its imports, its style and its data file',
      '/',
      '/articles/some-story',
      [data('/data/articles/some-story.json'), chunk('/assets/article-page-h.js'), chunk('/assets/shared-h.js'), style('/assets/corrections-h.css')],
    ],
    ['an article with a trailing slash', '/', '/articles/some-story/', [data('/data/articles/some-story.json'), chunk('/assets/article-page-h.js'), chunk('/assets/shared-h.js'), style('/assets/corrections-h.css')]],
    // The parameter is decoded and encoded again, as dataPaths.article(slug) encodes the router's decoded slug.
    ['an article whose slug is percent-encoded', '/', '/articles/caf%C3%A9', [data('/data/articles/caf%C3%A9.json'), chunk('/assets/article-page-h.js'), chunk('/assets/shared-h.js'), style('/assets/corrections-h.css')]],
    ['an article whose slug is broken percent-encoding: nothing', '/', '/articles/bad%E0%A4%A', []],
    ['a speaker page', '/', '/speakers/jane-doe?page=3', [data('/data/speakers/jane-doe.json'), chunk('/assets/speaker-page-h.js'), chunk('/assets/shared-h.js')]],
    ['the speakers list', '/', '/speakers', [data('/data/speakers.json'), chunk('/assets/speakers-page-h.js'), chunk('/assets/shared-h.js')]],
    ['a search', '/', '/search?q=president', [data('/data/search/manifest.json'), chunk('/assets/search-page-h.js'), chunk('/assets/shared-h.js')]],
    ['search without a query: it reads nothing', '/', '/search', []],
    ['search with a blank query', '/', '/search?q=%20%20', []],
    ['voices', '/', '/voices', [data('/data/voices.json'), chunk('/assets/voices-page-h.js'), chunk('/assets/shared-h.js')]],
    ['a route not in the table', '/', '/add', []],
    ['a deeper path than any route', '/', '/articles/a/b', []],
    ['the home page under /reader/', '/reader/', '/reader/', [data('/reader/data/manifest.json'), data('/reader/data/index/0.json')]],
    ['the home page under /reader without its slash', '/reader/', '/reader', [data('/reader/data/manifest.json'), data('/reader/data/index/0.json')]],
    ['an article under /reader/', '/reader/', '/reader/articles/x', [data('/reader/data/articles/x.json'), chunk('/reader/assets/article-page-h.js'), chunk('/reader/assets/shared-h.js'), style('/reader/assets/corrections-h.css')]],
    ['the server root outside the base', '/reader/', '/', []],
    ['an article outside the base', '/reader/', '/articles/x', []],
  ])('%s', (_name, base, address, expected) => {
    expect(at(base, address)).toEqual(expected);
  });

  it('keeps the home page’s files as its loader reads them first', () => {
    expect(FIRST_DATA_PATHS).toEqual(['data/manifest.json', 'data/index/0.json']);
  });

  it('the home page never loads the route table (its first-page JavaScript is budgeted); every other address does', () => {
    const [home] = preloadRows('/', files);
    const first = firstScript('/', home!, TABLE_FILE);
    expect(run(first, '/?speaker=x').map((e) => e.tag)).toEqual(['link', 'link']);
    expect(run(first, '/articles/x').map((e) => e.tag)).toEqual(['script']);
    expect(run(first, '/add').map((e) => e.tag)).toEqual(['script']);
  });

  it('is named by its content, so a changed base or chunk is a new file', () => {
    expect(preloadFileName(preloadScript('/', preloadRows('/')))).toMatch(/^assets\/preload-[0-9a-f]{8}\.js$/);
    expect(preloadFileName(preloadScript('/reader/', preloadRows('/reader/')))).not.toBe(preloadFileName(preloadScript('/', preloadRows('/'))));
    expect(preloadFileName(preloadScript('/', preloadRows('/', files)))).not.toBe(preloadFileName(preloadScript('/', preloadRows('/'))));
    expect(preloadFileName('x', 'preload-routes')).toMatch(/^assets\/preload-routes-[0-9a-f]{8}\.js$/);
  });
});

describe('the table matches the app', () => {
  /** Every route path of the app, nested paths joined. */
  function appPaths(routes: RouteObject[], prefix = ''): string[] {
    return routes.flatMap((r) => {
      const here = r.index ? prefix : r.path === undefined ? prefix : r.path === '/' ? '' : prefix ? `${prefix}/${r.path}` : r.path;
      return [...(r.index || (r.path !== undefined && !r.children) ? [here] : []), ...appPaths(r.children ?? [], here)];
    });
  }

  it.each(ROUTE_PRELOADS.map((r) => [r.path || '(home)', r] as const))('%s is a route of app-routes.tsx, its module a file', (_name, r) => {
    const paths = appPaths(createRoutes()).map((p) => p.replace(/:\w+/g, ':param'));
    expect(paths).toContain(r.path);
    if (r.module) expect(existsSync(r.module), r.module).toBe(true);
  });
});

describe('the bundle’s chunks', () => {
  const root = '/app';
  const chunks = [
    { type: 'chunk' as const, fileName: 'assets/index.js', isEntry: true, facadeModuleId: '/app/index.html', imports: ['assets/react.js'] },
    { type: 'chunk' as const, fileName: 'assets/react.js', isEntry: false, facadeModuleId: null, imports: [] },
    {
      type: 'chunk' as const,
      fileName: 'assets/article-page.js',
      isEntry: false,
      facadeModuleId: '/app/src/routes/article-page.tsx',
      imports: ['assets/react.js', 'assets/shared.js'],
      viteMetadata: { importedCss: new Set(['assets/article.css']) },
    },
    { type: 'chunk' as const, fileName: 'assets/shared.js', isEntry: false, facadeModuleId: null, imports: ['assets/deep.js'], viteMetadata: { importedCss: new Set(['assets/shared.css']) } },
    { type: 'chunk' as const, fileName: 'assets/deep.js', isEntry: false, facadeModuleId: null, imports: ['assets/shared.js'] },
  ];

  it('a route needs its chunk and everything it imports statically, not what the entry already loads; and their styles', () => {
    expect(routeFilesOf(chunks, root)('src/routes/article-page.tsx')).toEqual({
      modules: ['assets/article-page.js', 'assets/shared.js', 'assets/deep.js'],
      styles: ['assets/article.css', 'assets/shared.css'],
    });
  });

  it('a route module missing from the bundle is an error that names it', () => {
    expect(() => routeFilesOf(chunks, root)('src/routes/gone.tsx')).toThrow(/no chunk for src\/routes\/gone\.tsx.*ROUTE_PRELOADS/);
  });
});

describe('index.html', () => {
  const page = `<!doctype html><html><head><meta charset="UTF-8" /><title>t</title>\n<script type="module" crossorigin src="/assets/index.js"></script>\n<link rel="modulepreload" href="/assets/a.js"></head><body></body></html>`;

  it('loads the script (async, external: nothing inline for the CSP to block) before the entry script', () => {
    const out = withPreloadTag(page, '/assets/preload-x.js');
    const tag = '<script async src="/assets/preload-x.js"></script>';
    expect(out.indexOf(tag)).toBeGreaterThan(0);
    expect(out.indexOf(tag)).toBeLessThan(out.indexOf('<script type="module"'));
    expect(out).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(CSP_POLICY).toContain("script-src 'self'");
    expect(CSP_POLICY).toContain("connect-src 'self'");
  });

  it('falls back to the end of <head> without an entry script, and fails without a head, naming the file', () => {
    const out = withPreloadTag('<html><head><title>t</title></head><body></body></html>', '/p.js');
    expect(out.indexOf('/p.js')).toBeLessThan(out.indexOf('</head>'));
    expect(() => withPreloadTag('<p>no head</p>', '/p.js', 'dist/index.html')).toThrow(/dist\/index\.html has no <head>/);
  });

  it('the plugin runs in builds only, after Vite has written index.html', () => {
    const plugin = dataPreloadPlugin();
    expect(plugin.apply).toBe('build');
    expect((plugin.generateBundle as { order: string }).order).toBe('post');
  });
});
