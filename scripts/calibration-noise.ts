// PolNeAR's label noise, as the calibration fit (scripts/fit-calibration.ts) corrects for it: a hand
// audit of train quotations scored wrong (scripts/calibration-audit.jsonl) says, per band of fitted
// confidence, how often the engine named the right person and the gold did not (an outer source
// credited, "said" as the source, a real quotation left unannotated); that share (its lower bound,
// not its point estimate) of each group's errors is credited back to it. Pure: no Node APIs, so a test can run it on rows of its own.

/** One audited train error: the quotation as the engine gave it, and who was right. */
export interface AuditRow {
  id: string;
  start: number;
  end: number;
  speaker: string | null;
  /** The fitted confidence stated when it was audited (before any audit correction). */
  stated: number;
  /** engine-right: the engine names the right person and the gold does not; ambiguous counts as wrong. */
  verdict: 'engine-right' | 'ambiguous' | 'engine-wrong';
  /** What was seen, e.g. outer-source, verb-as-speaker, gold-missing, wrong-person, not-a-quotation. */
  why: string;
}

const VERDICTS = new Set(['engine-right', 'ambiguous', 'engine-wrong']);

/** The audit's JSONL text as rows; a bad line throws naming the file and line. */
export function parseAudit(text: string, path: string): AuditRow[] {
  return text.split('\n').flatMap((l, i) => {
    if (!l.trim()) return [];
    let row: AuditRow;
    try {
      row = JSON.parse(l) as AuditRow;
    } catch (e) {
      throw new Error(`${path}:${i + 1}: not JSON (${(e as Error).message})`);
    }
    if (typeof row.id !== 'string' || typeof row.start !== 'number' || typeof row.end !== 'number' || typeof row.stated !== 'number' || !VERDICTS.has(row.verdict) || typeof row.why !== 'string') {
      throw new Error(`${path}:${i + 1}: needs id, start, end, stated, why and a verdict of engine-right, ambiguous or engine-wrong`);
    }
    return [row];
  });
}

/**
 * The bands of fitted (uncorrected) confidence the audit sampled train errors in, 40+ rows each.
 * Groups below the first band are not corrected: no error there was audited.
 */
export const AUDIT_BANDS: readonly number[] = [0.4, 0.7, 0.8, 0.9, 1.01];

/** One band: its train errors, its audit rows (all, and those the current engine still gives), the share credited. */
export interface NoiseBand {
  from: number;
  to: number;
  /** Train quotations scored wrong whose fitted confidence is in the band. */
  errors: number;
  audited: number;
  /** Audited rows the current engine still gives (same quotation and speaker, still scored wrong). */
  applying: number;
  /** Of those, the rows where the engine is right and the gold is not. */
  engineRight: number;
  /** The share of the band's errors credited back (after pooling, its lower bound). */
  share: number;
}

/** Empty bands for AUDIT_BANDS (or other edges). */
export function emptyBands(edges: readonly number[] = AUDIT_BANDS): NoiseBand[] {
  return edges.slice(0, -1).map((from, i) => ({ from, to: edges[i + 1]!, errors: 0, audited: 0, applying: 0, engineRight: 0, share: 0 }));
}

/** The band holding confidence p, if any. */
export function bandOf(bands: readonly NoiseBand[], p: number): NoiseBand | undefined {
  return bands.find((b) => p >= b.from && p < b.to);
}

/**
 * How sure the credited share must be: the one-sided 90 % lower bound of the audited share (Wilson),
 * not its point estimate. A confidence stated too high costs a reader more than one stated too low
 * (issue 9: one confident wrong attribution costs more than ten missing ones), and a band's share is
 * measured on about 40 rows (±0.07).
 */
export const NOISE_Z = 1.2816;

/** The Wilson lower bound of k successes in n at z (0 when n is 0). */
export function wilsonLower(k: number, n: number, z: number = NOISE_Z): number {
  if (n === 0) return 0;
  const p = k / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const half = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return Math.max(0, (centre - half) / (1 + z2 / n));
}

/**
 * Sets each band's share: its applying rows' share of engine-right, made non-decreasing in
 * confidence by pooling adjacent violators (isotonic regression, each band weighted by its rows):
 * a surer attribution scored wrong is at least as often the gold's fault. The share credited is the
 * pooled block's lower bound (wilsonLower at z). Returns the bands.
 */
export function poolShares(bands: NoiseBand[], z: number = NOISE_Z): NoiseBand[] {
  const blocks: { bands: NoiseBand[]; right: number; rows: number }[] = [];
  const share = (b: { right: number; rows: number }): number => (b.rows ? b.right / b.rows : 0);
  for (const b of bands) {
    blocks.push({ bands: [b], right: b.engineRight, rows: b.applying });
    while (blocks.length > 1 && share(blocks[blocks.length - 2]!) > share(blocks[blocks.length - 1]!)) {
      const last = blocks.pop()!;
      const prev = blocks[blocks.length - 1]!;
      prev.right += last.right;
      prev.rows += last.rows;
      prev.bands.push(...last.bands);
    }
  }
  for (const block of blocks) for (const b of block.bands) b.share = z === 0 ? share(block) : wilsonLower(block.right, block.rows, z);
  return bands;
}

/** A fitted table row: [quotations, share right, split feature]. */
export type FittedRow = [number, number, string?];

/**
 * The table with every tree group ('*…') credited with its band's share of its errors:
 * p + (1 − p) · share, two decimals. Other rows (the pronoun factor, sieve priors) are kept.
 */
export function creditNoise(table: Record<string, FittedRow>, bands: readonly NoiseBand[]): Record<string, FittedRow> {
  const out: Record<string, FittedRow> = {};
  for (const [key, row] of Object.entries(table)) {
    const band = key.startsWith('*') ? bandOf(bands, row[1]) : undefined;
    const p = Math.round((band ? row[1] + (1 - row[1]) * band.share : row[1]) * 100) / 100;
    out[key] = row[2] ? [row[0], p, row[2]] : [row[0], p];
  }
  return out;
}

/** The bands as printed by the fit and written into the table's header. */
export function bandLines(bands: readonly NoiseBand[]): string[] {
  return bands.map((b) => `fitted ${b.from.toFixed(1)}-${Math.min(1, b.to).toFixed(1)}: ${b.errors} train errors, ${b.applying} of ${b.audited} audited still apply, engine right in ${b.engineRight}; credited ${(100 * b.share).toFixed(0)}% of errors`);
}
