// The CSP plugin: where the meta goes, what the policy forbids, and the build failing on an inline script.
import { describe, expect, it } from 'vitest';
import type { IndexHtmlTransformContext, IndexHtmlTransformHook } from 'vite';
import { CSP_POLICY, cspPlugin } from '../../../src/build/csp-plugin.ts';

const ctx = { path: '/index.html', filename: '/app/index.html' } as IndexHtmlTransformContext;

function transform(html: string, policy?: string): string {
  const hook = cspPlugin(policy).transformIndexHtml as { handler: IndexHtmlTransformHook };
  return hook.handler.call({} as never, html, ctx) as string;
}

const page = (head: string) => `<!doctype html><html><head>${head}</head><body><div id="root"></div></body></html>`;

describe('cspPlugin', () => {
  it('applies to builds only (the dev server needs inline scripts)', () => {
    expect(cspPlugin().apply).toBe('build');
  });

  it.each([
    ["script-src 'self'"],
    ["object-src 'none'"],
    ["base-uri 'self'"],
    ["default-src 'self'"],
  ])('the policy has %s', (directive) => {
    expect(CSP_POLICY.split('; ')).toContain(directive);
  });

  it('never allows inline scripts or eval', () => {
    expect(CSP_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it('puts the meta right after <meta charset>, before any script', () => {
    const out = transform(page('<meta charset="UTF-8" />\n<title>t</title>\n<script type="module" src="/assets/index.js"></script>'));
    const meta = `<meta http-equiv="Content-Security-Policy" content="${CSP_POLICY}">`;
    expect(out).toContain(`<meta charset="UTF-8" />\n    ${meta}`);
    expect(out.indexOf(meta)).toBeLessThan(out.indexOf('<script'));
  });

  it('goes first in <head> when there is no charset meta', () => {
    expect(transform(page('<title>t</title>'))).toMatch(/<head>\n\s+<meta http-equiv="Content-Security-Policy"/);
  });

  it('escapes the policy for the attribute', () => {
    expect(transform(page('<meta charset="utf-8">'), `default-src 'self' "x" &`)).toContain('content="default-src \'self\' &quot;x&quot; &amp;"');
  });

  it.each([
    ['an inline script', '<script>window.x = 1</script>'],
    ['an inline module script', '<script type="module">import "/a.js"</script>'],
  ])('stops the build on %s, naming the file and the fix', (_name, script) => {
    expect(() => transform(page(`<meta charset="utf-8">${script}`))).toThrow(/\/app\/index\.html contains an inline script.*modulePreload/s);
  });

  it('accepts scripts loaded from a file', () => {
    expect(() => transform(page('<meta charset="utf-8"><script type="module" crossorigin src="/assets/index-abc.js"></script>'))).not.toThrow();
  });
});
