// The build's report (every error and warning, the furniture removed) names the build machine's
// paths, so it goes beside the site, never into it: <outDir>.ingest-report.json. Written by
// `vite build` and by `npm run reduce` alike.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { IngestReport } from './ingest-directory.ts';

/** Where the report of a build into `outDir` goes: beside the site, so it is never published. */
export function reportPath(outDir: string): string {
  return `${outDir}.ingest-report.json`;
}

/** Writes the report of `result` for a build into `outDir`; returns its path. */
export async function writeReport(outDir: string, result: { report: IngestReport }): Promise<string> {
  const path = reportPath(outDir);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(result.report, null, 2)}\n`);
  return path;
}
