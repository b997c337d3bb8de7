// Worker-thread ingestion gives exactly the in-thread result, in the same order.
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ingestDirectory } from '../../../src/ingest/ingest-directory.ts';

const CORPUS = join(import.meta.dirname, '../../../src/content/articles');
const BAD = join(import.meta.dirname, '../../fixtures/bad');

describe('ingestDirectory with worker threads', () => {
  it('produces the same site, warnings and problems as in-thread ingestion', async () => {
    for (const dir of [CORPUS, BAD]) {
      const inThread = await ingestDirectory(dir, { workers: 0 });
      const parallel = await ingestDirectory(dir, { workers: 2, parallelThreshold: 0 });
      expect(inThread.workers).toBe(0);
      expect(parallel.workers).toBe(2);
      expect(isDeepStrictEqual(parallel.site.articles, inThread.site.articles)).toBe(true);
      expect(parallel.warnings).toEqual(inThread.warnings);
      expect(parallel.problems).toEqual(inThread.problems);
    }
  }, 60_000);
});
