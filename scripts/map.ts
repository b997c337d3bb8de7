// `npm run -s map`: the build's map half as a command over JSONL (docs/scale.md).
//   npm run -s map -- [DIR] [--workers n] [--no-cache]
//       one record line per article of DIR (default $ARTICLES_DIR or src/content/articles), in file
//       order, as the build makes them (worker pool, analysis cache)
//   npm run -s map -- --tasks [DIR] [--inline]
//       one task line per article (with --inline the file's bytes travel in the line, so the
//       mappers need not see the folder): what a batch engine splits among its mappers
//   npm run -s map -- --stdin
//       the stateless map: task lines on stdin → record lines on stdout, one for one, in order,
//       in constant memory. This is the command GNU parallel, Hadoop Streaming or RDD.pipe run.
// A malformed task line stops the map with its line number (exit 1); a bad article is not an
// error here: its record carries its problems, and the reduce reports them all.
import { once } from 'node:events';
import { resolve } from 'node:path';
import { cacheDisabled, DEFAULT_CACHE_DIR, openAnalysisCache, pruneAnalysisCache } from '../src/ingest/analysis-cache.ts';
import { mapDirectoryEach } from '../src/ingest/ingest-directory.ts';
import { jsonLines, JsonlError, mapTask, parseTask, recordLine, taskLines } from '../src/ingest/map-reduce.ts';
import { listSources } from '../src/ingest/read-sources.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** Writes one line, waiting when stdout's buffer is full (a slow consumer bounds our memory). */
async function emit(line: string): Promise<void> {
  if (!process.stdout.write(`${line}\n`)) await once(process.stdout, 'drain');
}

async function main(args: string[]): Promise<number> {
  const workersAt = args.indexOf('--workers');
  const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--workers');
  const dir = resolve(positional[0] ?? (process.env.ARTICLES_DIR?.trim() || resolve(ROOT, 'src/content/articles')));
  if (args.includes('--stdin')) {
    for await (const { text, line } of jsonLines(process.stdin)) await emit(recordLine(await mapTask(parseTask(text, 'stdin', line))));
    return 0;
  }
  if (args.includes('--tasks')) {
    for await (const line of taskLines(await listSources(dir), args.includes('--inline'))) await emit(line);
    return 0;
  }
  const cache = cacheDisabled(args) ? undefined : openAnalysisCache(resolve(ROOT, DEFAULT_CACHE_DIR));
  if (cache) void pruneAnalysisCache(resolve(ROOT, DEFAULT_CACHE_DIR));
  // Each record is written as soon as every file before it is done (file order), not after the
  // whole folder: only the results that came early wait, the pool returns them nearly in order.
  const waiting = new Map<number, string>();
  let next = 0;
  await mapDirectoryEach(dir, { ...(cache ? { cache } : {}), ...(workersAt >= 0 ? { workers: Number(args[workersAt + 1]) } : {}) }, async (result, i) => {
    waiting.set(i, recordLine(result));
    for (let line = waiting.get(next); line !== undefined; line = waiting.get(next)) {
      waiting.delete(next++);
      await emit(line);
    }
  });
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  if (!(err instanceof JsonlError)) throw err;
  console.error(err.message);
  process.exitCode = 1;
}
