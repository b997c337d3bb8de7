// Runs the ingestion outside Vite: `npx tsx scripts/ingest-articles.ts [dir] [--out outDir] [--json] [--workers n]`.
// Prints problems (exit code 1), the warning table, timings and peak memory; with --out it writes
// the data files and ingest-report.json exactly as the build does. Used for scale measurements.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { formatProblems, formatWarningTable } from '../src/ingest/errors.ts';
import { ingestDirectory } from '../src/ingest/ingest-directory.ts';
import { writeSiteData } from '../src/ingest/write-data.ts';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? resolve(args[outAt + 1] ?? 'out') : null;
  const dir = resolve(args.find((a, i) => !a.startsWith('--') && !(outAt >= 0 && i === outAt + 1) && !(args[i - 1] === '--workers')) ?? process.env.ARTICLES_DIR ?? 'src/content/articles');
  let peak = 0;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const t0 = performance.now();
  const workersAt = args.indexOf('--workers');
  const result = await ingestDirectory(dir, workersAt >= 0 ? { workers: Number(args[workersAt + 1]) } : {});
  const t1 = performance.now();
  let written = { files: 0, bytes: {} as Record<string, number>, ms: {} as Record<string, number> };
  if (out && result.ok) {
    written = await writeSiteData(result.site, out);
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'ingest-report.json'), `${JSON.stringify(result.report, null, 2)}\n`);
  }
  const t2 = performance.now();
  clearInterval(sample);
  peak = Math.max(peak, process.memoryUsage().rss);
  const figures = {
    articles: result.site.articles.length,
    quotes: result.site.quoteCount,
    speakers: result.site.speakers.length,
    workers: result.workers,
    problems: result.problems.length,
    warnings: result.warnings.length,
    ingestMs: Math.round(t1 - t0),
    writeMs: Math.round(t2 - t1),
    files: written.files,
    bytes: written.bytes,
    writeMsByKind: written.ms,
    peakRssMB: Math.round(peak / 2 ** 20),
  };
  if (args.includes('--json')) console.log(JSON.stringify(figures));
  else {
    if (!result.ok) console.error(formatProblems(result.problems));
    console.log(formatWarningTable(result.warnings, 10));
    console.log(figures);
  }
  return result.ok ? 0 : 1;
}

process.exitCode = await main();
