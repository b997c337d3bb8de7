// Written by `npm run quotes:calibrate` (scripts/fit-calibration.ts); do not edit by hand: refit.
// Fitted on polnear-train.jsonl (8456 predicted quotations) as a small decision tree. Each row:
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
//   train            ECE  0.9 pts | stated >= 0.8: 94.4% right, covering 84.5% of quotations | e2e F1 88.3
//   dev              ECE  4.5 pts | stated >= 0.8: 95.0% right, covering 80.2% of quotations | e2e F1 91.2
//   wikinews names   ECE  4.5 pts | stated >= 0.8: 95.5% right, covering 86.7% of quotations | e2e F1 92.3

/** Group key -> [train quotations in the group, calibrated confidence, feature its subgroups split on]. */
export type CalibrationTable = Readonly<Record<string, readonly [n: number, confidence: number, split?: string]>>;

/** The fitted mapping. */
export const CALIBRATION: CalibrationTable = {
  '*': [8456, 0.88, 'cue'],
  '*|cue=according': [90, 0.87],
  '*|cue=naming': [329, 0.80, 'others'],
  '*|cue=naming|others=0': [114, 0.68],
  '*|cue=naming|others=1-2': [87, 0.82],
  '*|cue=naming|others=3+': [128, 0.89],
  '*|cue=none': [479, 0.39, 'sieve'],
  '*|cue=none|sieve=none': [79, 0.13],
  '*|cue=none|sieve=paragraph-continuation': [73, 0.26],
  '*|cue=none|sieve=sentence-subject': [290, 0.46, 'others'],
  '*|cue=none|sieve=sentence-subject|others=0': [149, 0.39],
  '*|cue=none|sieve=sentence-subject|others=1-2': [73, 0.49],
  '*|cue=none|sieve=sentence-subject|others=3+': [68, 0.57],
  '*|cue=punct': [76, 0.72],
  '*|cue=say': [6173, 0.95, 'gap'],
  '*|cue=say|gap=0-12': [4032, 0.98, 'kind'],
  '*|cue=say|gap=0-12|kind=continuation': [734, 0.99],
  '*|cue=say|gap=0-12|kind=direct': [2963, 0.99],
  '*|cue=say|gap=0-12|kind=partial': [335, 0.92],
  '*|cue=say|gap=13-60': [1201, 0.92, 'sieve'],
  '*|cue=say|gap=13-60|sieve=embedded-frame': [526, 0.93],
  '*|cue=say|gap=13-60|sieve=intro-frame': [128, 0.89],
  '*|cue=say|gap=13-60|sieve=later-frame': [72, 0.80],
  '*|cue=say|gap=13-60|sieve=paragraph-continuation': [400, 0.97],
  '*|cue=say|gap=13-60|sieve=trailing-frame': [48, 0.95],
  '*|cue=say|gap=61+': [940, 0.83, 'others'],
  '*|cue=say|gap=61+|others=0': [180, 0.69, 'words'],
  '*|cue=say|gap=61+|others=0|words=13+': [58, 0.81],
  '*|cue=say|gap=61+|others=0|words=6-12': [53, 0.62],
  '*|cue=say|gap=61+|others=1-2': [386, 0.87, 'kind'],
  '*|cue=say|gap=61+|others=1-2|kind=continuation': [202, 0.93],
  '*|cue=say|gap=61+|others=1-2|kind=partial': [161, 0.82],
  '*|cue=say|gap=61+|others=3+': [374, 0.84, 'words'],
  '*|cue=say|gap=61+|others=3+|words=1-2': [83, 0.76],
  '*|cue=say|gap=61+|others=3+|words=13+': [141, 0.89],
  '*|cue=say|gap=61+|others=3+|words=3-5': [60, 0.88],
  '*|cue=say|gap=61+|others=3+|words=6-12': [90, 0.82],
  '*|cue=verb': [1309, 0.79, 'step'],
  '*|cue=verb|step=description': [189, 0.66, 'gap'],
  '*|cue=verb|step=description|gap=0-12': [65, 0.78],
  '*|cue=verb|step=description|gap=13-60': [63, 0.68],
  '*|cue=verb|step=description|gap=61+': [61, 0.49],
  '*|cue=verb|step=name': [650, 0.84, 'words'],
  '*|cue=verb|step=name|words=1-2': [150, 0.74, 'gap'],
  '*|cue=verb|step=name|words=1-2|gap=13-60': [61, 0.88],
  '*|cue=verb|step=name|words=1-2|gap=61+': [70, 0.69],
  '*|cue=verb|step=name|words=13+': [204, 0.90],
  '*|cue=verb|step=name|words=3-5': [127, 0.83],
  '*|cue=verb|step=name|words=6-12': [169, 0.88],
  '*|cue=verb|step=none': [66, 0.37],
  '*|cue=verb|step=organisation': [75, 0.68],
  '*|cue=verb|step=pronoun': [325, 0.88],
  'pronoun-resolution': [34, 0.97],
  'sieve-prior|transcript-label': [4, 0.90],
  'sieve-prior|next-line-frame': [7, 0.80],
  'sieve-prior|in-the-words-of': [1, 0.85],
  'sieve-prior|reported-frame': [16, 0.35],
};
