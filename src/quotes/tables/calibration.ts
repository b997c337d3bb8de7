// Written by `npm run quotes:calibrate` (scripts/fit-calibration.ts); do not edit by hand: refit.
// Fitted on polnear-train.jsonl (8474 predicted quotations) as a small decision tree. Each row:
// a group of train quotations (the path of feature=value from the root '*', see calibrate.ts
// featureValues), how many, the share of them found and attributed right (the shared scorer's
// verdict) shrunk toward the parent group's (weight 10), and the feature its subgroups split on.
// 'pronoun-resolution': [pronoun-resolved quotations in tests/fixtures/wikinews-silver.jsonl, how much less often their speaker is
// right by name than a named one's, shrunk toward 1 as if 35 more had no discount]: PolNeAR
// credits "he" whoever he was resolved to; the reader sees the name.
// A split needs subgroups of 25+ quotations and a squared-error gain of 1+; depth at most 5.
// Reliability after fitting:
//   train            ECE  2.2 pts | stated >= 0.8: 94.9% right, covering 81.9% of quotations | e2e F1 87.6
//   dev              ECE  4.5 pts | stated >= 0.8: 94.3% right, covering 79.2% of quotations | e2e F1 89.1
//   wikinews names   ECE  3.8 pts | stated >= 0.8: 92.9% right, covering 82.8% of quotations | e2e F1 89.5

/** Group key -> [train quotations in the group, calibrated confidence, feature its subgroups split on]. */
export type CalibrationTable = Readonly<Record<string, readonly [n: number, confidence: number, split?: string]>>;

/** The fitted mapping. */
export const CALIBRATION: CalibrationTable = {
  '*': [8474, 0.87, 'cue'],
  '*|cue=according': [90, 0.87],
  '*|cue=naming': [329, 0.78, 'mention'],
  '*|cue=naming|mention=description': [38, 0.52],
  '*|cue=naming|mention=name': [187, 0.79, 'gap'],
  '*|cue=naming|mention=name|gap=13-60': [96, 0.85],
  '*|cue=naming|mention=name|gap=61+': [79, 0.70],
  '*|cue=naming|mention=pronoun': [87, 0.88],
  '*|cue=none': [513, 0.35, 'step'],
  '*|cue=none|step=name': [251, 0.45, 'words'],
  '*|cue=none|step=name|words=1-2': [103, 0.38],
  '*|cue=none|step=name|words=13+': [40, 0.55],
  '*|cue=none|step=name|words=3-5': [68, 0.42],
  '*|cue=none|step=name|words=6-12': [40, 0.57],
  '*|cue=none|step=none': [137, 0.12],
  '*|cue=none|step=organisation': [48, 0.37],
  '*|cue=none|step=pronoun': [65, 0.42, 'others'],
  '*|cue=none|step=pronoun|others=3+': [25, 0.69],
  '*|cue=punct': [69, 0.64, 'gap'],
  '*|cue=punct|gap=13-60': [26, 0.73],
  '*|cue=punct|gap=61+': [32, 0.41],
  '*|cue=say': [6167, 0.94, 'sieve'],
  '*|cue=say|sieve=earlier-sentence': [25, 0.58],
  '*|cue=say|sieve=embedded-frame': [1147, 0.89, 'others'],
  '*|cue=say|sieve=embedded-frame|others=0': [282, 0.81, 'gap'],
  '*|cue=say|sieve=embedded-frame|others=0|gap=0-12': [33, 0.89],
  '*|cue=say|sieve=embedded-frame|others=0|gap=13-60': [134, 0.85],
  '*|cue=say|sieve=embedded-frame|others=0|gap=61+': [115, 0.73],
  '*|cue=say|sieve=embedded-frame|others=1-2': [362, 0.91],
  '*|cue=say|sieve=embedded-frame|others=3+': [503, 0.92],
  '*|cue=say|sieve=intro-frame': [400, 0.89, 'gap'],
  '*|cue=say|sieve=intro-frame|gap=0-12': [183, 0.96],
  '*|cue=say|sieve=intro-frame|gap=13-60': [126, 0.88],
  '*|cue=say|sieve=intro-frame|gap=61+': [91, 0.75],
  '*|cue=say|sieve=later-frame': [100, 0.74, 'kind'],
  '*|cue=say|sieve=later-frame|kind=direct': [64, 0.84],
  '*|cue=say|sieve=later-frame|kind=partial': [36, 0.53],
  '*|cue=say|sieve=paragraph-continuation': [1443, 0.96, 'kind'],
  '*|cue=say|sieve=paragraph-continuation|kind=continuation': [1405, 0.98],
  '*|cue=say|sieve=paragraph-continuation|kind=partial': [38, 0.49],
  '*|cue=say|sieve=previous-paragraph': [82, 0.69],
  '*|cue=say|sieve=trailing-frame': [2970, 0.98],
  '*|cue=verb': [1306, 0.78, 'step'],
  '*|cue=verb|step=description': [178, 0.63, 'gap'],
  '*|cue=verb|step=description|gap=0-12': [60, 0.75],
  '*|cue=verb|step=description|gap=13-60': [62, 0.67],
  '*|cue=verb|step=description|gap=61+': [56, 0.43],
  '*|cue=verb|step=name': [663, 0.83, 'words'],
  '*|cue=verb|step=name|words=1-2': [156, 0.73, 'gap'],
  '*|cue=verb|step=name|words=1-2|gap=13-60': [60, 0.89],
  '*|cue=verb|step=name|words=1-2|gap=61+': [77, 0.67],
  '*|cue=verb|step=name|words=13+': [204, 0.89],
  '*|cue=verb|step=name|words=3-5': [131, 0.80],
  '*|cue=verb|step=name|words=6-12': [172, 0.87],
  '*|cue=verb|step=none': [62, 0.39],
  '*|cue=verb|step=organisation': [78, 0.67, 'words'],
  '*|cue=verb|step=organisation|words=1-2': [28, 0.41],
  '*|cue=verb|step=organisation|words=13+': [31, 0.82],
  '*|cue=verb|step=pronoun': [322, 0.88],
  'pronoun-resolution': [34, 0.93],
};
