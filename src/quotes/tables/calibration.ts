// Written by `npm run quotes:calibrate` (scripts/fit-calibration.ts); do not edit by hand: refit.
// Fitted on polnear-train.jsonl (8461 predicted quotations) as a small decision tree. Each row:
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
//   train            ECE  0.4 pts | stated >= 0.8: 94.4% right, covering 84.7% of quotations | e2e F1 88.6
//   dev              ECE  4.7 pts | stated >= 0.8: 96.2% right, covering 80.3% of quotations | e2e F1 91.8
//   wikinews names   ECE  6.0 pts | stated >= 0.8: 97.2% right, covering 85.5% of quotations | e2e F1 93.3

/** Group key -> [train quotations in the group, calibrated confidence, feature its subgroups split on]. */
export type CalibrationTable = Readonly<Record<string, readonly [n: number, confidence: number, split?: string]>>;

/** The fitted mapping. */
export const CALIBRATION: CalibrationTable = {
  '*': [8461, 0.88, 'cue'],
  '*|cue=according': [90, 0.87],
  '*|cue=naming': [332, 0.80, 'others'],
  '*|cue=naming|others=0': [113, 0.67],
  '*|cue=naming|others=1-2': [92, 0.82],
  '*|cue=naming|others=3+': [127, 0.89],
  '*|cue=none': [444, 0.39, 'gap'],
  '*|cue=none|gap=0-12': [40, 0.32],
  '*|cue=none|gap=13-60': [156, 0.51],
  '*|cue=none|gap=61+': [171, 0.40],
  '*|cue=none|gap=none': [77, 0.13],
  '*|cue=punct': [70, 0.72],
  '*|cue=say': [6155, 0.95, 'gap'],
  '*|cue=say|gap=0-12': [4033, 0.98, 'kind'],
  '*|cue=say|gap=0-12|kind=continuation': [734, 0.99],
  '*|cue=say|gap=0-12|kind=direct': [2964, 0.99],
  '*|cue=say|gap=0-12|kind=partial': [335, 0.92],
  '*|cue=say|gap=13-60': [1200, 0.93, 'sieve'],
  '*|cue=say|gap=13-60|sieve=embedded-frame': [528, 0.93],
  '*|cue=say|gap=13-60|sieve=intro-frame': [128, 0.90],
  '*|cue=say|gap=13-60|sieve=later-frame': [71, 0.81],
  '*|cue=say|gap=13-60|sieve=paragraph-continuation': [398, 0.97],
  '*|cue=say|gap=13-60|sieve=trailing-frame': [48, 0.95],
  '*|cue=say|gap=61+': [922, 0.84, 'others'],
  '*|cue=say|gap=61+|others=0': [182, 0.69, 'words'],
  '*|cue=say|gap=61+|others=0|words=13+': [58, 0.81],
  '*|cue=say|gap=61+|others=0|words=6-12': [54, 0.62],
  '*|cue=say|gap=61+|others=1-2': [384, 0.88, 'words'],
  '*|cue=say|gap=61+|others=1-2|words=1-2': [46, 0.75],
  '*|cue=say|gap=61+|others=1-2|words=13+': [167, 0.90],
  '*|cue=say|gap=61+|others=1-2|words=3-5': [60, 0.91],
  '*|cue=say|gap=61+|others=1-2|words=6-12': [111, 0.91],
  '*|cue=say|gap=61+|others=3+': [356, 0.86],
  '*|cue=verb': [1370, 0.78, 'step'],
  '*|cue=verb|step=description': [199, 0.64, 'gap'],
  '*|cue=verb|step=description|gap=0-12': [69, 0.75],
  '*|cue=verb|step=description|gap=13-60': [66, 0.65],
  '*|cue=verb|step=description|gap=61+': [64, 0.49],
  '*|cue=verb|step=name': [673, 0.84, 'words'],
  '*|cue=verb|step=name|words=1-2': [157, 0.76],
  '*|cue=verb|step=name|words=13+': [208, 0.90],
  '*|cue=verb|step=name|words=3-5': [133, 0.80],
  '*|cue=verb|step=name|words=6-12': [175, 0.87],
  '*|cue=verb|step=none': [67, 0.39],
  '*|cue=verb|step=organisation': [75, 0.68],
  '*|cue=verb|step=pronoun': [352, 0.88],
  'pronoun-resolution': [34, 0.99],
  'sieve-prior|transcript-label': [4, 0.90],
  'sieve-prior|next-line-frame': [7, 0.80],
  'sieve-prior|in-the-words-of': [1, 0.85],
  'sieve-prior|reported-frame': [16, 0.35],
};
