// Runs one production build in a child process and measures its wall time and peak memory.
// Peak memory is the larger of /usr/bin/time's maximum resident set (one process) and the
// peak of the summed resident set of the whole process tree, polled from /proc.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/** What one build cost. */
export interface BuildCost {
  ok: boolean;
  seconds: number;
  /** Peak resident memory in MB (1 MB = 2^20 bytes). */
  peakMb: number;
  /** Last lines of the build's output (for errors). */
  tail: string;
  /** The first line of the output that names an error, if any. */
  error: string | null;
  /** Lines of the output matching the `keep` pattern given to measureNode (colours stripped). */
  kept: string[];
}

const TIME = '/usr/bin/time';

/** Resident set (kB) of every process in the tree rooted at `pid`, summed. */
function treeRssKb(pid: number): number {
  let children: Map<number, number[]>;
  try {
    children = new Map();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        // Field 4 of /proc/<pid>/stat is the parent; the command name (field 2) may hold spaces.
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        const list = children.get(ppid) ?? [];
        list.push(Number(name));
        children.set(ppid, list);
      } catch {
        // The process ended while we were looking: it no longer holds memory.
      }
    }
  } catch {
    return 0;
  }
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop()!;
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (m) total += Number(m[1]);
    } catch {
      // Gone already.
    }
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

/** Runs `node <args>` in `cwd` with extra env, timing it and sampling its memory. */
export function measureNode(
  args: string[],
  opts: { cwd?: string; env?: Record<string, string | undefined>; stdinFile?: string; discardStdout?: boolean; keep?: RegExp } = {},
): Promise<BuildCost> {
  const useTime = existsSync(TIME);
  const cmd = useTime ? TIME : process.execPath;
  const argv = useTime ? ['-v', process.execPath, ...args] : args;
  const stdinFd = opts.stdinFile ? openSync(opts.stdinFile, 'r') : undefined;
  const started = performance.now();
  const child = spawn(cmd, argv, {
    cwd: opts.cwd ?? process.cwd(),
    env: Object.fromEntries(Object.entries({ ...process.env, ...opts.env }).filter(([, v]) => v !== undefined)),
    stdio: [stdinFd ?? 'ignore', opts.discardStdout ? 'ignore' : 'pipe', 'pipe'],
  });
  // The child has its own copy of the descriptor now.
  if (stdinFd !== undefined) child.once('spawn', () => closeSync(stdinFd));
  let out = '';
  // Whole lines, however the output is cut into chunks, so a kept line is never half a line.
  const kept: string[] = [];
  const partial = { stdout: '', stderr: '' };
  const scan = (from: 'stdout' | 'stderr', text: string, end = false) => {
    if (!opts.keep) return;
    const lines = (partial[from] + text).split('\n');
    partial[from] = end ? '' : lines.pop()!;
    for (const l of lines) {
      const plain = stripVTControlCharacters(l);
      // (/usr/bin/time's report names the command, which may itself match.)
      if (opts.keep.test(plain) && !/^\s*Command being timed:/.test(plain)) kept.push(plain.trim());
    }
  };
  const keepFrom = (from: 'stdout' | 'stderr') => (d: Buffer) => {
    const text = d.toString();
    out = (out + text).slice(-20_000);
    scan(from, text);
  };
  child.stdout?.on('data', keepFrom('stdout'));
  child.stderr?.on('data', keepFrom('stderr'));
  let peakKb = 0;
  const timer = setInterval(() => {
    if (child.pid) peakKb = Math.max(peakKb, treeRssKb(child.pid));
  }, 100);
  return new Promise((done) => {
    child.on('close', (code) => {
      clearInterval(timer);
      scan('stdout', '', true);
      scan('stderr', '', true);
      const seconds = (performance.now() - started) / 1000;
      const timeKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(out)?.[1] ?? 0);
      const tail = stripVTControlCharacters(out)
        .replace(/(^|\n)\s*Command (being timed|exited with)[\s\S]*$/, '')
        .split('\n')
        .slice(-15)
        .join('\n');
      const plain = stripVTControlCharacters(out);
      const error = code === 0 ? null : (plain.split('\n').find((l) => /\berror\b|\[[A-Z_]+\]|Error:/i.test(l) && !/^error during build/i.test(l.trim()))?.trim() ?? null);
      done({ ok: code === 0, seconds, peakMb: Math.max(peakKb, timeKb) / 1024, tail, error, kept });
    });
  });
}

/** Vite's CLI inside the project (no npx, so no extra process in the measurement). */
export const viteBin = (root = process.cwd()): string => resolve(root, 'node_modules/vite/bin/vite.js');

/** The build's lines that say what its caches did and how long its phases took (src/ingest/vite-plugin.ts, src/build/prerender-plugin.ts). */
export const CACHE_LINES = /analysis cache|Prerendered [\d,]+ pages?|^Ingested [\d,]+ articles|^Wrote [\d,]+ data files/;

/**
 * Builds the app over `articlesDir` (the bundled articles when null) into `outDir`; `noCache`: cold,
 * the analysis and page caches neither read nor written. `cacheLog`: Vite's info level, so the
 * caches' lines (kept in `kept`) are printed; otherwise warnings only.
 */
export function buildApp(outDir: string, articlesDir: string | null, root = process.cwd(), noCache = false, cacheLog = false): Promise<BuildCost> {
  return measureNode([viteBin(root), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', cacheLog ? 'info' : 'warn'], {
    cwd: root,
    keep: CACHE_LINES,
    // Unset rather than inherit: the bundled build must not pick up a caller's ARTICLES_DIR. And a
    // production build whoever calls: under Vitest NODE_ENV is "test", which makes Vite bundle
    // React's development build and the sizes meaningless.
    env: { ARTICLES_DIR: articlesDir ?? undefined, NODE_ENV: 'production', QUOTE_READER_NO_CACHE: noCache ? '1' : undefined },
  });
}

/** Builds the floor app (bench/floor-app) into `outDir`. */
export function buildFloor(outDir: string, root = process.cwd()): Promise<BuildCost> {
  return measureNode(
    [viteBin(root), 'build', '--config', resolve(root, 'bench/floor-app/vite.config.ts'), '--outDir', outDir, '--emptyOutDir'],
    { cwd: root, env: { NODE_ENV: 'production' } },
  );
}

/** Runs the engine's streaming JSONL command (`npm run -s quotes`) over `jsonlFile`, output discarded. */
export function runQuotesCli(jsonlFile: string, root = process.cwd()): Promise<BuildCost> {
  return measureNode([resolve(root, 'node_modules/tsx/dist/cli.mjs'), resolve(root, 'scripts/quotes-cli.ts')], {
    cwd: root,
    stdinFile: jsonlFile,
    discardStdout: true,
  });
}
