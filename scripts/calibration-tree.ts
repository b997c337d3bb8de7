// The calibration fit's trees (scripts/fit-calibration.ts, decision 015): a greedy tree over the
// calibration features' values, bagging over bootstrap samples of train documents, the bagged
// ensemble distilled into one tree of the same table format, and document-level folds for
// cross-validation. Pure: no Node APIs, so a test can run it on rows of its own.

/** One train quotation: its document, its feature values, what it scored (1 right, 0 wrong, or a soft target), its weight. */
export interface FitRow {
  doc: string;
  values: Readonly<Record<string, string>>;
  y: number;
  w: number;
}

/** How a tree grows. */
export interface TreeOptions {
  /** A subgroup needs this much weight (train quotations) to get its own row; smaller ones use the parent's. */
  minGroup: number;
  /** A split must cut the squared error by at least this much (summed over the group). */
  minGain: number;
  /** A group's mean is pulled toward its parent's as if it had this many more quotations. */
  priorWeight: number;
  /** At most this many features on the way from the root to a group. */
  maxDepth: number;
}

/** A table row as the fit builds it: [quotations, share right (unrounded), the feature its subgroups split on]. */
export type TreeRow = [number, number, string?];

/**
 * Grows the tree greedily from the root '*': a group splits on the feature whose subgroups (each at
 * least minGroup) reduce the squared error of the stated value most, while that gain is at least
 * minGain; each group's mean is shrunk toward its parent's. Keys are the path of feature=value, as
 * src/quotes/calibrate.ts walks them. Ties between features go to the first in the rows' key order.
 */
export function growTree(rows: readonly FitRow[], opts: TreeOptions): Record<string, TreeRow> {
  const table: Record<string, TreeRow> = {};
  if (rows.length === 0) return table;
  const features = Object.keys(rows[0]!.values);
  const sums = (group: readonly FitRow[]): { n: number; s: number } => {
    let n = 0, s = 0;
    for (const r of group) { n += r.w; s += r.w * r.y; }
    return { n, s };
  };
  const grow = (key: string, group: readonly FitRow[], parentP: number | null, used: ReadonlySet<string>, depth: number): void => {
    const { n, s } = sums(group);
    const p = parentP === null ? s / n : (s + opts.priorWeight * parentP) / (n + opts.priorWeight);
    table[key] = [Math.round(n), p];
    if (depth >= opts.maxDepth) return;
    let best: { feature: string; gain: number; parts: Map<string, FitRow[]> } | null = null;
    for (const feature of features) {
      if (used.has(feature)) continue;
      const parts = new Map<string, FitRow[]>();
      for (const r of group) {
        const v = r.values[feature]!;
        const list = parts.get(v);
        if (list) list.push(r);
        else parts.set(v, [r]);
      }
      let gain = 0;
      for (const part of parts.values()) {
        const t = sums(part);
        if (t.n < opts.minGroup) continue;
        const pc = (t.s + opts.priorWeight * p) / (t.n + opts.priorWeight);
        gain += t.n * (pc - p) ** 2;
      }
      if (!best || gain > best.gain) best = { feature, gain, parts };
    }
    if (!best || best.gain < opts.minGain) return;
    table[key]![2] = best.feature;
    const next = new Set(used).add(best.feature);
    for (const [value, part] of [...best.parts.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
      if (sums(part).n >= opts.minGroup) grow(`${key}|${best.feature}=${value}`, part, p, next, depth + 1);
    }
  };
  grow('*', rows, null, new Set(), 0);
  return table;
}

/** The value of the deepest group matching these feature values (unrounded; a value with no group takes its parent's), as calibrate() walks. */
export function predictTree(table: Readonly<Record<string, TreeRow>>, values: Readonly<Record<string, string>>): number {
  let key = '*';
  let row: TreeRow | undefined = table[key];
  if (!row) return 0.5;
  for (;;) {
    const split: string | undefined = row[2];
    if (!split) return row[1];
    const child: string = `${key}|${split}=${values[split]}`;
    const next: TreeRow | undefined = table[child];
    if (!next) return row[1];
    key = child;
    row = next;
  }
}

/** A small seeded generator (mulberry32): the same seed gives the same draws. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The rows' documents in first-seen order. */
function docsOf(rows: readonly FitRow[]): string[] {
  return [...new Set(rows.map((r) => r.doc))];
}

/**
 * The rows of one bootstrap sample of documents (as many documents drawn with replacement as there
 * are): a document drawn k times weighs k; one not drawn is left out. Documents, not quotations, are
 * drawn because a document's quotations share their errors (one misread speaker, one annotator).
 */
export function bootstrapByDocument(rows: readonly FitRow[], random: () => number): FitRow[] {
  const docs = docsOf(rows);
  const times = new Map<string, number>();
  for (let k = 0; k < docs.length; k++) {
    const d = docs[Math.floor(random() * docs.length)]!;
    times.set(d, (times.get(d) ?? 0) + 1);
  }
  return rows.flatMap((r) => {
    const t = times.get(r.doc);
    return t ? [{ ...r, w: r.w * t }] : [];
  });
}

/** How the calibration is fitted: bagged trees, then one tree distilled from their mean. */
export interface BaggedOptions {
  /** The trees averaged, each grown on a bootstrap sample of documents. */
  bags: number;
  seed: number;
  tree: TreeOptions;
  /** The one tree written as the table, grown on the bagged mean of each row. */
  distil: TreeOptions;
}

/** Each row's mean prediction over `bags` trees, each grown on a bootstrap sample of the rows' documents. */
export function baggedMeans(rows: readonly FitRow[], bags: number, seed: number, opts: TreeOptions): number[] {
  const random = seededRandom(seed);
  const sum = rows.map(() => 0);
  for (let b = 0; b < bags; b++) {
    const tree = growTree(bootstrapByDocument(rows, random), opts);
    rows.forEach((r, i) => { sum[i]! += predictTree(tree, r.values); });
  }
  return sum.map((s) => s / bags);
}

/**
 * The bagged fit as one table: the trees' mean for every row, then a tree grown on those means
 * (distilled), so its groups hold the ensemble's smoothed rates and the engine walks one tree. With
 * bags 0 it is the plain tree on the rows' own outcomes.
 */
export function fitBagged(rows: readonly FitRow[], opts: BaggedOptions): Record<string, TreeRow> {
  if (opts.bags === 0) return growTree(rows, opts.tree);
  const means = baggedMeans(rows, opts.bags, opts.seed, opts.tree);
  const soft = rows.map((r, i) => ({ ...r, y: means[i]! }));
  const table = growTree(soft, opts.distil);
  // The counts the table states are train quotations, not bootstrap weights.
  return table;
}

/** The rows' documents split into k folds (seeded shuffle, then round robin): fold index per document. */
export function foldsByDocument(rows: readonly FitRow[], k: number, seed: number): Map<string, number> {
  const docs = docsOf(rows).sort();
  const random = seededRandom(seed);
  for (let i = docs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [docs[i], docs[j]] = [docs[j]!, docs[i]!];
  }
  return new Map(docs.map((d, i) => [d, i % k]));
}

/** Stated confidences against outcomes, binned by tenths as the shared scorer bins them. */
export interface Reliability {
  /** Mean squared error of the stated confidence. */
  brier: number;
  /** Expected calibration error (0–1): per tenth, |mean stated − share right|, weighted by quotations. */
  ece: number;
  /** Share right of those stated at 0.8 or more. */
  high: number;
  /** Share of all quotations stated at 0.8 or more. */
  covering: number;
}

/** How well stated confidences match outcomes (the shared scorer's ECE and ≥ 0.8 figures, and the Brier score). */
export function reliability(stated: readonly number[], right: readonly boolean[]): Reliability {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, right: 0, sum: 0 }));
  let brier = 0;
  stated.forEach((s, i) => {
    const c = Math.min(1, Math.max(0, s));
    const b = bins[Math.min(9, Math.floor(c * 10))]!;
    b.n++;
    b.sum += c;
    if (right[i]) b.right++;
    brier += (c - (right[i] ? 1 : 0)) ** 2;
  });
  const n = stated.length;
  const high = bins.slice(8);
  const hn = high.reduce((a, b) => a + b.n, 0);
  return {
    brier: n ? brier / n : 0,
    ece: n ? bins.reduce((a, b) => a + Math.abs(b.sum - b.right), 0) / n : 0,
    high: hn ? high.reduce((a, b) => a + b.right, 0) / hn : 0,
    covering: n ? hn / n : 0,
  };
}
