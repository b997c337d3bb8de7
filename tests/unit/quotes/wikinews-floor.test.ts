// The hand-made Wikinews set (tests/fixtures/wikinews-silver.jsonl, the bundled articles with our own
// speaker labels) scored end to end on every test run, against a floor that only goes up
// (tests/fixtures/wikinews-floor.json; `npm run quotes:floor` raises it). Read from the repository
// only: the test suite never reads the evaluation sets outside it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toPrediction } from '../../../scripts/quote-prediction.ts';
import { scoreQuotes, type GoldDoc } from '../../../scripts/quote-scorer.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const golds = readFileSync(join(FIXTURES, 'wikinews-silver.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldDoc);
const floor = JSON.parse(readFileSync(join(FIXTURES, 'wikinews-floor.json'), 'utf8')) as { endToEndF1: number; speakerAccuracy: number };
const pct = (x: number): number => Math.round(x * 1000) / 10;

describe('Wikinews silver set', () => {
  const result = scoreQuotes(golds, golds.map((g) => toPrediction(g.id, g.text)));

  it('has the bundled articles and their labels', () => {
    expect(golds.length).toBeGreaterThanOrEqual(35);
    expect(result.gold).toBeGreaterThanOrEqual(240);
  });

  it('end-to-end F1 stays at or above the floor', () => {
    expect(pct(result.endToEnd.F1)).toBeGreaterThanOrEqual(floor.endToEndF1);
  });

  it('speaker accuracy stays at or above the floor', () => {
    expect(pct(result.speakerAccuracy)).toBeGreaterThanOrEqual(floor.speakerAccuracy);
  });
});
