// Fits the engine's confidence calibration (src/quotes/calibrate.ts) on PolNeAR train and checks it on
// dev and the Wikinews silver set: for groups of train quotations with the same feature values, the
// share found and attributed right (the shared scorer's verdict; an extra quotation is wrong). The
// groups are one tree distilled from bagged trees (scripts/calibration-tree.ts): many trees, each grown
// on a bootstrap sample of train documents, averaged per quotation, so that no single close split
// decides a group's rate and a small rule change moves the table little. Writes
// src/quotes/tables/calibration.ts and prints the reliability before (the confidence the engine states
// now) and after, on train, dev and silver.
// The fitted rates are then corrected for PolNeAR's label noise, measured by a hand audit of train
// errors (scripts/calibration-audit.jsonl, decision 015): of the train quotations scored wrong in a
// band of stated confidence, the audited share where the engine names the right person and the gold
// does not (an outer source credited, "said" as the source, a quotation not annotated; its lower
// bound, scripts/calibration-noise.ts) is credited back to every group in that band.
// Usage: npm run quotes:calibrate [-- --train FILE --dev FILE --audit FILE --check]   (--check: report only, write nothing)
//        npm run -s quotes:calibrate -- --cv   (train only: 5-fold cross-validation by document of the candidate settings)
//        npm run -s quotes:calibrate -- --draw 0.7-0.8 40 [--seed 9]   (to audit again: N random train errors of
//        that band of fitted confidence not in the audit yet, each in context with its audit row to complete)
import { readFileSync, writeFileSync } from 'node:fs';
import { calibrate, featureValues, PRONOUN_RESOLUTION, SIEVE_PRIOR, type CalibrationFeatures } from '../src/quotes/calibrate.ts';
import { SIEVES } from '../src/quotes/attribute.ts';
import { LOW_CONFIDENCE } from '../src/common/confidence.ts';
import { analyseQuotes } from '../src/quotes/extract-quotes.ts';
import type { CalibrationTable } from '../src/quotes/tables/calibration.ts';
import { scoreQuotes, speakerRight, type GoldDoc, type PredDoc, type ScoreResult } from './quote-scorer.ts';
import { AUDIT_BANDS, bandLines, bandOf, creditNoise, emptyBands, parseAudit, poolShares, type AuditRow, type FittedRow, type NoiseBand } from './calibration-noise.ts';
import { fitBagged, foldsByDocument, reliability, seededRandom, type BaggedOptions, type FitRow } from './calibration-tree.ts';

const TABLE_FILE = 'src/quotes/tables/calibration.ts';
/** A sieve with fewer train quotations than this keeps its own measured precision (a sieve-prior row), not a tree group's. */
const SIEVE_PRIOR_BELOW = 40;
/** Shrinkage of the pronoun discount: it is measured on few quotations (the names set is small). */
const PRONOUN_PRIOR = 35;
/**
 * The fit (decision 015, session 21): BAGS trees, each grown on a bootstrap sample of train documents,
 * averaged for every train quotation, then one tree grown on those averages is the table. The
 * settings are the ones 5-fold cross-validation by document on train preferred (`-- --cv` reruns it).
 */
const FIT: BaggedOptions = {
  bags: 300,
  seed: 7,
  tree: { minGroup: 5, minGain: 0.1, priorWeight: 10, maxDepth: 5 },
  distil: { minGroup: 20, minGain: 0.25, priorWeight: 0, maxDepth: 6 },
};

interface Run { preds: PredDoc[]; features: CalibrationFeatures[][] }

function readSet(path: string): GoldDoc[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
    try {
      return JSON.parse(l) as GoldDoc;
    } catch (e) {
      throw new Error(`${path}:${i + 1}: not JSON (${(e as Error).message})`);
    }
  });
}

function run(golds: GoldDoc[]): Run {
  const preds: PredDoc[] = [];
  const features: CalibrationFeatures[][] = [];
  for (const g of golds) {
    const { analysis, features: f } = analyseQuotes(g.text);
    preds.push({ id: g.id, quotes: analysis.quotes.map((q) => ({ start: q.start, end: q.end, speaker: q.speaker?.name ?? null, mention: q.mention, confidence: q.confidence })) });
    features.push(f);
  }
  return { preds, features };
}

/** The train quotations as the fit's rows: feature values and whether the shared scorer found them right. */
function fitRows(r: Run, verdicts: ScoreResult['verdicts']): FitRow[] {
  return r.preds.flatMap((p, d) => {
    const v = verdicts.get(p.id)!;
    return r.features[d]!.map((f, i) => ({ doc: p.id, values: featureValues(f), y: v[i] === true ? 1 : 0, w: 1 }));
  });
}

/** The fitted tree as table rows, rates to two decimals. */
function fit(rows: readonly FitRow[], opts: BaggedOptions): Record<string, FittedRow> {
  const table: Record<string, FittedRow> = {};
  for (const [key, [n, p, split]] of Object.entries(fitBagged(rows, opts))) table[key] = split ? [n, Math.round(p * 100) / 100, split] : [n, Math.round(p * 100) / 100];
  return table;
}

/**
 * PolNeAR credits a pronoun mention ("he said") whoever "he" was resolved to, but the reader sees the
 * name. On the names set: how much less often a pronoun-resolved speaker is right than a named one
 * (share right by name, pronoun mentions over name mentions), the factor calibrate() applies to
 * pronoun-resolved quotations.
 */
function pronounFactor(r: Run, golds: GoldDoc[]): [number, number] {
  const byId = new Map(golds.map((g) => [g.id, g]));
  const tally = { pronoun: { n: 0, right: 0 }, name: { n: 0, right: 0 } };
  r.preds.forEach((p, d) => {
    const g = byId.get(p.id)!;
    p.quotes.forEach((q, i) => {
      const f = r.features[d]![i]!;
      if (f.step === 'none' || (f.mention !== 'pronoun' && f.mention !== 'name')) return;
      const gq = g.quotes.find((x) => Math.min(x.end, q.end) - Math.max(x.start, q.start) >= Math.max(x.end - x.start, q.end - q.start) / 2);
      if (!gq || !gq.speaker) return;
      const t = tally[f.mention as 'pronoun' | 'name'];
      t.n++;
      if (speakerRight({ ...gq, speakerStart: undefined, speakerEnd: undefined }, { ...q, mention: null })) t.right++;
    });
  });
  const share = (t: { n: number; right: number }): number => (t.right + 1) / (t.n + 2);
  const raw = Math.min(1, share(tally.pronoun) / share(tally.name));
  // Few pronoun quotations: shrink the discount toward none as if PRONOUN_PRIOR more had no discount.
  const factor = 1 - ((1 - raw) * tally.pronoun.n) / (tally.pronoun.n + PRONOUN_PRIOR);
  return [tally.pronoun.n, Math.round(factor * 100) / 100];
}

/**
 * The audit's bands for the current engine: each band's train errors (by the fitted, uncorrected
 * confidence), and the audit rows the engine still gives (same quotation, same speaker, still scored
 * wrong; a changed attribution voids its row), then the pooled share of gold noise.
 */
function noiseBands(audit: AuditRow[], train: Run, verdicts: ScoreResult['verdicts'], raw: CalibrationTable): NoiseBand[] {
  const bands = emptyBands();
  const current = new Map<string, { speaker: string | null; right: boolean }>();
  train.preds.forEach((p, d) => {
    const v = verdicts.get(p.id)!;
    p.quotes.forEach((q, i) => {
      current.set(`${p.id}|${q.start}|${q.end}`, { speaker: q.speaker, right: v[i] === true });
      const b = v[i] ? undefined : bandOf(bands, calibrate(train.features[d]![i]!, raw));
      if (b) b.errors++;
    });
  });
  for (const a of audit) {
    const b = bandOf(bands, a.stated);
    if (!b) continue;
    b.audited++;
    const now = current.get(`${a.id}|${a.start}|${a.end}`);
    if (!now || now.right || now.speaker !== a.speaker) continue;
    b.applying++;
    if (a.verdict === 'engine-right') b.engineRight++;
  }
  return poolShares(bands);
}

/**
 * Prints n random train errors whose fitted (uncorrected) confidence is in [from, to) and that the
 * audit does not hold yet: the quotation in its context, the engine's speaker and the gold's, and
 * the audit row to append once verdict and why are filled in. Seeded, so a draw can be repeated.
 */
function drawErrors(golds: GoldDoc[], train: Run, verdicts: ScoreResult['verdicts'], raw: CalibrationTable, auditFile: string, from: number, to: number, n: number, seed: number): void {
  if (!(from < to) || !(n > 0)) throw new Error('--draw needs a band and a count, e.g. --draw 0.7-0.8 40');
  const audited = new Set(parseAudit(readFileSync(auditFile, 'utf8'), auditFile).map((a) => `${a.id}|${a.start}|${a.end}`));
  const pool: { d: number; i: number; stated: number }[] = [];
  train.preds.forEach((p, d) => p.quotes.forEach((q, i) => {
    const stated = calibrate(train.features[d]![i]!, raw);
    if (!verdicts.get(p.id)![i] && stated >= from && stated < to && !audited.has(`${p.id}|${q.start}|${q.end}`)) pool.push({ d, i, stated });
  }));
  // A seeded Fisher–Yates shuffle of the pool.
  const random = seededRandom(seed);
  for (let k = pool.length - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    [pool[k], pool[j]] = [pool[j]!, pool[k]!];
  }
  console.log(`${pool.length} train errors at fitted ${from}-${to} not audited yet; ${Math.min(n, pool.length)} drawn (seed ${seed}):\n`);
  for (const { d, i, stated } of pool.slice(0, n)) {
    const g = golds[d]!;
    const q = train.preds[d]!.quotes[i]!;
    const gq = g.quotes.find((x) => Math.min(x.end, q.end) - Math.max(x.start, q.start) >= Math.max(x.end - x.start, q.end - q.start) / 2);
    const m = q.mention;
    const a = Math.max(0, Math.min(q.start, m?.start ?? q.start) - 240);
    const b = Math.min(g.text.length, Math.max(q.end, m?.end ?? q.end) + 120);
    console.log(`engine: ${q.speaker ?? '(none)'} (mention "${m ? g.text.slice(m.start, m.end) : ''}") | gold: ${gq ? (gq.speaker ?? '(no speaker)') : '(no such quotation in the gold)'}`);
    console.log(`…${g.text.slice(a, b).replace(/\n+/g, ' ¶ ')}…`);
    console.log(JSON.stringify({ id: g.id, start: q.start, end: q.end, speaker: q.speaker, stated, sample: `${from}<=stated<${to} (seed ${seed})`, verdict: '', why: '' }));
    console.log('');
  }
}

function withConfidence(r: Run, conf: (f: CalibrationFeatures, stated: number) => number): PredDoc[] {
  return r.preds.map((p, d) => ({ ...p, quotes: p.quotes.map((q, i) => ({ ...q, confidence: conf(r.features[d]![i]!, q.confidence ?? 0) })) }));
}

function summary(name: string, s: ScoreResult): string {
  const pct = (x: number): string => (100 * x).toFixed(1);
  const high = s.high.n ? pct(s.high.right / s.high.n) : '-';
  const bins = s.bins.filter((b) => b.n).map((b) => `${b.from.toFixed(1)}: ${b.n} at ${pct(b.right / b.n)}%`).join(', ');
  return `${name.padEnd(16)} ECE ${pct(s.ece ?? 0).padStart(4)} pts | stated >= 0.8: ${high}% right, covering ${pct(s.high.n / s.withConfidence)}% of quotations | e2e F1 ${pct(s.endToEnd.F1)}\n${''.padEnd(17)}${bins}`;
}

function render(table: Record<string, FittedRow>, total: number, trainFile: string, namesFile: string, auditFile: string, bands: NoiseBand[], check: { train: string; dev: string; names: string }): string {
  const rows = Object.entries(table).map(([k, [n, p, split]]) => `  '${k}': [${n}, ${p.toFixed(2)}${split ? `, '${split}'` : ''}],`).join('\n');
  return `// Written by \`npm run quotes:calibrate\` (scripts/fit-calibration.ts); do not edit by hand: refit.
// Fitted on ${trainFile.split('/').pop()} (${total} predicted quotations) as a small decision tree,
// stable under small rule changes because it is distilled from bagged trees (decision 015, session 21):
// ${FIT.bags} trees, each grown on a bootstrap sample of train documents (a split needs subgroups of
// ${FIT.tree.minGroup}+ quotations and a squared-error gain of ${FIT.tree.minGain}+, depth at most ${FIT.tree.maxDepth}, a group's share right shrunk
// toward its parent's with weight ${FIT.tree.priorWeight}; seed ${FIT.seed}), are averaged for every train quotation, and one tree
// grown on those averages (subgroups of ${FIT.distil.minGroup}+, gain ${FIT.distil.minGain}+, depth at most ${FIT.distil.maxDepth}) is this table;
// the settings are the ones 5-fold cross-validation by train document preferred
// (\`npm run -s quotes:calibrate -- --cv\`). Each row: a group of train quotations (the path of
// feature=value from the root '*', see calibrate.ts featureValues), how many, the bagged trees' mean
// share right for them (the shared scorer's verdict), and the feature its subgroups split on.
// '${PRONOUN_RESOLUTION}': [pronoun-resolved quotations in ${namesFile}, how much less often their speaker is
// right by name than a named one's, shrunk toward 1 as if ${PRONOUN_PRIOR} more had no discount]: PolNeAR
// credits "he" whoever he was resolved to; the reader sees the name.
// '${SIEVE_PRIOR}<sieve>': [train quotations of a sieve too rare for the tree (under ${SIEVE_PRIOR_BELOW}), the sieve's own
// measured precision, used instead of the tree].
// Then each group's share right p is corrected for PolNeAR's label noise, p + (1 - p) * share, where
// share is the one-sided 90 % lower bound of how many of the train errors in its band of p a hand
// audit (${auditFile}) found to be the gold's, not the engine's (bands pooled to be
// non-decreasing; groups under ${AUDIT_BANDS[0]} are not corrected: not audited):
${bandLines(bands).map((l) => `//   ${l}`).join('\n')}
// Reliability after fitting and correcting (train is scored against its own gold, noise included):
//   ${check.train.split('\n')[0]}
//   ${check.dev.split('\n')[0]}
//   ${check.names.split('\n')[0]}

/** Group key -> [train quotations in the group, calibrated confidence, feature its subgroups split on]. */
export type CalibrationTable = Readonly<Record<string, readonly [n: number, confidence: number, split?: string]>>;

/** The fitted mapping. */
export const CALIBRATION: CalibrationTable = {
${rows}
};
`;
}

/**
 * A sieve with fewer than SIEVE_PRIOR_BELOW train quotations would be lumped with other patterns: it
 * keeps the precision it was measured at (its own confidence), stated in its row.
 */
function withSievePriors(table: Record<string, FittedRow>, features: readonly CalibrationFeatures[]): Record<string, FittedRow> {
  const perSieve = new Map<string, number>();
  for (const f of features) perSieve.set(f.sieve, (perSieve.get(f.sieve) ?? 0) + 1);
  for (const sieve of SIEVES) if ((perSieve.get(sieve.name) ?? 0) < SIEVE_PRIOR_BELOW) table[`${SIEVE_PRIOR}${sieve.name}`] = [perSieve.get(sieve.name) ?? 0, sieve.confidence];
  return table;
}

/** Bags per candidate in `-- --cv` (FIT uses more only to lower the Monte Carlo noise of one fit). */
const CV_BAGS = 100;

/** The settings `-- --cv` compares: the single trees fitted before, and bagged fits around FIT. */
const CV_CANDIDATES: [string, BaggedOptions][] = [
  ['one tree, groups 40, gain 1 (sessions 16-20)', { bags: 0, seed: 0, tree: { minGroup: 40, minGain: 1, priorWeight: 10, maxDepth: 5 }, distil: { minGroup: 40, minGain: 1, priorWeight: 0, maxDepth: 5 } }],
  ['one tree, groups 10, gain 0.25', { bags: 0, seed: 0, tree: { minGroup: 10, minGain: 0.25, priorWeight: 10, maxDepth: 5 }, distil: { minGroup: 10, minGain: 0.25, priorWeight: 0, maxDepth: 5 } }],
  ...[[5, 0.1], [10, 0.25], [40, 1]].flatMap(([g, gain]) => [5, 10].flatMap((pw) => [[10, 0.1], [20, 0.25]].map(([dg, dgain]): [string, BaggedOptions] => [
    `bagged ${CV_BAGS}, trees ${g}/${gain}/prior ${pw}, distilled ${dg}/${dgain}`,
    { ...FIT, bags: CV_BAGS, tree: { ...FIT.tree, minGroup: g!, minGain: gain!, priorWeight: pw }, distil: { ...FIT.distil, minGroup: dg!, minGain: dgain! } },
  ]))),
];

/**
 * 5-fold cross-validation by document on train only (twice, folds drawn with seeds 1 and 2): each
 * candidate is fitted on four folds (sieve priors included, no noise correction: the held-out fold
 * is scored against the same gold) and states the fifth; prints the held-out Brier score (the
 * choice), ECE and the stated >= 0.8 share, pooled over the folds.
 */
function crossValidate(rows: readonly FitRow[], features: readonly CalibrationFeatures[]): void {
  console.log('5-fold cross-validation by train document (folds seeded 1 / 2): held-out Brier, ECE, stated >= 0.8 right / covering');
  for (const [name, opts] of CV_CANDIDATES) {
    const cells = [1, 2].map((seed) => {
      const folds = foldsByDocument(rows, 5, seed);
      const stated = rows.map(() => 0);
      for (let k = 0; k < 5; k++) {
        const inFold = rows.map((r) => folds.get(r.doc) === k);
        const table = withSievePriors(fit(rows.filter((_, i) => !inFold[i]), opts), features.filter((_, i) => !inFold[i]));
        rows.forEach((_, i) => { if (inFold[i]) stated[i] = calibrate(features[i]!, table); });
      }
      return reliability(stated, rows.map((r) => r.y === 1));
    });
    const pct = (x: number): string => (100 * x).toFixed(1);
    console.log(`  ${name.padEnd(58)} ${cells.map((c) => `${c.brier.toFixed(4)}, ECE ${pct(c.ece)}, ${pct(c.high)}% / ${pct(c.covering)}%`).join(' | ')}`);
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const opt = (name: string, def: string): string => (args.includes(name) ? args[args.indexOf(name) + 1]! : def);
  const trainFile = opt('--train', '../shared/eval/polnear-train.jsonl');
  const devFile = opt('--dev', '../shared/eval/polnear-dev.jsonl');
  // The bundled articles with our own labels: speakers as full names, so a pronoun counts only when
  // it was resolved to the right person (PolNeAR credits the pronoun itself). Checked, not fitted on.
  const namesFile = opt('--names', 'tests/fixtures/wikinews-silver.jsonl');
  const trainGold = readSet(trainFile);
  const devGold = readSet(devFile);
  const namesGold = readSet(namesFile);
  // Our hand audit of train errors: how often the gold, not the engine, is wrong (decision 015).
  const auditFile = opt('--audit', 'scripts/calibration-audit.jsonl');
  const train = run(trainGold);
  const dev = run(devGold);
  const names = run(namesGold);
  const trainScore = scoreQuotes(trainGold, train.preds);
  const rows = fitRows(train, trainScore.verdicts);
  if (args.includes('--cv')) {
    crossValidate(rows, train.features.flat());
    return;
  }
  const total = rows.length;
  const table = withSievePriors(fit(rows, FIT), train.features.flat());
  table[PRONOUN_RESOLUTION] = pronounFactor(names, namesGold);
  const raw: CalibrationTable = table;
  const bands = noiseBands(parseAudit(readFileSync(auditFile, 'utf8'), auditFile), train, trainScore.verdicts, raw);
  if (args.includes('--draw')) {
    const [from, to] = opt('--draw', '').split('-').map(Number);
    drawErrors(trainGold, train, trainScore.verdicts, raw, auditFile, from!, to!, Number(args[args.indexOf('--draw') + 2]), Number(opt('--seed', '9')));
    return;
  }
  const final = creditNoise(table, bands);
  const fitted: CalibrationTable = final;
  console.log('before (the confidence the engine states with its current table):');
  console.log(summary('  train', trainScore));
  console.log(summary('  dev', scoreQuotes(devGold, dev.preds)));
  console.log(summary('  wikinews names', scoreQuotes(namesGold, names.preds)));
  console.log(`fitted on train, rates as scored (${Object.keys(table).length} rows):`);
  console.log(summary('  train', scoreQuotes(trainGold, withConfidence(train, (f) => calibrate(f, raw)))));
  console.log(summary('  dev', scoreQuotes(devGold, withConfidence(dev, (f) => calibrate(f, raw)))));
  console.log(summary('  wikinews names', scoreQuotes(namesGold, withConfidence(names, (f) => calibrate(f, raw)))));
  console.log(`gold noise by the audit (${auditFile}):`);
  for (const line of bandLines(bands)) console.log(`  ${line}`);
  const after = {
    train: summary('train', scoreQuotes(trainGold, withConfidence(train, (f) => calibrate(f, fitted)))),
    dev: summary('dev', scoreQuotes(devGold, withConfidence(dev, (f) => calibrate(f, fitted)))),
    names: summary('wikinews names', scoreQuotes(namesGold, withConfidence(names, (f) => calibrate(f, fitted)))),
  };
  console.log(`after correcting for the audited noise (written; uncertain below ${LOW_CONFIDENCE}; train is scored against its noisy gold):`);
  console.log(`  ${after.train}\n  ${after.dev}\n  ${after.names}`);
  if (args.includes('--check')) return;
  writeFileSync(TABLE_FILE, render(final, total, trainFile, namesFile, auditFile, bands, after));
  console.log(`wrote ${TABLE_FILE}`);
}

main();
