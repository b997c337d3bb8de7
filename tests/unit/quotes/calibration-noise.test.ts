// The label-noise correction of the calibration fit (scripts/calibration-noise.ts), one row per rule,
// and the audit file it reads (scripts/calibration-audit.jsonl, in the repository).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUDIT_BANDS, bandOf, creditNoise, emptyBands, parseAudit, poolShares, wilsonLower, type FittedRow, type NoiseBand } from '../../../scripts/calibration-noise.ts';

/** Bands at edges 0.4 / 0.7 / 0.8 / 0.9 with [engine right, rows still applying] each. */
const bands = (...counts: [number, number][]): NoiseBand[] =>
  emptyBands().map((b, i) => ({ ...b, engineRight: counts[i]![0], applying: counts[i]![1], audited: counts[i]![1] }));

describe('poolShares', () => {
  it.each([
    ['increasing shares are kept', bands([4, 40], [7, 40], [16, 49], [17, 37]), [4 / 40, 7 / 40, 16 / 49, 17 / 37]],
    ['a lower share above a higher one pools the two by their rows', bands([7, 40], [4, 40], [16, 49], [17, 37]), [11 / 80, 11 / 80, 16 / 49, 17 / 37]],
    ['pooling carries on down while the pooled share is still too high', bands([9, 30], [3, 10], [2, 20], [17, 37]), [14 / 60, 14 / 60, 14 / 60, 17 / 37]],
    ['a band without rows takes its neighbour’s share when pooled', bands([7, 40], [0, 0], [16, 49], [17, 37]), [7 / 40, 7 / 40, 16 / 49, 17 / 37]],
  ])('%s (point estimates, z = 0)', (_name, given, want) => {
    const shares = poolShares(given, 0).map((b) => b.share);
    shares.forEach((s, i) => expect(s).toBeCloseTo(want[i]!, 9));
    for (let i = 1; i < shares.length; i++) expect(shares[i]!).toBeGreaterThanOrEqual(shares[i - 1]!);
  });
});

describe('poolShares credits the lower bound', () => {
  it.each([
    ['no rows, nothing credited', 0, 0, 0],
    ['none right, nothing credited', 0, 40, 0],
    ['7 of 40 credits about a tenth, not 0.175', 7, 40, 0.111],
    ['16 of 46 credits about 0.26, not 0.35', 16, 46, 0.265],
    ['all right stays under 1', 40, 40, 0.96],
  ])('%s', (_name, k, n, want) => {
    expect(wilsonLower(k, n)).toBeCloseTo(want, 2);
  });
  it('is what poolShares sets by default, on the pooled rows', () => {
    const shares = poolShares(bands([7, 40], [4, 40], [16, 49], [17, 37])).map((b) => b.share);
    expect(shares[0]).toBeCloseTo(wilsonLower(11, 80), 9);
    expect(shares[1]).toBeCloseTo(wilsonLower(11, 80), 9);
    expect(shares[3]).toBeCloseTo(wilsonLower(17, 37), 9);
  });
});

describe('creditNoise', () => {
  const b = poolShares(bands([4, 40], [4, 40], [16, 48], [18, 36]), 0); // shares 0.1, 0.1, 1/3, 1/2
  const table: Record<string, FittedRow> = {
    '*': [100, 0.9, 'cue'],
    '*|cue=say': [60, 0.8],
    '*|cue=none': [40, 0.2],
    '*|cue=verb': [50, 0.7, 'step'],
    'pronoun-resolution': [34, 0.93],
    'sieve-prior|transcript-label': [4, 0.9],
  };
  const out = creditNoise(table, b);
  it.each([
    ['a group is credited its band’s share of its errors', '*|cue=say', [60, 0.87]],
    ['the root too, and its split is kept', '*', [100, 0.95, 'cue']],
    ['a band edge belongs to the band above', '*|cue=verb', [50, 0.73, 'step']],
    ['a group under the audited bands is not corrected', '*|cue=none', [40, 0.2]],
    ['the pronoun factor is no tree group', 'pronoun-resolution', [34, 0.93]],
    ['a sieve prior states its own precision', 'sieve-prior|transcript-label', [4, 0.9]],
  ])('%s', (_name, key, want) => {
    expect(out[key]).toEqual(want);
  });
  it('keeps the order of the groups: a surer group stays at least as sure', () => {
    const ps = [0.39, 0.4, 0.69, 0.7, 0.79, 0.8, 0.89, 0.9, 0.99].map((p) => creditNoise({ '*': [1, p] }, b)['*']![1]);
    for (let i = 1; i < ps.length; i++) expect(ps[i]!).toBeGreaterThanOrEqual(ps[i - 1]!);
  });
});

describe('parseAudit', () => {
  const row = { id: 'doc', start: 0, end: 9, speaker: 'Jane Doe', stated: 0.85, verdict: 'engine-right', why: 'outer-source' };
  it('reads rows and skips blank lines', () => {
    expect(parseAudit(`${JSON.stringify(row)}\n\n`, 'a.jsonl')).toEqual([row]);
  });
  it.each([
    ['a line that is not JSON', '{"id": ', /^a\.jsonl:2: not JSON/],
    ['an unknown verdict', JSON.stringify({ ...row, verdict: 'maybe' }), /^a\.jsonl:2: needs id, start, end, stated, why and a verdict/],
    ['no why', JSON.stringify({ ...row, why: undefined }), /^a\.jsonl:2: needs/],
  ])('names the file and line of %s', (_name, line, want) => {
    expect(() => parseAudit(`${JSON.stringify(row)}\n${line}\n`, 'a.jsonl')).toThrow(want);
  });
});

describe('the audit in the repository', () => {
  const rows = parseAudit(readFileSync('scripts/calibration-audit.jsonl', 'utf8'), 'scripts/calibration-audit.jsonl');
  it('has 40 or more audited errors in every band it corrects', () => {
    const counts = emptyBands().map(() => 0);
    for (const r of rows) {
      const band = bandOf(emptyBands(), r.stated);
      if (band) counts[AUDIT_BANDS.indexOf(band.from)]!++;
    }
    for (const n of counts) expect(n).toBeGreaterThanOrEqual(40);
  });
  it('says why for every row, and audits each quotation once', () => {
    for (const r of rows) expect(r.why.length).toBeGreaterThan(3);
    expect(new Set(rows.map((r) => `${r.id}|${r.start}|${r.end}`)).size).toBe(rows.length);
  });
});
