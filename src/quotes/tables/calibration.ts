// Written by `npm run quotes:calibrate` (scripts/fit-calibration.ts); do not edit by hand: refit.
// Fitted on polnear-train.jsonl (8425 predicted quotations) as a small decision tree. Each row:
// a group of train quotations (the path of feature=value from the root '*', see calibrate.ts
// featureValues), how many, the share of them found and attributed right (the shared scorer's
// verdict) shrunk toward the parent group's (weight 10), and the feature its subgroups split on.
// 'pronoun-resolution': [pronoun-resolved quotations in tests/fixtures/wikinews-silver.jsonl, how much less often their speaker is
// right by name than a named one's, shrunk toward 1 as if 35 more had no discount]: PolNeAR
// credits "he" whoever he was resolved to; the reader sees the name.
// 'sieve-prior|<sieve>': [train quotations of a sieve too rare for the tree (under 40), the sieve's own
// measured precision, used instead of the tree].
// A split needs subgroups of 40+ quotations and a squared-error gain of 1+; depth at most 5.
// Reliability after fitting:
//   train            ECE  0.5 pts | stated >= 0.8: 94.5% right, covering 86.4% of quotations | e2e F1 89.3
//   dev              ECE  4.2 pts | stated >= 0.8: 96.2% right, covering 84.7% of quotations | e2e F1 92.0
//   wikinews names   ECE  6.5 pts | stated >= 0.8: 97.2% right, covering 86.2% of quotations | e2e F1 93.6

/** Group key -> [train quotations in the group, calibrated confidence, feature its subgroups split on]. */
export type CalibrationTable = Readonly<Record<string, readonly [n: number, confidence: number, split?: string]>>;

/** The fitted mapping. */
export const CALIBRATION: CalibrationTable = {
  '*': [8425, 0.89, 'cue'],
  '*|cue=according': [90, 0.87],
  '*|cue=naming': [333, 0.81, 'others'],
  '*|cue=naming|others=0': [115, 0.68],
  '*|cue=naming|others=1-2': [91, 0.83],
  '*|cue=naming|others=3+': [127, 0.90],
  '*|cue=none': [425, 0.40, 'gap'],
  '*|cue=none|gap=0-12': [40, 0.32],
  '*|cue=none|gap=13-60': [162, 0.52, 'others'],
  '*|cue=none|gap=13-60|others=0': [78, 0.46],
  '*|cue=none|gap=13-60|others=1-2': [43, 0.46],
  '*|cue=none|gap=13-60|others=3+': [41, 0.71],
  '*|cue=none|gap=61+': [147, 0.43],
  '*|cue=none|gap=none': [76, 0.13],
  '*|cue=punct': [73, 0.81],
  '*|cue=say': [6152, 0.95, 'gap'],
  '*|cue=say|gap=0-12': [4029, 0.98],
  '*|cue=say|gap=13-60': [1204, 0.94, 'others'],
  '*|cue=say|gap=13-60|others=0': [218, 0.88],
  '*|cue=say|gap=13-60|others=1-2': [513, 0.97],
  '*|cue=say|gap=13-60|others=3+': [473, 0.93],
  '*|cue=say|gap=61+': [919, 0.85, 'others'],
  '*|cue=say|gap=61+|others=0': [180, 0.71],
  '*|cue=say|gap=61+|others=1-2': [384, 0.89],
  '*|cue=say|gap=61+|others=3+': [355, 0.88],
  '*|cue=verb': [1352, 0.80, 'step'],
  '*|cue=verb|step=description': [198, 0.66, 'others'],
  '*|cue=verb|step=description|others=0': [129, 0.60, 'gap'],
  '*|cue=verb|step=description|others=0|gap=0-12': [43, 0.72],
  '*|cue=verb|step=description|others=0|gap=13-60': [46, 0.61],
  '*|cue=verb|step=description|others=0|gap=61+': [40, 0.46],
  '*|cue=verb|step=description|others=1-2': [55, 0.84],
  '*|cue=verb|step=name': [679, 0.85, 'words'],
  '*|cue=verb|step=name|words=1-2': [158, 0.76],
  '*|cue=verb|step=name|words=13+': [209, 0.91],
  '*|cue=verb|step=name|words=3-5': [132, 0.82],
  '*|cue=verb|step=name|words=6-12': [180, 0.88],
  '*|cue=verb|step=none': [47, 0.53],
  '*|cue=verb|step=organisation': [75, 0.69],
  '*|cue=verb|step=pronoun': [349, 0.88],
  'pronoun-resolution': [34, 0.99],
  'sieve-prior|transcript-label': [4, 0.90],
  'sieve-prior|next-line-frame': [7, 0.80],
  'sieve-prior|in-the-words-of': [1, 0.85],
  'sieve-prior|reported-frame': [17, 0.35],
};
