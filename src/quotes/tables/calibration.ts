// Written by `npm run quotes:calibrate` (scripts/fit-calibration.ts); do not edit by hand: refit.
// Fitted on polnear-train.jsonl (8431 predicted quotations) as a small decision tree. Each row:
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
//   train            ECE  0.7 pts | stated >= 0.8: 94.6% right, covering 85.1% of quotations | e2e F1 89.0
//   dev              ECE  4.5 pts | stated >= 0.8: 96.1% right, covering 81.3% of quotations | e2e F1 91.8
//   wikinews names   ECE  6.9 pts | stated >= 0.8: 97.2% right, covering 85.4% of quotations | e2e F1 93.6

/** Group key -> [train quotations in the group, calibrated confidence, feature its subgroups split on]. */
export type CalibrationTable = Readonly<Record<string, readonly [n: number, confidence: number, split?: string]>>;

/** The fitted mapping. */
export const CALIBRATION: CalibrationTable = {
  '*': [8431, 0.89, 'cue'],
  '*|cue=according': [90, 0.87],
  '*|cue=naming': [333, 0.80, 'others'],
  '*|cue=naming|others=0': [113, 0.67],
  '*|cue=naming|others=1-2': [94, 0.82],
  '*|cue=naming|others=3+': [126, 0.90],
  '*|cue=none': [429, 0.40, 'gap'],
  '*|cue=none|gap=0-12': [40, 0.32],
  '*|cue=none|gap=13-60': [159, 0.51, 'others'],
  '*|cue=none|gap=13-60|others=0': [75, 0.44],
  '*|cue=none|gap=13-60|others=1-2': [44, 0.48],
  '*|cue=none|gap=13-60|others=3+': [40, 0.70],
  '*|cue=none|gap=61+': [151, 0.42],
  '*|cue=none|gap=none': [79, 0.12],
  '*|cue=punct': [69, 0.73],
  '*|cue=say': [6158, 0.95, 'gap'],
  '*|cue=say|gap=0-12': [4029, 0.98],
  '*|cue=say|gap=13-60': [1202, 0.93, 'others'],
  '*|cue=say|gap=13-60|others=0': [216, 0.88],
  '*|cue=say|gap=13-60|others=1-2': [515, 0.96],
  '*|cue=say|gap=13-60|others=3+': [471, 0.93],
  '*|cue=say|gap=61+': [927, 0.84, 'others'],
  '*|cue=say|gap=61+|others=0': [183, 0.70],
  '*|cue=say|gap=61+|others=1-2': [386, 0.88, 'words'],
  '*|cue=say|gap=61+|others=1-2|words=1-2': [47, 0.73],
  '*|cue=say|gap=61+|others=1-2|words=13+': [168, 0.90],
  '*|cue=say|gap=61+|others=1-2|words=3-5': [60, 0.91],
  '*|cue=say|gap=61+|others=1-2|words=6-12': [111, 0.91],
  '*|cue=say|gap=61+|others=3+': [358, 0.87],
  '*|cue=verb': [1352, 0.80, 'step'],
  '*|cue=verb|step=description': [199, 0.65, 'others'],
  '*|cue=verb|step=description|others=0': [126, 0.58],
  '*|cue=verb|step=description|others=1-2': [59, 0.82],
  '*|cue=verb|step=name': [675, 0.84, 'words'],
  '*|cue=verb|step=name|words=1-2': [159, 0.76],
  '*|cue=verb|step=name|words=13+': [208, 0.90],
  '*|cue=verb|step=name|words=3-5': [132, 0.81],
  '*|cue=verb|step=name|words=6-12': [176, 0.87],
  '*|cue=verb|step=none': [46, 0.52],
  '*|cue=verb|step=organisation': [76, 0.69],
  '*|cue=verb|step=pronoun': [352, 0.88],
  'pronoun-resolution': [34, 0.99],
  'sieve-prior|transcript-label': [4, 0.90],
  'sieve-prior|next-line-frame': [7, 0.80],
  'sieve-prior|in-the-words-of': [1, 0.85],
  'sieve-prior|reported-frame': [17, 0.35],
};
