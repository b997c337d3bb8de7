// Written by `npm run quotes:calibrate` (scripts/fit-calibration.ts); do not edit by hand: refit.
// Fitted on polnear-train.jsonl (8457 predicted quotations) as a small decision tree. Each row:
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
//   train            ECE  0.4 pts | stated >= 0.8: 94.4% right, covering 84.4% of quotations | e2e F1 88.5
//   dev              ECE  4.5 pts | stated >= 0.8: 96.2% right, covering 80.0% of quotations | e2e F1 91.6
//   wikinews names   ECE  5.1 pts | stated >= 0.8: 96.4% right, covering 85.9% of quotations | e2e F1 93.1

/** Group key -> [train quotations in the group, calibrated confidence, feature its subgroups split on]. */
export type CalibrationTable = Readonly<Record<string, readonly [n: number, confidence: number, split?: string]>>;

/** The fitted mapping. */
export const CALIBRATION: CalibrationTable = {
  '*': [8457, 0.88, 'cue'],
  '*|cue=according': [90, 0.87],
  '*|cue=naming': [332, 0.80, 'others'],
  '*|cue=naming|others=0': [113, 0.67],
  '*|cue=naming|others=1-2': [92, 0.82],
  '*|cue=naming|others=3+': [127, 0.89],
  '*|cue=none': [447, 0.38, 'gap'],
  '*|cue=none|gap=0-12': [41, 0.31],
  '*|cue=none|gap=13-60': [156, 0.51, 'others'],
  '*|cue=none|gap=13-60|others=0': [72, 0.43],
  '*|cue=none|gap=13-60|others=1-2': [44, 0.46],
  '*|cue=none|gap=13-60|others=3+': [40, 0.70],
  '*|cue=none|gap=61+': [173, 0.39],
  '*|cue=none|gap=none': [77, 0.12],
  '*|cue=punct': [71, 0.71],
  '*|cue=say': [6157, 0.95, 'gap'],
  '*|cue=say|gap=0-12': [4033, 0.98, 'kind'],
  '*|cue=say|gap=0-12|kind=continuation': [734, 0.99],
  '*|cue=say|gap=0-12|kind=direct': [2964, 0.99],
  '*|cue=say|gap=0-12|kind=partial': [335, 0.92],
  '*|cue=say|gap=13-60': [1200, 0.93, 'sieve'],
  '*|cue=say|gap=13-60|sieve=embedded-frame': [528, 0.93],
  '*|cue=say|gap=13-60|sieve=intro-frame': [127, 0.89],
  '*|cue=say|gap=13-60|sieve=later-frame': [72, 0.80],
  '*|cue=say|gap=13-60|sieve=paragraph-continuation': [398, 0.97],
  '*|cue=say|gap=13-60|sieve=trailing-frame': [48, 0.95],
  '*|cue=say|gap=61+': [924, 0.84, 'others'],
  '*|cue=say|gap=61+|others=0': [183, 0.69, 'words'],
  '*|cue=say|gap=61+|others=0|words=1-2': [40, 0.64],
  '*|cue=say|gap=61+|others=0|words=13+': [58, 0.81],
  '*|cue=say|gap=61+|others=0|words=6-12': [54, 0.62],
  '*|cue=say|gap=61+|others=1-2': [383, 0.88, 'words'],
  '*|cue=say|gap=61+|others=1-2|words=1-2': [46, 0.75],
  '*|cue=say|gap=61+|others=1-2|words=13+': [166, 0.90],
  '*|cue=say|gap=61+|others=1-2|words=3-5': [60, 0.91],
  '*|cue=say|gap=61+|others=1-2|words=6-12': [111, 0.91],
  '*|cue=say|gap=61+|others=3+': [358, 0.86],
  '*|cue=verb': [1360, 0.78, 'step'],
  '*|cue=verb|step=description': [202, 0.65, 'gap'],
  '*|cue=verb|step=description|gap=0-12': [68, 0.76],
  '*|cue=verb|step=description|gap=13-60': [67, 0.66],
  '*|cue=verb|step=description|gap=61+': [67, 0.50],
  '*|cue=verb|step=name': [665, 0.84, 'words'],
  '*|cue=verb|step=name|words=1-2': [155, 0.75],
  '*|cue=verb|step=name|words=13+': [206, 0.90],
  '*|cue=verb|step=name|words=3-5': [131, 0.80],
  '*|cue=verb|step=name|words=6-12': [173, 0.87],
  '*|cue=verb|step=none': [68, 0.40],
  '*|cue=verb|step=organisation': [76, 0.67],
  '*|cue=verb|step=pronoun': [344, 0.88],
  'pronoun-resolution': [34, 0.99],
  'sieve-prior|transcript-label': [4, 0.90],
  'sieve-prior|next-line-frame': [7, 0.80],
  'sieve-prior|in-the-words-of': [1, 0.85],
  'sieve-prior|reported-frame': [16, 0.35],
};
