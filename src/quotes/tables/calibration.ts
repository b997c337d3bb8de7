// Written by `npm run quotes:calibrate` (scripts/fit-calibration.ts); do not edit by hand: refit.
// Fitted on polnear-train.jsonl (8481 predicted quotations) as a small decision tree. Each row:
// a group of train quotations (the path of feature=value from the root '*', see calibrate.ts
// featureValues), how many, the share of them found and attributed right (the shared scorer's
// verdict) shrunk toward the parent group's (weight 10), and the feature its subgroups split on.
// 'pronoun-resolution': [pronoun-resolved quotations in tests/fixtures/wikinews-silver.jsonl, how much less often their speaker is
// right by name than a named one's]: PolNeAR credits "he" whoever he was resolved to; the reader sees the name.
// A split needs subgroups of 25+ quotations and a squared-error gain of 1+; depth at most 5.
// Reliability after fitting:
//   train            ECE  3.7 pts | stated >= 0.8: 95.3% right, covering 74.9% of quotations | e2e F1 87.5
//   dev              ECE  4.8 pts | stated >= 0.8: 96.1% right, covering 70.8% of quotations | e2e F1 88.9
//   wikinews names   ECE  5.3 pts | stated >= 0.8: 92.7% right, covering 74.6% of quotations | e2e F1 87.9

/** Group key -> [train quotations in the group, calibrated confidence, feature its subgroups split on]. */
export type CalibrationTable = Readonly<Record<string, readonly [n: number, confidence: number, split?: string]>>;

/** The fitted mapping. */
export const CALIBRATION: CalibrationTable = {
  '*': [8481, 0.87, 'cue'],
  '*|cue=according': [88, 0.86],
  '*|cue=naming': [327, 0.79, 'certainty'],
  '*|cue=naming|certainty=0.8': [33, 0.58],
  '*|cue=naming|certainty=0.9': [81, 0.91],
  '*|cue=naming|certainty=1': [207, 0.79],
  '*|cue=none': [535, 0.36, 'certainty'],
  '*|cue=none|certainty=0': [102, 0.10],
  '*|cue=none|certainty=0.6': [33, 0.22],
  '*|cue=none|certainty=0.9': [53, 0.52, 'others'],
  '*|cue=none|certainty=0.9|others=3+': [28, 0.74],
  '*|cue=none|certainty=1': [321, 0.43, 'gap'],
  '*|cue=none|certainty=1|gap=0-12': [39, 0.31],
  '*|cue=none|certainty=1|gap=13-60': [126, 0.52],
  '*|cue=none|certainty=1|gap=61+': [156, 0.41],
  '*|cue=punct': [71, 0.64, 'gap'],
  '*|cue=punct|gap=13-60': [27, 0.74],
  '*|cue=punct|gap=61+': [33, 0.40],
  '*|cue=say': [6159, 0.94, 'sieve'],
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
  '*|cue=say|sieve=paragraph-continuation': [1443, 0.96, 'kind'],
  '*|cue=say|sieve=paragraph-continuation|kind=continuation': [1405, 0.98],
  '*|cue=say|sieve=paragraph-continuation|kind=partial': [38, 0.49],
  '*|cue=say|sieve=previous-paragraph': [83, 0.69],
  '*|cue=say|sieve=trailing-frame': [2968, 0.98],
  '*|cue=verb': [1301, 0.78, 'step'],
  '*|cue=verb|step=description': [170, 0.63, 'gap'],
  '*|cue=verb|step=description|gap=0-12': [55, 0.77],
  '*|cue=verb|step=description|gap=13-60': [61, 0.68],
  '*|cue=verb|step=description|gap=61+': [54, 0.39],
  '*|cue=verb|step=name': [664, 0.83, 'words'],
  '*|cue=verb|step=name|words=1-2': [157, 0.73, 'gap'],
  '*|cue=verb|step=name|words=1-2|gap=13-60': [60, 0.88],
  '*|cue=verb|step=name|words=1-2|gap=61+': [78, 0.67],
  '*|cue=verb|step=name|words=13+': [203, 0.90],
  '*|cue=verb|step=name|words=3-5': [130, 0.80],
  '*|cue=verb|step=name|words=6-12': [174, 0.87],
  '*|cue=verb|step=none': [43, 0.30],
  '*|cue=verb|step=organisation': [92, 0.63, 'words'],
  '*|cue=verb|step=organisation|words=1-2': [30, 0.41],
  '*|cue=verb|step=organisation|words=13+': [33, 0.80],
  '*|cue=verb|step=pronoun': [329, 0.87, 'others'],
  '*|cue=verb|step=pronoun|others=0': [46, 0.75],
  '*|cue=verb|step=pronoun|others=1-2': [90, 0.93],
  '*|cue=verb|step=pronoun|others=3+': [193, 0.89],
  'pronoun-resolution': [35, 0.86],
};
