// The size check of issue 5: the first page's gzipped JavaScript stays within 1.10 × the floor
// (the smallest react + react-dom + react-router-dom data-router app, bench/floor-app), both
// built here from the project's own packages. A size, not a time: no timing is asserted.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, buildFloor } from '../../scripts/bench-build.ts';
import { firstPageJs, kB, SIZE_BUDGETS, staticImports, type FirstPageJs } from '../../scripts/bench-size.ts';

describe('first-page JavaScript sizer', () => {
  // One row per way a chunk can reference another in Rolldown/Vite's minified output.
  it.each([
    ['named import', 'import{a as b}from"./chunk-1.js";b()', ['./chunk-1.js']],
    ['side-effect import', 'import"./chunk-2.js";', ['./chunk-2.js']],
    ['namespace import', 'import*as n from"./chunk-3.js"', ['./chunk-3.js']],
    ['re-export', 'export{x}from"./chunk-4.js";export*from"./chunk-5.js"', ['./chunk-4.js', './chunk-5.js']],
    ['after a statement', 'let a=1;import"./chunk-6.js"', ['./chunk-6.js']],
    ['dynamic import is on demand', 'const m=()=>import("./lazy.js")', []],
    ['dynamic import with spaces', 'const m=()=>import ("./lazy.js")', []],
    ['a string that mentions import', 'console.log("import ./x.js")', []],
  ])('%s', (_name, code, expected) => {
    expect(staticImports(code)).toEqual(expected);
  });

  it('counts a classic <script src> too (the home page’s data preload script is first-page JavaScript)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qr-size-'));
    try {
      mkdirSync(join(dir, 'assets'));
      writeFileSync(join(dir, 'index.html'), '<script async src="/assets/preload.js"></script><script type="module" src="/assets/entry.js"></script>');
      writeFileSync(join(dir, 'assets/preload.js'), 'document.head.appendChild(document.createElement("link"))');
      writeFileSync(join(dir, 'assets/entry.js'), 'console.log(1)');
      const js = firstPageJs(dir);
      expect(js.chunks.map((c) => [c.path, c.via])).toEqual([
        ['/assets/preload.js', 'entry'],
        ['/assets/entry.js', 'entry'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('counts the scripts the head script starts after the first paint (its data attributes)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qr-size-'));
    try {
      mkdirSync(join(dir, 'assets'));
      writeFileSync(join(dir, 'index.html'), '<script src="/assets/head.js" data-entry="/assets/entry.js" data-modules="/assets/vendor.js /assets/runtime.js" data-preload="/assets/preload.js"></script>');
      for (const f of ['head', 'entry', 'vendor', 'runtime', 'preload']) writeFileSync(join(dir, `assets/${f}.js`), `console.log("${f}")`);
      expect(firstPageJs(dir).chunks.map((c) => [c.path, c.via])).toEqual([
        ['/assets/head.js', 'entry'],
        ['/assets/preload.js', 'entry'],
        ['/assets/entry.js', 'entry'],
        ['/assets/vendor.js', 'modulepreload'],
        ['/assets/runtime.js', 'modulepreload'],
      ]);
      // Prerendered for its own address: its route's modules instead of the route preload script.
      writeFileSync(join(dir, 'index.html'), '<html data-prerendered="/"><script src="/assets/head.js" data-route-modules="/assets/route.js" data-entry="/assets/entry.js" data-modules="/assets/vendor.js" data-preload="/assets/preload.js"></script>');
      writeFileSync(join(dir, 'assets/route.js'), 'console.log("route")');
      expect(firstPageJs(dir).chunks.map((c) => c.path)).toEqual(['/assets/head.js', '/assets/entry.js', '/assets/vendor.js', '/assets/route.js']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('sums the entry, modulepreloads and their static imports, and skips dynamic imports', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qr-size-'));
    try {
      mkdirSync(join(dir, 'assets'));
      writeFileSync(
        join(dir, 'index.html'),
        '<script type="module" crossorigin src="/assets/entry.js"></script><link rel="modulepreload" crossorigin href="/assets/vendor.js">',
      );
      writeFileSync(join(dir, 'assets/entry.js'), 'import{a}from"./vendor.js";import"./shared.js";const l=()=>import("./lazy.js");a(l)');
      writeFileSync(join(dir, 'assets/vendor.js'), 'export const a=(f)=>f;');
      writeFileSync(join(dir, 'assets/shared.js'), 'import"./vendor.js";');
      writeFileSync(join(dir, 'assets/lazy.js'), 'x'.repeat(10_000));
      const js = firstPageJs(dir);
      expect(js.chunks.map((c) => c.path).sort()).toEqual(['/assets/entry.js', '/assets/shared.js', '/assets/vendor.js']);
      expect(js.gzipBytes).toBe(js.chunks.reduce((s, c) => s + c.gzipBytes, 0));
      expect(js.gzipBytes).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('first-page JavaScript budget', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qr-size-budget-'));
  let floor: FirstPageJs;
  let site: FirstPageJs;

  beforeAll(async () => {
    // Both builds run as child processes (as `npm run build` would), one after the other: 2 cores.
    const f = await buildFloor(join(dir, 'floor'));
    if (!f.ok) throw new Error(`floor app build failed:\n${f.tail}`);
    const a = await buildApp(join(dir, 'app'), null);
    if (!a.ok) throw new Error(`app build failed:\n${a.tail}`);
    floor = firstPageJs(join(dir, 'floor'));
    site = firstPageJs(join(dir, 'app'));
  }, 300_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('both are production builds (a development React would make every size meaningless)', () => {
    for (const [name, out, js] of [['floor', 'floor', floor], ['app', 'app', site]] as const) {
      const code = js.chunks.map((c) => readFileSync(join(dir, out, `.${c.path}`), 'utf8')).join('\n');
      expect(code, `${name}: React's production build names its errors by number`).toContain('Minified React error');
      expect(code, `${name}: React's development build checks DOM nesting`).not.toContain('cannot be a child of');
    }
  });

  it('the floor app is a real react + router build', () => {
    // react-dom alone is well over 40 kB gzipped; a smaller floor would mean a broken floor build.
    expect(floor.gzipBytes).toBeGreaterThan(40_000);
  });

  it(`the first page loads at most ${SIZE_BUDGETS.bundled} × the floor's gzipped JavaScript`, () => {
    const ratio = site.gzipBytes / floor.gzipBytes;
    const detail = site.chunks.map((c) => `  ${c.path} (${c.via}): ${kB(c.gzipBytes)} gz`).join('\n');
    expect(
      ratio,
      `first page ${kB(site.gzipBytes)} gz = ${ratio.toFixed(3)} × floor ${kB(floor.gzipBytes)}; budget ${SIZE_BUDGETS.bundled}×. ` +
        `Move what the first page does not need behind import() (lazy routes, per-article data). Chunks:\n${detail}`,
    ).toBeLessThanOrEqual(SIZE_BUDGETS.bundled);
  });
});
