// The worker pool (piscina, on the built worker) gives exactly the in-thread result, in the same
// order, down to every data file's bytes; a worker that fails is a problem naming the article.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openAnalysisCache } from '../../../src/ingest/analysis-cache.ts';
import { formatProblems } from '../../../src/ingest/errors.ts';
import { ingestDirectory, type IngestResult } from '../../../src/ingest/ingest-directory.ts';
import { ingestWorkerFile } from '../../../src/ingest/worker-bundle.ts';
import { dataFiles } from '../../../src/ingest/write-data.ts';

const CORPUS = join(import.meta.dirname, '../../../src/content/articles');
const BAD = join(import.meta.dirname, '../../fixtures/bad');
const FAILING_WORKER = join(import.meta.dirname, '../../fixtures/workers/failing-ingest-worker.mjs');
const temp = mkdtempSync(join(tmpdir(), 'qr-pool-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Every data file the build would write, path → contents, plus the report. */
function output(result: IngestResult): Map<string, string> {
  const files = new Map<string, string>();
  for (const [path, contents] of dataFiles(result.site)) files.set(path, contents());
  files.set('ingest-report.json', JSON.stringify(result.report));
  return files;
}

describe('ingestDirectory in the worker pool', () => {
  it('writes the same data files, byte for byte, in-thread, on one worker and on two', async () => {
    for (const dir of [CORPUS, BAD]) {
      const inThread = await ingestDirectory(dir, { workers: 0 });
      const one = await ingestDirectory(dir, { workers: 1, parallelThreshold: 0 });
      const two = await ingestDirectory(dir, { workers: 2, parallelThreshold: 0 });
      expect([inThread.workers, one.workers, two.workers]).toEqual([0, 1, 2]);
      const expected = output(inThread);
      expect(expected.size).toBeGreaterThan(dir === CORPUS ? 36 : 0);
      for (const run of [one, two]) {
        expect([...output(run).keys()]).toEqual([...expected.keys()]);
        for (const [path, contents] of output(run)) expect(contents, path).toBe(expected.get(path));
      }
    }
  }, 120_000);

  it('turns a worker that throws, exits or crashes into a problem naming that article, and keeps the rest', async () => {
    const dir = join(temp, 'failing');
    cpSync(CORPUS, dir, { recursive: true });
    const names = readdirSync(dir).filter((n) => n.endsWith('.md')).sort();
    const marked = ['throws', 'exits', 'crashes'].map((how, i) => {
      const from = names[i]!;
      const to = from.replace(/\.md$/, `-${how}.md`);
      cpSync(join(dir, from), join(dir, to));
      rmSync(join(dir, from));
      return to;
    });
    process.env.QR_TEST_INGEST_WORKER = await ingestWorkerFile();
    const cache = openAnalysisCache(join(temp, 'cache'));
    const failed = await ingestDirectory(dir, { workers: 2, parallelThreshold: 0, workerFile: FAILING_WORKER, cache });
    const healthy = await ingestDirectory(dir, { workers: 0 });
    expect(failed.ok).toBe(false);
    expect(failed.problems.map((p) => [p.code, p.file.replace(/^.*\//, '')])).toEqual(marked.map((m) => ['worker-failed', m]).sort((a, b) => a[1]!.localeCompare(b[1]!)));
    const message = formatProblems(failed.problems);
    for (const m of marked) expect(message).toContain(m);
    expect(message).toMatch(/simulated failure/);
    // Every other article is there, exactly as a healthy build makes it.
    expect(failed.site.articles.length).toBe(healthy.site.articles.length - marked.length);
    // The failures were not cached: the next build (a healthy worker) analyses them and succeeds.
    const again = await ingestDirectory(dir, { workers: 2, parallelThreshold: 0, cache });
    expect(again.ok).toBe(true);
    expect(again.site.articles.length).toBe(healthy.site.articles.length);
    expect(cache.stats.hits).toBe(healthy.site.articles.length - marked.length);
  }, 120_000);
});
