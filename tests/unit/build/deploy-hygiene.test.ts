// Deployment hygiene (issue 10, item 14): framing is forbidden by a header (a <meta> policy cannot),
// in `npm run preview` and in every hosting recipe of docs/scale.md. (That the ingest report stays
// out of the site is tested in tests/unit/ingest/vite-plugin.test.ts.)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const site = mkdtempSync(join(tmpdir(), 'qr-preview-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('npm run preview', () => {
  it("sends frame-ancestors 'none' and X-Frame-Options: DENY with the project's config", async () => {
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>t</title>');
    const server = await preview({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'silent', build: { outDir: site }, preview: { host: '127.0.0.1', port: 0, open: false } });
    try {
      const address = server.httpServer.address();
      if (!address || typeof address === 'string') throw new Error('no address');
      for (const path of ['/', '/articles/some-slug']) {
        const res = await fetch(`http://127.0.0.1:${address.port}${path}`);
        expect(res.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
        expect(res.headers.get('x-frame-options')).toBe('DENY');
      }
    } finally {
      await server.close();
    }
  });
});

describe('docs/scale.md hosting recipes', () => {
  const doc = readFileSync(join(ROOT, 'docs/scale.md'), 'utf8');
  it.each([
    ['nginx', /# nginx[\s\S]*?add_header Content-Security-Policy "frame-ancestors 'none'"[\s\S]*?```/],
    ['Netlify / Cloudflare Pages', /public\/_headers[\s\S]*?Content-Security-Policy: frame-ancestors 'none'/],
    ['S3 + CloudFront', /S3 \+ CloudFront[\s\S]*?frame-ancestors 'none'/],
  ])('%s sends frame-ancestors as a header', (_host, pattern) => {
    expect(doc).toMatch(pattern);
  });
});
