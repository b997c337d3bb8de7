// The engine rows of `npm run bench`, from the engine owner's benchmark (scripts/bench-quotes.ts):
// MB/s of the engine and of compromise's quotations() on the same text, and how time grows with
// article size up to 5 MB.
import { benchQuotes } from './bench-quotes.ts';

/** Throughput of both on the same text, and the engine's scaling. */
export interface EngineFigures {
  engineMBps: number;
  compromiseMBps: number;
  /** The same ratio with both warm (scripts/bench-quotes.ts). */
  warmSpeedup: number;
  /** Size of the text both ran over, in MB. */
  textMB: number;
  /** The largest article's size (MB), time and MB/s. */
  large: { mb: number; ms: number; mbps: number };
  /** Time per MB on the largest article over time per MB on the smallest (1.0 = linear). */
  linearity: number;
}

/** Engine and compromise MB/s on the same text, plus a 0.5 MB vs 5 MB article. */
export function measureEngine(): EngineFigures {
  const f = benchQuotes({ sizesMB: [0.5, 5] });
  const small = f.scaling[0]!;
  const large = f.scaling[f.scaling.length - 1]!;
  return {
    engineMBps: f.engineMBps,
    compromiseMBps: f.compromiseMBps,
    warmSpeedup: f.warm.speedup,
    textMB: f.compareBytes / 1e6,
    large: { mb: large.mb, ms: large.ms, mbps: large.mbps },
    linearity: large.ms / large.mb / (small.ms / small.mb),
  };
}
