// Written by `npm run quotes:calibrate` (scripts/fit-calibration.ts); do not edit by hand: refit.
// Fitted on polnear-train.jsonl (8454 predicted quotations) as a small decision tree. Each row:
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
//   train            ECE  1.0 pts | stated >= 0.8: 94.4% right, covering 83.5% of quotations | e2e F1 87.8
//   dev              ECE  3.5 pts | stated >= 0.8: 94.2% right, covering 83.2% of quotations | e2e F1 90.3
//   wikinews names   ECE  4.7 pts | stated >= 0.8: 95.0% right, covering 85.5% of quotations | e2e F1 90.3

/** Group key -> [train quotations in the group, calibrated confidence, feature its subgroups split on]. */
export type CalibrationTable = Readonly<Record<string, readonly [n: number, confidence: number, split?: string]>>;

/** The fitted mapping. */
export const CALIBRATION: CalibrationTable = {
  '*': [8454, 0.88, 'cue'],
  '*|cue=according': [90, 0.87],
  '*|cue=naming': [329, 0.79, 'others'],
  '*|cue=naming|others=0': [114, 0.67],
  '*|cue=naming|others=1-2': [85, 0.83],
  '*|cue=naming|others=3+': [130, 0.86],
  '*|cue=none': [480, 0.38, 'gap'],
  '*|cue=none|gap=0-12': [43, 0.32],
  '*|cue=none|gap=13-60': [154, 0.50],
  '*|cue=none|gap=61+': [200, 0.38, 'sieve'],
  '*|cue=none|gap=61+|sieve=paragraph-continuation': [70, 0.25],
  '*|cue=none|gap=61+|sieve=sentence-subject': [101, 0.43],
  '*|cue=none|gap=none': [83, 0.13],
  '*|cue=punct': [76, 0.67, 'step'],
  '*|cue=punct|step=name': [41, 0.84],
  '*|cue=say': [6170, 0.94, 'gap'],
  '*|cue=say|gap=0-12': [4021, 0.98, 'kind'],
  '*|cue=say|gap=0-12|kind=continuation': [733, 0.99],
  '*|cue=say|gap=0-12|kind=direct': [2954, 0.99],
  '*|cue=say|gap=0-12|kind=partial': [334, 0.92],
  '*|cue=say|gap=13-60': [1198, 0.92, 'sieve'],
  '*|cue=say|gap=13-60|sieve=embedded-frame': [531, 0.92],
  '*|cue=say|gap=13-60|sieve=intro-frame': [126, 0.88],
  '*|cue=say|gap=13-60|sieve=later-frame': [72, 0.80],
  '*|cue=say|gap=13-60|sieve=paragraph-continuation': [399, 0.97],
  '*|cue=say|gap=13-60|sieve=trailing-frame': [48, 0.95],
  '*|cue=say|gap=61+': [951, 0.82, 'others'],
  '*|cue=say|gap=61+|others=0': [183, 0.67, 'words'],
  '*|cue=say|gap=61+|others=0|words=13+': [59, 0.78],
  '*|cue=say|gap=61+|others=0|words=6-12': [55, 0.58],
  '*|cue=say|gap=61+|others=1-2': [388, 0.87, 'step'],
  '*|cue=say|gap=61+|others=1-2|step=name': [314, 0.91],
  '*|cue=say|gap=61+|others=1-2|step=pronoun': [40, 0.75],
  '*|cue=say|gap=61+|others=3+': [380, 0.83, 'words'],
  '*|cue=say|gap=61+|others=3+|words=1-2': [85, 0.75],
  '*|cue=say|gap=61+|others=3+|words=13+': [141, 0.88],
  '*|cue=say|gap=61+|others=3+|words=3-5': [62, 0.87],
  '*|cue=say|gap=61+|others=3+|words=6-12': [92, 0.82],
  '*|cue=verb': [1309, 0.78, 'step'],
  '*|cue=verb|step=description': [187, 0.63, 'gap'],
  '*|cue=verb|step=description|gap=0-12': [62, 0.75],
  '*|cue=verb|step=description|gap=13-60': [62, 0.67],
  '*|cue=verb|step=description|gap=61+': [63, 0.46],
  '*|cue=verb|step=name': [650, 0.84, 'words'],
  '*|cue=verb|step=name|words=1-2': [150, 0.74, 'gap'],
  '*|cue=verb|step=name|words=1-2|gap=13-60': [60, 0.89],
  '*|cue=verb|step=name|words=1-2|gap=61+': [71, 0.68],
  '*|cue=verb|step=name|words=13+': [204, 0.90],
  '*|cue=verb|step=name|words=3-5': [127, 0.83],
  '*|cue=verb|step=name|words=6-12': [169, 0.88],
  '*|cue=verb|step=none': [71, 0.36],
  '*|cue=verb|step=organisation': [76, 0.66],
  '*|cue=verb|step=pronoun': [322, 0.88],
  'pronoun-resolution': [34, 0.96],
  'sieve-prior|transcript-label': [4, 0.90],
  'sieve-prior|next-line-frame': [7, 0.80],
  'sieve-prior|in-the-words-of': [1, 0.85],
};
