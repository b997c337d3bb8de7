// The calibration fit's trees (scripts/calibration-tree.ts): growing, walking, bagging by document,
// distilling, folds and the reliability figures, one row per rule.
import { describe, expect, it } from 'vitest';
import { baggedMeans, bootstrapByDocument, fitBagged, foldsByDocument, growTree, predictTree, reliability, seededRandom, type FitRow, type TreeOptions } from '../../../scripts/calibration-tree.ts';

/** n rows of one document each with these values, k of them right. */
const rows = (n: number, k: number, values: Record<string, string>, doc = 'd'): FitRow[] =>
  Array.from({ length: n }, (_, i) => ({ doc: `${doc}${i}`, values, y: i < k ? 1 : 0, w: 1 }));

const opts: TreeOptions = { minGroup: 10, minGain: 0.1, priorWeight: 0, maxDepth: 3 };
// cue separates right from wrong; colour is noise.
const data: FitRow[] = [
  ...rows(20, 19, { cue: 'say', colour: 'red' }, 'a'),
  ...rows(20, 19, { cue: 'say', colour: 'blue' }, 'b'),
  ...rows(20, 6, { cue: 'verb', colour: 'red' }, 'c'),
  ...rows(20, 6, { cue: 'verb', colour: 'blue' }, 'd'),
];

describe('growTree', () => {
  it.each([
    ['the root holds every row and the overall share', '*', [80, 50 / 80, 'cue']],
    ['it splits on the feature that separates outcomes, not the noise', '*|cue=say', [40, 38 / 40]],
    ['each value of the split gets its group', '*|cue=verb', [40, 12 / 40]],
  ])('%s', (_name, key, want) => {
    const t = growTree(data, opts);
    expect(t[key]![0]).toBe(want[0]);
    expect(t[key]![1]).toBeCloseTo(want[1] as number, 9);
    expect(t[key]![2]).toBe(want[2]);
  });

  it.each([
    ['a subgroup under minGroup gets no row', { ...opts, minGroup: 41 }, ['*']],
    ['a gain under minGain makes no split', { ...opts, minGain: 100 }, ['*']],
    ['depth 0 is the root alone', { ...opts, maxDepth: 0 }, ['*']],
    ['a noise feature is not split on after the real one (its gain is 0)', opts, ['*', '*|cue=say', '*|cue=verb']],
  ])('%s', (_name, o, keys) => {
    expect(Object.keys(growTree(data, o)).sort()).toEqual(keys);
  });

  it('shrinks a group toward its parent by priorWeight', () => {
    const t = growTree(data, { ...opts, priorWeight: 40 });
    expect(t['*|cue=say']![1]).toBeCloseTo((38 + 40 * (50 / 80)) / 80, 9);
  });

  it('counts weights, as a bootstrap sample gives them', () => {
    const t = growTree(data.map((r) => ({ ...r, w: 2 })), opts);
    expect(t['*']![0]).toBe(160);
    expect(t['*|cue=say']![1]).toBeCloseTo(38 / 40, 9);
  });

  it('grows on soft targets (a bagged mean) as on outcomes', () => {
    const soft = data.map((r) => ({ ...r, y: r.values.cue === 'say' ? 0.9 : 0.4 }));
    expect(growTree(soft, opts)['*|cue=verb']![1]).toBeCloseTo(0.4, 9);
  });
});

describe('predictTree walks as calibrate() does', () => {
  const t = growTree(data, opts);
  it.each([
    ['the deepest matching group', { cue: 'say', colour: 'red' }, 38 / 40],
    ['a value with no group takes its parent', { cue: 'colon', colour: 'red' }, 50 / 80],
  ])('%s', (_name, values, want) => {
    expect(predictTree(t, values)).toBeCloseTo(want, 9);
  });
  it('states 0.5 with an empty table', () => {
    expect(predictTree({}, { cue: 'say' })).toBe(0.5);
  });
});

describe('bagging by document', () => {
  // Two quotations a document: a document is drawn or left out whole.
  const paired: FitRow[] = data.map((r, i) => ({ ...r, doc: `doc${Math.floor(i / 2)}` }));

  it('draws as many documents as there are, a document k times weighing k', () => {
    const sample = bootstrapByDocument(paired, seededRandom(3));
    const byDoc = new Map<string, number[]>();
    for (const r of sample) byDoc.set(r.doc, [...(byDoc.get(r.doc) ?? []), r.w]);
    expect([...byDoc.values()].every((ws) => ws.length === 2 && ws[0] === ws[1])).toBe(true);
    expect([...byDoc.values()].reduce((a, ws) => a + ws[0]!, 0)).toBe(40);
    expect(byDoc.size).toBeLessThan(40);
  });

  it('is the same for the same seed', () => {
    expect(baggedMeans(paired, 5, 9, opts)).toEqual(baggedMeans(paired, 5, 9, opts));
  });

  it('averages the trees: each mean lies within the range the trees can state', () => {
    for (const m of baggedMeans(paired, 20, 9, opts)) {
      expect(m).toBeGreaterThan(0);
      expect(m).toBeLessThan(1);
    }
  });

  it('distils the bagged means into one tree with the same split', () => {
    const t = fitBagged(paired, { bags: 20, seed: 9, tree: opts, distil: opts });
    expect(t['*']![2]).toBe('cue');
    expect(t['*|cue=say']![1]).toBeGreaterThan(0.85);
    expect(t['*|cue=verb']![1]).toBeLessThan(0.4);
    expect(t['*']![0]).toBe(80);
  });

  it('with no bags is the plain tree on the outcomes', () => {
    expect(fitBagged(data, { bags: 0, seed: 1, tree: opts, distil: opts })).toEqual(growTree(data, opts));
  });
});

describe('foldsByDocument', () => {
  const paired: FitRow[] = data.map((r, i) => ({ ...r, doc: `doc${Math.floor(i / 2)}` }));
  it('puts every document in one fold, the folds as even as can be', () => {
    const folds = foldsByDocument(paired, 3, 1);
    expect(folds.size).toBe(40);
    const sizes = [0, 1, 2].map((k) => [...folds.values()].filter((f) => f === k).length);
    expect(sizes.sort()).toEqual([13, 13, 14]);
  });
  it('is the same for the same seed, other for another', () => {
    expect(foldsByDocument(paired, 5, 1)).toEqual(foldsByDocument(paired, 5, 1));
    expect(foldsByDocument(paired, 5, 1)).not.toEqual(foldsByDocument(paired, 5, 2));
  });
});

describe('reliability', () => {
  it.each([
    ['per tenth, |mean stated - share right| weighted by quotations', [0.95, 0.95, 0.55, 0.55], [true, true, true, false], { ece: 0.05, high: 1, covering: 0.5 }],
    ['over-confident', [0.9, 0.9], [true, false], { ece: 0.4, high: 0.5, covering: 1 }],
    ['a confidence above 1 is read as 1', [1.2], [true], { ece: 0, high: 1, covering: 1 }],
  ])('%s', (_name, stated, right, want) => {
    const r = reliability(stated, right);
    expect(r.ece).toBeCloseTo(want.ece, 9);
    expect(r.high).toBeCloseTo(want.high, 9);
    expect(r.covering).toBeCloseTo(want.covering, 9);
  });
  it('gives the Brier score', () => {
    expect(reliability([0.8, 0.3], [true, false]).brier).toBeCloseTo((0.04 + 0.09) / 2, 9);
  });
});
