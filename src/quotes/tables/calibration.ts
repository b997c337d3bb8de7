// Written by `npm run quotes:calibrate` (scripts/fit-calibration.ts); do not edit by hand: refit.
// Fitted on polnear-train.jsonl (8481 predicted quotations) as a small decision tree. Each row:
// a group of train quotations (the path of feature=value from the root '*', see calibrate.ts
// featureValues), how many, the share of them found and attributed right (the shared scorer's
// verdict) shrunk toward the parent group's (weight 10), and the feature its subgroups split on.
// 'pronoun-resolution': [pronoun-resolved quotations in tests/fixtures/wikinews-silver.jsonl, how much less often their speaker is
// right by name than a named one's]: PolNeAR credits "he" whoever he was resolved to; the reader sees the name.
// A split needs subgroups of 25+ quotations and a squared-error gain of 1+; depth at most 5.
// Reliability after fitting:
//   train            ECE  3.7 pts | stated >= 0.8: 95.7% right, covering 71.8% of quotations | e2e F1 87.5
//   dev              ECE  4.9 pts | stated >= 0.8: 96.6% right, covering 68.8% of quotations | e2e F1 88.9
//   wikinews names   ECE  6.0 pts | stated >= 0.8: 93.9% right, covering 64.5% of quotations | e2e F1 87.9

/** Group key -> [train quotations in the group, calibrated confidence, feature its subgroups split on]. */
export type CalibrationTable = Readonly<Record<string, readonly [n: number, confidence: number, split?: string]>>;

/** The fitted mapping. */
export const CALIBRATION: CalibrationTable = {
  '*': [8481, 0.87, 'cue'],
  '*|cue=according': [88, 0.86],
  '*|cue=naming': [327, 0.79, 'step'],
  '*|cue=naming|step=c0.8': [33, 0.58],
  '*|cue=naming|step=c0.9': [81, 0.91],
  '*|cue=naming|step=c1': [207, 0.79],
  '*|cue=none': [535, 0.36, 'step'],
  '*|cue=none|step=c0.6': [33, 0.22],
  '*|cue=none|step=c0.9': [53, 0.52, 'others'],
  '*|cue=none|step=c0.9|others=3+': [28, 0.74],
  '*|cue=none|step=c1': [321, 0.43, 'gap'],
  '*|cue=none|step=c1|gap=0-12': [39, 0.31],
  '*|cue=none|step=c1|gap=13-60': [126, 0.52],
  '*|cue=none|step=c1|gap=61+': [156, 0.41],
  '*|cue=none|step=none': [118, 0.10],
  '*|cue=punct': [71, 0.64, 'gap'],
  '*|cue=punct|gap=13-60': [27, 0.74],
  '*|cue=punct|gap=61+': [33, 0.40],
  '*|cue=say': [6159, 0.94, 'sieve'],
  '*|cue=say|sieve=paragraph-continuation': [1443, 0.96, 'kind'],
  '*|cue=say|sieve=paragraph-continuation|kind=continuation': [1405, 0.98],
  '*|cue=say|sieve=paragraph-continuation|kind=partial': [38, 0.49],
  '*|cue=say|sieve=earlier-sentence': [26, 0.57],
  '*|cue=say|sieve=embedded-frame': [1145, 0.89, 'others'],
  '*|cue=say|sieve=embedded-frame|others=0': [277, 0.81],
  '*|cue=say|sieve=embedded-frame|others=1-2': [370, 0.91],
  '*|cue=say|sieve=embedded-frame|others=3+': [498, 0.92],
  '*|cue=say|sieve=intro-frame': [393, 0.89, 'gap'],
  '*|cue=say|sieve=intro-frame|gap=0-12': [182, 0.96],
  '*|cue=say|sieve=intro-frame|gap=13-60': [121, 0.89],
  '*|cue=say|sieve=intro-frame|gap=61+': [90, 0.75],
  '*|cue=say|sieve=later-frame': [101, 0.74, 'kind'],
  '*|cue=say|sieve=later-frame|kind=direct': [64, 0.84],
  '*|cue=say|sieve=later-frame|kind=partial': [37, 0.54],
  '*|cue=say|sieve=previous-paragraph': [83, 0.69],
  '*|cue=say|sieve=trailing-frame': [2968, 0.98],
  '*|cue=verb': [1301, 0.78, 'step'],
  '*|cue=verb|step=c0.6': [35, 0.75],
  '*|cue=verb|step=c0.8': [170, 0.63, 'gap'],
  '*|cue=verb|step=c0.8|gap=0-12': [55, 0.77],
  '*|cue=verb|step=c0.8|gap=13-60': [61, 0.68],
  '*|cue=verb|step=c0.8|gap=61+': [54, 0.39],
  '*|cue=verb|step=c0.9': [295, 0.89],
  '*|cue=verb|step=c1': [755, 0.80, 'words'],
  '*|cue=verb|step=c1|words=1-2': [187, 0.67, 'gap'],
  '*|cue=verb|step=c1|words=1-2|gap=13-60': [69, 0.82],
  '*|cue=verb|step=c1|words=1-2|gap=61+': [95, 0.59],
  '*|cue=verb|step=c1|words=13+': [236, 0.89, 'gap'],
  '*|cue=verb|step=c1|words=13+|gap=0-12': [123, 0.95],
  '*|cue=verb|step=c1|words=13+|gap=13-60': [50, 0.90],
  '*|cue=verb|step=c1|words=13+|gap=61+': [63, 0.79],
  '*|cue=verb|step=c1|words=3-5': [144, 0.77],
  '*|cue=verb|step=c1|words=6-12': [188, 0.85],
  '*|cue=verb|step=none': [43, 0.30],
  'pronoun-resolution': [35, 0.86],
};
