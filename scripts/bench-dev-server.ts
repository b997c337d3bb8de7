// How long `npm run dev` takes to start over a corpus: from spawning Vite's dev server to the
// first answer of /data/manifest.json (the plugin ingests the whole folder before the server
// listens, so that answer means every article is analysed and served). Issue 14: under 5 s at
// 10,000 articles with the analysis cache and the worker pool.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/** One start of the dev server. */
export interface DevStart {
  ok: boolean;
  /** Spawn → first 200 of /data/manifest.json, in seconds. */
  seconds: number;
  /** The plugin's own line ("Ingested N articles … (analysis cache: x reused, y analysed)"), if printed. */
  ingested: string | null;
  error: string | null;
}

/** Starts `vite` (dev) in `root` over `articlesDir`, waits until it serves the manifest, then stops it. */
export async function measureDevStart(root: string, articlesDir: string, opts: { port: number; noCache?: boolean; timeoutSeconds?: number }): Promise<DevStart> {
  const vite = resolve(root, 'node_modules/vite/bin/vite.js');
  const started = performance.now();
  const child = spawn(process.execPath, [vite, '--port', String(opts.port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, ARTICLES_DIR: articlesDir, ...(opts.noCache ? { QUOTE_READER_NO_CACHE: '1' } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const keep = (d: Buffer): void => {
    out = (out + d.toString()).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const deadline = started + (opts.timeoutSeconds ?? 600) * 1000;
  try {
    for (;;) {
      if (exited) return { ok: false, seconds: (performance.now() - started) / 1000, ingested: null, error: `the dev server exited: ${out.trim().split('\n').slice(-2).join(' | ')}` };
      if (performance.now() > deadline) return { ok: false, seconds: (performance.now() - started) / 1000, ingested: null, error: 'timed out' };
      const res = await fetch(`http://127.0.0.1:${opts.port}/data/manifest.json`).catch(() => null);
      if (res?.ok) {
        await res.arrayBuffer();
        const seconds = (performance.now() - started) / 1000;
        // (Vite may colour its log lines.)
        const ingested = stripVTControlCharacters(out).split('\n').find((l) => l.includes('Ingested')) ?? null;
        return { ok: true, seconds, ingested: ingested?.trim() ?? null, error: null };
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    if (!exited) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  }
}
