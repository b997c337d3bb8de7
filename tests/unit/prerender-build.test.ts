// The build's side of prerendering (decision 089): which address a page is for, where its file goes,
// how the page's HTML is assembled, and how the head script's tag names the scripts it starts.
import { describe, expect, it } from 'vitest';
import { headScriptAttribute, HEAD_SCRIPT_DATA } from '../../src/common/head-script-data.ts';
import { prerenderKey } from '../../src/common/prerender-key.ts';
import { withHeadScript } from '../../src/build/head-script-plugin.ts';
import { pageFile, pageTargets, routeModuleOf } from '../../src/build/prerender-plugin.ts';
import { pageFiles, pageHtml } from '../../src/build/prerender-page.ts';

describe('prerenderKey: one key per address, as the build writes it and the head script reads it', () => {
  it.each([
    ['the root', '/', '', '/'],
    ['a trailing slash', '/articles/a-b/', '', '/articles/a-b'],
    ['percent-encoding is decoded', '/speakers/%C3%A9mile', '', '/speakers/émile'],
    ['a query is part of the address', '/search', '?q=x', '/search?q=x'],
    ['an empty query is none', '/speakers', '?', '/speakers'],
    ['a malformed escape stays as it is', '/articles/%E0%A4%A', '', '/articles/%E0%A4%A'],
  ])('%s', (_name, path, search, key) => {
    expect(prerenderKey(path, search)).toBe(key);
  });
});

describe('pageFile: the file a static host serves for the address', () => {
  it.each([
    ['/', 'index.html'],
    ['/speakers', 'speakers.html'],
    ['/speakers/barack-obama', 'speakers/barack-obama.html'],
    ['/articles/a-b', 'articles/a-b.html'],
  ])('%s', (path, file) => {
    expect(pageFile(path)).toBe(file);
  });
});

describe('routeModuleOf: the lazy route module of a prerendered address', () => {
  it.each([
    ['/', undefined],
    ['/articles/x', 'src/routes/article-page.tsx'],
    ['/speakers', 'src/routes/speakers-page.tsx'],
    ['/speakers/x', 'src/routes/speaker-page.tsx'],
    ['/articles/x/y', undefined],
  ])('%s', (path, module) => {
    expect(routeModuleOf(path)).toBe(module);
  });
});

const TEMPLATE =
  '<!doctype html><html lang="en"><head><script src="/assets/head.js" data-entry="/assets/index.js"></script><title>Quote Reader</title></head><body><div id="root"></div></body></html>';

describe('pageHtml', () => {
  it('puts the markup in #root, names the address on <html>, adds links and the page’s files', () => {
    const html = pageHtml(TEMPLATE, '<main id="main">Hi</main>', '/articles/a', '<link rel="stylesheet" href="/a.css">', pageFiles('/', ['assets/route.js'], ['data/articles/a.json', 'data/articles/a.json']));
    expect(html).toContain('<html lang="en" data-prerendered="/articles/a">');
    expect(html).toContain('<div id="root"><main id="main">Hi</main></div>');
    expect(html).toContain('<link rel="stylesheet" href="/a.css"></head>');
    expect(html).toContain('<script data-route-modules="/assets/route.js" data-fetch="/data/articles/a.json" src="/assets/head.js"');
  });

  it('copies markup literally (a "$&" in an article is text, not a replacement pattern)', () => {
    expect(pageHtml(TEMPLATE, '<p>costs $& more $1</p>', '/')).toContain('<div id="root"><p>costs $& more $1</p></div>');
  });

  it('escapes the address in its attribute', () => {
    expect(pageHtml(TEMPLATE, '', '/a"b&c')).toContain('data-prerendered="/a&quot;b&amp;c"');
  });

  it('refuses a template without an empty #root', () => {
    expect(() => pageHtml('<html><body></body></html>', '', '/')).toThrow(/no <html> tag or no empty <div id="root"><\/div>/);
  });
});

describe('pageTargets: every page with a fixed address, from the written data files', () => {
  const files: Record<string, unknown> = {
    'data/speakers.json': [{ id: 'jane-doe' }],
    'data/manifest.json': { pageCount: 2 },
    'data/index/0.json': { articles: [{ slug: 'first' }] },
    'data/index/1.json': { articles: [{ slug: 'second' }] },
  };
  const read = async <T>(path: string) => files[path] as T;

  it('lists the fixed pages, each speaker and each article of every index page', async () => {
    const out = [];
    for await (const t of pageTargets(read)) out.push(t.path);
    expect(out).toEqual(['/', '/speakers', '/speakers/jane-doe', '/articles/first', '/articles/second']);
  });

  it('refuses a slug that cannot be a file name instead of writing outside the site', async () => {
    const bad: Record<string, unknown> = { ...files, 'data/index/1.json': { articles: [{ slug: '../escape' }] } };
    const run = async () => {
      for await (const _ of pageTargets(async <T>(p: string) => bad[p] as T)) void _;
    };
    await expect(run()).rejects.toThrow(/the article slug "\.\.\/escape" cannot be a file name/);
  });
});

describe('withHeadScript: the app’s scripts move onto the head script’s tag', () => {
  const built =
    '<head><title>Q</title>\n    <script async src="/assets/preload.js"></script>\n    <script type="module" crossorigin src="/assets/index.js"></script>\n    <link rel="modulepreload" crossorigin href="/assets/react.js">\n</head>';

  it('the entry, its preloads (and the bundle’s imports) and the route preload script become data attributes', () => {
    const html = withHeadScript(built, '/assets/head.js', ['/assets/react.js', '/assets/runtime.js']);
    expect(html).not.toMatch(/type="module"|modulepreload|async src/);
    expect(html).toContain('<script src="/assets/head.js" data-entry="/assets/index.js" data-modules="/assets/react.js /assets/runtime.js" data-preload="/assets/preload.js"></script>\n    <title>');
  });

  it('refuses HTML without an entry module', () => {
    expect(() => withHeadScript('<head><title>Q</title></head>', '/assets/head.js')).toThrow(/no entry <script type="module" src>/);
  });

  it.each([
    [HEAD_SCRIPT_DATA.entry, 'data-entry'],
    [HEAD_SCRIPT_DATA.routeModules, 'data-route-modules'],
    [HEAD_SCRIPT_DATA.fetch, 'data-fetch'],
  ])('the dataset key %s is the attribute %s', (key, attr) => {
    expect(headScriptAttribute(key)).toBe(attr);
  });
});
