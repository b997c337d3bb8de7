// The first-data preload: a script before the entry script that adds the preload links on the home
// page only (under the base, in the form fetch() reuses) and does nothing on any other route.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { IndexHtmlTransformContext, IndexHtmlTransformHook, ResolvedConfig } from 'vite';
import { FIRST_DATA_PATHS, dataPreloadPlugin, homePreloadFileName, homePreloadScript } from '../../../src/build/data-preload-plugin.ts';
import { CSP_POLICY } from '../../../src/build/csp-plugin.ts';

const ctx = { path: '/index.html', filename: '/app/index.html' } as IndexHtmlTransformContext;

function transform(html: string, base = '/'): string {
  const plugin = dataPreloadPlugin();
  (plugin.configResolved as (c: ResolvedConfig) => void)({ base } as ResolvedConfig);
  const hook = plugin.transformIndexHtml as { handler: IndexHtmlTransformHook };
  return hook.handler.call({} as never, html, ctx) as string;
}

/** Runs the preload script at `pathname` against a minimal document; returns the links it appended. */
function linksAt(source: string, pathname: string): Record<string, string>[] {
  const appended: Record<string, string>[] = [];
  const document = { createElement: () => ({}) as Record<string, string>, head: { append: (l: Record<string, string>) => appended.push(l) } };
  runInNewContext(source, { location: { pathname }, document });
  return appended;
}

const page = `<!doctype html><html><head><meta charset="UTF-8" /><title>t</title>\n<script type="module" crossorigin src="/assets/index.js"></script>\n<link rel="modulepreload" href="/assets/a.js"></head><body></body></html>`;

describe('dataPreloadPlugin', () => {
  it('applies to builds only', () => {
    expect(dataPreloadPlugin().apply).toBe('build');
  });

  it('preloads the manifest and the first index page, the files the home loader reads first', () => {
    expect(FIRST_DATA_PATHS).toEqual(['data/manifest.json', 'data/index/0.json']);
  });

  it('loads its script (async, external: nothing inline for the CSP to block) before the entry script', () => {
    const out = transform(page);
    const tag = `<script async src="/${homePreloadFileName(homePreloadScript('/'))}"></script>`;
    expect(out).toContain(tag);
    expect(out.indexOf(tag)).toBeLessThan(out.indexOf('<script type="module"'));
    expect(out).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(out).not.toContain('rel="preload"');
    expect(CSP_POLICY).toContain("script-src 'self'");
    expect(CSP_POLICY).toContain("connect-src 'self'");
  });

  it.each([
    ['the home page', '/', '/', true],
    ['an article', '/', '/articles/some-story', false],
    ['search', '/', '/search', false],
    ['/speakers', '/', '/speakers', false],
    ['the home page under /reader/', '/reader/', '/reader/', true],
    ['the home page under /reader without its slash', '/reader/', '/reader', true],
    ['an article under /reader/', '/reader/', '/reader/articles/x', false],
    ['the server root outside the base', '/reader/', '/', false],
  ])('%s: preload links %s', (_name, base, pathname, expected) => {
    const links = linksAt(homePreloadScript(base), pathname);
    if (!expected) {
      expect(links).toEqual([]);
      return;
    }
    // One link per file, as fetch with CORS so the data client's fetch() reuses the response.
    expect(links).toEqual(
      FIRST_DATA_PATHS.map((p) => ({ rel: 'preload', as: 'fetch', type: 'application/json', crossOrigin: 'anonymous', href: `${base}${p}` })),
    );
  });

  it('names the script by its content, so a changed base or path list is a new file', () => {
    expect(homePreloadFileName(homePreloadScript('/'))).toMatch(/^assets\/home-preload-[0-9a-f]{8}\.js$/);
    expect(homePreloadFileName(homePreloadScript('/reader/'))).not.toBe(homePreloadFileName(homePreloadScript('/')));
    expect(transform(page, '/reader/')).toContain(`src="/reader/${homePreloadFileName(homePreloadScript('/reader/'))}"`);
  });

  it('falls back to the end of <head> without an entry script, and fails without a head', () => {
    const out = transform('<html><head><title>t</title></head><body></body></html>');
    expect(out.indexOf('home-preload-')).toBeLessThan(out.indexOf('</head>'));
    expect(() => transform('<p>no head</p>')).toThrow(/no <head>/);
  });
});
