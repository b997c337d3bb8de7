// The build's worker threads run built JavaScript, not TypeScript evaluated from a string: at
// the start of a parallel ingest, esbuild (which Vite and tsx bring) bundles ingest-worker.ts and
// the pipeline it imports into one ES module under node_modules/.cache/quote-reader/workers/,
// named by the hash of its contents. Packages (linkedom, yaml, zod) stay imports, resolved from
// the project's node_modules. Vite's plugin, tsx scripts and vitest all load the same file
// (docs/decisions/081-worker-pool.md).
import { createHash } from 'node:crypto';
import { access, mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** Where built workers go, relative to the project root (outside the site, beside the analysis cache). */
export const WORKER_CACHE_DIR = 'node_modules/.cache/quote-reader/workers';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
let built: Promise<string> | null = null;

/** The path of the built ingest worker for the current sources; bundled once per process. */
export function ingestWorkerFile(): Promise<string> {
  built ??= bundleWorker(join(PROJECT_ROOT, 'src/ingest/ingest-worker.ts'), join(PROJECT_ROOT, WORKER_CACHE_DIR));
  // A failed bundle (a syntax error mid-edit) is not remembered: the next build tries again.
  built.catch(() => (built = null));
  return built;
}

/** Bundles `entry` to `<outDir>/<name>-<hash>.mjs` unless that file exists; returns its path. */
export async function bundleWorker(entry: string, outDir: string): Promise<string> {
  // Imported here, so a build that never starts workers never loads esbuild.
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  });
  const code = out.outputFiles[0]!.contents;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const name = entry.replace(/^.*[\\/]/, '').replace(/\.ts$/, '');
  const file = join(outDir, `${name}-${hash}.mjs`);
  if (await access(file).then(() => true, () => false)) return file;
  await mkdir(outDir, { recursive: true });
  // Written aside and renamed: a concurrent build never loads half a file.
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(tmp, code);
  await rename(tmp, file);
  return file;
}
