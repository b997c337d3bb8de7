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
//   train            ECE  0.5 pts | stated >= 0.8: 94.5% right, covering 83.5% of quotations | e2e F1 88.6
//   dev              ECE  4.8 pts | stated >= 0.8: 96.5% right, covering 79.4% of quotations | e2e F1 91.8
//   wikinews names   ECE  6.2 pts | stated >= 0.8: 96.2% right, covering 83.5% of quotations | e2e F1 93.3

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
  '*|cue=none': [447, 0.39, 'gap'],
  '*|cue=none|gap=0-12': [40, 0.32],
  '*|cue=none|gap=13-60': [157, 0.51],
  '*|cue=none|gap=61+': [173, 0.39],
  '*|cue=none|gap=none': [77, 0.12],
  '*|cue=punct': [70, 0.72],
  '*|cue=say': [6156, 0.95, 'sieve'],
  '*|cue=say|sieve=embedded-frame': [1132, 0.90, 'others'],
  '*|cue=say|sieve=embedded-frame|others=0': [287, 0.82],
  '*|cue=say|sieve=embedded-frame|others=1-2': [365, 0.93],
  '*|cue=say|sieve=embedded-frame|others=3+': [480, 0.94],
  '*|cue=say|sieve=intro-frame': [401, 0.90, 'gap'],
  '*|cue=say|sieve=intro-frame|gap=0-12': [184, 0.96],
  '*|cue=say|sieve=intro-frame|gap=13-60': [128, 0.90],
  '*|cue=say|sieve=intro-frame|gap=61+': [89, 0.77],
  '*|cue=say|sieve=later-frame': [99, 0.74],
  '*|cue=say|sieve=paragraph-continuation': [1437, 0.97, 'gap'],
  '*|cue=say|sieve=paragraph-continuation|gap=0-12': [720, 0.99],
  '*|cue=say|sieve=paragraph-continuation|gap=13-60': [398, 0.97],
  '*|cue=say|sieve=paragraph-continuation|gap=61+': [319, 0.90],
  '*|cue=say|sieve=previous-paragraph': [79, 0.71],
  '*|cue=say|sieve=trailing-frame': [2982, 0.98],
  '*|cue=verb': [1362, 0.78, 'step'],
  '*|cue=verb|step=description': [199, 0.64, 'gap'],
  '*|cue=verb|step=description|gap=0-12': [69, 0.75],
  '*|cue=verb|step=description|gap=13-60': [66, 0.65],
  '*|cue=verb|step=description|gap=61+': [64, 0.49],
  '*|cue=verb|step=name': [669, 0.84, 'words'],
  '*|cue=verb|step=name|words=1-2': [154, 0.75],
  '*|cue=verb|step=name|words=13+': [208, 0.90],
  '*|cue=verb|step=name|words=3-5': [133, 0.80],
  '*|cue=verb|step=name|words=6-12': [174, 0.88],
  '*|cue=verb|step=none': [67, 0.39],
  '*|cue=verb|step=organisation': [75, 0.68],
  '*|cue=verb|step=pronoun': [348, 0.88],
  'pronoun-resolution': [34, 0.99],
  'sieve-prior|transcript-label': [4, 0.90],
  'sieve-prior|next-line-frame': [7, 0.80],
  'sieve-prior|in-the-words-of': [1, 0.85],
  'sieve-prior|reported-frame': [16, 0.35],
};
