// The first-data preload: links before the entry script, under the base, in the form fetch() reuses.
import { describe, expect, it } from 'vitest';
import type { IndexHtmlTransformContext, IndexHtmlTransformHook, ResolvedConfig } from 'vite';
import { FIRST_DATA_PATHS, dataPreloadPlugin, preloadLinks } from '../../../src/build/data-preload-plugin.ts';
import { CSP_POLICY } from '../../../src/build/csp-plugin.ts';

const ctx = { path: '/index.html', filename: '/app/index.html' } as IndexHtmlTransformContext;

function transform(html: string, base = '/'): string {
  const plugin = dataPreloadPlugin();
  (plugin.configResolved as (c: ResolvedConfig) => void)({ base } as ResolvedConfig);
  const hook = plugin.transformIndexHtml as { handler: IndexHtmlTransformHook };
  return hook.handler.call({} as never, html, ctx) as string;
}

const page = `<!doctype html><html><head><meta charset="UTF-8" /><title>t</title>\n<script type="module" crossorigin src="/assets/index.js"></script>\n<link rel="modulepreload" href="/assets/a.js"></head><body></body></html>`;

describe('dataPreloadPlugin', () => {
  it('applies to builds only', () => {
    expect(dataPreloadPlugin().apply).toBe('build');
  });

  it('preloads the manifest and the first index page, the files the home loader reads first', () => {
    expect(FIRST_DATA_PATHS).toEqual(['data/manifest.json', 'data/index/0.json']);
  });

  it('puts one link per file before the entry script, as fetch with CORS so the data client reuses it', () => {
    const out = transform(page);
    for (const path of FIRST_DATA_PATHS) {
      const tag = `<link rel="preload" href="/${path}" as="fetch" type="application/json" crossorigin="anonymous">`;
      expect(out).toContain(tag);
      expect(out.indexOf(tag)).toBeLessThan(out.indexOf('<script type="module"'));
    }
    // Markup only: nothing inline for the CSP to block.
    expect(out).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(CSP_POLICY).toContain("connect-src 'self'");
  });

  it('uses the base path (a site under /reader/)', () => {
    expect(transform(page, '/reader/')).toContain('href="/reader/data/manifest.json"');
    expect(preloadLinks('/reader')).toContain('href="/reader/data/index/0.json"');
  });

  it('falls back to the end of <head> without an entry script, and fails without a head', () => {
    const out = transform('<html><head><title>t</title></head><body></body></html>');
    expect(out.indexOf('rel="preload"')).toBeLessThan(out.indexOf('</head>'));
    expect(() => transform('<p>no head</p>')).toThrow(/no <head>/);
  });
});
