// Written by `npm run quotes:calibrate` (scripts/fit-calibration.ts); do not edit by hand: refit.
// Fitted on polnear-train.jsonl (8472 predicted quotations) as a small decision tree. Each row:
// a group of train quotations (the path of feature=value from the root '*', see calibrate.ts
// featureValues), how many, the share of them found and attributed right (the shared scorer's
// verdict) shrunk toward the parent group's (weight 10), and the feature its subgroups split on.
// 'pronoun-resolution': [pronoun-resolved quotations in tests/fixtures/wikinews-silver.jsonl, how much less often their speaker is
// right by name than a named one's, shrunk toward 1 as if 35 more had no discount]: PolNeAR
// credits "he" whoever he was resolved to; the reader sees the name.
// A split needs subgroups of 25+ quotations and a squared-error gain of 1+; depth at most 5.
// Reliability after fitting:
//   train            ECE  2.3 pts | stated >= 0.8: 95.5% right, covering 79.4% of quotations | e2e F1 87.5
//   dev              ECE  4.2 pts | stated >= 0.8: 94.5% right, covering 77.4% of quotations | e2e F1 89.1
//   wikinews names   ECE  4.5 pts | stated >= 0.8: 93.3% right, covering 75.8% of quotations | e2e F1 89.5

/** Group key -> [train quotations in the group, calibrated confidence, feature its subgroups split on]. */
export type CalibrationTable = Readonly<Record<string, readonly [n: number, confidence: number, split?: string]>>;

/** The fitted mapping. */
export const CALIBRATION: CalibrationTable = {
  '*': [8472, 0.87, 'cue'],
  '*|cue=according': [90, 0.87],
  '*|cue=naming': [327, 0.79, 'mention'],
  '*|cue=naming|mention=description': [37, 0.53],
  '*|cue=naming|mention=name': [187, 0.79, 'gap'],
  '*|cue=naming|mention=name|gap=13-60': [96, 0.85],
  '*|cue=naming|mention=name|gap=61+': [79, 0.70],
  '*|cue=naming|mention=pronoun': [86, 0.88],
  '*|cue=none': [524, 0.36, 'step'],
  '*|cue=none|step=name': [256, 0.45, 'words'],
  '*|cue=none|step=name|words=1-2': [104, 0.38],
  '*|cue=none|step=name|words=13+': [44, 0.57],
  '*|cue=none|step=name|words=3-5': [68, 0.42],
  '*|cue=none|step=name|words=6-12': [40, 0.57],
  '*|cue=none|step=none': [140, 0.12],
  '*|cue=none|step=organisation': [48, 0.37],
  '*|cue=none|step=pronoun': [68, 0.44, 'others'],
  '*|cue=none|step=pronoun|others=3+': [27, 0.71],
  '*|cue=punct': [70, 0.65, 'gap'],
  '*|cue=punct|gap=13-60': [27, 0.74],
  '*|cue=punct|gap=61+': [32, 0.42],
  '*|cue=say': [6160, 0.94, 'sieve'],
  '*|cue=say|sieve=earlier-sentence': [26, 0.57],
  '*|cue=say|sieve=embedded-frame': [1144, 0.89, 'others'],
  '*|cue=say|sieve=embedded-frame|others=0': [282, 0.81, 'gap'],
  '*|cue=say|sieve=embedded-frame|others=0|gap=0-12': [33, 0.89],
  '*|cue=say|sieve=embedded-frame|others=0|gap=13-60': [134, 0.85],
  '*|cue=say|sieve=embedded-frame|others=0|gap=61+': [115, 0.73],
  '*|cue=say|sieve=embedded-frame|others=1-2': [363, 0.91],
  '*|cue=say|sieve=embedded-frame|others=3+': [499, 0.92],
  '*|cue=say|sieve=intro-frame': [395, 0.89, 'gap'],
  '*|cue=say|sieve=intro-frame|gap=0-12': [183, 0.96],
  '*|cue=say|sieve=intro-frame|gap=13-60': [121, 0.88],
  '*|cue=say|sieve=intro-frame|gap=61+': [91, 0.75],
  '*|cue=say|sieve=later-frame': [100, 0.74, 'kind'],
  '*|cue=say|sieve=later-frame|kind=direct': [64, 0.84],
  '*|cue=say|sieve=later-frame|kind=partial': [36, 0.53],
  '*|cue=say|sieve=paragraph-continuation': [1443, 0.96, 'kind'],
  '*|cue=say|sieve=paragraph-continuation|kind=continuation': [1405, 0.98],
  '*|cue=say|sieve=paragraph-continuation|kind=partial': [38, 0.49],
  '*|cue=say|sieve=previous-paragraph': [82, 0.69],
  '*|cue=say|sieve=trailing-frame': [2970, 0.98],
  '*|cue=verb': [1301, 0.78, 'step'],
  '*|cue=verb|step=description': [173, 0.63, 'gap'],
  '*|cue=verb|step=description|gap=0-12': [57, 0.77],
  '*|cue=verb|step=description|gap=13-60': [61, 0.67],
  '*|cue=verb|step=description|gap=61+': [55, 0.42],
  '*|cue=verb|step=name': [663, 0.83, 'gap'],
  '*|cue=verb|step=name|gap=0-12': [217, 0.87, 'kind'],
  '*|cue=verb|step=name|gap=0-12|kind=continuation': [32, 0.97],
  '*|cue=verb|step=name|gap=0-12|kind=direct': [145, 0.96],
  '*|cue=verb|step=name|gap=0-12|kind=partial': [40, 0.51],
  '*|cue=verb|step=name|gap=13-60': [187, 0.89],
  '*|cue=verb|step=name|gap=61+': [259, 0.75],
  '*|cue=verb|step=none': [62, 0.39],
  '*|cue=verb|step=organisation': [78, 0.67, 'words'],
  '*|cue=verb|step=organisation|words=1-2': [28, 0.41],
  '*|cue=verb|step=organisation|words=13+': [31, 0.82],
  '*|cue=verb|step=pronoun': [322, 0.88],
  'pronoun-resolution': [34, 0.93],
};
