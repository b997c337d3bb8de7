// The engine-vs-compromise row of `npm run bench`. Prefers the engine owner's benchmark
// (scripts/bench-quotes.ts) when it exports a measuring function; otherwise measures the same
// thing here: MB/s of the engine's extractQuotes and of compromise's quotations() on one text.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Throughput of both on the same text. */
export interface EngineFigures {
  engineMBps: number;
  compromiseMBps: number;
  /** Size of the text both ran over, in MB (UTF-8). */
  textMB: number;
  /** Where the figures came from. */
  source: string;
}

// Names the engine's benchmark may export; the first found wins. Its result is read leniently.
const EXPORT_NAMES = ['measureQuotes', 'benchQuotes', 'runBenchQuotes', 'benchmarkQuotes', 'measureThroughput', 'runQuotesBench'];

function pickNumber(obj: Record<string, unknown>, keys: string[]): number | null {
  for (const k of keys) {
    const v = obj[k];
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    if (v && typeof v === 'object') {
      const inner = pickNumber(v as Record<string, unknown>, ['mbPerSecond', 'mbps', 'MBps', 'mbPerS', 'throughput']);
      if (inner !== null) return inner;
    }
  }
  return null;
}

async function fromEngineBench(root: string): Promise<EngineFigures | null> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(resolve(root, 'scripts/bench-quotes.ts')).href)) as Record<string, unknown>;
  } catch {
    return null;
  }
  for (const name of EXPORT_NAMES) {
    const fn = mod[name];
    if (typeof fn !== 'function') continue;
    const r = (await (fn as () => unknown)()) as Record<string, unknown>;
    const engine = pickNumber(r, ['engineMBps', 'engineMbps', 'engine']);
    const comp = pickNumber(r, ['compromiseMBps', 'compromiseMbps', 'compromise']);
    if (engine !== null && comp !== null) {
      const textMB = pickNumber(r, ['textMB', 'mb', 'sizeMB']) ?? 0;
      return { engineMBps: engine, compromiseMBps: comp, textMB, source: `scripts/bench-quotes.ts ${name}()` };
    }
  }
  return null;
}

/** MB/s of `fn` over `docs`, repeated until at least `minMs` elapsed (after one warm-up pass). */
function throughput(docs: string[], fn: (text: string) => unknown, minMs: number): number {
  const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d), 0);
  for (const d of docs) fn(d);
  let passes = 0;
  const t0 = performance.now();
  do {
    for (const d of docs) fn(d);
    passes++;
  } while (performance.now() - t0 < minMs);
  const seconds = (performance.now() - t0) / 1000;
  return (bytes * passes) / 1e6 / seconds;
}

async function ownMeasure(root: string): Promise<EngineFigures> {
  const { extractQuotes } = (await import(pathToFileURL(resolve(root, 'src/quotes/extract-quotes.ts')).href)) as {
    extractQuotes: (text: string) => unknown;
  };
  const nlp = (await import('compromise')).default;
  const docs = readArticles(root);
  const textMB = docs.reduce((s, d) => s + Buffer.byteLength(d), 0) / 1e6;
  const engineMBps = throughput(docs, (t) => extractQuotes(t), 1500);
  const compromiseMBps = throughput(docs, (t) => nlp(t).quotations().out('array'), 1500);
  return { engineMBps, compromiseMBps, textMB, source: 'bench-engine.ts (own adapter over the bundled articles)' };
}

// Bodies of the bundled articles, front matter dropped (the raw seed page is taken whole).
function readArticles(root: string): string[] {
  const dir = resolve(root, 'src/content/articles');
  return readdirSync(dir)
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, ''));
}

/** Engine and compromise MB/s on the same text, from the engine's benchmark when it offers them. */
export async function measureEngine(root = process.cwd()): Promise<EngineFigures> {
  return (await fromEngineBench(root)) ?? ownMeasure(root);
}
