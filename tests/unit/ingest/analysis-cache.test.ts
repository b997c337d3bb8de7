// The content-addressed analysis cache (src/ingest/analysis-cache.ts): a rebuild reuses what it
// analysed before, gives the same site, re-analyses exactly the changed files, and survives a
// damaged cache; `--no-cache` and QUOTE_READER_NO_CACHE=1 turn it off.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheDisabled, cacheKey, openAnalysisCache, pipelineVersion, pruneAnalysisCache, versionFolder } from '../../../src/ingest/analysis-cache.ts';
import { ingestDirectory } from '../../../src/ingest/ingest-directory.ts';

const CORPUS = join(import.meta.dirname, '../../../src/content/articles');
const BAD = join(import.meta.dirname, '../../fixtures/bad');
let work: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'qr-cache-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

const siteJson = (r: Awaited<ReturnType<typeof ingestDirectory>>): string => JSON.stringify({ site: r.site, problems: r.problems, warnings: r.warnings });

describe('the analysis cache', () => {
  it('reuses every file on a rebuild and gives the same site, warnings and problems as a cold build', async () => {
    for (const dir of [CORPUS, BAD]) {
      const cacheDir = join(work, `cache-${dir === CORPUS ? 'corpus' : 'bad'}`);
      const cold = await ingestDirectory(dir, { workers: 0 });
      const first = openAnalysisCache(cacheDir);
      const filled = await ingestDirectory(dir, { workers: 0, cache: first });
      const again = openAnalysisCache(cacheDir);
      const warm = await ingestDirectory(dir, { workers: 0, cache: again });
      expect(first.stats.hits).toBe(0);
      expect(again.stats.misses).toBe(0);
      expect(again.stats.hits).toBeGreaterThan(0);
      expect(siteJson(filled)).toBe(siteJson(cold));
      expect(siteJson(warm)).toBe(siteJson(cold));
    }
  }, 60_000);

  it('re-analyses only the file that changed', async () => {
    const dir = join(work, 'articles');
    await cp(CORPUS, dir, { recursive: true });
    const cacheDir = join(work, 'cache');
    await ingestDirectory(dir, { workers: 0, cache: openAnalysisCache(cacheDir) });
    const files = (await readdir(dir)).filter((f) => f.endsWith('.md')).sort();
    const edited = join(dir, files[0]!);
    await writeFile(edited, `${await readFile(edited, 'utf8')}\n\n“A new paragraph,” the editor said.\n`);
    const cache = openAnalysisCache(cacheDir);
    const result = await ingestDirectory(dir, { workers: 0, cache });
    expect(cache.stats.misses).toBe(1);
    expect(cache.stats.hits).toBe(result.site.articles.length - 1);
    const cold = await ingestDirectory(dir, { workers: 0 });
    expect(siteJson(result)).toBe(siteJson(cold));
  }, 60_000);

  it('with worker threads, analyses only the misses there and gives the same site', async () => {
    const cacheDir = join(work, 'cache');
    await ingestDirectory(CORPUS, { workers: 0, cache: openAnalysisCache(cacheDir) });
    const cache = openAnalysisCache(cacheDir);
    const warm = await ingestDirectory(CORPUS, { workers: 2, parallelThreshold: 0, cache });
    expect(cache.stats.misses).toBe(0);
    expect(warm.workers).toBe(0); // nothing left to analyse: no workers started
    const cold = await ingestDirectory(CORPUS, { workers: 2, parallelThreshold: 0 });
    expect(cold.workers).toBe(2);
    expect(siteJson(warm)).toBe(siteJson(cold));
  }, 60_000);

  it('treats a damaged or foreign entry as a miss and rewrites it', async () => {
    const cacheDir = join(work, 'cache');
    const bytes = new TextEncoder().encode('# Title\n\nText.');
    const cache = openAnalysisCache(cacheDir, 'v1');
    const key = cache.key('a.md', bytes);
    await cache.write(key, { ok: false, file: 'a.md', problems: [], warnings: [] });
    expect(await cache.read(key, 'a.md')).toEqual({ ok: false, file: 'a.md', problems: [], warnings: [] });
    expect(await cache.read(key, 'b.md')).toBeUndefined(); // the entry names another file
    await writeFile(cache.path(key), '{"ok": tru');
    expect(await cache.read(key, 'a.md')).toBeUndefined();
    expect(cache.stats).toEqual({ hits: 1, misses: 2, unreadable: 2 });
  });

  it('keeps each pipeline version in its own folder, and a prune keeps the current one and the last used other', async () => {
    const cacheDir = join(work, 'cache');
    const bytes = new TextEncoder().encode('# Title\n\nText.');
    const entry = { ok: false as const, file: 'a.md', problems: [], warnings: [] };
    const fill = async (version: string, ageSeconds: number): Promise<void> => {
      const c = openAnalysisCache(cacheDir, version);
      await c.write(c.key('a.md', bytes), entry);
      const then = new Date(Date.now() - ageSeconds * 1000);
      await utimes(c.dir, then, then);
    };
    await fill('v1', 300);
    await fill('v2', 200);
    await fill('v3', 100);
    // The flat layout of older builds (two-hex-digit folders at the top) is not a version's folder.
    await mkdir(join(cacheDir, 'ab'), { recursive: true });
    await writeFile(join(cacheDir, 'ab', 'old.json'), '{}');
    expect(await pruneAnalysisCache(cacheDir, 'v4')).toBe(3); // v1, v2 and the flat folder
    expect((await readdir(cacheDir)).sort()).toEqual([versionFolder('v3')]);
    // v3 was used last, so switching back to it is still warm.
    const back = openAnalysisCache(cacheDir, 'v3');
    expect(await back.read(back.key('a.md', bytes), 'a.md')).toEqual(entry);
    // Pruning as v3 marks it used and keeps v3 (current) and nothing else it has not seen.
    await fill('v4', 0);
    expect(await pruneAnalysisCache(cacheDir, 'v3', 0)).toBe(1);
    expect(await readdir(cacheDir)).toEqual([versionFolder('v3')]);
    expect(await pruneAnalysisCache(join(work, 'no-cache-yet'), 'v1')).toBe(0);
  });

  it('keys on the bytes, the path and the pipeline version', () => {
    const a = new TextEncoder().encode('one');
    const b = new TextEncoder().encode('two');
    expect(cacheKey('v1', 'x.md', a)).toBe(cacheKey('v1', 'x.md', a));
    expect(cacheKey('v1', 'x.md', a)).not.toBe(cacheKey('v1', 'x.md', b));
    expect(cacheKey('v1', 'x.md', a)).not.toBe(cacheKey('v1', 'y.md', a));
    expect(cacheKey('v1', 'x.md', a)).not.toBe(cacheKey('v2', 'x.md', a));
    // The engine, the ingestion and the shared modules all enter the version.
    expect(pipelineVersion()).toMatch(/^quotes:[0-9a-f]{12},ingest:[0-9a-f]{12},common:[0-9a-f]{12}$/);
  });

  it.each([
    [['node', 'build.mjs', '--no-cache'], {}, true],
    [['node', 'vite', 'build'], { QUOTE_READER_NO_CACHE: '1' }, true],
    [['node', 'vite', 'build'], {}, false],
  ])('cacheDisabled(%j, %j) is %s', (argv, env, want) => {
    expect(cacheDisabled(argv, env)).toBe(want);
  });
});
